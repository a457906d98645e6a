from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

from detente.store import Store, open_store

HERE = Path(__file__).resolve().parent
FAKE_CODER = "fakecoder:code_documents"  # a test double: see fakecoder.py
REAL_CODER = "detente.coding.batch:code_documents"


def real_coder_available() -> bool:
    try:
        return importlib.util.find_spec("detente.coding.batch") is not None
    except ModuleNotFoundError:
        return False


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(HERE.parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), src, env.get("PYTHONPATH", "")])
    return env


def contents(db: Path | str | Store) -> dict[str, Any]:
    """What a store (a DuckDB path or an open store) holds, as sets and sorted rows, to compare two runs."""
    if not isinstance(db, Store):
        with open_store(str(db)) as st:
            return contents(st)
    st = db
    docs = [r["id"] for r in st.query("SELECT id FROM documents")]
    events = [r["id"] for r in st.query("SELECT id FROM events")]
    actors = st.query("SELECT key, name, country, sectors, role FROM actors ORDER BY key")
    aliases = st.query("SELECT alias, actor_key FROM aliases ORDER BY 1, 2")
    assert len(docs) == len(set(docs)), "duplicate documents"
    assert len(events) == len(set(events)), "duplicate events"
    return {"documents": set(docs), "events": set(events), "actors": actors, "aliases": aliases}
