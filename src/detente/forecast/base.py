"""Forecaster interface (scikit-learn conventions) and the model registry."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

from detente.forecast.data import TKGDataset
from detente.forecast.history import History


class NotFittedError(RuntimeError):
    """Raised when predict/score is called before fit."""


class Forecaster(ABC):
    """Scores every entity as the answer of queries ``(s, r, ?, t)`` from a :class:`History`.

    ``__init__`` only stores parameters; ``fit`` learns attributes ending in ``_`` (using train and,
    for model selection, valid) and returns ``self``; ``predict`` returns an array of shape
    ``(n_queries, num_entities)`` where higher means more likely.
    """

    name: str = "base"
    citation: str = ""

    def get_params(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if not k.endswith("_") and not k.startswith("_")}

    @abstractmethod
    def fit(self, dataset: TKGDataset) -> Forecaster: ...

    @abstractmethod
    def _predict(self, history: History, queries: np.ndarray) -> np.ndarray: ...

    def is_fitted(self) -> bool:
        return any(k.endswith("_") and not k.startswith("_") for k in vars(self))

    def check_fitted(self) -> None:
        if not self.is_fitted():
            raise NotFittedError(f"{type(self).__name__} is not fitted; call fit(dataset) first")

    def predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        """Scores ``(len(queries), N)`` for queries given as rows ``(s, r, t)`` sharing one ``t``."""
        self.check_fitted()
        queries = np.asarray(queries, dtype=np.int64).reshape(-1, 3)
        if len(queries):
            history.check_time(int(queries[:, 2].min()))
        return self._predict(history, queries)

    def score(self, dataset: TKGDataset, split: str = "test") -> float:
        """Time-aware filtered MRR on ``split``."""
        from detente.forecast.protocol import evaluate_split

        self.check_fitted()
        return evaluate_split(self, dataset, split).metrics.mrr


F = TypeVar("F", bound=type[Forecaster])
REGISTRY: dict[str, type[Forecaster]] = {}


def register(name: str) -> Callable[[F], F]:
    def deco(cls: F) -> F:
        if name in REGISTRY:
            raise ValueError(f"model name {name!r} is already registered")
        cls.name = name
        REGISTRY[name] = cls
        return cls

    return deco


def get_model(name: str, **params: Any) -> Forecaster:
    import detente.forecast.models  # noqa: F401  (registers the built-in models)

    if name not in REGISTRY:
        raise KeyError(f"unknown model {name!r}; choose one of {sorted(REGISTRY)}")
    return REGISTRY[name](**params)
