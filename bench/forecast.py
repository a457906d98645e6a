"""Benchmark the forecasters: one JSON per dataset and model in bench/results/.

    .venv/bin/python bench/forecast.py --data /work/shared/data/tkg/ICEWS14 --model recurrency loglinear

Each file holds time-aware filtered MRR and Hits@1/3/10 on valid and test, the wall time, the
peak RSS and the git commit of the working tree (``null`` when there is none).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import subprocess
import time
from pathlib import Path

from detente.forecast.runner import run_evaluation

RESULTS = Path(__file__).resolve().parent / "results"


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", required=True, help="dataset folders (ICEWS format)")
    ap.add_argument("--model", nargs="+", default=["recurrency", "loglinear"])
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for folder in args.data:
        for model in args.model:
            with mp.get_context("spawn").Pool(1) as pool:  # fresh process: peak RSS is per run
                result = pool.apply(run_evaluation, (folder, model))
            result["commit"] = git_commit()
            result["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
            path = args.out / f"forecast_{Path(folder).name}_{model}.json"
            path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            print(path, json.dumps({k: result[k] for k in ("dataset", "model", "test", "wall_seconds",
                                                            "peak_rss_mb")}))


if __name__ == "__main__":
    main()
