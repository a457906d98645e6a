"""New-user audit of the command line: help texts, filters, dates, exports, missing and shared stores."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli.main import app
from detente.model import ActorRef, CodedEvent, Document, EventDate
from detente.store import open_store

runner = CliRunner()


def _event(doc: Document, k: int, confidence: float, day: date, target: str = "CHN") -> CodedEvent:
    return CodedEvent(
        doc_id=doc.id, source=ActorRef("Russia", "RUSGOV", "RUS", ("GOV",), start=0, end=6),
        target=ActorRef(target, target + "GOV", target, ("GOV",), start=10, end=13), cameo="036",
        goldstein=4.0, quad_class=1, plover="CONSULT", plover_mode=None, modality="happened", trigger="met",
        trigger_start=k, trigger_end=k + 3, sentence=doc.text, sentence_index=0, sentence_start=0,
        event_date=EventDate(day.isoformat(), "day", day, day), report_date=doc.date, confidence=confidence,
    )  # fmt: skip


def _store(path: Path, chosen: int = 2, secondary: int = 1, sentence: str = "Russia met China in Moscow.") -> str:
    """A DuckDB store with ``chosen`` events at confidence 0.9 and ``secondary`` at 0.6 (RUS -> CHN)."""
    doc = Document(text=sentence, date=date(2024, 4, 3), title=None)
    evs = [_event(doc, i, 0.9, date(2024, 4, 3)) for i in range(chosen)]
    evs += [_event(doc, 1000 + i, 0.6, date(2024, 4, 3)) for i in range(secondary)]
    with open_store(path) as s:
        s.write_batch([(doc, evs)])
    return str(path)


# -- 1. --min-confidence help says 0.7 -------------------------------------------------------------
@pytest.mark.parametrize("command", ["code", "events"])
def test_min_confidence_help_says_07(command: str) -> None:
    res = runner.invoke(app, [command, "--help"], env={"COLUMNS": "300", "TERMINAL_WIDTH": "300"})
    assert res.exit_code == 0
    text = " ".join(res.output.split())
    assert "0.7 drops secondary" in text or "0.7 keeps its chosen targets" in text
    assert "0.6 drops" not in text and "0.6 keeps" not in text


# -- 2. --min-confidence on dyad, report and export -----------------------------------------------
def test_min_confidence_on_dyad_report_export(tmp_path: Path) -> None:
    db = _store(tmp_path / "c.duckdb", chosen=2, secondary=1)
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--unit", "mentions", "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[0]["events"] == 3
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--unit", "mentions", "--db", db, "-f", "json",
                              "--min-confidence", "0.7"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[0]["events"] == 2

    res = runner.invoke(app, ["report", "--db", db, "--json", "--min-confidence", "0.7"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)
    assert rep["events"] == 2 and rep["by_quad_class"] == {"1": 2}
    assert json.loads(runner.invoke(app, ["report", "--db", db, "--json"]).stdout)["events"] == 3

    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["export", "--format", "csv", "--out", str(out), "--db", db, "--min-confidence", "0.7"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 2 and {r["confidence"] for r in rows} == {"0.9"}
    res = runner.invoke(app, ["report", "--db", db, "--min-confidence", "3"])
    assert res.exit_code == 2 and "between 0 and 1" in res.output


def test_summaries_leave_out_the_coders_guesses_by_default(tmp_path: Path) -> None:
    """dyad and report count from 0.1 up unless told otherwise; the event table lists every candidate."""
    doc = Document(text="Russia met China in Moscow.", date=date(2024, 4, 3), title=None)
    evs = [_event(doc, 0, 0.9, date(2024, 4, 3)), _event(doc, 1000, 0.05, date(2024, 4, 3))]
    db = str(tmp_path / "g.duckdb")
    with open_store(db) as s:
        s.write_batch([(doc, evs)])
    for extra, n in (([], 1), (["--min-confidence", "0"], 2), (["--min-confidence", "0.05"], 2)):
        res = runner.invoke(app, ["dyad", "RUS", "CHN", "--unit", "mentions", "--db", db, "-f", "json", *extra])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)[0]["events"] == n, extra
        rep = json.loads(runner.invoke(app, ["report", "--db", db, "--json", *extra]).stdout)
        assert rep["events"] == n, extra
    listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert len(json.loads(listed.stdout)) == 2


# -- 6. `detente code` dates ------------------------------------------------------------------------
def test_code_rejects_non_iso_dates_per_line(tmp_path: Path) -> None:
    text = "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday."
    lines = [
        {"id": "us", "text": text, "date": "05/11/2024"},
        {"id": "month", "text": text, "date": "2024-11"},
        {"id": "iso", "text": text, "date": "2024-11-05"},
        {"id": "stamp", "text": text, "date": "2024-11-05T10:30:00Z"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    res = runner.invoke(app, ["code", str(src)])
    assert res.exit_code == 1
    assert "line 1 skipped" in res.stderr and "05/11/2024" in res.stderr and "YYYY-MM-DD" in res.stderr
    assert "line 2 skipped" in res.stderr and "2024-11" in res.stderr
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert {e["id"] for e in events} == {"iso", "stamp"}
    assert {e["report_date"] for e in events} == {"2024-11-05"}


# -- 8. exports: POLECAT empty fields, --out - --------------------------------------------------------
def test_polecat_export_has_empty_fields_not_none(tmp_path: Path) -> None:
    db = _store(tmp_path / "p.duckdb")
    out = tmp_path / "p.tsv"
    res = runner.invoke(app, ["export", "--format", "polecat", "--out", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 4 and all("None" not in row for row in rows)
    assert rows[1][rows[0].index("Contexts")] == ""


def test_export_out_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _store(tmp_path / "s.duckdb")
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["export", "--format", "csv", "--out", "-", "--db", db])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "-").exists()
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == 3 and rows[0]["cameo"] == "036"
    res = runner.invoke(app, ["export", "--format", "jsonl", "--out", "-", "--db", db])
    assert len(res.stdout.splitlines()) == 3
    res = runner.invoke(app, ["export", "--format", "gdelt", "--out", "-", "--db", db])
    assert res.exit_code == 2 and "give a file name" in res.output
    assert not (tmp_path / "-").exists()


# -- 9. read commands on a missing store -------------------------------------------------------------
@pytest.mark.parametrize("args", [["events"], ["report"], ["dyad", "RUS", "CHN"], ["actors"], ["expected"],
                                  ["export", "--format", "csv", "--out", "x.csv"]])
def test_read_commands_do_not_create_a_missing_store(tmp_path: Path, args: list[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "missing.duckdb"
    res = runner.invoke(app, [*args, "--db", str(missing)])
    assert res.exit_code == 2, res.output
    assert "no store at" in res.output and "detente ingest" in res.output
    assert not missing.exists() and not (tmp_path / "x.csv").exists()


def test_missing_default_store_via_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["events"], env={"DETENTE_DB": str(tmp_path / "env.duckdb")})
    assert res.exit_code == 2 and "no store at" in res.output
    assert not (tmp_path / "env.duckdb").exists() and not (tmp_path / "detente.duckdb").exists()


# -- 10. events --limit -------------------------------------------------------------------------------
def test_events_limit_note_and_limit_zero(tmp_path: Path) -> None:
    db = _store(tmp_path / "l.duckdb", chosen=150, secondary=0)
    res = runner.invoke(app, ["events", "--db", db, "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 100
    assert "showing 100 of 150 events" in res.stderr and "--limit" in res.stderr
    res = runner.invoke(app, ["events", "--db", db, "-f", "csv", "--limit", "0"])
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 150
    assert "showing" not in res.stderr
    res = runner.invoke(app, ["events", "--db", db, "-f", "csv", "--limit", "200"])
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 150 and "showing" not in res.stderr


# -- 11. one line per event in CSV --------------------------------------------------------------------
def test_events_csv_sentence_is_one_line(tmp_path: Path) -> None:
    db = _store(tmp_path / "w.duckdb", chosen=1, secondary=0, sentence="Russia met China\nin Moscow.\n\n")
    res = runner.invoke(app, ["events", "--db", db, "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2  # header and one row
    assert list(csv.DictReader(io.StringIO(res.stdout)))[0]["sentence"] == "Russia met China in Moscow."
    with open_store(db, read_only=True) as s:  # the store keeps the sentence as coded
        assert s.query("SELECT sentence FROM events")[0]["sentence"].endswith("\n\n")


# -- 12. messages: reason and hint apart, no "at at" ------------------------------------------------
def test_error_messages_read_well(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "a\tb\x01", "date": "2024-01-01"}\n', encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "bad.jsonl"),
                              "--db", str(tmp_path / "m.duckdb"), "--json"])
    assert res.exit_code == 1
    reasons = [f["reason"] for f in json.loads(res.stdout)["failures"]]
    assert any("file is empty. Remove it" in r for r in reasons), reasons
    assert any("Invalid control character at column" in r for r in reasons), reasons
    assert not any("at at" in r for r in reasons)


# -- 13. readers share the file; a writer's lock is explained ---------------------------------------
def _hold(db: str, read_only: bool) -> subprocess.Popen[str]:
    code = ("import sys, time; from detente.store import open_store; "
            f"s = open_store(sys.argv[1], read_only={read_only}); print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, db], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_readers_share_the_store_and_a_writer_lock_is_explained(tmp_path: Path) -> None:
    db = _store(tmp_path / "shared.duckdb")
    reader = _hold(db, read_only=True)
    try:
        for args in (["events"], ["report"], ["dyad", "RUS", "CHN"], ["actors"], ["expected"]):
            res = runner.invoke(app, [*args, "--db", db])
            assert res.exit_code == 0, (args, res.output)
    finally:
        reader.kill()
        reader.wait()
    writer = _hold(db, read_only=False)
    try:
        res = runner.invoke(app, ["events", "--db", db])
        assert res.exit_code == 2
        text = " ".join(res.output.split())
        assert "open for writing by another process" in text and "Could not set lock" not in text
    finally:
        writer.kill()
        writer.wait()


# -- 5. evaluate: malformed gold files are usage errors -----------------------------------------------
HEADER = "sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tplover_event\tquad_class\n"
GOOD = "S1\tRussia met China.\t<s>Russia</s> met <t>China</t>.\tRussia\tChina\tCONSULT\t1\n"


@pytest.mark.parametrize("row, expect", [
    ("S2\tRussia met China.\n", "missing marked_sentence"),
    ("S2\tRussia met China.\tRussia met China.\tRussia\tChina\tCONSULT\t1\n", "no <s>source</s> or <t>target</t>"),
    ("S2\tRussia met China.\t<s>Russia</s> met <t>China</t>.\tRussia\tChina\tMEET\t1\n", "unknown PLOVER label 'MEET'"),
    ("S2\tRussia met China.\t<s>Russia</s> met <t>China</t>.\tRussia\tChina\tCONSULT\t7\n", "quad_class must be 1"),
])  # fmt: skip
def test_evaluate_plover_bad_rows(tmp_path: Path, row: str, expect: str) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text(HEADER + GOOD + row, encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "plover", str(gold)])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert "line 3" in text and expect in text and "Traceback" not in text


def test_evaluate_cameo_bad_event_names_the_line(tmp_path: Path) -> None:
    gold = tmp_path / "triples.tsv"
    gold.write_text("sentence_id\tdate\tsentence\tevents\n"
                    "c1\t2024-01-01\tRussia met China.\tRUS>CHN:036|Russia|China\n"
                    "c2\t2024-01-01\tRussia met China.\tRUS-CHN 036\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "cameo", str(gold)])
    assert res.exit_code == 2
    text = " ".join(res.output.split())
    assert "line 3" in text and "SOURCE>TARGET:CODE" in text and "Traceback" not in text
    gold.write_text("sentence_id\tdate\tsentence\tevents\nc1\t2024-01-01\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "cameo", str(gold)])
    assert res.exit_code == 2 and "line 2" in res.output and "missing" in res.output


# -- 14. forecast commands fall back to $DETENTE_DB ----------------------------------------------------
def test_forecast_uses_detente_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    where = tmp_path / "fc.duckdb"
    res = runner.invoke(app, ["forecast", "next", "RUS", "CHN"], env={"DETENTE_DB": str(where)})
    assert res.exit_code == 2
    text = " ".join(res.output.split())
    assert "exactly one of" not in text and "fc.duckdb" in text  # it looked for $DETENTE_DB


def test_export_help_names_mentions_file() -> None:
    res = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "300"})
    assert "OUT.mentions.<ext>" in " ".join(res.output.split())



def test_version_flag() -> None:
    from typer.testing import CliRunner

    from detente import __version__
    from detente.cli.main import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"detente {__version__}"
