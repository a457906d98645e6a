"""New-user audit of the API: undated and textless documents fail alone; a read-only server shares its file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.synthetic import SynthConfig, synth_corpus
from detente.store import Store, open_store

AUTH = {"Authorization": "Bearer s3cret"}
TEXT = "Russian Foreign Minister Sergei Lavrov criticised Ukraine on Monday."


def _ingest_or_skip(c: TestClient) -> None:
    if c.app.state.features_fn.get("ingest") is None:  # type: ignore[attr-defined]
        pytest.skip("this install has no ingest pipeline")


def test_undated_and_textless_documents_fail_alone(empty_store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    c = make_client(empty_store, token="s3cret")
    _ingest_or_skip(c)
    docs = [{"text": TEXT, "date": "2024-05-02", "id": "dated"},
            {"text": TEXT + " Again.", "id": "undated"},
            {"date": "2024-05-02", "id": "textless"}]
    r = c.post("/api/ingest", json=docs, headers=AUTH)
    assert r.status_code == 200, r.text
    rep = r.json()["report"]
    assert rep["stored"] == 1 and rep["failed"] == 2
    reasons = " ".join(f["reason"] for f in rep["failures"])
    assert "undated" in reasons and "no 'date'" in reasons and "textless" in reasons and "no 'text'" in reasons
    rows = empty_store.query("SELECT external_id, report_date FROM documents")
    assert [r["external_id"] for r in rows] == ["dated"] and rows[0]["report_date"] is not None


def test_default_date_as_the_cli(empty_store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    c = make_client(empty_store, token="s3cret")
    _ingest_or_skip(c)
    r = c.post("/api/ingest?date=2024-06-01", json=[{"text": TEXT, "id": "u"}], headers=AUTH)
    assert r.status_code == 200 and r.json()["report"]["stored"] == 1, r.text
    assert str(empty_store.query("SELECT report_date FROM documents")[0]["report_date"]) == "2024-06-01"


def test_read_only_app_leaves_the_file_to_other_readers(tmp_path: Path) -> None:
    db = tmp_path / "ro.duckdb"
    with open_store(db) as s:
        s.write_batch(list(synth_corpus(SynthConfig(documents=4))))
    app = create_app(str(db), token=None, read_only=True)
    with TestClient(app) as c:
        assert c.get("/api/health").json()["stats"]["events"] == 12
        assert c.get("/api/events?limit=5").status_code == 200
        code = ("import sys; from detente.store import open_store; "
                "print(open_store(sys.argv[1], read_only=True).stats())")
        out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert "'events': 12" in out.stdout


def test_serve_without_token_is_read_only(tmp_path: Path) -> None:
    """`detente serve` with writes disabled holds no write lock: `detente events` reads the same file meanwhile."""
    import json
    import os
    import socket
    import time
    import urllib.request

    db = tmp_path / "serve.duckdb"
    with open_store(db) as s:
        s.write_batch(list(synth_corpus(SynthConfig(documents=3))))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {k: v for k, v in os.environ.items() if k != "DETENTE_TOKEN"}
    code = "import typer; from detente.cli.serve import serve; app = typer.Typer(); app.command()(serve); app()"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(150):
            try:
                health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2).read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("server did not start")
        assert health["writes_enabled"] is False
        cli = subprocess.run([sys.executable, "-m", "detente.cli.main", "events", "--db", str(db), "-f", "json"],
                             capture_output=True, text=True, timeout=120, env=env)
        assert cli.returncode == 0, cli.stderr
        assert len(json.loads(cli.stdout)) == 9
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_error_messages_separate_reason_and_hint(store: Store, make_client) -> None:  # type: ignore[no-untyped-def]
    c = make_client(store)
    r = c.get("/api/events?min_confidence=3")
    assert r.status_code in (400, 422)
    msg = r.json()["error"]["message"]
    if "between 0 and 1" in msg:
        assert "not 3.0. Pass" in msg and "0.7" in msg


def test_error_explanation_adds_the_stop() -> None:
    from detente.errors import QueryError

    assert QueryError("file is empty", "Remove it.").explanation == "file is empty. Remove it."
    assert QueryError("file is empty.", "Remove it.").explanation == "file is empty. Remove it."
    assert QueryError("no hint").explanation == "no hint"
    assert str(QueryError("file is empty", "Remove it.")) == "[E030] file is empty. Remove it."
