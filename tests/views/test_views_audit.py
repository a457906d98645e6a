"""Views: a filtered corpus report, exports to a stream and POLECAT's empty fields."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from detente.model import ActorRef, CodedEvent, Document, EventDate
from detente.store import Store, open_store
from detente.views.export import POLECAT_COLUMNS, export_events
from detente.views.filters import EventFilter
from detente.views.query import corpus_report


def _fill(path: Path) -> Store:
    doc = Document(text="Russia met China in Moscow.", date=date(2024, 4, 3))
    day = date(2024, 4, 3)
    evs = [CodedEvent(doc_id=doc.id, source=ActorRef("Russia", "RUSGOV", "RUS", ("GOV",), start=0, end=6),
                      target=ActorRef("China", "CHNGOV", "CHN", ("GOV",), start=11, end=16), cameo="036",
                      goldstein=4.0, quad_class=1, plover="CONSULT", plover_mode=None, modality="happened",
                      trigger="met", trigger_start=k, trigger_end=k + 3, sentence=doc.text, sentence_index=0,
                      sentence_start=0, event_date=EventDate(day.isoformat(), "day", day, day), report_date=day,
                      confidence=conf)
           for k, conf in ((7, 0.9), (8, 0.6))]
    store = open_store(path)
    store.write_batch([(doc, evs)])
    return store


def test_corpus_report_with_filter(tmp_path: Path) -> None:
    with _fill(tmp_path / "r.duckdb") as s:
        assert corpus_report(s)["events"] == 2
        rep = corpus_report(s, flt=EventFilter(min_confidence=0.7))
        assert rep["events"] == 1 and rep["by_quad_class"] == {1: 1} and rep["documents"] == 1
        assert rep["top_dyads"][0]["events"] == 1


def test_export_to_a_stream_and_polecat_empty_fields(tmp_path: Path) -> None:
    with _fill(tmp_path / "x.duckdb") as s:
        buf = io.StringIO()
        assert export_events(s, "polecat", buf) == {"-": 2}
        rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))
        assert rows[0] == list(POLECAT_COLUMNS) and len(rows) == 3
        assert all("None" not in r for r in rows) and rows[1][POLECAT_COLUMNS.index("Actor COW")] == ""
        buf = io.StringIO()
        assert export_events(s, "csv", buf, EventFilter(min_confidence=0.7)) == {"-": 1}
        path = tmp_path / "p.tsv"
        export_events(s, "polecat", path)
        assert "\tNone\t" not in path.read_text(encoding="utf-8")
