"""Generic tests every registered forecaster inherits (a model's test names its class and params)."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import pytest

from detente.forecast.base import Forecaster, NotFittedError
from detente.forecast.data import TKGDataset
from detente.forecast.protocol import evaluate_split, history_for


class ForecasterTestCase:
    model_cls: ClassVar[type[Forecaster]]
    params: ClassVar[dict[str, Any]] = {}
    #: the tiny graph is made of exact repetitions; any sensible model beats this test MRR
    min_test_mrr: ClassVar[float] = 0.6

    def make(self) -> Forecaster:
        return self.model_cls(**self.params)

    def test_init_only_stores_params(self) -> None:
        model = self.make()
        assert not model.is_fitted()
        assert all(not k.endswith("_") for k in model.get_params())
        for key, value in self.params.items():
            assert model.get_params()[key] == value

    def test_predict_before_fit_raises(self, tiny: TKGDataset) -> None:
        hist = history_for(tiny, ["train"])
        with pytest.raises(NotFittedError, match="fit"):
            self.make().predict(hist, np.array([[0, 1, 8]]))

    def test_fit_returns_self_and_sets_attributes(self, tiny: TKGDataset) -> None:
        model = self.make()
        assert model.fit(tiny) is model
        assert model.is_fitted()

    def test_predict_shape_and_finite(self, tiny: TKGDataset) -> None:
        model = self.make().fit(tiny)
        hist = history_for(tiny, ["train", "valid"])
        scores = model.predict(hist, np.array([[0, 1, 10], [1, 3, 10]]))
        assert scores.shape == (2, tiny.num_entities)
        assert np.isfinite(scores).all()

    def test_refuses_history_at_query_time(self, tiny: TKGDataset) -> None:
        model = self.make().fit(tiny)
        hist = history_for(tiny, ["train", "valid"])
        with pytest.raises(ValueError, match="query time"):
            model.predict(hist, np.array([[0, 1, 9]]))

    def test_learns_the_recurring_pattern(self, tiny: TKGDataset) -> None:
        model = self.make().fit(tiny)
        res = evaluate_split(model, tiny, "test")
        assert res.metrics.count == 2 * len(tiny.test)
        assert res.metrics.mrr >= self.min_test_mrr
        assert model.score(tiny) == pytest.approx(res.metrics.mrr)

    def test_deterministic(self, tiny: TKGDataset) -> None:
        hist = history_for(tiny, ["train", "valid"])
        q = np.array([[2, 2, 10]])
        a = self.make().fit(tiny).predict(hist, q)
        b = self.make().fit(tiny).predict(hist, q)
        np.testing.assert_allclose(a, b)
