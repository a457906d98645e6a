from __future__ import annotations

import json
from pathlib import Path

from scale_helpers import FAKE_CODER, contents
from typer.testing import CliRunner

from detente.cli.bulk import app


def test_cli_ingest_then_runs_then_again(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    args = ["ingest", str(corpus / "c.parquet"), str(corpus / "a.jsonl.gz"), "--db", db, "--batch-size", "16",
            "--coder", FAKE_CODER, "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output  # a.jsonl.gz has two bad lines: reported, the rest stored
    report = json.loads(first.stdout)
    assert (report["stored"], report["failed"], report["backend"]) == (60, 2, "local")
    again = runner.invoke(app, [*args, "--resume"])
    assert again.exit_code == 0 and json.loads(again.stdout)["skipped_files"] == 2
    listed = runner.invoke(app, ["runs", "--db", db, "--json"])
    (run,) = json.loads(listed.stdout)
    assert (run["status"], run["files_done"], run["stored"], run["attempts"]) == ("finished", 2, 60, 2)
    assert len(contents(db)["documents"]) == 60


def test_cli_load_shards_rejects_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load-shards", str(tmp_path / "nope"), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 2  # a usage error naming the folder
