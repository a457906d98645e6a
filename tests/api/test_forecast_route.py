from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.store import Store, open_store


def test_forecast_ask_over_the_store(store: Store, make_client: Callable[..., TestClient]) -> None:
    client = make_client(store)
    row = store.query(
        "SELECT source_code, cameo, target_code, count(*) AS n FROM events WHERE target_code <> '' "
        "AND modality = 'happened' GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2, 3 LIMIT 1"
    )[0]
    q = {"source": row["source_code"], "relation": row["cameo"], "target": row["target_code"], "within": 30}
    res = client.post("/api/forecast/ask", json=q)
    assert res.status_code == 200, res.text
    answer = res.json()["answer"]
    assert 0.0 <= answer["probability"] <= 1.0
    assert answer["source"] == row["source_code"] and answer["evidence"]["count_same_relation"] >= 1
    bad = client.post("/api/forecast/ask", json={"source": "NOPE", "relation": "040", "target": "CHN"})
    assert bad.status_code == 400 and bad.json()["ok"] is False


def test_the_api_and_the_cli_give_the_same_answer(tmp_path: Path) -> None:
    from detente.cli.main import app
    from detente.forecast.ask import ask

    db = tmp_path / "same.duckdb"
    store = open_store(db)
    store.write_batch(list(synth_corpus(SynthConfig(documents=60, seed=3))), synth_actors())
    row = store.query(
        "SELECT source_code, cameo, target_code, count(*) AS n FROM events WHERE target_code <> '' "
        "AND modality = 'happened' GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2, 3 LIMIT 1"
    )[0]
    q = {"source": row["source_code"], "relation": row["cameo"], "target": row["target_code"], "within": 7}
    api = ask(store, q)
    store.close()
    res = CliRunner().invoke(app, ["forecast", "ask", q["source"], q["relation"], q["target"], "--within", "7",
                                   "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    cli = json.loads(res.output)
    assert api["model"] == "loglinear"
    assert cli["probability"] == api["probability"]
