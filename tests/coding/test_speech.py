"""Reported speech: the speaker as a party to what the statement reports (sentences written for these tests)."""

from __future__ import annotations

from detente.model import CodedEvent


def _pairs(events: list[CodedEvent]) -> list[tuple[str, str, str, float]]:
    return [(e.cameo, e.source.text, e.target.text if e.target else "", e.confidence) for e in events]


def test_blame_in_a_reported_clause_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Malian government said jihadist groups were responsible for the ambush.")
    hits = [e for e in ev if e.cameo == "112" and e.target is not None]
    assert hits and hits[0].source.text.endswith("government"), _pairs(ev)
    assert "jihadist groups" in hits[0].target.text


def test_critics_say_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Opposition critics say President Ruto has used the protests to silence the press.")
    assert any(e.cameo == "112" and e.target is not None and "Ruto" in e.target.text for e in ev), _pairs(ev)


def test_speaker_is_credited_with_the_reported_event(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chad said its troops will withdraw from Niger next month.")
    inner = [e for e in ev if e.source.text != "Chad" and e.cameo.startswith("0")]
    spoken = [e for e in ev if e.source.text == "Chad" and e.target is not None and e.target.text == "Niger"]
    assert spoken, _pairs(ev)
    assert all(s.confidence < max((e.confidence for e in inner), default=1.0) for s in spoken), _pairs(ev)


def test_plain_statement_gives_no_accusation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The ministry said the talks with Ghana went well.")
    assert not any(e.cameo == "112" for e in ev), _pairs(ev)


def test_reported_would_is_a_plan_and_a_planned_boycott_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Ghanaian opposition said it would boycott the parliamentary elections.")
    assert any(e.cameo.startswith("13") for e in ev), _pairs(ev)


def test_condition_of_a_reported_plan_stays_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The union said it would boycott the talks if the government cut wages.")
    cond = [e for e in ev if e.trigger == "cut"]
    assert cond and all(e.modality == "hypothetical" for e in cond), _pairs(ev)
