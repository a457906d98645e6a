"""Event filters shared by the CLI, the API and the exports, compiled to parameterised SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from detente.errors import QueryError
from detente.model import MODALITIES

_CODE = re.compile(r"^[A-Z0-9]{2,20}$")
# Aggregate views (dyad timelines, reports, networks, maps, top lists) count the events the coder read from a
# sentence's structure by default: the lowest ranks are the coder's guesses (a named party no event reached,
# paired at 0.05; the learned fallback's type for an unmatched verb, 0.05-0.25). The event tables keep every
# candidate with its confidence; ``min_confidence=0`` counts the guesses too.
SUMMARY_MIN_CONFIDENCE = 0.1


@dataclass
class EventFilter:
    """Filters over the ``events`` table. Every field is optional; all given ones must hold.

    ``actor`` matches either side (code prefix like ``RUS`` or ``RUSGOV``, or a person name);
    ``source``/``target`` likewise for one side. Dates apply to the event date (``date_start``).
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None  # a code or a prefix ("04", "042")
    root: str | None = None  # a root ("04")
    plover: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    start: date | None = None
    end: date | None = None
    doc_id: str | None = None
    text: str | None = None  # substring of the evidence sentence
    min_confidence: float | None = None  # the coder's confidence, 0..1 (secondary targets rank lower)

    def validate(self) -> EventFilter:
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad_class must be 1, 2, 3 or 4, not {self.quad_class}")
        if self.modality is not None and self.modality not in MODALITIES:
            raise QueryError(f"modality must be one of {', '.join(MODALITIES)}, not {self.modality!r}")
        for name in ("cameo", "root"):
            val = getattr(self, name)
            if val is not None and not val.isdigit():
                raise QueryError(f"{name} must be digits with leading zeros, e.g. '04' or '042', not {val!r}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise QueryError(f"min_confidence must be between 0 and 1, not {self.min_confidence}.",
                             "Pass e.g. 0.7 to keep the coder's chosen events and drop secondary targets (0.6).")
        if self.start and self.end and self.start > self.end:
            raise QueryError(f"start {self.start} is after end {self.end}")
        return self

    def where(self) -> tuple[str, list[Any]]:
        """A SQL ``WHERE`` clause (or ``""``) with its parameters."""
        self.validate()
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            a, p = _side("source", self.actor)
            b, q = _side("target", self.actor)
            clauses.append(f"(({a}) OR ({b}))")
            params += p + q
        if self.source:
            a, p = _side("source", self.source)
            clauses.append(a)
            params += p
        if self.target:
            a, p = _side("target", self.target)
            clauses.append(a)
            params += p
        if self.cameo:
            clauses.append("cameo LIKE ?")
            params.append(self.cameo + "%")
        if self.root:
            clauses.append("cameo_root = ?")
            params.append(self.root.zfill(2)[:2])
        if self.plover:
            clauses.append("plover = ?")
            params.append(self.plover.upper())
        if self.quad_class is not None:
            clauses.append("quad_class = ?")
            params.append(self.quad_class)
        if self.modality:
            clauses.append("modality = ?")
            params.append(self.modality)
        if self.start:
            clauses.append("date_start >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("date_start <= ?")
            params.append(self.end)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        if self.text:
            clauses.append("lower(sentence) LIKE ?")
            params.append("%" + self.text.lower() + "%")
        if self.min_confidence:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def _side(side: str, value: str) -> tuple[str, list[Any]]:
    """Match an actor code prefix (``RUS``, ``RUSGOV``) or, failing that shape, a name/text."""
    v = value.strip()
    if _CODE.match(v.upper()) and v.upper() == v:
        return f"({side}_code LIKE ? OR {side}_country = ?)", [v + "%", v]
    return (
        f"(lower({side}_name) LIKE ? OR lower({side}_text) LIKE ? OR {side}_code LIKE ?)",
        ["%" + v.lower() + "%", "%" + v.lower() + "%", v.upper() + "%"],
    )


def summary_filter(flt: EventFilter | None) -> EventFilter:
    """``flt`` with the aggregate views' default floor (:data:`SUMMARY_MIN_CONFIDENCE`) when it sets none."""
    if flt is None:
        return EventFilter(min_confidence=SUMMARY_MIN_CONFIDENCE)
    return flt if flt.min_confidence is not None else replace(flt, min_confidence=SUMMARY_MIN_CONFIDENCE)
