"""Checks against the real ICEWS14 split (slow; read ../shared; skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.forecast.data import load_dataset
from detente.forecast.models import Recurrency
from detente.forecast.protocol import evaluate_split

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def _icews14(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "tkg" / "ICEWS14"
    if not (path / "train.txt").is_file():
        pytest.skip("ICEWS14 is not in ../shared/data/tkg")
    return path


def test_icews14_sizes(shared_dir: Path) -> None:
    ds = load_dataset(_icews14(shared_dir))
    assert (len(ds.train), len(ds.valid), len(ds.test)) == (74845, 8514, 7371)
    assert (ds.num_entities, ds.num_relations) == (7128, 230)


def test_recurrency_baseline_matches_published_figure(shared_dir: Path) -> None:
    """Gastinger et al. 2024 report test MRR 0.374 (re-measured 0.3737) on this split."""
    ds = load_dataset(_icews14(shared_dir))
    model = Recurrency().fit(ds)
    mrr = evaluate_split(model, ds, "test").metrics.mrr
    assert mrr == pytest.approx(0.3737, abs=0.01)
