"""Query parameters shared by the endpoints: the CLI's event filters, pagination, periods."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Query

from detente.views.filters import EventFilter, summary_filter

Text = Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$")]
Code = Annotated[str | None, Query(max_length=8, pattern=r"^[0-9]+$", description="digits, e.g. '04' or '042'")]
ModalityParam = Literal["happened", "planned", "hypothetical", "negated"]
PeriodParam = Literal["day", "week", "month", "year"]


def event_filter(
    actor: Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00]*$",
                                       description="either side: a code prefix (RUS, RUSGOV) or a name")] = None,
    source: Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00]*$",
                                        description="source actor: code prefix or name")] = None,
    target: Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00]*$",
                                        description="target actor: code prefix or name")] = None,
    cameo: Code = None,
    root: Annotated[str | None, Query(max_length=2, pattern=r"^[0-9]{1,2}$", description="CAMEO root")] = None,
    plover: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]*$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop … 4 material conflict")] = None,
    modality: ModalityParam | None = None,
    start: Annotated[date | None, Query(description="event date on or after (YYYY-MM-DD)")] = None,
    end: Annotated[date | None, Query(description="event date on or before (YYYY-MM-DD)")] = None,
    doc_id: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_-]*$")] = None,
    text: Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$",
                                      description="substring of the evidence sentence")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description=(
        "the coder's confidence, 0–1: 0.6 keeps the chosen events, drops secondary targets"))] = None,
) -> EventFilter:
    """Every field of :class:`EventFilter` as a query parameter; empty strings count as absent."""
    flt = EventFilter(
        actor=actor or None, source=source or None, target=target or None, cameo=cameo or None,
        root=root or None, plover=plover or None, quad_class=quad_class, modality=modality,
        start=start, end=end, doc_id=doc_id or None, text=text or None, min_confidence=min_confidence,
    )  # fmt: skip
    return flt.validate()


def aggregate_filter(flt: Annotated[EventFilter, Depends(event_filter)]) -> EventFilter:
    """The filters of an aggregate view (counts, timelines, networks, maps): without ``min_confidence`` the
    summary floor (0.1) leaves out the coder's lowest-ranked guesses, as the CLI's ``dyad`` and ``report`` do;
    ``min_confidence=0`` counts every candidate."""
    return summary_filter(flt)


Limit = Annotated[int, Query(ge=1, le=1000, description="rows per page (1–1000)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
