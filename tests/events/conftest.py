from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.store import Store, open_store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "events.duckdb") as s:
        yield s
