from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli.main import app
from detente.store import open_store

from .factory import sample_batch

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.duckdb")
    with open_store(path) as s:
        s.write_batch(sample_batch())
    return path


def test_events_json_and_csv(db: str) -> None:
    res = runner.invoke(app, ["events", "--db", db, "--actor", "UKR", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 1 and rows[0]["cameo"] == "190" and rows[0]["quad_class"] == 4
    res = runner.invoke(app, ["events", "--db", db, "--root", "05", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert sorted(r["cameo"] for r in rows) == ["051", "057"]


def test_events_bad_filter_is_a_clear_error(db: str) -> None:
    res = runner.invoke(app, ["events", "--db", db, "--quad-class", "9"])
    assert res.exit_code == 2
    assert "quad_class must be" in res.output


def test_dyad_and_report(db: str) -> None:
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--by", "month", "--unit", "mentions", "--db", db,
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [r["events"] for r in rows] == [1, 2, 1] and {r["unit"] for r in rows} == {"mentions"}
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--unit", "weeks", "--db", db])
    assert res.exit_code == 2 and "unit must be" in res.output
    res = runner.invoke(app, ["report", "--db", db, "--json"])
    rep = json.loads(res.stdout)
    assert rep["documents"] == 3 and rep["by_quad_class"] == {"1": 4, "4": 1}


def test_export_command(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    res = runner.invoke(app, ["export", "--format", "parquet", "--out", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    assert out.exists()
    res = runner.invoke(app, ["export", "--format", "xml", "--out", str(tmp_path / "x"), "--db", db])
    assert res.exit_code == 2 and "unknown export format" in res.output


def test_events_min_confidence(tmp_path: Path) -> None:
    from datetime import date

    from detente.model import Document

    from .factory import make_event

    doc = Document(text="RUS met CHN and UKR.", date=date(2024, 4, 3))
    chosen = make_event(doc, "RUS", "CHN", "040", 1.0, 1, date(2024, 4, 3))
    chosen.confidence = 0.9
    secondary = make_event(doc, "RUS", "UKR", "040", 1.0, 1, date(2024, 4, 3), trigger_start=0)
    secondary.confidence = 0.6 - 0.3
    path = str(tmp_path / "conf.duckdb")
    with open_store(path) as s:
        s.write_batch([(doc, [chosen, secondary])])
    res = runner.invoke(app, ["events", "--db", path, "--format", "json", "--min-confidence", "0.6"])
    assert res.exit_code == 0, res.output
    assert [r["target_code"] for r in json.loads(res.stdout)] == ["CHNGOV"]
    res = runner.invoke(app, ["events", "--db", path, "--format", "json"])
    assert sorted(r["target_code"] for r in json.loads(res.stdout)) == ["CHNGOV", "UKRGOV"]
    res = runner.invoke(app, ["events", "--db", path, "--min-confidence", "2"])
    assert res.exit_code != 0 and "between 0 and 1" in res.output


def test_code_orders_by_confidence_and_filters() -> None:
    line = json.dumps({"id": "a", "date": "2024-04-03",
                       "text": "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing "
                               "and criticised NATO over Ukraine."})
    res = runner.invoke(app, ["code", "--min-confidence", "0"], input=line + "\n")  # every candidate
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert recs and all(r["id"] == "a" for r in recs)
    keys = [(r["sentence_index"], -r["confidence"]) for r in recs]
    assert keys == sorted(keys)
    strict = runner.invoke(app, ["code", "--min-confidence", "0.6"], input=line + "\n")
    kept = [json.loads(x) for x in strict.stdout.splitlines()]
    assert kept and len(kept) < len(recs) and all(r["confidence"] >= 0.6 for r in kept)
    assert ("RUSGOV", "CHNGOV") in {(r["source_code"], r["target_code"]) for r in kept}
    # the default is the coder's reading: its chosen events (0.7 and more) when the sentence has any
    default = runner.invoke(app, ["code"], input=line + "\n")
    read = [json.loads(x) for x in default.stdout.splitlines()]
    assert read and len(read) < len(kept) and all(r["confidence"] >= 0.7 for r in read)
    assert ("RUSGOV", "CHNGOV") in {(r["source_code"], r["target_code"]) for r in read}


def test_one_event_per_id_the_most_confident_kept() -> None:
    from datetime import date

    from detente.model import Document, distinct_events

    from .factory import make_event

    doc = Document(text="RUS met CHN.", date=date(2024, 4, 3))
    low = make_event(doc, "RUS", "CHN", "040", 1.0, 1, date(2024, 4, 3))
    low.confidence = 0.3
    high = make_event(doc, "RUS", "CHN", "040", 1.0, 1, date(2024, 4, 3))
    high.confidence = 0.9
    other = make_event(doc, "RUS", "CHN", "036", 1.0, 1, date(2024, 4, 3))
    assert low.id == high.id != other.id
    kept = distinct_events([low, other, high])
    assert [e.id for e in kept] == [low.id, other.id] and kept[0].confidence == 0.9
