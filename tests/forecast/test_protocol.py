from __future__ import annotations

import numpy as np
import pytest

from detente.forecast.data import TKGDataset
from detente.forecast.history import History, add_inverse
from detente.forecast.protocol import Metrics, evaluate_split, filtered_rank


def test_filtered_rank_by_hand() -> None:
    scores = np.array([0.5, 0.9, 0.5, 0.1, 0.5])
    assert filtered_rank(scores, 0) == 3.0  # one better, two tied: 1 + 1 + 2/2
    assert filtered_rank(scores, 0, [1]) == 2.0  # the better one is another true answer
    assert filtered_rank(scores, 0, [2, 0]) == 2.5  # one tie filtered, true itself ignored
    assert filtered_rank(scores, 1) == 1.0
    assert filtered_rank(np.zeros(4), 2) == 2.5  # all tied: mean of positions 1..4


def test_metrics_from_ranks() -> None:
    m = Metrics.from_ranks(np.array([1.0, 2.0, 4.0, 20.0]))
    assert m.mrr == pytest.approx((1 + 0.5 + 0.25 + 0.05) / 4)
    assert (m.hits1, m.hits3, m.hits10, m.count) == (0.25, 0.5, 0.75, 4)


def _toy() -> TKGDataset:
    q = np.array
    return TKGDataset(train=q([[0, 0, 1, 0]]), valid=np.zeros((0, 4), dtype=np.int64),
                      test=q([[0, 0, 1, 1], [0, 0, 2, 1]]), entities=["a", "b", "c"], relations=["r"])


class ById:
    def predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        return np.tile(np.arange(history.num_entities, dtype=float), (len(queries), 1))


class Flat:
    def predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        return np.zeros((len(queries), history.num_entities))


def test_evaluate_hand_computed_mrr() -> None:
    res = evaluate_split(ById(), _toy(), "test")
    # object queries (a, r, ?): b and c both rank 1 (each filters the other);
    # subject queries (b, r^-1, ?) and (c, r^-1, ?): a has the lowest score of 3 -> rank 3.
    assert sorted(res.ranks.tolist()) == [1.0, 1.0, 3.0, 3.0]
    assert res.metrics.mrr == pytest.approx((1 + 1 + 1 / 3 + 1 / 3) / 4)
    assert res.metrics.hits1 == 0.5 and res.metrics.hits3 == 1.0


def test_evaluate_ties_use_mean_rank() -> None:
    res = evaluate_split(Flat(), _toy(), "test")
    assert sorted(res.ranks.tolist()) == [1.5, 1.5, 2.0, 2.0]
    assert res.metrics.mrr == pytest.approx((2 / 1.5 + 2 / 2) / 4)


class Spy:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int, int]] = []

    def predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        t = int(queries[0, 2])
        assert (queries[:, 2] == t).all()
        assert history.facts[:, 3].max() < t
        self.seen.append((t, len(history), int(history.facts[:, 3].max())))
        return np.zeros((len(queries), history.num_entities))


def test_history_is_strictly_before_query_time(tiny: TKGDataset) -> None:
    spy = Spy()
    evaluate_split(spy, tiny, "test")
    (t0, n0, last0), (t1, n1, last1) = spy.seen
    assert (t0, t1) == (10, 11) and last0 == 9 and last1 == 10
    n_before = 2 * (len(tiny.train) + len(tiny.valid))
    assert n0 == n_before
    assert n1 == n_before + 2 * int(np.sum(tiny.test[:, 3] == 10))  # earlier test facts are visible


def test_history_refuses_future() -> None:
    hist = History(3, 1)
    hist.add(add_inverse(np.array([[0, 0, 1, 5]]), 1))
    with pytest.raises(ValueError, match="query time"):
        hist.check_time(5)


def test_incremental_popularity_matches_direct_sum() -> None:
    hist = History(3, 1)
    hist.add(add_inverse(np.array([[0, 0, 1, 0], [2, 0, 1, 1]]), 1))
    hist.popularity(2, 0.5)
    hist.walk(2, 0.5)
    hist.add(add_inverse(np.array([[0, 0, 2, 2]]), 1))
    pop = hist.popularity(4, 0.5)
    assert pop[0, 1] == pytest.approx(np.exp(-0.5 * 4) + np.exp(-0.5 * 3))
    assert pop[0, 2] == pytest.approx(np.exp(-0.5 * 2))
    assert pop[1, 0] == pytest.approx(np.exp(-0.5 * 4) + np.exp(-0.5 * 2))
    walk = hist.walk(4, 0.5).toarray()
    w01, w02 = np.exp(-0.5 * 4), np.exp(-0.5 * 2)
    assert walk[0, 1] == pytest.approx(w01 / (w01 + w02))
    assert hist.activity(4, 0.0)[1] == pytest.approx(2.0)
