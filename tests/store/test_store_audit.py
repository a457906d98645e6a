"""Read-only DuckDB stores: never created, shared by readers, and a clear message for a held lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.store import open_store


def _hold(db: Path, read_only: bool) -> subprocess.Popen[str]:
    code = ("import sys, time; from detente.store import open_store; "
            f"s = open_store(sys.argv[1], read_only={read_only}); print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_read_only_does_not_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path / "sub" / "none.duckdb", read_only=True)
    assert not (tmp_path / "sub").exists()


def test_lock_messages(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    open_store(db).close()
    proc = _hold(db, read_only=False)
    try:
        with pytest.raises(StoreError) as info:
            open_store(db, read_only=True)
        assert "open for writing by another process" in str(info.value)
        assert "Could not set lock" not in str(info.value)
    finally:
        proc.kill()
        proc.wait()
    proc = _hold(db, read_only=True)
    try:
        with open_store(db, read_only=True) as s:  # readers share
            assert s.stats()["events"] == 0
        with pytest.raises(StoreError) as info:
            open_store(db)
        assert "another process has the store open" in str(info.value)
    finally:
        proc.kill()
        proc.wait()
