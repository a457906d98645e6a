"""Read PETRARCH / Phoenix (TABARI-format) actor dictionaries into the actor registry.

Format, as used by the open PETRARCH dictionaries: an entry line holds a name (words joined by ``_``,
a trailing ``_`` meaning "whole word") and optionally its code in brackets; ``+`` lines add synonyms;
indented ``[CODE DATES]`` lines give date-restricted codes: ``>YYYYMMDD`` (from), ``<YYYYMMDD``
(until), ``YYYYMMDD-YYYYMMDD`` (between); six-digit dates are ``YYMMDD``. ``#`` starts a comment.
Each (entry, date range) becomes one :class:`LearnedActor` with ``valid_from``/``valid_to``, so a code is
used only for events on the dates it held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.errors import SourceError
from detente.model import LearnedActor

_CODE = re.compile(r"\[([^\]]+)\]")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")


@dataclass
class _Entry:
    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def _surface(token: str) -> str:
    return " ".join(t for t in token.strip().strip("+").rstrip("_").split("_") if t).strip()


def parse_dict_date(text: str) -> date | None:
    """``20040309`` or ``040309`` (two-digit years: < 50 is 20xx); None when unreadable."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        text = ("20" if int(text[:2]) < 50 else "19") + text
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_code(spec: str) -> tuple[str, date | None, date | None]:
    """``"RUSGOV >20040309"`` -> ("RUSGOV", 2004-03-09, None)."""
    parts = spec.split()
    code = parts[0].lstrip("~")
    start = end = None
    for p in parts[1:]:
        if p.startswith(">"):
            start = parse_dict_date(p[1:])
        elif p.startswith("<"):
            end = parse_dict_date(p[1:])
        elif m := _DATE_RANGE.match(p):
            start, end = parse_dict_date(m.group(1)), parse_dict_date(m.group(2))
    return code, start, end


def _entries(path: Path) -> Iterator[_Entry]:
    current: _Entry | None = None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith("!"):
                continue
            if raw[0] in " \t" and line.strip().startswith("["):
                if current is not None:
                    current.codes.extend(parse_code(c) for c in _CODE.findall(line))
                continue
            if line.startswith("+"):
                if current is not None:
                    current.synonyms.append(_surface(_CODE.sub("", line)))
                continue
            if current is not None:
                yield current
            codes = [parse_code(c) for c in _CODE.findall(line)]
            current = _Entry(name=_surface(_CODE.sub("", line)), codes=codes)
    if current is not None:
        yield current


def split_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """``RUSGOV`` -> ("RUS", ("GOV",)); ``IGOUNO`` -> (None, ("IGO", "UNO"))."""
    from detente.knowledge.countries import by_code

    chunks = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    if chunks and by_code(chunks[0]) is not None:
        return chunks[0], chunks[1:]
    return None, chunks


def _display(name: str) -> str:
    """Dictionary names are upper case: title-case words, keep short acronyms ("UN", "U.N.")."""
    return " ".join(w if len(w) <= 3 or "." in w else w.title() for w in name.split())


def load_petrarch_actors(path: str | Path) -> list[LearnedActor]:
    """All actors of a PETRARCH-format dictionary, one per (entry, date-restricted code)."""
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: no such dictionary file", "Give a PETRARCH/Phoenix .txt actor dictionary.")
    out: list[LearnedActor] = []
    seen: set[str] = set()
    for entry in _entries(path):
        if not entry.name or not entry.codes:
            continue
        aliases = tuple(dict.fromkeys(_display(a) for a in [entry.name, *entry.synonyms] if a))
        name = _display(entry.name)
        for code, start, end in entry.codes:
            country, sectors = split_code(code)
            key = entry.name.lower() + (f"@{start or ''}..{end or ''}" if start or end else "")
            if key in seen:
                continue
            seen.add(key)
            kind = "person" if country and sectors else ("organisation" if not country else "country")
            out.append(
                LearnedActor(
                    key=key,
                    name=name,
                    country=country,
                    sectors=sectors,
                    kind=kind,
                    aliases=aliases,
                    origin="petrarch",
                    valid_from=start,
                    valid_to=end,
                    evidence=f"{path.name}: {code}",
                )
            )
    return out
