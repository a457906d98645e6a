"""Text files: the seed format (``date YYYY-MM-DD`` first line), ``date:`` front lines, plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import dateparser

from detente.errors import NoDateError, SourceError
from detente.model import Document
from detente.sources.checks import check_text, decode_bytes
from detente.sources.registry import Item, ReadOptions, register_reader

# "date 2024-04-03 ..." (seed format) or front matter lines "date: 3 April 2024", "title: ...".
_FRONT = re.compile(r"^\s*(date|title|url|source|id)\s*[:=]?\s+(.*?)\s*$", re.IGNORECASE)
_SEED = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


def parse_date(value: str) -> date | None:
    """Parse a report date written by a person or a feed ("2024-04-03", "3 April 2024", RFC 822)."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def parse_text_document(raw: str, path: str | None, opts: ReadOptions) -> Document:
    """Split a text document into its header fields and body; raise SourceError on bad input."""
    meta: dict[str, str] = {}
    body = raw.lstrip("\ufeff")
    m = _SEED.match(body)
    if m:
        meta["date"], body = m.group(1), m.group(2)
    else:
        lines = body.splitlines()
        consumed = 0
        for line in lines[:6]:
            fm = _FRONT.match(line)
            if not fm or (fm.group(1).lower() == "date" and parse_date(fm.group(2)) is None):
                break
            meta[fm.group(1).lower()] = fm.group(2)
            consumed += 1
        body = "\n".join(lines[consumed:])
    body = body.strip()
    check_text(body, path, opts)
    when = parse_date(meta["date"]) if "date" in meta else None
    if "date" in meta and when is None:
        raise NoDateError(f"{path}: cannot read the date {meta['date']!r}", "Write it as YYYY-MM-DD.")
    when = when or opts.default_date
    if when is None and opts.require_date:
        raise NoDateError(
            f"{path or 'document'}: no report date",
            "Add a first line 'date YYYY-MM-DD', or pass --date YYYY-MM-DD for undated plain text.",
        )
    return Document(
        text=body, date=when, title=meta.get("title"), url=meta.get("url"), source=meta.get("source"),
        path=path, external_id=meta.get("id"),
    )


@register_reader(".txt", ".text", ".md", "")
def read_text(path: Path, opts: ReadOptions) -> Iterator[Item]:
    try:
        raw = decode_bytes(path.read_bytes(), str(path), opts)
        yield parse_text_document(raw, str(path), opts)
    except SourceError as exc:
        yield exc
    except OSError as exc:
        yield SourceError(f"{path}: cannot read the file ({exc.strerror})", "Check that it exists and is readable.")
