"""Reading seed/news text files: an optional first line ``date YYYY-MM-DD`` then the text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from detente.model import Document

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


def read_text_document(path: str | Path) -> Document:
    """A Document from a text file whose first line may be ``date 2024-04-03``."""
    raw = Path(path).read_text(encoding="utf-8")
    m = _DATE_LINE.match(raw)
    when = date.fromisoformat(m.group(1)) if m else None
    text = raw[m.end() :] if m else raw
    return Document(text=text, date=when, path=str(path))
