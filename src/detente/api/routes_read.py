"""Read endpoints: open to anyone who can reach the server (127.0.0.1 by default)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from detente.api.db import Database
from detente.api.errors import ApiError
from detente.api.params import Limit, Offset, PeriodParam, aggregate_filter, event_filter
from detente.views import query as q
from detente.views.filters import EventFilter
from detente.views.geo import country_counts
from detente.views.network import actor_network

router = APIRouter(prefix="/api")
Flt = Annotated[EventFilter, Depends(event_filter)]
AggFlt = Annotated[EventFilter, Depends(aggregate_filter)]  # counts: the coder's lowest guesses left out by default
ActorParam = Annotated[str, Query(min_length=1, max_length=100, pattern=r"^[^\x00]*\S[^\x00]*$",
                                  description="a code prefix (RUS, RUSGOV) or a name")]
Id = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


DB = Annotated[Database, Depends(db)]


@router.get("/health", summary="Server and store status")
def health(d: DB, request: Request) -> dict[str, Any]:
    with d.read() as s:
        stats = s.stats()
    return {"ok": True, "backend": d.dialect, "stats": stats, "writes_enabled": request.app.state.token is not None,
            "web_assets": request.app.state.web_assets, "features": request.app.state.features}


@router.get("/summary", summary="Overview: counts, events over time by QuadClass, top dyads and actors")
def summary(d: DB, flt: AggFlt, period: PeriodParam = "month",
            top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    with d.read() as s:
        return {
            "ok": True,
            "events": q.count_events(s, flt),
            "by_quad_class": {str(k): v for k, v in q.quad_counts(s, flt).items()},
            "timeline": q.quad_timeline(s, period, flt),
            "top_dyads": q.top_dyads(s, limit=top, flt=flt),
            "top_actors": q.top_actors(s, limit=top, flt=flt),
        }


@router.get("/events", summary="Coded events matching the filters, paginated")
def events(d: DB, flt: Flt, limit: Limit = 50, offset: Offset = 0,
           order: Literal["date", "goldstein"] = "date") -> dict[str, Any]:
    with d.read() as s:
        rows = q.list_events(s, flt, limit=limit, offset=offset, order=order)
        total = q.count_events(s, flt)
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "events": rows}


@router.get("/events/{event_id}", summary="One coded event")
def event(d: DB, event_id: Id) -> dict[str, Any]:
    with d.read() as s:
        row = q.get_event(s, event_id)
    if row is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}; list them with /api/events")
    return {"ok": True, "event": row}


@router.get("/dyads/timeline", summary="Dyad timeline: counts per QuadClass, Goldstein sum and mean per period")
def dyad_timeline(d: DB, flt: AggFlt, a: ActorParam, b: ActorParam, period: PeriodParam = "month",
                  directed: bool = False, unit: Literal["mentions", "events"] = "mentions") -> dict[str, Any]:
    """``unit=mentions`` counts coded reports, ``unit=events`` real-world events (groups of reports), as
    ``detente dyad --unit``; both leave out self-dyads (the same actor code on both sides)."""
    from detente.events.timeline import dyad_timeline_by

    with d.read() as s:
        points = dyad_timeline_by(s, a.strip(), b.strip(), period=period, directed=directed, unit=unit, flt=flt)
    return {"ok": True, "a": a, "b": b, "period": period, "directed": directed, "unit": unit, "points": points}


@router.get("/dyads/top", summary="Country dyads (undirected) by number of events")
def dyads_top(d: DB, flt: AggFlt, limit: Annotated[int, Query(ge=1, le=500)] = 20) -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, "dyads": q.top_dyads(s, limit=limit, flt=flt)}


@router.get("/network", summary="Actor network: nodes are actors, edges event counts and mean Goldstein")
def network(d: DB, flt: AggFlt, level: Literal["country", "actor"] = "country",
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=2000, description="most edges")] = 200) -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, **actor_network(s, flt, level=level, min_events=min_events, limit=limit)}


@router.get("/geo", summary="Events per country (for the map): counts and mean Goldstein")
def geo(d: DB, flt: AggFlt, by: Literal["location", "source", "target"] = "location") -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, "by": by, "countries": country_counts(s, flt, by=by)}


@router.get("/actors", summary="Learned actors with aliases and the evidence sentence")
def actors(d: DB, q_: Annotated[str | None, Query(alias="q", max_length=100, pattern=r"^[^\x00]*$")] = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, "actors": q.list_actors(s, query=q_ or None, limit=limit)}


@router.get("/actors/top", summary="Actor codes by number of events (either side)")
def actors_top(d: DB, flt: AggFlt, limit: Annotated[int, Query(ge=1, le=500)] = 20) -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, "actors": q.top_actors(s, limit=limit, flt=flt)}


@router.get("/documents", summary="Documents, newest first (without text)")
def documents(d: DB, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    with d.read() as s:
        return {"ok": True, "documents": q.list_documents(s, limit=limit, offset=offset)}


def highlight_spans(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Character spans of each event's source, target and trigger inside the document text."""
    spans = []
    for e in events:
        for role in ("source", "target", "trigger"):
            a, b = e.get(f"{role}_start"), e.get(f"{role}_end")
            if a is None or b is None or not 0 <= a < b <= len(text):
                continue
            spans.append({"start": int(a), "end": int(b), "role": role, "event_id": e["id"],
                          "cameo": e["cameo"], "quad_class": e["quad_class"]})
    spans.sort(key=lambda s: (s["start"], -s["end"], s["role"]))
    return spans


@router.get("/documents/{doc_id}", summary="A document's text, its events and the spans to highlight")
def document(d: DB, doc_id: Id) -> dict[str, Any]:
    with d.read() as s:
        doc = q.get_document(s, doc_id)
    if doc is None:
        raise ApiError(404, "not_found", f"no document with id {doc_id!r}; list them with /api/documents")
    doc["spans"] = highlight_spans(doc["text"], doc["events"])
    return {"ok": True, "document": doc}


@router.get("/anticipations", summary="Anticipated (planned) events and their status")
def anticipations(d: DB, request: Request,
                  status: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]*$")] = None,
                  as_of: date | None = None) -> dict[str, Any]:
    fn = request.app.state.features_fn.get("anticipations")
    if fn is None:
        return {"ok": True, "available": False, "anticipations": []}
    with d.read() as s:
        rows = fn(s, status=status or None, as_of=as_of)
    return {"ok": True, "available": True, "anticipations": [_plain(r) for r in rows]}


def _plain(row: Any) -> Any:
    """Dataclasses and objects with ``to_dict`` become dicts; dicts pass through."""
    if isinstance(row, dict):
        return row
    if hasattr(row, "to_dict"):
        return row.to_dict()
    from dataclasses import asdict, is_dataclass

    if is_dataclass(row) and not isinstance(row, type):
        return asdict(row)
    return row
