"""The Store contract, on DuckDB and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.model import Document, LearnedActor
from detente.store import Store
from detente.views import query as q
from detente.views.filters import EventFilter
from detente.views.geo import country_counts
from detente.views.network import actor_network


def _fill(store: Store, n: int = 30, seed: int = 5) -> None:
    store.write_batch(list(synth_corpus(SynthConfig(documents=n, seed=seed))), synth_actors())


def test_schema_init_is_idempotent(open_new: Callable[[], Store]) -> None:
    s = open_new()
    _fill(s, 3)
    s.init_schema()
    s.close()
    again = open_new()
    assert again.stats()["documents"] == 3


def test_write_batch_stores_and_skips_duplicates(store: Store) -> None:
    corpus = list(synth_corpus(SynthConfig(documents=10, seed=1)))
    first = store.write_batch(corpus)
    assert (first.stored, first.duplicates, first.events) == (10, 0, 30)
    second = store.write_batch(corpus[:4] + list(synth_corpus(SynthConfig(documents=12, seed=1)))[10:])
    assert (second.stored, second.duplicates, second.events) == (2, 4, 6)
    assert store.stats() == {"documents": 12, "events": 36, "actors": 0}


def test_a_failed_batch_leaves_nothing(store: Store) -> None:
    good = list(synth_corpus(SynthConfig(documents=3, seed=2)))
    bad = Document(text="x", id="badbadbadbadbad0")
    bad.text = None  # type: ignore[assignment]  # violates NOT NULL inside the transaction
    with pytest.raises(Exception):  # noqa: B017 - the driver's own error type
        store.write_batch(good + [(bad, [])])
    assert store.stats()["documents"] == 0 and store.stats()["events"] == 0
    store.write_batch(good)  # the store is usable afterwards
    assert store.stats()["documents"] == 3


def test_transaction_rolls_back_and_nests(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["a", "1"])
            with store.transaction():
                store.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["b", "2"])
            raise RuntimeError("abort")
    assert store.query("SELECT count(*) AS n FROM meta")[0]["n"] == 0
    with store.transaction():
        store.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["c", "3"])
    assert store.query("SELECT value FROM meta WHERE key = ?", ["c"]) == [{"value": "3"}]


def test_placeholders_and_percent_signs(store: Store) -> None:
    store.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                      [("p1", "50% off"), ("p2", "what?"), ("p3", "plain")])
    assert [r["key"] for r in store.query("SELECT key FROM meta WHERE value LIKE ? ORDER BY key", ["%off"])] == ["p1"]
    assert [r["key"] for r in store.query("SELECT key FROM meta WHERE value LIKE '%?' ORDER BY key")] == ["p2"]
    assert store.query("SELECT '100%' AS v, ? AS w", ["x?"]) == [{"v": "100%", "w": "x?"}]


def test_actors_round_trip_and_upsert(store: Store) -> None:
    store.save_actors(synth_actors())
    got = {a.key: a for a in store.load_actors()}
    assert set(got) == {"sergei lavrov", "wang yi", "antony blinken"}
    assert set(got["sergei lavrov"].aliases) == {"Lavrov", "Sergei Lavrov"}
    assert got["sergei lavrov"].first_seen == date(2024, 1, 2)
    store.save_actors([LearnedActor(key="sergei lavrov", name="Sergei Lavrov", country="RUS",
                                    sectors=("GOV",), role="foreign minister", aliases=("S. Lavrov",))])
    again = {a.key: a for a in store.load_actors()}
    assert len(again) == 3 and "S. Lavrov" in again["sergei lavrov"].aliases


def test_types_come_back_as_python_values(store: Store) -> None:
    _fill(store, 5)
    ev = q.list_events(store, limit=1)[0]
    assert isinstance(ev["date_start"], date) and isinstance(ev["goldstein"], float)
    assert isinstance(ev["quad_class"], int)
    assert isinstance(ev["cameo"], str) and len(ev["cameo"]) == 3  # leading zeros kept


@pytest.mark.parametrize("flt", [
    EventFilter(), EventFilter(actor="RUS"), EventFilter(source="USA", quad_class=4), EventFilter(cameo="17"),
    EventFilter(text="strikes"), EventFilter(start=date(2024, 3, 1), end=date(2024, 6, 30)),
    EventFilter(actor="united states"), EventFilter(modality="planned", root="03"),
])  # fmt: skip
def test_views_answer_the_same_on_every_backend(store: Store, flt: EventFilter) -> None:
    """Each view's answer equals one computed by hand from the stored rows (same on both backends)."""
    _fill(store, 40)
    everything = q.list_events(store, limit=100_000)
    rows = q.list_events(store, flt, limit=100_000)
    assert q.count_events(store, flt) == len(rows)
    assert [r["id"] for r in rows] == [r["id"] for r in everything if r["id"] in {x["id"] for x in rows}]
    by_quad: dict[int, int] = {}
    for r in rows:
        by_quad[r["quad_class"]] = by_quad.get(r["quad_class"], 0) + 1
    assert q.quad_counts(store, flt) == by_quad
    months: dict[str, int] = {}
    for r in rows:
        key = r["date_start"].replace(day=1).isoformat()
        months[key] = months.get(key, 0) + 1
    tl: dict[str, int] = {}
    for p in q.quad_timeline(store, "month", flt):
        tl[p["period"]] = tl.get(p["period"], 0) + p["events"]
    assert tl == months
    net = actor_network(store, flt, limit=5000)
    assert sum(e["events"] for e in net["edges"]) == sum(
        1 for r in rows if r["source_country"] and r["target_country"] and r["source_country"] != r["target_country"])
    geo = {c["country"]: c["events"] for c in country_counts(store, flt)}
    assert sum(geo.values()) == sum(1 for r in rows if r["location_country"])


def test_dyad_timeline_by_hand(store: Store) -> None:
    _fill(store, 60)
    rows = [r for r in q.list_events(store, limit=100_000)
            if {r["source_country"], r["target_country"]} == {"RUS", "USA"}]
    for period in ("day", "week", "month", "year"):
        points = q.dyad_timeline(store, "RUS", "USA", period)
        assert sum(p["events"] for p in points) == len(rows)
        assert round(sum(p["goldstein_sum"] for p in points), 1) == round(sum(r["goldstein"] for r in rows), 1)
    week = q.dyad_timeline(store, "RUS", "USA", "week")
    assert all(date.fromisoformat(p["period"]).weekday() == 0 for p in week)


def test_top_dyads_and_actors(store: Store) -> None:
    _fill(store, 40)
    rows = q.list_events(store, limit=100_000)
    dy = q.top_dyads(store, limit=1)[0]
    n = sum(1 for r in rows if {r["source_country"], r["target_country"]} == {dy["a"], dy["b"]})
    assert dy["events"] == n and dy["a"] < dy["b"]
    top = q.top_actors(store, limit=1)[0]
    assert top["events"] == sum((r["source_code"] == top["code"]) + (r["target_code"] == top["code"]) for r in rows)


def test_documents_and_events_link(store: Store) -> None:
    _fill(store, 5)
    docs = q.list_documents(store, limit=10)
    assert len(docs) == 5 and docs[0]["report_date"] >= docs[-1]["report_date"]
    doc = q.get_document(store, docs[0]["id"])
    assert doc is not None and doc["events"] and all(e["doc_id"] == doc["id"] for e in doc["events"])
    assert q.get_event(store, doc["events"][0]["id"])["id"] == doc["events"][0]["id"]  # type: ignore[index]
