from __future__ import annotations

import numpy as np
import pytest

from detente.forecast.batch import COL, TripleStore, step_features, triple_store
from detente.forecast.features import transition_matrix
from detente.forecast.history import History, add_inverse

FACTS = np.array([[0, 0, 1, 0], [0, 0, 1, 2], [0, 1, 2, 3], [3, 0, 0, 1], [1, 0, 4, 3]])


def _hist() -> History:
    hist = History(6, 2)
    hist.add(add_inverse(FACTS, 2))
    return hist


def _row(sf, q: int, o: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    (i,) = np.flatnonzero((sf.qi == q) & (sf.cand == o))
    return sf.x[i]


def test_one_hop_features_by_hand() -> None:
    hist = _hist()
    trans = transition_matrix(hist.facts, 6, 2)
    sf = step_features(hist, np.array([[0, 0, 4]]), trans, None, top_pop=0)
    row1 = _row(sf, 0, 1)
    assert row1[COL["rel_cnt@0.0"]] == pytest.approx(np.log1p(2))
    assert row1[COL["rel_cnt@0.1"]] == pytest.approx(np.log1p(np.exp(-0.4) + np.exp(-0.2)))
    assert row1[COL["rel_last"]] == pytest.approx(1 / 2)
    assert row1[COL["rel_lage"]] == pytest.approx(np.log1p(2))
    assert row1[COL["rel_frac"]] == pytest.approx(1.0)
    assert row1[COL["rel_age2-3_cnt2-3"]] == 1.0 and row1[COL["rel_age1-1_cnt1-1"]] == 0.0
    # copies at 0 and 2 (mean gap 2), last one 2 steps old at t=4: exactly due
    assert row1[COL["rel_gap"]] == pytest.approx(0.0) and row1[COL["rel_due"]] == pytest.approx(1.0)
    row2 = _row(sf, 0, 2)
    assert row2[COL["rel_cnt@0.0"]] == 0.0 and row2[COL["any_last"]] == pytest.approx(1.0)
    assert row2[COL["any_frac"]] == pytest.approx(1 / 4)
    assert row2[COL["any_gap"]] == 0.0 and row2[COL["any_due"]] == 0.0  # one copy: no period
    row3 = _row(sf, 0, 3)  # 3 did r=0 to 0 at t=1: the mirror of the query
    assert row3[COL["inv_cnt"]] == pytest.approx(np.log1p(np.exp(-0.1 * 3)))
    assert sf.group.tolist() == [0]


def test_two_hop_candidate_by_hand() -> None:
    """0's partner 1 did r=0 to 4, so 4 is a candidate for (0, 0, ?) with two-hop evidence only."""
    hist = _hist()
    sf = step_features(hist, np.array([[0, 0, 4]]), np.zeros((4, 4)), None, top_pop=0)
    row4 = _row(sf, 0, 4)
    assert row4[COL["any_cnt@0.0"]] == 0.0
    assert row4[COL["h2r"]] > 0 and row4[COL["h2r_n"]] == pytest.approx(np.log1p(1))
    # P[0, 1] = share of 0's decayed facts with 1; 1's only r=0 object is 4
    w = np.exp(-0.1 * np.array([4, 2]))  # (0, r0, 1) facts; the others: (0, r1, 2) at 3, inverse of (3, 0, 0) at 1
    p01 = w.sum() / (w.sum() + np.exp(-0.1 * 1) + np.exp(-0.1 * 3))
    assert row4[COL["h2r"]] == pytest.approx(np.log1p(100 * p01))


def test_unseen_subject_group_and_popularity_candidates() -> None:
    hist = _hist()
    sf = step_features(hist, np.array([[5, 0, 4]]), np.zeros((4, 4)), None, top_pop=2)
    assert sf.group.tolist() == [2]
    # recent popularity of r=0 objects (pop@0.1 + pop@1 / 2): 1 (twice, at 0 and 2) > 4 (at 3) > 0 (at 1)
    assert sf.cand.tolist() == [1, 4]


def test_triple_store_is_incremental() -> None:
    hist = History(6, 2)
    quads = add_inverse(FACTS, 2)
    hist.add(quads[quads[:, 3] < 2])
    triple_store(hist, 2)
    hist.add(quads[quads[:, 3] >= 2])
    inc = triple_store(hist, 4)
    fresh = TripleStore(6, 4)
    fresh.update(hist.facts, 4)
    np.testing.assert_array_equal(inc.keys, fresh.keys)
    np.testing.assert_allclose(inc.cnt, fresh.cnt)
    np.testing.assert_array_equal(inc.last, fresh.last)


def test_forced_rows_are_flagged() -> None:
    """Entity 5 is no candidate of (0, 0, ?) and comes in only through ``extra``; 0 itself is one (two
    steps away in the random walk)."""
    hist = _hist()
    sf = step_features(hist, np.array([[0, 0, 4]]), np.zeros((4, 4)), None, top_pop=0,
                       extra=np.array([[0, 5], [0, 1]]))
    assert sf.forced is not None
    assert dict(zip(sf.cand.tolist(), sf.forced.tolist(), strict=True)) == {0: False, 1: False, 2: False,
                                                                             3: False, 4: False, 5: True}
    assert step_features(hist, np.array([[0, 0, 4]]), np.zeros((4, 4)), None, top_pop=0).forced is None
