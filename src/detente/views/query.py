"""Queries behind the CLI and the API: events, dyad timelines, actors, documents, a corpus report."""

from __future__ import annotations

from typing import Any, Literal

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter

Period = Literal["day", "week", "month", "year"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "year")


def list_events(
    store: Store, flt: EventFilter | None = None, limit: int = 100, offset: int = 0, order: str = "date"
) -> list[dict[str, Any]]:
    if not 0 < limit <= 100_000:
        raise QueryError(f"limit must be between 1 and 100000, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be >= 0, not {offset}")
    where, params = (flt or EventFilter()).where()
    order_by = {"date": "date_start", "goldstein": "goldstein, date_start"}.get(order)
    if order_by is None:
        raise QueryError(f"order must be 'date' or 'goldstein', not {order!r}")
    sql = f"SELECT * FROM events{where} ORDER BY {order_by}, id LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.query(sql, params)


def count_events(store: Store, flt: EventFilter | None = None) -> int:
    where, params = (flt or EventFilter()).where()
    return int(store.query(f"SELECT count(*) AS n FROM events{where}", params)[0]["n"])


def _bucket(store: Store, period: str) -> str:
    if period not in PERIODS:
        raise QueryError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return f"CAST(date_trunc('{period}', date_start) AS DATE)"


def dyad_condition(a: str, b: str, directed: bool = False) -> tuple[str, list[Any]]:
    """SQL condition (no ``WHERE``) for rows of the dyad A–B, both ways unless ``directed``."""
    sa, pa = EventFilter(source=a, target=b).where()
    cond, params = f"({sa.replace(' WHERE ', '', 1)})", list(pa)
    if not directed:
        sb, pb = EventFilter(source=b, target=a).where()
        cond = f"({cond} OR ({sb.replace(' WHERE ', '', 1)}))"
        params += pb
    return cond, params


_COUNTS = ("events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def timeline_rows(
    store: Store, table: str, period: str, cond: str, params: list[Any], extra: str = "", unit: str = "mentions"
) -> list[dict[str, Any]]:
    """Per-period counts per QuadClass and Goldstein sum/mean over ``table`` rows matching ``cond``.

    ``table`` is ``events`` (one row per mention) or ``event_groups`` (one row per event); every row
    returned says which in ``unit``.
    """
    bucket = _bucket(store, period)
    sql = f"""
        SELECT {bucket} AS period,
               count(*) AS events,{extra}
               sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_coop,
               sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_coop,
               sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
               sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
               sum(goldstein) AS goldstein_sum,
               avg(goldstein) AS goldstein_mean
        FROM {table}
        WHERE date_start IS NOT NULL AND {cond}
        GROUP BY 1 ORDER BY 1
    """
    rows = store.query(sql, params)
    for r in rows:
        r["period"] = str(r["period"])
        r["unit"] = unit
        r["goldstein_sum"] = round(float(r["goldstein_sum"] or 0.0), 2)
        r["goldstein_mean"] = round(float(r["goldstein_mean"] or 0.0), 3)
        for k in _COUNTS + (("mentions",) if "mentions" in r else ()):
            r[k] = int(r[k] or 0)
    return rows


def dyad_timeline(
    store: Store,
    a: str,
    b: str,
    period: str = "month",
    directed: bool = False,
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Counts per QuadClass and Goldstein sum/mean per period for the dyad A–B.

    Undirected by default (A→B and B→A); ``directed`` keeps A as source and B as target; self-dyads (the
    same actor code on both sides) are left out. Counts are of coded mentions (each report's telling of
    an event): ``unit`` is "mentions". For
    counts of real-world events see :func:`detente.events.timeline.dyad_timeline_events`.
    """
    cond, params = mention_condition(a, b, directed, flt)
    return timeline_rows(store, "events", period, cond, params, unit="mentions")


def self_dyad_sql(alias: str = "") -> str:
    """Both sides coded as the same actor (the columns of ``events`` or ``event_groups``, under ``alias``)."""
    return f"COALESCE({alias}source_code, '') <> '' AND {alias}source_code = {alias}target_code"


NOT_SELF_DYAD = f"NOT ({self_dyad_sql()})"


def mention_condition(a: str, b: str, directed: bool, flt: EventFilter | None) -> tuple[str, list[Any]]:
    """The mentions (rows of ``events``) a dyad timeline counts: the dyad, the filter, no self-dyad
    (RUSGOV against RUSGOV says nothing of a dyad; RUSGOV against RUSOPP is domestic politics and counts)."""
    cond, params = dyad_condition(a, b, directed)
    cond += f" AND {NOT_SELF_DYAD}"
    extra, eparams = (flt or EventFilter()).where()
    if extra:
        cond += " AND " + extra.replace(" WHERE ", "", 1)
        params += eparams
    return cond, params


def quad_counts(store: Store, flt: EventFilter | None = None) -> dict[int, int]:
    where, params = (flt or EventFilter()).where()
    rows = store.query(f"SELECT quad_class, count(*) AS n FROM events{where} GROUP BY 1 ORDER BY 1", params)
    return {int(r["quad_class"]): int(r["n"]) for r in rows}


def top_dyads(store: Store, limit: int = 10, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Country dyads (undirected) by number of coded mentions."""
    where, params = (flt or EventFilter()).where()
    cond = "source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country"
    where = (where + " AND " + cond) if where else " WHERE " + cond
    sql = f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events, avg(goldstein) AS goldstein_mean,
               sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation,
               sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict
        FROM events{where}
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT {int(limit)}
    """
    rows = store.query(sql, params)
    for r in rows:
        r["goldstein_mean"] = round(float(r["goldstein_mean"] or 0.0), 3)
        r["events"], r["cooperation"], r["conflict"] = int(r["events"]), int(r["cooperation"]), int(r["conflict"])
    return rows


def top_actors(store: Store, limit: int = 10, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    where, params = (flt or EventFilter()).where()
    sql = f"""
        SELECT code, count(*) AS events FROM (
            SELECT source_code AS code FROM events{where}
            UNION ALL
            SELECT target_code AS code FROM events{where}
        ) x WHERE code IS NOT NULL AND code <> '' GROUP BY code ORDER BY events DESC, code LIMIT {int(limit)}
    """
    return [{"code": r["code"], "events": int(r["events"])} for r in store.query(sql, params + params)]


def list_actors(store: Store, query: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The learned actor registry, with aliases."""
    params: list[Any] = []
    where = ""
    if query:
        where = (
            " WHERE lower(a.name) LIKE ? OR a.code LIKE ? OR a.key IN "
            "(SELECT actor_key FROM aliases WHERE lower(alias) LIKE ?)"
        )
        q = "%" + query.lower() + "%"
        params = [q, query.upper() + "%", q]
    rows = store.query(f"SELECT a.* FROM actors a{where} ORDER BY a.name LIMIT {int(limit)}", params)
    aliases: dict[str, list[str]] = {}
    if rows:
        marks = ",".join("?" * len(rows))
        for r in store.query(
            f"SELECT alias, actor_key FROM aliases WHERE actor_key IN ({marks}) ORDER BY alias",
            [r["key"] for r in rows],
        ):
            aliases.setdefault(r["actor_key"], []).append(r["alias"])
    for r in rows:
        r["aliases"] = aliases.get(r["key"], [])
    return rows


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    doc = rows[0]
    doc["events"] = list_events(store, EventFilter(doc_id=doc_id), limit=10_000)
    return doc


def corpus_report(store: Store, top: int = 10, flt: EventFilter | None = None) -> dict[str, Any]:
    """Documents, event mentions by QuadClass, top dyads and actors; ``flt`` narrows the event counts
    (e.g. ``EventFilter(min_confidence=0.7)``), not the document and actor counts."""
    stats = store.stats()
    span = store.query("SELECT min(report_date) AS first, max(report_date) AS last FROM documents")[0]
    return {
        "documents": stats["documents"],
        "events": stats["events"] if flt is None else count_events(store, flt),
        "actors_learned": stats["actors"],
        "report_dates": [str(span["first"]) if span["first"] else None, str(span["last"]) if span["last"] else None],
        "by_quad_class": quad_counts(store, flt),
        "top_dyads": top_dyads(store, limit=top, flt=flt),
        "top_actors": top_actors(store, limit=top, flt=flt),
    }


# -- read helpers for the API and the web app -------------------------------------------------------
def quad_timeline(store: Store, period: str = "month", flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events per period and QuadClass (long form: one row per period and class)."""
    bucket = _bucket(store, period)
    where, params = (flt or EventFilter()).where()
    where = (where + " AND date_start IS NOT NULL") if where else " WHERE date_start IS NOT NULL"
    sql = f"""
        SELECT {bucket} AS period, quad_class, count(*) AS events, avg(goldstein) AS goldstein_mean
        FROM events{where} GROUP BY 1, 2 ORDER BY 1, 2
    """
    return [
        {"period": str(r["period"]), "quad_class": int(r["quad_class"]), "events": int(r["events"]),
         "goldstein_mean": round(float(r["goldstein_mean"] or 0.0), 3)}
        for r in store.query(sql, params)
    ]  # fmt: skip


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM events WHERE id = ?", [event_id])
    return rows[0] if rows else None


def list_documents(store: Store, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Documents newest first, without their text."""
    if not 0 < limit <= 10_000 or offset < 0:
        raise QueryError(f"limit must be 1..10000 and offset >= 0, not {limit}, {offset}")
    sql = f"""
        SELECT id, external_id, title, url, source, report_date, n_events, ingested_at FROM documents
        ORDER BY report_date DESC NULLS LAST, id LIMIT {int(limit)} OFFSET {int(offset)}
    """
    return store.query(sql)
