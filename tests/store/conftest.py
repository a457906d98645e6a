"""The storage suite runs on every backend: DuckDB always, PostgreSQL when one is reachable.

PostgreSQL comes from ``$DETENTE_TEST_PG`` (default: the role and database .ci/setup-services.sh
creates); each test gets its own schema, dropped afterwards, so tests never collide.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import pytest

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


def _pg_store(schema: str) -> Store:
    return open_store(f"{pg_url()}{'&' if '?' in pg_url() else '?'}schema={schema}")


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres" and (why := pg_unreachable()):
        pytest.skip(why)
    return str(request.param)


@pytest.fixture
def open_new(backend: str, tmp_path: Path) -> Iterator[Callable[[], Store]]:
    """Opens a new, empty store of the backend under test (same one on each call within a test)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    opened: list[Store] = []

    def make() -> Store:
        s = open_store(tmp_path / "store.duckdb") if backend == "duckdb" else _pg_store(schema)
        opened.append(s)
        return s

    yield make
    for s in opened:
        try:
            s.close()
        except Exception:  # noqa: BLE001 - closing twice is fine
            pass
    if backend == "postgres":
        from detente.store.postgres import PostgresStore

        cleanup = PostgresStore(pg_url(), schema=schema)
        cleanup.drop_schema()
        cleanup.close()


@pytest.fixture
def store(open_new: Callable[[], Store]) -> Store:
    return open_new()
