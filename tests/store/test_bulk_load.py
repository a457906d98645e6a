"""DuckDB's bulk-load settings hold during a load and are restored after it, even when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.store import open_store
from detente.store.duckdb import BULK_THREADS, DuckDBStore


def _settings(store: DuckDBStore) -> tuple[str, str]:
    row = store.con.execute(
        "SELECT current_setting('threads'), current_setting('checkpoint_threshold')").fetchone()
    assert row is not None
    return str(row[0]), str(row[1])


def test_bulk_load_sets_and_restores(tmp_path: Path) -> None:
    store = open_store(tmp_path / "b.duckdb")
    assert isinstance(store, DuckDBStore)
    store.con.execute("SET threads = 2")
    before = _settings(store)
    with store.bulk_load():
        threads, threshold = _settings(store)
        assert int(threads) == BULK_THREADS
        assert threshold != before[1]
    assert _settings(store) == before
    with pytest.raises(RuntimeError), store.bulk_load():
        raise RuntimeError("a batch failed")
    assert _settings(store) == before
    store.close()
