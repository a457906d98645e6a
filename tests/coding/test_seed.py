"""Acceptance on the seed article: the five events it must yield, and no wrong actors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.coding.batch import code_documents
from detente.coding.seed import read_text_document
from detente.model import CodedEvent
from detente.nlp.registry import ActorRegistry

SEED = "seeds/000_90fb6c69043197d8.txt"


@pytest.fixture(scope="module")
def seed_events(shared_dir: Path) -> list[CodedEvent]:
    path = shared_dir / SEED
    if not path.exists():
        pytest.skip(f"{path} is absent")
    doc = read_text_document(path)
    assert doc.date == date(2024, 4, 3)
    [(_, events)] = code_documents([doc], registry=ActorRegistry())
    return events


def _is(ref: object, country: str, name_part: str | None = None) -> bool:
    if ref is None:
        return False
    ok = getattr(ref, "country", None) == country
    if name_part:
        ok = ok and name_part in ((getattr(ref, "name", None) or "") + " " + getattr(ref, "text", ""))
    return ok


@pytest.mark.shared
def test_lavrov_planned_meeting_with_wang_yi(seed_events: list[CodedEvent]) -> None:
    hits = [
        e
        for e in seed_events
        if _is(e.source, "RUS", "Lavrov")
        and _is(e.target, "CHN", "Wang")
        and (e.cameo == "036" or e.cameo.startswith("04"))
        and e.modality == "planned"
    ]
    assert hits


@pytest.mark.shared
def test_putin_visit_to_china_in_may(seed_events: list[CodedEvent]) -> None:
    hits = [
        e
        for e in seed_events
        if _is(e.source, "RUS", "Putin")
        and e.target is not None
        and e.target.country == "CHN"
        and e.cameo in ("042", "036")
        and e.modality == "planned"
        and e.event_date is not None
        and e.event_date.value == "2024-05"
        and e.event_date.granularity == "month"
    ]
    assert hits
    assert hits[0].event_date.start == date(2024, 5, 1) and hits[0].event_date.end == date(2024, 5, 31)


@pytest.mark.shared
def test_putin_talks_with_wang_yi_in_moscow(seed_events: list[CodedEvent]) -> None:
    hits = [
        e
        for e in seed_events
        if _is(e.source, "RUS", "Putin")
        and _is(e.target, "CHN", "Wang")
        and e.cameo.startswith("04")
        and e.modality == "happened"
    ]
    assert hits
    assert any(e.location is not None and e.location.name == "Moscow" and e.location.country == "RUS" for e in hits)


@pytest.mark.shared
def test_putin_and_xi_signed_agreements_both_ways(seed_events: list[CodedEvent]) -> None:
    signed = [e for e in seed_events if e.cameo == "057" or e.cameo.startswith("06")]
    assert any(_is(e.source, "RUS", "Putin") and _is(e.target, "CHN", "Xi") for e in signed)
    assert any(_is(e.source, "CHN", "Xi") and _is(e.target, "RUS", "Putin") for e in signed)


@pytest.mark.shared
def test_western_countries_dismissed_china(seed_events: list[CodedEvent]) -> None:
    hits = [
        e
        for e in seed_events
        if e.source.code == "WST" and e.cameo.startswith("12") and e.target is not None and e.target.country == "CHN"
    ]
    assert hits


@pytest.mark.shared
def test_no_wrong_actors(seed_events: list[CodedEvent]) -> None:
    for e in seed_events:
        for ref in (e.source, e.target):
            if ref is None:
                continue
            label = f"{ref.name or ''} {ref.text}"
            if "Lavrov" in label:
                assert ref.kind == "person" and ref.country == "RUS", e
            if "Wang Yi" in label:
                assert ref.country == "CHN", e
            if "Putin" in label:
                assert ref.country == "RUS", e
