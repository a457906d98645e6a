"""Dyad timelines by event and by mention, each row saying its unit."""

from __future__ import annotations

import pytest
from events_testlib import CORPUS, ingest

from detente.errors import QueryError
from detente.events import dyad_timeline_by, dyad_timeline_events, regroup
from detente.events.evaluate import load_mention_corpus, mention_event
from detente.store import Store
from detente.views.filters import EventFilter


@pytest.fixture()
def grouped(store: Store) -> Store:
    events, _ = load_mention_corpus(CORPUS / "mentions.psv")
    ingest(store, events)
    regroup(store)
    return store


def test_events_are_fewer_than_mentions(grouped: Store) -> None:
    ev = {r["period"]: r for r in dyad_timeline_events(grouped, "RUS", "CHN", "month")}
    me = {r["period"]: r for r in dyad_timeline_by(grouped, "RUS", "CHN", "month", unit="mentions")}
    assert all(r["unit"] == "events" for r in ev.values()) and all(r["unit"] == "mentions" for r in me.values())
    # May 2024: the visit (6 mentions), the joint statement (3) and the planned visit (3 reports, an
    # event dated by its most specific report: May)
    may = ev["2024-05-01"]
    assert may["events"] == 3 and may["mentions"] == 12
    # the mention timeline counts every telling by its own date: the undated plan report is in April
    assert me["2024-05-01"]["events"] == 11 and me["2024-04-01"]["events"] == 7
    assert ev["2024-04-01"]["events"] == 1  # Lavrov's visit: 6 mentions, one event
    assert ev["2024-07-01"]["events"] == 1


def test_directed_and_filtered(grouped: Store) -> None:
    undirected = dyad_timeline_events(grouped, "UKR", "RUS", "month")
    directed = dyad_timeline_events(grouped, "UKR", "RUS", "month", directed=True)
    assert sum(r["events"] for r in undirected) == 4  # Kharkiv x2, Odesa, Belgorod
    assert sum(r["events"] for r in directed) == 1  # only the Ukrainian attack
    happened = dyad_timeline_events(grouped, "RUS", "CHN", "year", flt=EventFilter(modality="happened"))
    assert happened[0]["events"] == 4 and happened[0]["material_conflict"] == 0


def test_bad_unit_or_period(grouped: Store) -> None:
    with pytest.raises(QueryError, match="unit must be"):
        dyad_timeline_by(grouped, "RUS", "CHN", unit="reports")
    with pytest.raises(QueryError, match="period must be"):
        dyad_timeline_events(grouped, "RUS", "CHN", period="decade")


def test_the_two_units_count_the_same_mentions(grouped: Store) -> None:
    for a, b, directed in (("RUS", "CHN", False), ("UKR", "RUS", False), ("RUS", "CHN", True)):
        ev = dyad_timeline_events(grouped, a, b, "month", directed=directed)
        me = dyad_timeline_by(grouped, a, b, "month", directed=directed, unit="mentions")
        assert sum(r["mentions"] for r in ev) == sum(r["events"] for r in me)


def test_a_group_counts_only_its_members_of_the_dyad(store: Store) -> None:
    putin, xi = "RUSGOV:Vladimir Putin", "CHNGOV:Xi Jinping"
    ingest(store, [
        mention_event("v1", "2024-05-16", putin, xi, "040", "happened", "2024-05-16"),
        mention_event("v2", "2024-05-16", xi, putin, "040", "happened", "2024-05-16"),
        # "Putin held talks" (no target found): joins the meeting, but is no mention of RUS-CHN
        mention_event("v3", "2024-05-16", putin, "-", "040", "happened", "2024-05-16"),
    ])
    regroup(store)
    assert store.query("SELECT n_mentions FROM event_groups")[0]["n_mentions"] == 3
    (ev,) = dyad_timeline_events(store, "RUS", "CHN", "month")
    (me,) = dyad_timeline_by(store, "RUS", "CHN", "month", unit="mentions")
    assert (ev["events"], ev["mentions"], me["events"]) == (1, 2, 2)


def test_self_dyads_are_not_counted_domestic_events_are(store: Store) -> None:
    ingest(store, [
        mention_event("d1", "2024-05-16", "RUSGOV", "RUSGOV", "040", "happened", "2024-05-16"),  # a coder slip
        mention_event("d2", "2024-05-16", "RUSGOV", "RUSOPP", "040", "happened", "2024-05-16"),
        mention_event("d3", "2024-06-20", "RUSGOV", "RUSGOV", "111", "happened", "2024-06-20"),
    ])
    regroup(store)
    me = dyad_timeline_by(store, "RUS", "RUS", "month", unit="mentions")
    ev = dyad_timeline_by(store, "RUS", "RUS", "month", unit="events")
    assert [(r["period"], r["events"]) for r in me] == [("2024-05-01", 1)]
    assert [(r["period"], r["events"], r["mentions"]) for r in ev] == [("2024-05-01", 1, 1)]
    [group] = store.query("SELECT target_code FROM event_groups WHERE n_mentions = 2")
    assert group["target_code"] == "RUSOPP"  # the slip does not name the event's sides
