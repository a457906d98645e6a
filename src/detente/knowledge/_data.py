"""Reading the packaged tables in ``detente/knowledge/data``."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """The text of a packaged data file; a missing file means a broken install."""
    try:
        return resources.files("detente.knowledge").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - packaging error
        raise FileNotFoundError(
            f"detente knowledge table {name!r} is missing; reinstall detente "
            "(or run scripts/build_knowledge.py in a source checkout)"
        ) from exc


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV file; lines starting with ``#`` are comments."""
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def read_json(name: str) -> Any:
    return json.loads(read_text(name))
