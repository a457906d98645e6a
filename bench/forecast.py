"""Benchmark the forecasters: one JSON per dataset and model in bench/results/.

    .venv/bin/python bench/forecast.py --data /work/shared/data/tkg/ICEWS14 --model recurrency loglinear

Each file holds time-aware filtered MRR and Hits@1/3/10 on valid and test, the wall time, the
peak RSS and the git commit of the working tree (``null`` when there is none).

Development runs select on valid without touching test: fit on train only and score valid out of
sample, with model parameters given as ``--param NAME=VALUE`` (results go to ``--out``)::

    .venv/bin/python bench/forecast.py --data DIR --model loglinear --splits valid \
        --param use_valid=False --param fit_days=40 --out /tmp/dev
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import subprocess
import time
from pathlib import Path
from typing import Any

from detente.forecast.runner import run_evaluation

RESULTS = Path(__file__).resolve().parent / "results"


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def parse_param(text: str) -> tuple[str, Any]:
    """``NAME=VALUE`` with VALUE read as JSON (numbers, true/false) or, failing that, as a string."""
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    value = {"True": "true", "False": "false"}.get(value, value)
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", required=True, help="dataset folders (ICEWS format)")
    ap.add_argument("--model", nargs="+", default=["recurrency", "loglinear"])
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--splits", nargs="+", default=["valid", "test"], choices=["valid", "test"])
    ap.add_argument("--param", type=parse_param, action="append", default=[], metavar="NAME=VALUE",
                    help="model parameter (repeatable), e.g. --param use_valid=False")
    args = ap.parse_args(argv)
    params = dict(args.param)
    args.out.mkdir(parents=True, exist_ok=True)
    for folder in args.data:
        for model in args.model:
            with mp.get_context("spawn").Pool(1) as pool:  # fresh process: peak RSS is per run
                result = pool.apply(run_evaluation, (folder, model, tuple(args.splits)), params)
            result["commit"] = git_commit()
            result["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
            path = args.out / f"forecast_{Path(folder).name}_{model}.json"
            path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            print(path, json.dumps({k: result.get(k) for k in ("dataset", "model", *args.splits, "fit_seconds",
                                                                "wall_seconds", "peak_rss_mb")}))


if __name__ == "__main__":
    main()
