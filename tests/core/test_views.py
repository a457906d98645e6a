from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.errors import QueryError
from detente.store import open_store
from detente.store.base import Store
from detente.views.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, ICEWS_COLUMNS, export_events
from detente.views.filters import EventFilter
from detente.views.query import corpus_report, count_events, dyad_timeline, list_events, top_dyads

from .factory import sample_batch


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "t.duckdb")
    s.write_batch(sample_batch())
    return s


def test_reingest_adds_nothing(store: Store) -> None:
    before = store.stats()
    result = store.write_batch(sample_batch())
    assert result.stored == 0 and result.duplicates == 3
    assert store.stats() == before


def test_filters(store: Store) -> None:
    assert count_events(store) == 5
    assert count_events(store, EventFilter(actor="UKR")) == 1
    assert count_events(store, EventFilter(source="RUS", target="CHN")) == 3
    assert count_events(store, EventFilter(root="19")) == 1
    assert count_events(store, EventFilter(cameo="05")) == 2
    assert count_events(store, EventFilter(quad_class=4)) == 1
    assert count_events(store, EventFilter(modality="planned")) == 1
    from datetime import date

    assert count_events(store, EventFilter(start=date(2024, 5, 1), end=date(2024, 6, 30))) == 3
    assert [r["cameo"] for r in list_events(store, EventFilter(actor="CHN"), limit=2)] == ["036", "051"]


@pytest.mark.parametrize(
    "flt", [EventFilter(quad_class=7), EventFilter(modality="maybe"), EventFilter(cameo="abc")]
)
def test_bad_filters_raise_query_errors(store: Store, flt: EventFilter) -> None:
    with pytest.raises(QueryError):
        list_events(store, flt)


def test_dyad_timeline_by_month(store: Store) -> None:
    rows = dyad_timeline(store, "RUS", "CHN", period="month")
    assert [r["period"] for r in rows] == ["2024-04-01", "2024-06-01", "2024-07-01"]
    june = rows[1]
    assert june["events"] == 2 and june["verbal_coop"] == 2
    assert june["goldstein_sum"] == pytest.approx(11.4)
    directed = dyad_timeline(store, "CHN", "RUS", period="month", directed=True)
    assert [(r["period"], r["events"]) for r in directed] == [("2024-06-01", 1)]
    with pytest.raises(QueryError):
        dyad_timeline(store, "RUS", "CHN", period="fortnight")


def test_report_and_top_dyads(store: Store) -> None:
    rep = corpus_report(store)
    assert rep["documents"] == 3 and rep["events"] == 5
    assert rep["by_quad_class"] == {1: 4, 4: 1}
    assert top_dyads(store)[0] == {"a": "CHN", "b": "RUS", "events": 4, "goldstein_mean": pytest.approx(4.325),
                                   "cooperation": 4, "conflict": 0}


def test_exports(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "gdelt.csv"
    written = export_events(store, "gdelt", out)
    assert written[str(out)] == 5
    with out.open() as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == list(GDELT_EVENT_COLUMNS) and len(rows[0]) == 61
    first = dict(zip(rows[0], rows[1]))
    assert first["EventCode"] == "036" and first["EventRootCode"] == "03" and first["SQLDATE"] == "20240403"
    assert first["ActionGeo_FullName"] == "Moscow" and first["ActionGeo_CountryCode"] == "RS"  # FIPS, not ISO
    mentions = tmp_path / "gdelt.mentions.csv"
    with mentions.open() as fh:
        assert next(csv.reader(fh, delimiter="\t")) == list(GDELT_MENTION_COLUMNS)

    icews = tmp_path / "icews.tsv"
    export_events(store, "icews", icews, EventFilter(root="19"))
    with icews.open() as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == list(ICEWS_COLUMNS) and rows[1][6] == "190" and len(rows) == 2

    pol = tmp_path / "polecat.tsv"
    export_events(store, "polecat", pol)
    text = pol.read_text()
    assert "ASSAULT" in text and "\tNone\t" not in text  # empty fields are empty, not "None"

    pq_path = tmp_path / "e.parquet"
    export_events(store, "parquet", pq_path)
    table = pq.read_table(pq_path)
    assert table.num_rows == 5 and set(table.column("cameo").to_pylist()) >= {"036", "190"}


def test_export_max_rows(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    assert export_events(store, "jsonl", out, max_rows=2) == {str(out): 2}
    assert len(out.read_text().splitlines()) == 2


def test_export_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(QueryError):
        export_events(store, "xml", tmp_path / "x")
    assert not list(tmp_path.glob("x*"))
