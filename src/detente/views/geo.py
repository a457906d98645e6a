"""Events by country for the world map: counts and mean Goldstein, keyed by ISO3 and ISO numeric."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter

BY = {
    "location": "location_country",  # where it happened
    "source": "source_country",  # who acted
    "target": "target_country",  # who was acted upon
}


@lru_cache(maxsize=1)
def _iso_table() -> dict[str, tuple[str, str]]:
    """ISO3 -> (ISO 3166-1 numeric, name); the numeric id is what world-atlas TopoJSON uses."""
    import pycountry

    return {c.alpha_3: (c.numeric, c.name) for c in pycountry.countries}


def country_counts(store: Store, flt: EventFilter | None = None, by: str = "location") -> list[dict[str, Any]]:
    """One row per country: events, mean Goldstein, cooperation and conflict counts."""
    col = BY.get(by)
    if col is None:
        raise QueryError(f"by must be one of {', '.join(BY)}, not {by!r}")
    where, params = (flt or EventFilter()).where()
    cond = f"{col} IS NOT NULL"
    where = (where + " AND " + cond) if where else " WHERE " + cond
    sql = f"""
        SELECT {col} AS country, count(*) AS events, avg(goldstein) AS goldstein_mean,
               sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation,
               sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict
        FROM events{where} GROUP BY 1 ORDER BY events DESC, country
    """
    table = _iso_table()
    out = []
    for r in store.query(sql, params):
        numeric, name = table.get(str(r["country"]), (None, None))
        out.append({
            "country": r["country"], "numeric": numeric, "name": name, "events": int(r["events"]),
            "goldstein_mean": round(float(r["goldstein_mean"] or 0.0), 3),
            "cooperation": int(r["cooperation"]), "conflict": int(r["conflict"]),
        })  # fmt: skip
    return out
