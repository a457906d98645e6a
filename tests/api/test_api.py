"""The HTTP API over a synthetic store: results match the views, errors keep one shape."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from detente.api.params import event_filter
from detente.model import Document
from detente.store import Store
from detente.views.filters import EventFilter
from detente.views.query import count_events, dyad_timeline

from .conftest import make_event

ERROR_KEYS = {"ok", "error"}
ERROR_DETAIL_KEYS = {"status", "code", "message"}


def assert_error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == ERROR_KEYS and body["ok"] is False
    assert set(body["error"]) == ERROR_DETAIL_KEYS
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    assert isinstance(body["error"]["message"], str) and len(body["error"]["message"]) > 10
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("method", "url", "status"), [
    ("GET", "/api/events?quad_class=7", 422),
    ("GET", "/api/events?limit=0", 422),
    ("GET", "/api/events?start=not-a-date", 422),
    ("GET", "/api/events?cameo=abc", 422),
    ("GET", "/api/events?start=2024-06-01&end=2024-01-01", 400),
    ("GET", "/api/dyads/timeline?a=RUS", 422),
    ("GET", "/api/dyads/timeline?a=RUS&b=USA&period=decade", 422),
    ("GET", "/api/events/doesnotexist", 404),
    ("GET", "/api/documents/doesnotexist", 404),
    ("GET", "/api/no/such/endpoint", 404),
    ("DELETE", "/api/events", 405),
    ("POST", "/api/ingest", 403),
    ("GET", "/static/app/..%2F..%2Fapi%2Fapp.py", 404),
    ("GET", "/static/vendor/evil.js", 404),
])  # fmt: skip
def test_every_error_has_one_shape(client: TestClient, method: str, url: str, status: int) -> None:
    assert_error(client.request(method, url), status)


def test_filter_parameters_are_the_event_filter_fields() -> None:
    import inspect

    assert list(inspect.signature(event_filter).parameters) == EventFilter.field_names()


def test_events_paginate_with_total(client: TestClient, store: Store) -> None:
    total = count_events(store)
    first = client.get("/api/events?limit=7").json()
    second = client.get("/api/events?limit=7&offset=7").json()
    assert first["total"] == second["total"] == total == 180
    assert len(first["events"]) == len(second["events"]) == 7
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
    everything = client.get("/api/events?limit=1000").json()["events"]
    assert [e["id"] for e in everything[:14]] == [e["id"] for e in first["events"] + second["events"]]


@pytest.mark.parametrize("params", [
    {"actor": "RUS"}, {"source": "USA", "target": "RUS"}, {"quad_class": 4}, {"cameo": "17"},
    {"root": "19"}, {"plover": "consult"}, {"modality": "planned"}, {"start": "2024-03-01", "end": "2024-03-31"},
    {"text": "air strikes"}, {"actor": "the united states"},
])  # fmt: skip
def test_event_filters_match_the_view(client: TestClient, store: Store, params: dict) -> None:
    body = client.get("/api/events", params={**params, "limit": 1000}).json()
    flt = EventFilter(**{k: (int(v) if k == "quad_class" else date.fromisoformat(v) if k in ("start", "end")
                             else v) for k, v in params.items()})
    assert body["total"] == count_events(store, flt) == len(body["events"])
    assert body["total"] > 0, f"the synthetic store should have events for {params}"
    if "quad_class" in params:
        assert {e["quad_class"] for e in body["events"]} == {params["quad_class"]}
    if "text" in params:
        assert all(params["text"] in e["sentence"].lower() for e in body["events"])


def test_dyad_timeline_matches_view_and_sums(client: TestClient, store: Store) -> None:
    from detente.events.timeline import dyad_timeline_by

    body = client.get("/api/dyads/timeline?a=RUS&b=USA&period=month").json()
    assert body["unit"] == "mentions"
    assert body["points"] == json.loads(json.dumps(dyad_timeline_by(store, "RUS", "USA", "month", unit="mentions")))
    assert body["points"] == json.loads(json.dumps(dyad_timeline(store, "RUS", "USA", "month")))  # no self-dyads here
    grouped = client.get("/api/dyads/timeline?a=RUS&b=USA&unit=events").json()
    assert grouped["unit"] == "events" and all(p["unit"] == "events" for p in grouped["points"])
    assert client.get("/api/dyads/timeline?a=RUS&b=USA&unit=reports").status_code == 422
    undirected = sum(p["events"] for p in body["points"])
    assert undirected == count_events(store, EventFilter(source="RUS", target="USA")) + count_events(
        store, EventFilter(source="USA", target="RUS"))
    for p in body["points"]:
        assert p["events"] == p["verbal_coop"] + p["material_coop"] + p["verbal_conflict"] + p["material_conflict"]
    directed = client.get("/api/dyads/timeline?a=RUS&b=USA&directed=true").json()["points"]
    assert sum(p["events"] for p in directed) == count_events(store, EventFilter(source="RUS", target="USA"))
    weekly = client.get("/api/dyads/timeline?a=RUS&b=USA&period=week").json()["points"]
    assert sum(p["events"] for p in weekly) == undirected
    assert all(date.fromisoformat(p["period"]).weekday() == 0 for p in weekly)


def test_network_edges_and_nodes(client: TestClient, store: Store) -> None:
    body = client.get("/api/network?level=country&limit=2000").json()
    rows = store.query("SELECT count(*) AS n FROM events WHERE source_country <> target_country")
    assert sum(e["events"] for e in body["edges"]) == rows[0]["n"]
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    conflict = client.get("/api/network?quad_class=4&limit=2000").json()
    assert all(e["conflict"] == e["events"] and e["goldstein_mean"] < 0 for e in conflict["edges"])
    assert client.get("/api/network?level=actor&limit=3").json()["edges"][0]["source"][:3].isalpha()


def test_geo_counts_by_country(client: TestClient, store: Store) -> None:
    body = client.get("/api/geo").json()
    total = sum(c["events"] for c in body["countries"])
    assert total == count_events(store)
    rus = next(c for c in body["countries"] if c["country"] == "RUS")
    assert rus["numeric"] == "643"


def test_actors_with_aliases_and_evidence(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    lavrov = next(a for a in actors if a["key"] == "sergei lavrov")
    assert "Lavrov" in lavrov["aliases"] and lavrov["evidence"]
    assert [a["key"] for a in client.get("/api/actors?q=lavrov").json()["actors"]] == ["sergei lavrov"]


def test_document_spans_point_at_source_target_trigger(client: TestClient, store: Store) -> None:
    ev = client.get("/api/events?limit=1").json()["events"][0]
    doc = client.get(f"/api/documents/{ev['doc_id']}").json()["document"]
    assert doc["spans"], "a document with events has spans"
    for s in doc["spans"]:
        e = next(x for x in doc["events"] if x["id"] == s["event_id"])
        assert doc["text"][s["start"]:s["end"]] == e[f"{s['role']}_text" if s["role"] != "trigger" else "trigger"]


def test_summary_counts(client: TestClient, store: Store) -> None:
    body = client.get("/api/summary?period=month").json()
    assert body["events"] == 180
    assert sum(body["by_quad_class"].values()) == 180
    assert sum(p["events"] for p in body["timeline"]) == 180


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_export_formats(client: TestClient, store: Store, fmt: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = client.get(f"/api/export?format={fmt}&quad_class=4")
    assert r.status_code == 200, r.text
    n = count_events(store, EventFilter(quad_class=4))
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
    elif fmt == "json":
        rows = r.json()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in r.text.splitlines() if line.strip()]
    else:
        (tmp_path / "x.parquet").write_bytes(r.content)
        rows = pq.read_table(tmp_path / "x.parquet").to_pylist()
    assert len(rows) == n and {int(x["quad_class"]) for x in rows} == {4}
    capped = client.get(f"/api/export?format={fmt}&max_rows=3")
    assert capped.status_code == 200


def test_writes_need_the_token(empty_store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    store = empty_store
    docs = [{"text": "Russia criticised Ukraine on Monday.", "date": "2024-05-02", "id": "x1"}]
    disabled = make_client(store)
    assert assert_error(disabled.post("/api/ingest", json=docs), 403)["code"] == "writes_disabled"
    c = make_client(store, token="s3cret")
    assert assert_error(c.post("/api/ingest", json=docs), 401)["code"] == "unauthorized"
    assert assert_error(c.post("/api/ingest", json=docs, headers={"Authorization": "Bearer nope"}), 403)
    r = c.post("/api/ingest", json=docs, headers={"Authorization": "Bearer s3cret"})
    if c.app.state.features_fn.get("ingest") is None:  # type: ignore[attr-defined]
        assert_error(r, 501)
    else:
        assert r.status_code == 200, r.text
        assert r.json()["report"]["stored"] == 1
    # a document without text fails alone (reported with the reason), it does not fail the batch
    if c.app.state.features_fn.get("ingest") is not None:  # type: ignore[attr-defined]
        r = c.post("/api/ingest", json=[{"date": "2024-01-01"}], headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200 and r.json()["report"]["failed"] == 1
        assert "no 'text'" in r.json()["report"]["failures"][0]["reason"]


def test_hostile_text_comes_back_verbatim(empty_store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    text = "RUS <script>alert(1)</script> visited USA <img src=x onerror=alert(2)> today."
    doc = Document(text=text, date=date(2024, 3, 5))
    empty_store.write_batch([(doc, [make_event(doc)])])
    c = make_client(empty_store)
    body = c.get(f"/api/documents/{doc.id}").json()["document"]
    assert body["text"] == text
    assert c.get("/api/events?text=<script>").json()["total"] == 1


def test_aggregates_leave_out_the_coders_guesses_by_default(empty_store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    doc = Document(text="RUS visited USA in March.", date=date(2024, 3, 5))
    guess = replace(make_event(doc, cameo="043"), confidence=0.05)  # another code: another event id
    empty_store.write_batch([(doc, [replace(make_event(doc), confidence=0.9), guess])])
    c = make_client(empty_store)
    assert c.get("/api/events").json()["total"] == 2  # the table lists every candidate
    for q, n in (("", 1), ("&min_confidence=0", 2), ("&min_confidence=0.9", 1)):
        assert c.get(f"/api/summary?period=month{q}").json()["events"] == n, q
        points = c.get(f"/api/dyads/timeline?a=RUS&b=USA{q}").json()["points"]
        assert sum(p["events"] for p in points) == n, q
        assert sum(e["events"] for e in c.get(f"/api/network?{q[1:]}").json()["edges"]) == n, q


def test_query_timeout_is_a_4xx(store: Store, make_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import detente.views.query as q

    def slow(s: Store, *a, **k):  # type: ignore[no-untyped-def]
        return s.query("SELECT count(*) AS n FROM range(1000000000) a, range(1000) b WHERE a.range * b.range = 7")

    monkeypatch.setattr(q, "quad_counts", slow)
    c = make_client(store, timeout_s=0.3)
    err = assert_error(c.get("/api/summary"), 400)
    assert err["code"] == "query_timeout"
    assert c.get("/api/events?limit=1").status_code == 200  # the server goes on


def test_security_headers_and_openapi(client: TestClient) -> None:
    r = client.get("/api/health")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/events", "/api/dyads/timeline", "/api/network", "/api/actors", "/api/documents/{doc_id}",
              "/api/anticipations", "/api/export", "/api/geo", "/api/ingest"):
        assert p in paths
    assert not [p for p in paths if not p.startswith("/api/")]


def test_web_pages_and_assets_are_served(client: TestClient) -> None:
    for path in ("/", "/dyad", "/network", "/map", "/events", "/anticipations", "/actors", "/documents/abc"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), path
        assert "<script" not in r.text.split("</head>")[1], "no inline script in the body"
    js = client.get("/static/app/js/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    for src in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "cytoscape.min.js", "countries-110m.json"):
        assert f"/static/vendor/{src}" in client.get("/").text or src == "countries-110m.json"
        if client.app.state.web_assets:  # type: ignore[attr-defined]
            assert client.get(f"/static/vendor/{src}").status_code == 200, src


def test_anticipations_endpoint(client: TestClient) -> None:
    body = client.get("/api/anticipations").json()
    assert body["ok"] is True and isinstance(body["anticipations"], list)
    if body["available"]:
        assert all("status" in a for a in body["anticipations"])
