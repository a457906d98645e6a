"""Readers by file suffix. Modules register readers with :func:`register_reader`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.errors import SourceError
from detente.model import Document

Item = Document | SourceError


@dataclass
class ReadOptions:
    default_date: date | None = None  # --date: for plain text with no date line
    max_bytes: int = 20_000_000  # larger files are refused with a clear reason
    require_date: bool = True  # a document with no date is reported, not guessed
    language_check: bool = True  # skip documents that are clearly not English


Reader = Callable[[Path, ReadOptions], Iterator[Item]]
_READERS: dict[str, Reader] = {}


def register_reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            _READERS[s.lower()] = fn
        return fn

    return deco


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    # longest suffix first: ".jsonl.gz" before ".gz"
    for suffix in sorted(_READERS, key=len, reverse=True):
        if suffix and name.endswith(suffix):
            return _READERS[suffix]
    if "." not in name and "" in _READERS:  # files with no extension are read as text
        return _READERS[""]
    return None


def suffixes() -> list[str]:
    return sorted(_READERS)
