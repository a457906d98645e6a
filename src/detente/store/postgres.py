"""The PostgreSQL backend (psycopg 3): the server option for several writers and readers.

SQL in detente uses ``?`` placeholders; they become ``%s`` here, and literal ``%`` becomes ``%%``.
``schema`` (or ``?schema=NAME`` in the URL) keeps a store in its own PostgreSQL schema, which is how
the tests share one database without colliding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from detente.errors import StoreError
from detente.store.base import Store

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def translate(sql: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%`` outside quoted literals and identifiers; ``%`` -> ``%%`` inside."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def split_schema(url: str) -> tuple[str, str | None]:
    """Take ``schema=NAME`` out of the URL's query (psycopg does not know it)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


class PostgresStore(Store):
    dialect = "postgres"

    def __init__(self, url: str, schema: str | None = None, statement_timeout_ms: int | None = None,
                 init: bool = True) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        conninfo, url_schema = split_schema(url)
        self.schema = schema or url_schema
        if self.schema is not None and not _SCHEMA_NAME.match(self.schema):
            raise StoreError(f"bad PostgreSQL schema name {self.schema!r}.",
                             "Use lower-case letters, digits and underscores.")
        options = ["-c TimeZone=UTC"]
        if statement_timeout_ms:
            options.append(f"-c statement_timeout={int(statement_timeout_ms)}")
        try:
            self.conn = psycopg.connect(conninfo, autocommit=True, row_factory=dict_row,
                                        options=" ".join(options), connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL at {_redact(conninfo)}: {str(exc).strip().splitlines()[0]}.",
                "Check that the server runs and the URL (user, password, host, port, database) is right.",
            ) from exc
        if self.schema:
            if init:
                self.conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
            self.conn.execute(f'SET search_path TO "{self.schema}"')
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(translate(sql), list(params))  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [list(r) for r in rows]
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(translate(sql), rows)  # type: ignore[arg-type]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor() as cur:
            cur.execute(translate(sql), list(params))  # type: ignore[arg-type]
            if cur.description is None:
                return []
            return list(cur.fetchall())  # type: ignore[arg-type]

    def query_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        from psycopg.rows import tuple_row

        with self.conn.cursor(row_factory=tuple_row) as cur:
            cur.execute(translate(sql), list(params))  # type: ignore[arg-type]
            if cur.description is None:
                return []
            return list(cur.fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._depth += 1
        try:
            with self.conn.transaction():
                yield
        finally:
            self._depth -= 1

    def close(self) -> None:
        self.conn.close()

    def drop_schema(self) -> None:
        """Drop this store's schema with everything in it (tests clean up with it)."""
        if not self.schema:
            raise StoreError("this store has no schema of its own to drop.", "Open it with schema=NAME.")
        self.conn.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')


def _redact(conninfo: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", conninfo)
