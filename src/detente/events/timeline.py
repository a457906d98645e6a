"""Dyad timelines counted by event (groups) or by mention, always saying which (``unit``).

Both units count the same mentions, so they reconcile: the ``mentions`` column of the event
timeline counts, in each group, only the members whose *own* source and target are the dyad (and
match the filter, and have an event date), which are exactly the rows the mention timeline counts.
A group also holds mentions of other dyads (one-sided mentions attached to it, guessed secondary
targets) that belong to other timelines. A self-dyad (both sides coded as the same actor, RUSGOV ->
RUSGOV: a coder slip) is never counted; a domestic event (RUSGOV -> RUSOPP) is.
"""

from __future__ import annotations

from typing import Any, Literal

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter
from detente.views.query import dyad_condition, dyad_timeline, mention_condition, timeline_rows

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
    QuadClass and Goldstein value, when its representative is the dyad and at least one of its
    members is a mention the mention timeline counts (own source/target the dyad, not a self-dyad,
    matching ``flt``). ``mentions`` counts those members only, so summed over periods it equals the mention
    timeline's total. ``directed`` keeps A as the group's representative source; note a reciprocal
    event (A meets B) is stored in one orientation only, so use undirected counts for symmetric
    families. Run :func:`detente.events.regroup` first (ingest does it via ``update_after_ingest``).
    """
    mcond, mparams = mention_condition(a, b, directed, flt)
    gcond, gparams = dyad_condition(a, b, directed)
    table = ("(SELECT g.*, c.n AS dyad_mentions FROM event_groups g JOIN "
             "(SELECT m.group_id AS member_group, count(*) AS n FROM event_group_members m "
             f"JOIN events ON events.id = m.event_id WHERE events.date_start IS NOT NULL AND {mcond} "
             "GROUP BY m.group_id) c ON c.member_group = g.group_id) t")
    return timeline_rows(store, table, period, gcond, mparams + gparams,
                         extra=" sum(dyad_mentions) AS mentions,", unit="events")


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
