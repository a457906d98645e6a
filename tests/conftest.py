from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path | None:
    env = os.environ.get("DETENTE_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared", Path("/work/shared")]:
        if cand.is_dir() and (cand / "data").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared()
    if path is None:
        pytest.skip("../shared is absent; this test reads the shared reference data")
    return path
