"""Helpers shared by the coder's sentence tests: the linking event of a (source, target) pair, and what
to print when an assertion fails."""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.coder import Coder
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry

_ALIASES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}  # the dev sets' YIELD covers both


def best(events: list[CodedEvent], source: str, target: str) -> CodedEvent | None:
    """The most confident event whose source text contains ``source`` and target text ``target``."""
    hits = [e for e in events if source in e.source.text and e.target is not None and target in e.target.text]
    return max(hits, key=lambda e: e.confidence) if hits else None


def label(e: CodedEvent) -> str:
    """The event's PLOVER type, with CONCEDE and RETREAT as the dev sets' YIELD."""
    return _ALIASES.get(e.plover, e.plover)


def pairs(events: list[CodedEvent]) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.text, e.target.text if e.target else "") for e in events]


def check(code: Callable[[str], list[CodedEvent]], text: str, source: str, target: str, plover: str) -> None:
    """Assert that the pair's linking event in ``text`` has the PLOVER type ``plover``."""
    ev = code(text)
    found = best(ev, source, target)
    assert found is not None and label(found) == plover, pairs(ev)


def reparsing(nlp, text: str) -> list[CodedEvent]:  # type: ignore[no-untyped-def]
    """The events of ``text`` coded with re-parsing on (headlines, asides, blanked names), as the pipeline codes."""
    return Coder(ActorRegistry(), reparse=nlp).code_doc(nlp(text), Document(text=text))
