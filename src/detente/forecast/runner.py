"""Fit-select-report: the function behind ``detente forecast evaluate`` and the benchmark."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path
from typing import Any

from detente.forecast.base import get_model
from detente.forecast.data import TKGDataset, load_dataset
from detente.forecast.protocol import evaluate_split


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_evaluation(data: str | Path | TKGDataset, model: str = "loglinear", splits: tuple[str, ...] = ("valid", "test"),
                   **params: Any) -> dict[str, Any]:
    """Fit ``model`` on train (selecting on valid), then report time-aware filtered metrics."""
    start = time.perf_counter()
    ds = data if isinstance(data, TKGDataset) else load_dataset(data)
    est = get_model(model, **params)
    est.fit(ds)
    fit_s = time.perf_counter() - start
    out: dict[str, Any] = {"dataset": ds.name, "model": model, "params": est.get_params(),
                           "num_entities": ds.num_entities, "num_relations": ds.num_relations,
                           "sizes": {"train": len(ds.train), "valid": len(ds.valid), "test": len(ds.test)},
                           "fit_seconds": round(fit_s, 2)}
    for split in splits:
        res = evaluate_split(est, ds, split)
        out[split] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.metrics.as_dict().items()}
        out[split]["seconds"] = round(res.seconds, 2)
    out["wall_seconds"] = round(time.perf_counter() - start, 2)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return out
