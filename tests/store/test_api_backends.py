"""The API answers the same over DuckDB and PostgreSQL, and time-limits queries on both."""

from __future__ import annotations

from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.store import Store
from detente.views.filters import EventFilter
from detente.views.query import count_events


def test_api_reads_on_the_backend(store: Store) -> None:
    store.write_batch(list(synth_corpus(SynthConfig(documents=25, seed=4))), synth_actors())
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        assert c.get("/api/health").json()["backend"] == store.dialect
        body = c.get("/api/events?actor=RUS&limit=5").json()
        assert body["total"] == count_events(store, EventFilter(actor="RUS")) and len(body["events"]) == 5
        points = c.get("/api/dyads/timeline?a=RUS&b=USA&period=week").json()["points"]
        assert sum(p["events"] for p in points) == count_events(store, EventFilter(source="RUS", target="USA")) \
            + count_events(store, EventFilter(source="USA", target="RUS"))
        for url in ("/api/network", "/api/geo", "/api/summary", "/api/actors?q=lavrov", "/api/documents",
                    "/api/export?format=csv", "/api/anticipations"):
            assert c.get(url).status_code == 200, url
        bad = c.get("/api/events?text=%00").json()
        assert bad["ok"] is False and bad["error"]["status"] in (400, 422)


def test_slow_query_is_stopped(store: Store) -> None:
    app = create_app(store, timeout_s=0.5)
    db = app.state.db
    slow = "SELECT pg_sleep(3)" if store.dialect == "postgres" else \
        "SELECT count(*) FROM range(1000000000) a, range(1000) b WHERE a.range * b.range = 7"
    import pytest

    from detente.api.errors import QueryTimeout

    with pytest.raises(QueryTimeout):
        with db.read() as s:
            s.query(slow)
    with db.read() as s:  # the next request works
        assert s.query("SELECT 1 AS one") == [{"one": 1}]
