"""DuckDB's bulk-load settings hold during a load and are restored after it, even when it fails."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from detente.store import open_store
from detente.store.duckdb import BULK_THREADS, ROW_GROUP_SIZE, DuckDBStore


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


def _row_groups(con: object, table: str) -> int:
    row = con.execute(  # type: ignore[attr-defined]
        f"SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('{table}')").fetchone()
    return int(row[0])


def test_file_uses_small_row_groups_on_every_handle(tmp_path: Path) -> None:
    path = tmp_path / "rg.duckdb"
    store = open_store(path)
    assert isinstance(store, DuckDBStore)
    n = 2 * ROW_GROUP_SIZE + 10
    store.execute(f"CREATE TABLE t1 AS SELECT range AS i FROM range({n})")
    writer = store.writer()  # the background writer's cursor sees the same file, same settings
    writer.execute(f"CREATE TABLE t2 AS SELECT range AS i FROM range({n})")
    writer.close()
    assert _row_groups(store.con, "t1") == 3
    assert _row_groups(store.con, "t2") == 3
    assert store.query_rows("SELECT count(*) FROM t2") == [(n,)]
    store.close()
    # still a plain DuckDB file: other tools open it directly; spill files stay beside it
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM t1").fetchone() == (n,)
    con.close()
    ro = DuckDBStore(str(path), read_only=True)
    assert ro.query_rows("SELECT count(*) FROM t1") == [(n,)]
    assert ro.con.execute("SELECT current_setting('temp_directory')").fetchone() == (f"{path}.tmp",)
    ro.close()


def test_bulk_insert_uses_column_types_and_falls_back_on_odd_values(tmp_path: Path) -> None:
    import datetime as dt

    store = open_store(tmp_path / "t.duckdb")
    assert isinstance(store, DuckDBStore)
    store.execute("CREATE TABLE t (s VARCHAR, n INTEGER, x DOUBLE, d DATE, ts TIMESTAMP)")
    sql = "INSERT INTO t (s, n, x, d, ts) VALUES (?, ?, ?, ?, ?)"
    when = dt.datetime(2024, 5, 3, 12, 30)
    rows = [(f"r{i}", i, i / 2, dt.date(2024, 5, 1 + i % 28), when) for i in range(40)]
    store.executemany(sql, rows)
    assert store._arrow_types("t")["d"] == pa.date32()
    # an int in a text column does not fit the typed Arrow column: the batch still goes in, as DuckDB casts it
    store.executemany(sql, [(i, None, None, None, None) for i in range(20)])
    got = store.query_rows("SELECT s, n, x, d, ts FROM t ORDER BY rowid")
    assert got[:40] == rows
    assert [r[0] for r in got[40:]] == [str(i) for i in range(20)]
    store.close()
