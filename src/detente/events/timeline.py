"""Dyad timelines counted by event (groups) or by mention, always saying which (``unit``)."""

from __future__ import annotations

from typing import Any, Literal

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter
from detente.views.query import PERIODS, dyad_timeline

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
    if period not in PERIODS:
        raise QueryError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    sa, pa = EventFilter(source=a, target=b).where()
    cond, params = f"({sa.replace(' WHERE ', '', 1)})", list(pa)
    if not directed:
        sb, pb = EventFilter(source=b, target=a).where()
        cond = f"({cond} OR ({sb.replace(' WHERE ', '', 1)}))"
        params += pb
    if flt is not None:
        extra, eparams = flt.where()
        if extra:
            cond += (" AND group_id IN (SELECT m.group_id FROM event_group_members m JOIN events e "
                     f"ON e.id = m.event_id{extra.replace(' WHERE ', ' WHERE ', 1)})")
            params += eparams
    sql = f"""
        SELECT CAST(date_trunc('{period}', date_start) AS DATE) AS period,
               count(*) AS events,
               sum(n_mentions) AS mentions,
               sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_coop,
               sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_coop,
               sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
               sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
               sum(goldstein) AS goldstein_sum,
               avg(goldstein) AS goldstein_mean
        FROM event_groups
        WHERE date_start IS NOT NULL AND {cond}
        GROUP BY 1 ORDER BY 1
    """
    rows = store.query(sql, params)
    for r in rows:
        r["period"] = str(r["period"])
        r["unit"] = "events"
        r["goldstein_sum"] = round(float(r["goldstein_sum"] or 0.0), 2)
        r["goldstein_mean"] = round(float(r["goldstein_mean"] or 0.0), 3)
        for k in ("events", "mentions", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"):
            r[k] = int(r[k] or 0)
    return rows


def dyad_timeline_by(
    store: Store, a: str, b: str, period: str = "month", directed: bool = False, unit: str = "events",
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """A dyad timeline in the chosen unit; every row carries ``unit`` ("events" or "mentions")."""
    if unit == "events":
        return dyad_timeline_events(store, a, b, period, directed, flt)
    if unit == "mentions":
        rows = dyad_timeline(store, a, b, period, directed, flt)
        for r in rows:
            r["unit"] = "mentions"
        return rows
    raise QueryError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
