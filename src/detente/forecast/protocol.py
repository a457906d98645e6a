"""The evaluation protocol: single-step extrapolation with time-aware filtered ranks.

* Both directions: every fact ``(s, r, o, t)`` also yields the query ``(o, r + R, ?, t)``.
* Time-aware filter: for the query ``(s, r, ?, t)`` with true answer ``o``, every *other* entity
  ``o'`` with ``(s, r, o', t)`` true at the same ``t`` is removed from the ranking; nothing else is.
* Ties: the rank is the mean position among the tied entities,
  ``rank = 1 + #{score > s_o} + #{score == s_o, other than o} / 2`` (filtered entities excluded).
* History: when predicting time ``t`` the model sees every fact with time < ``t`` (train, valid
  and the earlier facts of the split being evaluated) and nothing at time ≥ ``t``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import numpy as np

from detente.forecast.data import Quads, TKGDataset
from detente.forecast.history import History, add_inverse


class Scorer(Protocol):
    def predict(self, history: History, queries: np.ndarray) -> np.ndarray: ...


def filtered_rank(scores: np.ndarray, true: int, others: Sequence[int] | np.ndarray = ()) -> float:
    """Time-aware filtered rank of ``true`` in ``scores`` with the entities ``others`` removed."""
    scores = np.asarray(scores, dtype=np.float64)
    target = scores[true]
    greater = int(np.count_nonzero(scores > target))
    equal = int(np.count_nonzero(scores == target)) - 1
    for e in others:
        if e == true:
            continue
        v = scores[e]
        if v > target:
            greater -= 1
        elif v == target:
            equal -= 1
    return 1.0 + greater + equal / 2.0


@dataclass
class Metrics:
    mrr: float
    hits1: float
    hits3: float
    hits10: float
    count: int

    @classmethod
    def from_ranks(cls, ranks: np.ndarray) -> Metrics:
        ranks = np.asarray(ranks, dtype=np.float64)
        if len(ranks) == 0:
            return cls(0.0, 0.0, 0.0, 0.0, 0)
        return cls(float(np.mean(1.0 / ranks)), float(np.mean(ranks <= 1)), float(np.mean(ranks <= 3)),
                   float(np.mean(ranks <= 10)), len(ranks))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EvalResult:
    metrics: Metrics
    ranks: np.ndarray = field(repr=False)
    queries: Quads = field(repr=False)  # (s, r, o, t) with inverse relations, aligned with ranks
    seconds: float = 0.0


def history_for(dataset: TKGDataset, splits: Sequence[str]) -> History:
    hist = History(dataset.num_entities, dataset.num_relations)
    for name in splits:
        hist.add(add_inverse(getattr(dataset, name), dataset.num_relations))
    return hist


def evaluate_split(model: Scorer, dataset: TKGDataset, split: str = "test",
                   history_splits: Sequence[str] | None = None,
                   on_step: Callable[[int, np.ndarray, np.ndarray], None] | None = None) -> EvalResult:
    """Rank every fact of ``split`` (both directions), feeding the history one time step at a time."""
    order = ["train", "valid", "test"]
    if history_splits is None:
        history_splits = order[: order.index(split)]
    hist = history_for(dataset, history_splits)
    return evaluate_facts(model, hist, add_inverse(getattr(dataset, split), dataset.num_relations),
                          on_step=on_step)


def evaluate_facts(model: Scorer, hist: History, facts: Quads,
                   on_step: Callable[[int, np.ndarray, np.ndarray], None] | None = None) -> EvalResult:
    """Single-step evaluation of ``facts`` (already with inverses) on top of ``hist`` (mutated)."""
    start = time.perf_counter()
    facts = facts[np.argsort(facts[:, 3], kind="stable")]
    all_ranks: list[np.ndarray] = []
    all_q: list[Quads] = []
    times, bounds = np.unique(facts[:, 3], return_index=True)
    bounds = np.append(bounds, len(facts))
    for i, t in enumerate(times.tolist()):
        block = facts[bounds[i]:bounds[i + 1]]
        hist.check_time(t)
        keys = block[:, 0] * (2 * hist.num_relations) + block[:, 1]
        uniq, inv = np.unique(keys, return_inverse=True)
        qs = np.stack([uniq // (2 * hist.num_relations), uniq % (2 * hist.num_relations),
                       np.full(len(uniq), t)], axis=1)
        scores = model.predict(hist, qs)
        if on_step is not None:
            on_step(t, qs, scores)
        ranks = np.empty(len(block))
        groups: dict[int, list[int]] = {}
        for j, q in enumerate(inv.tolist()):
            groups.setdefault(q, []).append(j)
        for q, rows in groups.items():
            objs = block[rows, 2]
            for j, o in zip(rows, objs.tolist(), strict=True):
                ranks[j] = filtered_rank(scores[q], o, objs)
        all_ranks.append(ranks)
        all_q.append(block)
        hist.add(block)
    ranks_arr = np.concatenate(all_ranks) if all_ranks else np.zeros(0)
    quads = np.concatenate(all_q) if all_q else np.zeros((0, 4), dtype=np.int64)
    return EvalResult(Metrics.from_ranks(ranks_arr), ranks_arr, quads, time.perf_counter() - start)
