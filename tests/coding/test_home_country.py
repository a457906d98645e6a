"""Role-only actors ("police", "protesters") take the country they act in: location, sentence, dateline."""

from __future__ import annotations

from detente.coding.home import role_only
from detente.model import ActorRef, CodedEvent


def _best(events: list[CodedEvent], source: str, target: str) -> CodedEvent:
    hits = [e for e in events if source in e.source.text and e.target is not None and target in e.target.text]
    assert hits, [(e.source.text, e.cameo, e.target.text if e.target else None) for e in events]
    return max(hits, key=lambda e: e.confidence)


def test_role_only_codes() -> None:
    def ref(code: str, country: str | None = None) -> ActorRef:
        return ActorRef(text="x", code=code, country=country)

    assert role_only(ref("COP")) and role_only(ref("GOVMIL"))
    assert not role_only(ref("RUSGOV", "RUS")) and not role_only(ref("IGOUNO")) and not role_only(ref("NGO"))
    assert not role_only(ref("WST")) and not role_only(ref("")) and not role_only(None)


def test_the_dateline_gives_the_country(code) -> None:  # type: ignore[no-untyped-def]
    ev = _best(code("NAIROBI (Reuters) - Riot police fired tear gas at demonstrators outside parliament."),
               "police", "demonstrators")
    assert ev.source.code.startswith("KEN") and ev.source.country == "KEN"
    assert ev.target is not None and ev.target.code.startswith("KEN")
    assert ev.source.code[3:] and ev.target.code[3:]  # the sectors are kept after the country


def test_the_event_location_gives_the_country(code) -> None:  # type: ignore[no-untyped-def]
    ev = _best(code("Police in Lagos arrested dozens of protesters on Saturday."), "Police", "protesters")
    assert ev.source.code.startswith("NGA") and ev.target is not None and ev.target.code.startswith("NGA")


def test_one_country_in_the_sentence_gives_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = _best(code("Iran's supreme leader warned protesters against returning to the streets."),
               "leader", "protesters")
    assert ev.target is not None and ev.target.code.startswith("IRN")


def test_two_countries_and_no_place_leave_the_role_alone(code) -> None:  # type: ignore[no-untyped-def]
    ev = _best(code("French and German officials said police arrested three men."), "police", "three men")
    assert ev.source.code == "COP" and ev.source.country is None


def test_a_filled_event_gets_a_new_id(code) -> None:  # type: ignore[no-untyped-def]
    ev = _best(code("Police in Lagos arrested dozens of protesters on Saturday."), "Police", "protesters")
    assert ev.id == CodedEvent(**{**ev.__dict__, "id": ""}).id
