"""Text files: the seed format (``date YYYY-MM-DD`` first line), ``date:`` front lines, plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import dateparser

from detente.errors import NoDateError, SourceError
from detente.model import Document
from detente.sources.checks import check_text, decode_bytes
from detente.sources.registry import Item, ReadOptions, register_reader

# "date 2024-04-03 ..." (seed format) or front matter lines "date: 3 April 2024", "title: ...".
_FRONT = re.compile(r"^\s*(date|title|url|source|id)\s*[:=]?\s+(.*?)\s*$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*date\s*[:=]?\s*[\d/.\-]+\s*$", re.IGNORECASE)  # a date line of digits
_SEED = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
ISO_HINT = "Write it as YYYY-MM-DD (an ISO date, or an ISO date-time such as 2024-11-05T10:00:00Z)."


def parse_iso_date(value: str) -> date:
    """The day of an ISO date (``YYYY-MM-DD``) or ISO date-time; ValueError for anything else.

    Machine-written dates (JSON ``date`` fields) must be ISO: ``05/11/2024`` is May or November
    depending on the writer, and ``2024-11`` is not a day, so neither is guessed.
    """
    text = value.strip()
    if _ISO.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise ValueError(f"cannot read the date {value!r}: use YYYY-MM-DD (e.g. 2024-11-05) or an ISO date-time")


def parse_date(value: str) -> date | None:
    """Parse a report date written by a person or a feed ("2024-04-03", "3 April 2024", RFC 822).

    Dates written only with digits must be ISO (``YYYY-MM-DD``): ``05/11/2024`` (day or month
    first?) and ``2024-11`` (which day?) give None rather than a guess.
    """
    value = value.strip()
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        pass
    if not re.search(r"[A-Za-z]{3}", value):
        return None  # numeric only and not ISO: ambiguous
    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                 "STRICT_PARSING": True})
    return parsed.date() if parsed else None


_CLOSERS = "\"'\u201d\u2019\u00bb)]*"
_TERMINAL = ".!?\u2026:;"
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence punctuation (closing quotes and brackets aside)."""
    core = line.rstrip().rstrip(_CLOSERS)
    return not core or core[-1] in _TERMINAL


def end_line(line: str) -> str:
    """``line`` with a final period when it has no sentence punctuation (a title, a heading)."""
    stripped = line.rstrip()
    return line if ends_sentence(stripped) else stripped + "."


def mark_headlines(text: str) -> str:
    """End headline and heading lines with a period so the sentence splitter starts a new sentence there.

    The splitter does not break at line ends, so "Iran threatens Israel\nIranian Foreign Minister ..."
    would be one sentence with the wrong actor. A block followed by a blank line ends a sentence; so does
    a short first line (a headline) over a longer one. Hard-wrapped lines inside a paragraph are kept.
    """
    parts = _BLANK.split(text)
    if len(parts) > 1:
        seps = _BLANK.findall(text)
        text = "".join(end_line(p) + sep for p, sep in zip(parts, seps)) + parts[-1]
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and lines[1].strip() and not ends_sentence(lines[0]):
        head, nxt = lines[0].strip(), lines[1].strip()
        if len(head.split()) <= 15 and len(head) < 0.7 * len(nxt):
            lines[0] = end_line(lines[0])
            text = "\n".join(lines)
    return text


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
            if fm and fm.group(1).lower() == "date" and parse_date(fm.group(2)) is None:
                if _DATE_LINE.match(line):  # "date: 05/11/2024": meant as a date, and unreadable
                    raise NoDateError(f"{path or 'document'}: cannot read the date {fm.group(2)!r}.", ISO_HINT)
                break
            if not fm:
                break
            meta[fm.group(1).lower()] = fm.group(2)
            consumed += 1
        body = "\n".join(lines[consumed:])
    body = mark_headlines(body.strip())
    check_text(body, path, opts)
    when = parse_date(meta["date"]) if "date" in meta else None
    if "date" in meta and when is None:
        raise NoDateError(f"{path}: cannot read the date {meta['date']!r}.", ISO_HINT)
    when = when or opts.default_date
    if when is None and opts.require_date:
        raise NoDateError(
            f"{path or 'document'}: no report date.",
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
        yield SourceError(f"{path}: cannot read the file ({exc.strerror}).", "Check that it exists and is readable.")
