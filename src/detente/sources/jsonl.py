"""JSON Lines: one article per line, ``text`` required; ``date``, ``title``, ``url``, ``source``, ``id``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from detente.errors import NoDateError, SourceError
from detente.model import Document
from detente.sources.checks import check_text
from detente.sources.registry import Item, ReadOptions, register_reader
from detente.sources.text import ISO_HINT, mark_headlines, parse_iso_date


def record_to_document(rec: Any, where: str, opts: ReadOptions) -> Document:
    if not isinstance(rec, dict):
        raise SourceError(f"{where}: a line must be a JSON object.", 'Write one object per line: {"text": ...}.')
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{where}: no 'text' field.", 'Each line needs "text" (and ideally "date").')
    check_text(text, where, opts)
    when = None
    if rec.get("date"):
        try:
            when = parse_iso_date(str(rec["date"]))
        except ValueError:
            raise NoDateError(f"{where}: cannot read the date {rec['date']!r}.", ISO_HINT) from None
    when = when or opts.default_date
    if when is None and opts.require_date:
        raise NoDateError(f"{where}: no 'date'.", 'Add "date": "YYYY-MM-DD", or pass --date.')
    ext = rec.get("id")
    return Document(
        text=mark_headlines(text.strip()), date=when, title=_s(rec.get("title")), url=_s(rec.get("url")),
        source=_s(rec.get("source")), path=where, external_id=None if ext is None else str(ext),
    )


def json_reason(exc: json.JSONDecodeError) -> str:
    """``exc`` in words without the doubled "at" of messages like "Invalid control character at"."""
    msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
    return f"{msg} at column {exc.colno}"


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


def read_jsonl_lines(lines: Iterable[str], name: str, opts: ReadOptions) -> Iterator[Item]:
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{i}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(f"{where}: broken JSON ({json_reason(exc)}).", "Fix or remove that line.")
            continue
        try:
            yield record_to_document(rec, where, opts)
        except SourceError as exc:
            yield exc


def read_jsonl_stream(stream: IO[str], name: str, opts: ReadOptions) -> Iterator[Item]:
    yield from read_jsonl_lines(stream, name, opts)


@register_reader(".jsonl", ".ndjson", ".json")
def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Item]:
    try:
        with path.open(encoding="utf-8", errors="strict") as fh:
            yield from read_jsonl_lines(fh, str(path), opts)
    except UnicodeDecodeError:
        yield SourceError(f"{path}: not valid UTF-8.", "Re-encode the file as UTF-8.")
    except OSError as exc:
        yield SourceError(f"{path}: cannot read the file ({exc.strerror}).", "Check that it exists and is readable.")
