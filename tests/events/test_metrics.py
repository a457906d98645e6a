from __future__ import annotations

import pytest

from detente.events.metrics import bcubed, pairwise, score_grouping


def test_perfect_grouping_scores_one() -> None:
    truth = {"a": 1, "b": 1, "c": 2}
    pred = {"a": "x", "b": "x", "c": "y"}
    assert pairwise(pred, truth).precision == 1.0 and pairwise(pred, truth).recall == 1.0
    assert bcubed(pred, truth).f1 == 1.0


def test_hand_computed_example() -> None:
    # truth: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
    truth = {"a": "T1", "b": "T1", "c": "T1", "d": "T2", "e": "T2"}
    pred = {"a": "P1", "b": "P1", "c": "P2", "d": "P2", "e": "P2"}
    pw = pairwise(pred, truth)
    # predicted pairs: ab, cd, ce, de = 4; true pairs: ab, ac, bc, de = 4; both: ab, de = 2
    assert pw.precision == pytest.approx(2 / 4)
    assert pw.recall == pytest.approx(2 / 4)
    b3 = bcubed(pred, truth)
    # precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1 + 1 + 1/3 + 2/3 + 2/3) / 5
    assert b3.precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    # recall per item: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2
    assert b3.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_all_singletons_and_all_merged() -> None:
    truth = {"a": 1, "b": 1, "c": 2, "d": 3}
    singletons = {k: k for k in truth}
    merged = {k: 0 for k in truth}
    s = pairwise(singletons, truth)
    assert s.precision == 1.0 and s.recall == 0.0  # no pairs claimed; the one true pair missed
    m = pairwise(merged, truth)
    assert m.precision == pytest.approx(1 / 6) and m.recall == 1.0
    assert bcubed(singletons, truth).precision == 1.0
    assert bcubed(singletons, truth).recall == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)
    assert bcubed(merged, truth).precision == pytest.approx((0.5 + 0.5 + 0.25 + 0.25) / 4)


def test_mismatched_items_are_refused() -> None:
    with pytest.raises(ValueError, match="same mentions"):
        pairwise({"a": 1}, {"b": 1})


def test_score_grouping_counts() -> None:
    s = score_grouping({"a": 1, "b": 2}, {"a": "x", "b": "x"})
    assert (s.mentions, s.true_events, s.predicted_events) == (2, 1, 2)
    assert s.to_dict()["pairwise"]["recall"] == 0.0
