from __future__ import annotations

import numpy as np
import pytest

from detente.forecast.calibrate import (
    Isotonic,
    calibration_report,
    raw_probability,
    reliability,
    softmax_rows,
)
from detente.forecast.data import TKGDataset
from detente.forecast.models import Recurrency


def test_isotonic_pools_violators_by_hand() -> None:
    iso = Isotonic(prior=0.0).fit(np.array([0.1, 0.2, 0.3, 0.4]), np.array([0.0, 1.0, 0.0, 1.0]))
    # (0.2 -> 1, 0.3 -> 0) violate the order and pool to 0.5 at their midpoint 0.25
    np.testing.assert_allclose(iso.y_, [0.0, 0.5, 1.0])
    np.testing.assert_allclose(iso.x_, [0.1, 0.25, 0.4])
    assert iso.predict(0.25) == pytest.approx(0.5)
    assert iso.predict(0.0) == 0.0 and iso.predict(1.0) == 1.0
    grid = iso.predict(np.linspace(0, 1, 50))
    assert np.all(np.diff(grid) >= 0)


def test_isotonic_blocks_are_smoothed_towards_the_base_rate_by_hand() -> None:
    # pooled blocks 0 (1 question), 0.5 (2), 1 (1); base rate (2 + 1) / (4 + 2) = 0.5; one pseudo-question
    # each: (0 + 0.5) / 2, (1 + 0.5) / 3, (1 + 0.5) / 2
    iso = Isotonic().fit(np.array([0.1, 0.2, 0.3, 0.4]), np.array([0.0, 1.0, 0.0, 1.0]))
    np.testing.assert_allclose(iso.y_, [0.25, 0.5, 0.75])
    # a block with no positive among many questions answers a small probability, not 0
    x = np.linspace(0.0, 0.5, 1000)
    y = (x > 0.45).astype(float)
    low = Isotonic().fit(x, y).predict(0.0)
    assert 0.0 < float(low) < 1e-3
    none = Isotonic().fit(x, np.zeros_like(x)).predict(0.3)  # no positive at all: still not a certain "no"
    assert 0.0 < float(none) < 1e-5


def test_isotonic_unfitted_says_fit() -> None:
    with pytest.raises(RuntimeError, match="fit"):
        Isotonic().predict(0.3)


def test_reliability_by_hand() -> None:
    prob = np.array([0.05, 0.05, 0.95, 0.95])
    labels = np.array([0, 1, 1, 1])
    rep = reliability(prob, labels)
    assert rep["brier"] == pytest.approx((0.05**2 + 0.95**2 + 0.05**2 + 0.05**2) / 4)
    # bin 0: conf 0.05 vs freq 0.5 (weight 1/2); bin 9: conf 0.95 vs freq 1.0 (weight 1/2)
    assert rep["ece"] == pytest.approx(0.5 * 0.45 + 0.5 * 0.05)
    assert [row["count"] for row in rep["table"]] == [2, 2]
    assert rep["auc"] == pytest.approx((1.0 + 1.0 + 0.5) / 3)  # positive 0.05 ties the negative
    assert rep["brier_skill"] == pytest.approx(1 - rep["brier"] / (0.75 * 0.25))


def test_raw_probability_and_softmax() -> None:
    assert raw_probability(0.0, 3.0, 7) == 0.0
    assert raw_probability(1.0, 1.0, 1) == pytest.approx(1 - np.exp(-1))
    p = softmax_rows(np.array([[0.0, np.log(3.0)]]))
    np.testing.assert_allclose(p, [[0.25, 0.75]])


def test_calibration_report_on_tiny_graph(tiny: TKGDataset) -> None:
    model = Recurrency(lams=(0.9,), alphas=(1.0,)).fit(tiny)
    rep = calibration_report(model, tiny, within=1, pairs=10)
    assert rep["valid_questions"] > 0 and rep["calibrated"]["n"] > 0
    assert 0.0 <= rep["calibrated"]["ece"] <= 1.0
    # the tiny graph repeats exactly, so recurring facts are asked and do happen
    assert rep["calibrated"]["positives"] > 0
