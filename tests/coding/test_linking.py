"""Argument linking beyond the plain subject-verb-object case, on sentences written for these tests."""

from __future__ import annotations

from detente.coding.evaluate import PLOVER_QUAD, plover_quad
from detente.model import CodedEvent


def _pairs(events: list[CodedEvent]) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.text, e.target.text if e.target else "") for e in events]


def test_uncoded_subject_still_gives_an_event(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A roadside bomb killed four Malian soldiers near Gao.")
    hits = [e for e in ev if e.cameo.startswith("1")]
    assert hits, _pairs(ev)
    assert hits[0].source.text == "A roadside bomb" and hits[0].source.code == ""
    assert hits[0].source.kind == "unknown" and hits[0].target is not None


def test_event_noun_object_gives_the_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya and several donors held talks with Somalia on Tuesday.")
    # talks are negotiation (046; refine.py)
    assert any(e.cameo == "046" and e.target is not None and e.target.country == "SOM" for e in ev), _pairs(ev)


def test_verbless_headline_subject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A parliamentary report called for sanctions against Chile over abuses.")
    hits = [e for e in ev if e.cameo == "1312"]  # a call for sanctions against X threatens X with them
    assert hits and hits[0].source.text == "A parliamentary report", _pairs(ev)
    assert hits[0].target is not None and hits[0].target.country == "CHL"


def test_order_to_appear_is_a_demand_on_the_object(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The anti-graft bureau ordered the mayor to appear for questioning.")
    hits = [e for e in ev if e.cameo.startswith("10")]
    assert hits and hits[0].target is not None and hits[0].target.text == "the mayor", _pairs(ev)


def test_unknown_name_object_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Erdogan has accused Gulenov of plotting a coup.")
    hits = [e for e in ev if e.cameo.startswith("112")]
    assert hits and hits[0].target is not None and hits[0].target.text == "Gulenov", _pairs(ev)


def test_recipient_beats_the_thing_given(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The museum returned six stolen paintings to Peru.")
    hits = [e for e in ev if e.cameo.startswith("08")]
    assert hits and hits[0].target is not None and hits[0].target.country == "PER", _pairs(ev)


def test_place_of_a_weakly_targeted_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Japan agreed to build two field hospitals in Kenya.")
    hits = [e for e in ev if e.source.country == "JPN" and e.cameo.startswith("03")]
    assert hits and hits[0].target is not None and hits[0].target.country == "KEN", _pairs(ev)


def test_agentless_arrest_is_the_state_where_it_happens(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Gul Karimov, a suspected rebel, was tortured and killed in a secret prison in Afghanistan.")
    hits = [e for e in ev if e.cameo.startswith("18")]
    assert hits and hits[0].source.country == "AFG", _pairs(ev)
    assert hits[0].target is not None and "Karimov" in hits[0].target.text
    assert not any(e.source.text.endswith("Karimov") for e in ev)  # the patient is never the agent


def test_state_of_siege_with_its_place(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The president declared a state of siege in Bolivia.")
    assert [e.cameo for e in ev] == ["1724"], _pairs(ev)
    assert ev[0].target is not None and ev[0].target.country == "BOL"


def test_conceding_to_demands_targets_their_owner(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The president conceded to the demands of the striking miners.")
    hits = [e for e in ev if e.cameo == "083"]
    assert hits and hits[0].target is not None and "miners" in hits[0].target.text, _pairs(ev)


def test_cancelled_visit_is_a_refusal_to_meet(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The premier cancelled a planned visit to Chile.")
    assert any(e.cameo == "125" and e.target is not None and e.target.country == "CHL" for e in ev), _pairs(ev)


def test_suspending_a_newspaper_restricts_freedoms(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The junta ordered the weekly newspaper to suspend publication.")
    assert any(e.cameo == "1721" and e.target is not None for e in ev), _pairs(ev)


def test_plover_quads() -> None:
    assert plover_quad("REQUEST") == 3 and plover_quad("CONCEDE") == 1 and plover_quad("YIELD") == 2
    assert plover_quad("AID") == 2 and plover_quad("ASSAULT") == 4 and plover_quad("NONE") is None
    assert set(PLOVER_QUAD.values()) == {1, 2, 3, 4}


def test_guilty_of_violating_has_the_subjects_as_agents(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The rebels and the army are guilty of violating the truce in Darfur.")
    hits = [e for e in ev if e.cameo.startswith("19")]
    assert hits and {e.source.text for e in hits} >= {"The rebels", "the army"}, _pairs(ev)


def test_accused_of_violating_keeps_the_accused_as_agent(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya accused Uganda of violating the ceasefire agreement.")
    assert any(e.cameo.startswith("112") and e.target is not None and e.target.country == "UGA" for e in ev)
    assert not any(e.cameo.startswith("19") and e.source.country == "KEN" for e in ev), _pairs(ev)


def test_mobilizing_against_a_country(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("In 1990, President Bush mobilized troops for the war against Iraq.")
    hits = [e for e in ev if e.cameo == "154"]
    assert hits and hits[0].target is not None and hits[0].target.country == "IRQ", _pairs(ev)


def test_peacekeeping_deployment_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya is sending a military platoon to Mali on a peacekeeping mission.")
    hits = [e for e in ev if e.trigger == "sending"]
    assert hits and hits[0].cameo == "074" and hits[0].target is not None and hits[0].target.country == "MLI"


def test_borders_opened_to_refugees_is_asylum(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile opened its borders to displaced Haitians.")
    assert any(e.cameo == "075" for e in ev), _pairs(ev)


def test_returned_goods_target_the_recipient(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Spain returned four Peruvian statues to the government of Peru.")
    hits = [e for e in ev if e.cameo.startswith("08")]
    assert hits and hits[0].target is not None and hits[0].target.text.startswith("the government"), _pairs(ev)


def test_until_clause_names_the_party_waited_on(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The miners will not end the strike until the government raises wages.")
    hits = [e for e in ev if e.cameo.startswith("12")]
    assert hits and hits[0].target is not None and hits[0].target.text == "the government", _pairs(ev)


def test_colon_dateline_is_not_an_actor(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("KABUL (Pajhwok): President Ashraf Ghani has held a meeting with members of a delegation.")
    assert ev and not any("KABUL" in e.source.text for e in ev), _pairs(ev)


def test_denied_permission_is_a_rejection(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The state government has denied permission to the opposition rally.")
    assert any(e.cameo == "120" for e in ev) and not any(e.cameo == "016" for e in ev), _pairs(ev)


def test_things_agreed_on_do_not_agree_back(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The German government has agreed to set up a new research company.")
    assert ev and all(e.source.kind != "unknown" for e in ev), _pairs(ev)


def test_criticism_from_a_body_is_its_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Iran's government faces widespread criticism from the U.N. over its detention of activists.")
    hits = [e for e in ev if e.cameo.startswith("11")]
    assert hits and hits[0].source.code.startswith("IGOUNO"), _pairs(ev)
    assert hits[0].target is not None and hits[0].target.country == "IRN"


def test_labour_action_and_flag_burning_are_protests(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Three thousand employees stopped work on Monday at the mine.")
    assert any(e.cameo == "143" for e in ev), _pairs(ev)
    ev = code("Protesters in the town burned the Chilean flag.")
    assert any(e.cameo == "141" and e.target is not None and e.target.country == "CHL" for e in ev), _pairs(ev)


def test_reported_generic_subject_is_on_the_speakers_side(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya said the police arrested two suspects.")
    hits = [e for e in ev if e.cameo.startswith("17")]
    assert hits and hits[0].source.text == "the police" and hits[0].source.code == "KENCOP", _pairs(ev)
