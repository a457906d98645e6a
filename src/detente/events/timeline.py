"""Dyad timelines counted by event (groups) or by mention, always saying which (``unit``)."""

from __future__ import annotations

from typing import Any, Literal

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter
from detente.views.query import dyad_condition, dyad_timeline, timeline_rows

Unit = Literal["events", "mentions"]
UNITS: tuple[str, ...] = ("events", "mentions")


def dyad_timeline_events(
    store: Store,
    a: str,
    b: str,
    period: str = "month",
    directed: bool = False,
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Like :func:`detente.views.query.dyad_timeline` but counting events (groups of mentions).

    A group is counted once, in the period of its event date, with its representative code's
    QuadClass and Goldstein value. ``directed`` keeps A as the group's representative source; note a
    reciprocal event (A meets B) is stored in one orientation only, so use undirected counts for
    symmetric families. ``flt`` keeps groups with at least one mention matching it. Run
    :func:`detente.events.regroup` first (ingest does it via ``update_after_ingest``).
    """
    cond, params = dyad_condition(a, b, directed)
    if flt is not None:
        extra, eparams = flt.where()
        if extra:
            cond += (" AND group_id IN (SELECT m.group_id FROM event_group_members m JOIN events e "
                     f"ON e.id = m.event_id{extra})")
            params += eparams
    return timeline_rows(store, "event_groups", period, cond, params,
                         extra=" sum(n_mentions) AS mentions,", unit="events")


def dyad_timeline_by(
    store: Store, a: str, b: str, period: str = "month", directed: bool = False, unit: str = "events",
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """A dyad timeline in the chosen unit; every row carries ``unit`` ("events" or "mentions")."""
    if unit == "events":
        return dyad_timeline_events(store, a, b, period, directed, flt)
    if unit == "mentions":
        return dyad_timeline(store, a, b, period, directed, flt)
    raise QueryError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
