"""Dyad timelines by event and by mention, each row saying its unit."""

from __future__ import annotations

import pytest
from events_testlib import CORPUS, ingest

from detente.errors import QueryError
from detente.events import dyad_timeline_by, dyad_timeline_events, regroup
from detente.events.evaluate import load_mention_corpus
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
