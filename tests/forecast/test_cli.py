from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.forecast.cli import app

runner = CliRunner()


def test_evaluate_json(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--data", str(tiny_dir), "--model", "recurrency", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["model"] == "recurrency" and out["test"]["count"] == 2 * out["sizes"]["test"]
    for key in ("mrr", "hits1", "hits3", "hits10"):
        assert 0.0 <= out["test"][key] <= 1.0
    assert out["wall_seconds"] > 0 and out["peak_rss_mb"] > 0


def test_evaluate_unknown_model_and_missing_folder(tmp_path: Path, tiny_dir: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--data", str(tiny_dir), "--model", "nope"])
    assert res.exit_code != 0 and "recurrency" in res.output
    res = runner.invoke(app, ["evaluate", "--data", str(tmp_path / "absent")])
    assert res.exit_code != 0 and "--data" in res.output


def test_ask_by_name_and_id(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["ask", "China", "Consult", "1", "--within", "2", "--data", str(tiny_dir),
                              "--model", "recurrency", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["source"] == "China" and out["target"] == "Iran" and out["relation"] == "Consult"
    assert 0.0 <= out["probability"] <= 1.0
    assert out["evidence"]["count_same_relation"] == 12  # China consulted Iran on every day 0..11
    assert out["evidence"]["same_relation"][0]["time"] == "t11"
    assert out["evidence"]["mirror"] == []


def test_ask_unknown_entity_is_a_usage_error(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["ask", "Atlantis", "Consult", "Iran", "--data", str(tiny_dir), "--model",
                              "recurrency"])
    assert res.exit_code != 0 and "unknown entity" in res.output


def test_next_ranks_the_recurring_relation_first(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["next", "China", "Iran", "--data", str(tiny_dir), "--model", "recurrency",
                              "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["next"][0]["relation"] == "Consult"


def test_needs_exactly_one_source(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["next", "China", "Iran"])
    assert res.exit_code != 0 and "--data" in res.output


def test_calibration_command(tiny_dir: Path) -> None:
    res = runner.invoke(app, ["calibration", "--data", str(tiny_dir), "--model", "recurrency", "--pairs", "5",
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out["reports"][0]["calibrated"]) >= {"brier", "ece", "table"}


def test_ask_on_event_rows_without_valid_split_is_uncalibrated() -> None:
    from detente.forecast.data import from_events
    from detente.forecast.engine import Forecast

    rows = [{"source_code": "USA", "target_code": "IRN", "cameo": "112", "date_start": "2024-03-01"},
            {"source_code": "USA", "target_code": "IRN", "cameo": "112", "date_start": "2024-03-02"}]
    ds = from_events(rows)
    ans = Forecast.build(ds, "recurrency").ask("USA", "112", "IRN", within=3)
    assert ans["calibrated"] is False and 0.0 < ans["probability"] <= 1.0
    assert ans["asked_at"] == "2024-03-03"
    assert ans["evidence"]["count_same_relation"] == 2
