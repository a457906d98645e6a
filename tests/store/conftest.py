"""The storage suite runs on every backend: DuckDB always, PostgreSQL when one is reachable.

PostgreSQL comes from ``$DETENTE_TEST_PG`` (default: the role and database .ci/setup-services.sh
creates); each test gets its own schema, dropped afterwards, so tests never collide.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from detente.store import Store, open_store
from pgtest import drop_pg_schema, open_pg_store, pg_unreachable


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
        s = open_store(tmp_path / "store.duckdb") if backend == "duckdb" else open_pg_store(schema)
        opened.append(s)
        return s

    yield make
    for s in opened:
        try:
            s.close()
        except Exception:  # noqa: BLE001 - closing twice is fine
            pass
    if backend == "postgres":
        drop_pg_schema(schema)


@pytest.fixture
def store(open_new: Callable[[], Store]) -> Store:
    return open_new()
