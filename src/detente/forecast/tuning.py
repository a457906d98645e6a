"""Model selection helpers: cache the sparse features of a split once, score many settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from detente.forecast.data import TKGDataset
from detente.forecast.features import QueryFeatures, batch_features
from detente.forecast.history import History, add_inverse
from detente.forecast.protocol import filtered_rank


@dataclass
class CachedQuery:
    feats: QueryFeatures
    r: int
    t: int
    answers: np.ndarray  # all true objects of (s, r, t)


@dataclass
class FeatureCache:
    num_entities: int
    queries: list[CachedQuery]


def collect(dataset: TKGDataset, split: str, trans: np.ndarray | None,
            start_time: int | None = None) -> FeatureCache:
    """Features of every query of ``split`` (time-respecting, history = all earlier facts).

    With ``start_time`` only the facts of ``split`` at time ≥ start_time are queries and the earlier
    ones are history.
    """
    order = ["train", "valid", "test"]
    hist = History(dataset.num_entities, dataset.num_relations)
    for name in order[: order.index(split)]:
        hist.add(add_inverse(getattr(dataset, name), dataset.num_relations))
    facts = add_inverse(getattr(dataset, split), dataset.num_relations)
    if start_time is not None:
        hist.add(facts[facts[:, 3] < start_time])
        facts = facts[facts[:, 3] >= start_time]
    return collect_facts(hist, facts, trans)


def collect_facts(hist: History, facts: np.ndarray, trans: np.ndarray | None) -> FeatureCache:
    out: list[CachedQuery] = []
    two_r = 2 * hist.num_relations
    for t in np.unique(facts[:, 3]).tolist():
        block = facts[facts[:, 3] == t]
        keys = block[:, 0] * two_r + block[:, 1]
        uniq, inv = np.unique(keys, return_inverse=True)
        qs = np.stack([uniq // two_r, uniq % two_r, np.full(len(uniq), t)], axis=1)
        for i, qf in enumerate(batch_features(hist, qs, trans)):
            out.append(CachedQuery(qf, int(qs[i, 1]), t, block[inv == i, 2]))
        hist.add(block)
    return FeatureCache(hist.num_entities, out)


def grid_mrr(cache: FeatureCache, scorers: Sequence[Callable[[QueryFeatures], np.ndarray]]) -> np.ndarray:
    """Time-aware filtered MRR of each sparse scorer (non-candidates score 0) on cached queries."""
    total = np.zeros(len(scorers))
    n = 0
    for q in cache.queries:
        n += len(q.answers)
        for k, fn in enumerate(scorers):
            scores = np.zeros(cache.num_entities)
            scores[q.feats.candidates] = fn(q.feats)
            for o in q.answers.tolist():
                total[k] += 1.0 / filtered_rank(scores, o, q.answers)
    return total / max(n, 1)
