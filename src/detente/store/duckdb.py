"""The embedded DuckDB backend (the default)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from detente.errors import StoreError
from detente.store.base import Store

_INSERT = re.compile(r"^INSERT INTO (\w+) \(([^)]*)\) VALUES \([?,\s]+\)\s*(.*)$", re.S)
_counter = itertools.count()
BULK_THREADS = 1
BULK_CHECKPOINT_THRESHOLD = "4MB"  # DuckDB's default is 16 MiB
# Rows per row group of the file's tables (DuckDB's default is 122,880). When a row group fills, DuckDB
# compresses it in memory with its neighbours: with ~40 columns of event text that is a transient of
# 50-120 MB at every 123k events, which made peak memory grow with the store. 16,384 bounds it
# (docs/scale.md, "Memory"); scans and compression are unaffected at this size.
ROW_GROUP_SIZE = 16_384
_ALIAS = "detente"
_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
          "DATE": pa.date32(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us")}


class DuckDBStore(Store):
    dialect = "duckdb"
    secondary_indexes = False
    swap_rebuilds = True

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.url = path
        if path != ":memory:" and not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = _connect(path, read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                if read_only:
                    raise StoreError(
                        f"cannot read {path}: the store is open for writing by another process, e.g. "
                        "`detente serve` with writes enabled or an ingest.",
                        "Stop it or use its API (reads at /api); readers alone can share the file.",
                    ) from exc
                raise StoreError(
                    f"cannot write {path}: another process has the store open (a reader such as `detente serve` "
                    "or `detente events`, or another ingest).",
                    "Stop it, or ingest through a server with writes enabled (POST /api/ingest).",
                ) from exc
            raise StoreError(
                f"cannot open DuckDB file {path!r}: {str(exc).strip()}.",
                "Check the path; a DuckDB file can be open for writing by one process at a time.",
            ) from exc
        self._depth = 0
        self._types: dict[str, dict[str, pa.DataType]] = {}  # Arrow type of each column, per table

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection to the same database, for another thread (connections are not shared; cursors are)."""
        cur = self.con.cursor()
        if self.url != ":memory:":
            cur.execute(f"USE {_ALIAS}")  # a cursor starts in the in-memory catalog of the host connection
        return cur

    def on_cursor(self) -> DuckDBStore:
        """A store on a new cursor of the same database, for another thread (it shares the type cache)."""
        other = DuckDBStore.__new__(DuckDBStore)
        other.url, other.con, other._depth, other._types = self.url, self.cursor(), 0, self._types
        return other

    def writer(self) -> DuckDBStore:
        """A store on a cursor of the same database, for the background writer thread."""
        return self.on_cursor()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.con.execute(sql, list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return
        m = _INSERT.match(sql)
        if m is None or len(rows) < 16:
            self.con.executemany(sql, [list(r) for r in rows])
            return
        # DuckDB's executemany costs milliseconds a row; insert large batches through Arrow instead.
        table, columns, rest = m.group(1), [c.strip() for c in m.group(2).split(",")], m.group(3)
        types = self._arrow_types(table)
        try:
            # typed columns: Arrow's type inference costs 7x the conversion itself (0.5 vs 0.07 s for 19k events)
            arrow = pa.table({c: pa.array(col, type=types.get(c.strip('"').lower()))
                              for c, col in zip(columns, zip(*rows), strict=True)})
        except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError, OverflowError):
            self.con.executemany(sql, [list(r) for r in rows])
            return
        name = f"_detente_rows_{next(_counter)}"
        self.con.register(name, arrow)
        try:
            cols = ", ".join(columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name} {rest}")
        finally:
            self.con.unregister(name)

    def _arrow_types(self, table: str) -> dict[str, pa.DataType]:
        """The Arrow type of each column of ``table`` whose DuckDB type maps to one (cached per handle)."""
        cache = self._types
        if table not in cache:
            rows = self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_catalog = current_database() AND table_schema = current_schema()",
                [table]).fetchall()
            cache[table] = {str(c).lower(): _ARROW[str(t)] for c, t in rows if str(t) in _ARROW}
        return cache[table]

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        # one round trip with the ids as a list parameter (an IN list of n placeholders costs more)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def query_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def iter_rows(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[tuple[Any, ...]]:
        cur = self.con.execute(sql, list(params))
        while rows := cur.fetchmany(size):
            yield from rows

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._depth = 0

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Keep memory flat while many batches are written (docs/scale.md, "Memory").

        One DuckDB thread (a batch insert gains nothing from more, and every thread keeps its own
        allocator arenas) and a small write-ahead log: DuckDB keeps the rows of the log in memory until
        a checkpoint moves them to the table, and a checkpoint's transients grow with the log. Both
        settings are database-wide; the previous values come back when the load ends.
        """
        saved = self.con.execute(
            "SELECT current_setting('threads'), current_setting('checkpoint_threshold')").fetchone()
        self.con.execute(f"SET threads = {BULK_THREADS}")
        self.con.execute(f"SET checkpoint_threshold = '{BULK_CHECKPOINT_THRESHOLD}'")
        try:
            yield
        finally:
            if saved is not None:
                self.con.execute(f"SET threads = {int(saved[0])}")
                self.con.execute(f"SET checkpoint_threshold = '{saved[1]}'")

    def close(self) -> None:
        self.con.close()


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open ``path`` with the project's row-group size.

    The size is an option of ATTACH, not of ``duckdb.connect``, so the file is attached to an in-memory
    host connection and made the default catalog; spill files go next to the file, as they would when
    it is opened directly.
    """
    if path == ":memory:":
        return duckdb.connect(path)
    con = duckdb.connect(":memory:", config={"temp_directory": f"{path}.tmp"})
    try:
        options = f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}" + (", READ_ONLY" if read_only else "")
        con.execute(f"ATTACH ? AS {_ALIAS} ({options})", [path])
        con.execute(f"USE {_ALIAS}")
    except duckdb.Error:
        con.close()
        raise
    return con
