"""Recurrency baseline: copy the facts seen before, weighted by recency and frequency.

After Gastinger et al. (IJCAI 2024), "History repeats itself: a baseline for temporal knowledge
graph forecasting": ``score(o) = lam ** d_min(s, r, o) + alpha * count(s, r, o) / count(s, r, ·)``
(strict recurrency plus a frequency term). ``lam`` and ``alpha`` are chosen on valid from a grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import numpy as np

from detente.forecast.base import Forecaster, register
from detente.forecast.data import TKGDataset
from detente.forecast.features import SPARSE_NAMES, QueryFeatures, batch_features
from detente.forecast.history import History
from detente.forecast.tuning import collect, grid_mrr

_LAST = SPARSE_NAMES.index("rel_last")
_CNT = SPARSE_NAMES.index("rel_cnt@0.0")


def _score(qf: QueryFeatures, lam: float, alpha: float) -> np.ndarray:
    last = qf.sparse[:, _LAST]
    cnt = np.expm1(qf.sparse[:, _CNT])
    seen = last > 0
    psi = np.where(seen, lam ** np.where(seen, 1.0 / np.maximum(last, 1e-12), 0.0), 0.0)
    total = cnt.sum()
    xi = cnt / total if total > 0 else cnt
    return psi + alpha * xi


@register("recurrency")
class Recurrency(Forecaster):
    citation = "Gastinger et al., History repeats itself: a baseline for TKG forecasting, IJCAI 2024"

    def __init__(self, lams: Sequence[float] = (0.5, 0.8, 0.9, 0.95, 0.99, 0.999),
                 alphas: Sequence[float] = (0.0, 0.1, 0.3, 1.0, 3.0), lam: float | None = None,
                 alpha: float | None = None) -> None:
        self.lams = tuple(lams)
        self.alphas = tuple(alphas)
        self.lam = lam
        self.alpha = alpha

    def fit(self, dataset: TKGDataset) -> Recurrency:
        if self.lam is not None and self.alpha is not None:
            self.lam_, self.alpha_ = float(self.lam), float(self.alpha)
            self.valid_mrr_ = float("nan")
            return self
        cache = collect(dataset, "valid", trans=None)
        grid = [(lam, a) for lam in self.lams for a in self.alphas]
        mrrs = grid_mrr(cache, [partial(_score, lam=lam, alpha=a) for lam, a in grid])
        best = int(np.argmax(mrrs))
        self.lam_, self.alpha_ = grid[best]
        self.valid_mrr_ = float(mrrs[best])
        return self

    def _predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        out = np.zeros((len(queries), history.num_entities))
        for i, qf in enumerate(batch_features(history, queries, None)):
            out[i, qf.candidates] = _score(qf, self.lam_, self.alpha_)
        return out
