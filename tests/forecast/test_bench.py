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


def test_bench_dev_run_takes_params_and_skips_test(tiny_dir: Path, tmp_path: Path) -> None:
    bench = _bench_module()
    assert bench.parse_param("use_valid=False") == ("use_valid", False)
    assert bench.parse_param("fit_days=4") == ("fit_days", 4) and bench.parse_param("x=a b") == ("x", "a b")
    bench.main(["--data", str(tiny_dir), "--model", "recurrency", "--out", str(tmp_path), "--splits", "valid",
                "--param", "lams=[0.5]", "--param", "alphas=[0.0]"])
    out = json.loads((tmp_path / "forecast_tiny_recurrency.json").read_text())
    assert "valid" in out and "test" not in out and out["params"]["lams"] == [0.5]
