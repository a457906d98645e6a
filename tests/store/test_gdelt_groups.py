"""The GDELT export on every backend: one events row per real-world event, one mentions row per report."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from core.factory import make_event
from detente.events import regroup
from detente.model import Document, Place
from detente.store import Store
from detente.views.export import export_events
from detente.views.filters import EventFilter


def test_gdelt_export_has_one_row_per_real_world_event(store: Store, tmp_path: Path) -> None:
    moscow = Place("Moscow", "RUS", 55.75, 37.62)
    reports = [  # one meeting told by three reports from two outlets, and one unrelated attack
        Document(text="RUS met CHN in Moscow on Tuesday.", date=date(2024, 4, 3), source="Wire A"),
        Document(text="In Moscow, RUS held talks with CHN.", date=date(2024, 4, 3), source="Wire B"),
        Document(text="RUS and CHN met in Moscow, officials said.", date=date(2024, 4, 4), source="Wire A"),
        Document(text="RUS shelled UKR.", date=date(2024, 4, 5), source="Wire B"),
    ]
    batch = [(d, [make_event(d, "RUS", "CHN", "036", 4.0, 1, date(2024, 4, 2), location=moscow)])
             for d in reports[:3]]
    batch.append((reports[3], [make_event(reports[3], "RUS", "UKR", "190", -10.0, 4, date(2024, 4, 5))]))
    store.write_batch(batch)

    def export() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        out = tmp_path / "gdelt.tsv"
        export_events(store, "gdelt", out)
        with out.open() as fh, (tmp_path / "gdelt.mentions.tsv").open() as mh:
            return (list(csv.DictReader(fh, delimiter="\t")), list(csv.DictReader(mh, delimiter="\t")))

    events, mentions = export()  # not grouped yet: each mention is an event of its own
    assert len(events) == len(mentions) == 4 and {e["NumMentions"] for e in events} == {"1"}
    regroup(store)
    events, mentions = export()
    assert len(mentions) == 4 and len(events) == 2
    meeting = next(e for e in events if e["EventCode"] == "036")
    assert (meeting["NumMentions"], meeting["NumArticles"], meeting["NumSources"]) == ("3", "3", "2")
    assert meeting["ActionGeo_FullName"] == "Moscow" and meeting["SQLDATE"] == "20240402"
    assert {m["GLOBALEVENTID"] for m in mentions} == {e["GLOBALEVENTID"] for e in events}
    assert sum(m["GLOBALEVENTID"] == meeting["GLOBALEVENTID"] for m in mentions) == 3
    # a filter keeps the event's own counts (GDELT counts every report of the event)
    out = tmp_path / "dyad.tsv"
    export_events(store, "gdelt", out, EventFilter(source="RUS", target="CHN"), max_rows=1)
    with out.open() as fh:
        (row,) = list(csv.DictReader(fh, delimiter="\t"))
    assert row["GLOBALEVENTID"] == meeting["GLOBALEVENTID"] and row["NumMentions"] == "3"
