"""Per-request access to the store, each read time-limited and isolated.

DuckDB connections are not thread-safe: every request reads through its own cursor (``con.cursor()``),
and a timer thread calls ``interrupt()`` on that cursor when the time limit passes. PostgreSQL
requests take a connection from a small pool whose sessions carry ``statement_timeout``.
Writes (ingest) go through one writer at a time.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from detente.api.errors import QueryTimeout
from detente.errors import QueryError
from detente.store.base import Store

DEFAULT_TIMEOUT_S = 5.0


def _timeout(limit: float) -> QueryTimeout:
    return QueryTimeout(
        f"the query ran longer than {limit:g} s and was stopped",
        "Narrow it (a date range, an actor, a CAMEO code) or raise the limit with --query-timeout.",
    )


class Database:
    """Wraps the server's store; ``read()`` yields a store view for one request."""

    def __init__(self, store: Store, timeout_s: float = DEFAULT_TIMEOUT_S, pool_size: int = 4) -> None:
        self.store = store
        self.timeout_s = timeout_s
        self.write_lock = threading.Lock()
        self._pool: queue.LifoQueue[Store] = queue.LifoQueue()
        self._made = 0
        self._pool_size = pool_size
        self._pool_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.store.dialect

    @contextmanager
    def read(self) -> Iterator[Store]:
        if self.store.dialect == "duckdb":
            with self._duckdb_read() as s:
                yield s
        else:
            with self._pg_read() as s:
                yield s

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self.write_lock:
            yield self.store

    # -- DuckDB ------------------------------------------------------------------------------------
    @contextmanager
    def _duckdb_read(self) -> Iterator[Store]:
        import duckdb


        view = self.store.on_cursor()  # type: ignore[attr-defined]
        cur = view.con
        state = {"active": True, "fired": False}
        guard = threading.Lock()

        def stop() -> None:
            with guard:
                if state["active"]:
                    state["fired"] = True
                    cur.interrupt()

        timer = threading.Timer(self.timeout_s, stop)
        timer.daemon = True
        timer.start()
        try:
            yield view
        except duckdb.InterruptException as exc:
            raise _timeout(self.timeout_s) from exc
        except (duckdb.ConversionException, duckdb.InvalidInputException, duckdb.OutOfRangeException) as exc:
            raise QueryError(f"the store rejected a parameter: {str(exc).splitlines()[0]}.",
                             "Check the parameter values.") from exc
        finally:
            with guard:
                state["active"] = False
            timer.cancel()
            cur.close()

    # -- PostgreSQL --------------------------------------------------------------------------------
    def _new_pg(self) -> Store:
        from detente.store.postgres import PostgresStore

        base: Any = self.store
        return PostgresStore(base.url, schema=base.schema, statement_timeout_ms=int(self.timeout_s * 1000),
                             init=False)

    @contextmanager
    def _pg_read(self) -> Iterator[Store]:
        import psycopg

        try:
            s = self._pool.get_nowait()
        except queue.Empty:
            s = self._new_pg()
        ok = True
        try:
            yield s
        except psycopg.errors.QueryCanceled as exc:
            raise _timeout(self.timeout_s) from exc
        except (psycopg.errors.DataError, psycopg.errors.InvalidParameterValue) as exc:
            raise QueryError(f"the store rejected a parameter: {str(exc).splitlines()[0]}.",
                             "Check the parameter values.") from exc
        except psycopg.OperationalError:
            ok = False
            raise
        finally:
            if ok and self._pool.qsize() < self._pool_size:
                self._pool.put(s)
            else:
                s.close()

    def close(self, store_too: bool = True) -> None:
        while not self._pool.empty():
            self._pool.get_nowait().close()
        if store_too:
            self.store.close()
