"""PostgreSQL for tests: the server from ``$DETENTE_TEST_PG`` (default: the role and database
``.ci/setup-services.sh`` creates), whether it answers, and stores opened in throw-away schemas."""

from __future__ import annotations

import os
from functools import lru_cache

from detente.store import Store, open_store

DEFAULT_PG = "postgresql://detente:detente@127.0.0.1:5432/detente_test"


def pg_url() -> str:
    return os.environ.get("DETENTE_TEST_PG") or DEFAULT_PG


@lru_cache(maxsize=1)
def pg_unreachable() -> str | None:
    """None when PostgreSQL answers, else why not (the skip reason)."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        psycopg.connect(pg_url(), connect_timeout=3).close()
    except psycopg.Error as exc:
        return f"PostgreSQL at $DETENTE_TEST_PG is unreachable ({str(exc).strip().splitlines()[0]}); " \
               "run .ci/setup-services.sh"
    return None


def open_pg_store(schema: str) -> Store:
    """A PostgreSQL store in ``schema`` (created if missing)."""
    url = pg_url()
    return open_store(f"{url}{'&' if '?' in url else '?'}schema={schema}")


def drop_pg_schema(schema: str) -> None:
    from detente.store.postgres import PostgresStore

    cleanup = PostgresStore(pg_url(), schema=schema)
    cleanup.drop_schema()
    cleanup.close()
