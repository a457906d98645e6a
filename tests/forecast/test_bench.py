from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench_module():  # bench/ is not a package: load the script by path
    spec = importlib.util.spec_from_file_location("bench_forecast", ROOT / "bench" / "forecast.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_writes_one_json_per_dataset_and_model(tiny_dir: Path, tmp_path: Path) -> None:
    bench = _bench_module()
    commit = bench.git_commit()
    assert commit is None or isinstance(commit, str)
    bench.main(["--data", str(tiny_dir), "--model", "recurrency", "--out", str(tmp_path)])
    out = json.loads((tmp_path / "forecast_tiny_recurrency.json").read_text())
    assert {"mrr", "hits1", "hits3", "hits10"} <= set(out["test"])
    assert out["peak_rss_mb"] > 0 and out["wall_seconds"] > 0 and "commit" in out
