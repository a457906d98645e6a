from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from detente.store import Store


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
