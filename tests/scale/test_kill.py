"""kill -9 at random points, then the same command again: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bulkcorpus import write_corpus
from scale_helpers import FAKE_CODER, contents, subprocess_env

from detente.scale import bulk_ingest
from detente.store import open_store


def _command(corpus: Path, db: Path, coder: str, workers: int) -> list[str]:
    cmd = [sys.executable, "-m", "detente.cli.bulk", "ingest", str(corpus), "--db", str(db), "--batch-size", "8",
           "--coder", coder, "--json"]
    return cmd + (["--workers", str(workers)] if workers else [])


def kill_and_resume(corpus: Path, tmp_path: Path, coder: str, kills: int, seed: int, workers: int = 0,
                    max_delay: float = 2.5) -> int:
    """Start the command, kill -9 it (with its worker processes) after a random delay, check the store
    opens, and repeat; then let it finish. Returns how many kills landed."""
    env = subprocess_env() | {"DETENTE_FAKE_DELAY": "0.05"}  # the test double takes 5 s for the corpus
    db = tmp_path / "killed.duckdb"
    rng = random.Random(seed)
    landed = 0
    for _ in range(kills):
        proc = subprocess.Popen(_command(corpus, db, coder, workers), env=env, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=rng.uniform(0.2, max_delay))
            break  # finished before the kill
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            landed += 1
        time.sleep(0.05)
        with open_store(str(db)) as st:  # the database always opens, and holds no half batch
            stats = st.stats()
            stored = st.query("SELECT coalesce(sum(stored), 0) AS n FROM ingest_runs")[0]["n"]
            assert stats["documents"] == stored
    done = subprocess.run(_command(corpus, db, coder, workers), env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: some inputs failed (they are in the corpus)
    return landed


def _reference(corpus: Path, tmp_path: Path, coder: str) -> dict[str, object]:
    with open_store(str(tmp_path / "ref.duckdb")) as st:
        bulk_ingest([corpus], st, batch_size=8, coder=coder)
    return contents(tmp_path / "ref.duckdb")


@pytest.fixture()
def kill_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write_corpus(root, n=96, warc=False)
    return root


def test_five_kills_then_the_same_command_finishes_exactly_once(kill_corpus: Path, tmp_path: Path) -> None:
    expected = _reference(kill_corpus, tmp_path, FAKE_CODER)
    landed = kill_and_resume(kill_corpus, tmp_path, FAKE_CODER, kills=5, seed=1)
    assert landed >= 3, "most kills should land before the run ends"
    assert contents(tmp_path / "killed.duckdb") == expected


@pytest.mark.slow
def test_twenty_kills_with_the_e2e_coder(tmp_path: Path, e2e_coder: str) -> None:
    root = tmp_path / "corpus"
    write_corpus(root, n=120, warc=True)
    expected = _reference(root, tmp_path, e2e_coder)
    landed = kill_and_resume(root, tmp_path, e2e_coder, kills=20, seed=2, max_delay=5.0)
    assert landed >= 10
    assert contents(tmp_path / "killed.duckdb") == expected


@pytest.mark.slow
def test_kills_of_a_dask_run_with_two_workers(kill_corpus: Path, tmp_path: Path) -> None:
    expected = _reference(kill_corpus, tmp_path, FAKE_CODER)
    landed = kill_and_resume(kill_corpus, tmp_path, FAKE_CODER, kills=4, seed=3, workers=2, max_delay=15.0)
    assert landed >= 2
    assert contents(tmp_path / "killed.duckdb") == expected
