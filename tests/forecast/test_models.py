from __future__ import annotations

import sys

from forecast_model_case import ForecasterTestCase

from detente.forecast.base import REGISTRY, get_model
from detente.forecast.models import LogLinear, Recurrency


class TestRecurrency(ForecasterTestCase):
    model_cls = Recurrency
    params = {"lams": (0.5, 0.9), "alphas": (0.0, 1.0)}


class TestLogLinear(ForecasterTestCase):
    model_cls = LogLinear
    params = {"fit_days": 4, "top_pop": 3, "max_iter": 100}


class TestLogLinearEmbeddings(ForecasterTestCase):
    model_cls = LogLinear
    params = {"fit_days": 4, "top_pop": 3, "emb_dim": 4, "emb_epochs": 3, "max_iter": 60}


class TestLogLinearPerRelation(ForecasterTestCase):
    model_cls = LogLinear
    params = {"fit_days": 4, "top_pop": 3, "l2_rel": 1e-3, "max_iter": 40}


def test_every_registered_model_has_a_test() -> None:
    get_model("recurrency")  # imports the built-in models
    tested = {obj.model_cls for obj in vars(sys.modules[__name__]).values()
              if isinstance(obj, type) and issubclass(obj, ForecasterTestCase) and obj is not ForecasterTestCase}
    missing = [name for name, cls in REGISTRY.items() if cls not in tested]
    assert not missing, f"registered models without a ForecasterTestCase subclass: {missing}"


def test_every_registered_model_has_a_citation() -> None:
    get_model("recurrency")
    assert all(cls.citation for cls in REGISTRY.values())


def test_unknown_model_names_the_choices() -> None:
    import pytest

    with pytest.raises(KeyError, match="recurrency"):
        get_model("nope")
