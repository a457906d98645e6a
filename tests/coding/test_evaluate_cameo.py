"""The CAMEO-triple evaluation: reading gold rows, the three matching levels, precision and recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.coding import kb
from detente.coding.evaluate_cameo import (
    Score,
    evaluate_cameo,
    gold_triples,
    parse_events,
    predicted_triples,
    stem,
)
from detente.model import ActorRef, CodedEvent


def _event(src: str, tgt: str | None, code: str, confidence: float = 0.9) -> CodedEvent:
    return CodedEvent(
        doc_id="d", source=ActorRef(text=src, code=src), target=ActorRef(text=tgt, code=tgt) if tgt else None,
        **kb.code_fields(code), modality="happened", trigger="t", trigger_start=0, trigger_end=1,
        sentence="s", sentence_index=0, sentence_start=0, confidence=confidence,
    )


def test_gold_events_are_read_and_malformed_ones_named() -> None:
    ev = parse_events("RUSGOV>CHNGOV:036|Lavrov|Wang Yi ; CHNGOV>RUSGOV:036|Wang Yi|Lavrov")
    assert [(e.source, e.target, e.code, e.source_text) for e in ev] == [
        ("RUSGOV", "CHNGOV", "036", "Lavrov"), ("CHNGOV", "RUSGOV", "036", "Wang Yi")]
    assert parse_events("-") == [] and parse_events("") == []
    with pytest.raises(ValueError, match="line 7.*RUSGOV-CHN"):
        parse_events("RUSGOV-CHN:036", "gold.tsv, line 7")


def test_stems_keep_the_country_or_the_kind_of_organisation() -> None:
    assert stem("RUSGOVMIL") == "RUS" and stem("IGOWSTNAT") == stem("IGONAT") == "IGO"
    assert stem("NGOAMN") == "NGO" and stem("WST") == "WST"


def test_levels_match_roots_three_digit_codes_and_whole_codes() -> None:
    gold = parse_events("RUSGOV>CHNGOV:0311")
    pred = [_event("RUSMIL", "CHN", "031")]
    assert predicted_triples(pred, "root") == gold_triples(gold, "root") == {("RUS", "CHN", "03")}
    assert predicted_triples(pred, "code") == gold_triples(gold, "code")
    assert predicted_triples(pred, "full") != gold_triples(gold, "full")


def test_uncoded_actors_and_low_confidence_are_not_predictions() -> None:
    events = [_event("RUS", None, "010"), _event("", "CHN", "042"), _event("RUS", "CHN", "042", 0.4)]
    assert predicted_triples(events, "root") == {("RUS", "CHN", "04")}
    assert predicted_triples(events, "root", floor=0.5) == set()


def test_precision_recall_and_f1_by_hand() -> None:
    s = Score()
    s.add({("RUS", "CHN", "04"), ("RUS", "UKR", "04")}, {("RUS", "CHN", "04"), ("CHN", "RUS", "04")})
    s.add(set(), {("USA", "IRN", "13")})
    d = s.to_dict()
    assert (d["true_positives"], d["predicted"], d["gold"]) == (1, 2, 3)
    assert d["precision"] == 0.5 and d["recall"] == pytest.approx(0.333, abs=1e-3)
    assert d["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3), abs=1e-3)


def _write(tmp_path: Path, rows: list[str]) -> Path:
    p = tmp_path / "gold.tsv"
    p.write_text("sentence_id\tdate\tsentence\tevents\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return p


def test_the_coder_is_scored_through_the_code_path(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, [
        "a\t2024-04-03\tJapan's prime minister visited Australia on Monday."
        "\tJPNGOV>AUS:042|Japan's prime minister|Australia",
        "b\t2024-04-03\tThe weather was mild in Oslo.\t-",
    ])
    rep = evaluate_cameo(path, keep_errors=5)
    root = rep.levels["root"][0.0]
    assert rep.n == 2 and rep.gold_events == 1
    assert root["true_positives"] == 1 and root["recall"] == 1.0
    assert rep.per_root_recall == {"04": {"recall": 1.0, "gold": 1}}


def test_cli_reports_a_bad_row_and_what_to_do(tmp_path: Path) -> None:
    from detente.cli.evaluate import app

    path = _write(tmp_path, ["a\t2024-04-03\tJapan's prime minister visited Australia.\tJPN visits AUS"])
    res = CliRunner().invoke(app, ["cameo", str(path)])
    assert res.exit_code == 2
    assert "line 2" in res.output and "SOURCE>TARGET:CODE" in res.output
