"""The actor network: nodes are actors, edges are directed event counts with mean Goldstein."""

from __future__ import annotations

from typing import Any

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter

LEVELS = {"country": ("source_country", "target_country"), "actor": ("source_code", "target_code")}


def actor_network(
    store: Store,
    flt: EventFilter | None = None,
    level: str = "country",
    min_events: int = 1,
    limit: int = 200,
) -> dict[str, Any]:
    """Directed edges source → target (self-loops dropped), the ``limit`` heaviest, and their nodes.

    ``level`` is ``country`` (ISO3 of each side) or ``actor`` (the composed CAMEO code, e.g. RUSGOV).
    Each edge carries the number of coded mentions, mean Goldstein, and cooperation/conflict counts.
    """
    if level not in LEVELS:
        raise QueryError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if not 1 <= limit <= 5000:
        raise QueryError(f"limit must be between 1 and 5000, not {limit}")
    if min_events < 1:
        raise QueryError(f"min_events must be >= 1, not {min_events}")
    s, t = LEVELS[level]
    where, params = (flt or EventFilter()).where()
    cond = f"{s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> '' AND {t} <> '' AND {s} <> {t}"
    where = (where + " AND " + cond) if where else " WHERE " + cond
    sql = f"""
        SELECT {s} AS source, {t} AS target, count(*) AS events, avg(goldstein) AS goldstein_mean,
               sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation,
               sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict
        FROM events{where}
        GROUP BY 1, 2 HAVING count(*) >= {int(min_events)}
        ORDER BY events DESC, source, target LIMIT {int(limit)}
    """
    edges = []
    nodes: dict[str, dict[str, Any]] = {}
    for r in store.query(sql, params):
        e = {
            "source": r["source"], "target": r["target"], "events": int(r["events"]),
            "goldstein_mean": round(float(r["goldstein_mean"] or 0.0), 3),
            "cooperation": int(r["cooperation"]), "conflict": int(r["conflict"]),
        }  # fmt: skip
        edges.append(e)
        for key, out in ((e["source"], "out_events"), (e["target"], "in_events")):
            n = nodes.setdefault(key, {"id": key, "events": 0, "out_events": 0, "in_events": 0, "degree": 0})
            n["events"] += e["events"]
            n[out] += e["events"]
            n["degree"] += 1
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    return {"level": level, "nodes": ordered, "edges": edges}
