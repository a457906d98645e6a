"""Generalisation pass (2026-11-29, late): verb and event-noun families, each on sentences written for it."""

from __future__ import annotations

from coder_helpers import best as _best
from coder_helpers import pairs as _pairs


def test_sending_weapons_is_military_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Netherlands shipped air defence systems to Estonia.")
    best = _best(ev, "Netherlands", "Estonia")
    assert best is not None and best.cameo == "072", _pairs(ev)


def test_rescue_teams_are_aid_not_troops(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway dispatched rescue teams to Turkey.")
    best = _best(ev, "Norway", "Turkey")
    assert best is not None and best.cameo == "073", _pairs(ev)


def test_vowing_revenge_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Syria vowed retaliation against Turkey.")
    best = _best(ev, "Syria", "Turkey")
    assert best is not None and best.plover == "THREATEN", _pairs(ev)


def test_blocking_a_bid_rejects_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Hungary blocked Finland's bid to join the bloc.")
    best = _best(ev, "Hungary", "Finland")
    assert best is not None and best.plover == "REJECT", _pairs(ev)


def test_court_throws_out_a_case(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The tribunal threw out the complaint by the ministry.")
    best = _best(ev, "tribunal", "ministry")
    assert best is not None and best.cameo == "120", _pairs(ev)


def test_going_on_strike_is_a_strike_not_an_attack(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Dock workers went on strike against the port operator.")
    assert not any(e.plover == "ASSAULT" for e in ev), _pairs(ev)
    best = _best(ev, "workers", "operator")
    assert best is not None and best.cameo == "143", _pairs(ev)


def test_protesting_to_a_government_is_a_complaint(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Athens protested to Ankara over the overflights.")
    best = _best(ev, "Athens", "Ankara")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)


def test_a_hostile_topic_noun_is_not_the_subjects_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile and Peru shared intelligence on the bombings.")
    assert not any(e.plover == "ASSAULT" for e in ev), _pairs(ev)
    ev = code("The council lifted the ban on student rallies.")
    assert not any(e.plover == "PROTEST" and "council" in e.source.text for e in ev), _pairs(ev)


def test_prepositional_phrasal_verbs(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Scholz spoke with Macron on Tuesday.")
    best = _best(ev, "Scholz", "Macron")
    assert best is not None and best.cameo == "040", _pairs(ev)
    ev = code("The spokesman spoke to reporters in Geneva.")
    assert not any(e.cameo == "040" for e in ev), _pairs(ev)


def test_progressive_parsed_as_attribute_keeps_subject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Oman is mediating between Iran and the United States.")
    best = _best(ev, "Oman", "Iran")
    assert best is not None and best.cameo == "045", _pairs(ev)


def test_money_received_from_a_donor_is_aid_from_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Malawi received $40 million in aid from Britain.")
    best = _best(ev, "Britain", "Malawi")
    assert best is not None and best.cameo == "071", _pairs(ev)
    assert not any(e.source.text == "Malawi" and e.cameo.startswith("07") for e in ev), _pairs(ev)


def test_vaccinating_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("UNICEF vaccinated a million children in Chad.")
    best = _best(ev, "UNICEF", "children")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_settling_a_dispute_codes_without_crashing(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile and Bolivia settled their dispute over the river.")
    assert ev and all(e.cameo != "S" for e in ev), _pairs(ev)
    best = _best(ev, "Chile", "Bolivia")
    assert best is not None and best.cameo == "057", _pairs(ev)


def test_drills_around_a_country_are_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia held naval drills off Japan.")
    best = _best(ev, "Russia", "Japan")
    assert best is not None and best.cameo == "150", _pairs(ev)
    assert not any(e.source.text == "Japan" for e in ev), _pairs(ev)


def test_appeal_to_press_someone_is_an_appeal(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The G20 called on India to pressure Myanmar.")
    best = _best(ev, "G20", "India")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)


def test_reported_obligation_is_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("France said Iran needed to halt enrichment.")
    best = _best(ev, "France", "Iran")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)
    ev = code("Spain said it needed to raise defence spending.")
    assert not any(e.plover == "REQUEST" for e in ev), _pairs(ev)


def test_reported_wrongdoing_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Beijing said Canada was meddling in its internal affairs.")
    best = _best(ev, "Beijing", "Canada")
    assert best is not None and best.cameo == "112", _pairs(ev)
    ev = code("Kabul said Iran was harbouring militants.")
    best = _best(ev, "Kabul", "Iran")
    assert best is not None and best.cameo == "112", _pairs(ev)
    ev = code("Kenya said Uganda was funding the new railway.")
    assert not any(e.cameo == "112" for e in ev), _pairs(ev)


def test_armed_group_tagged_as_person_keeps_its_code(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Boko Haram abducted twenty farmers near Maiduguri.")
    assert any(e.source.code == "NGAREB" for e in ev), [(e.cameo, e.source.text, e.source.code) for e in ev]


def test_a_known_city_as_target_carries_its_country(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia shelled Kherson on Sunday.")
    best = _best(ev, "Russia", "Kherson")
    assert best is not None and best.target is not None and best.target.code == "UKR", _pairs(ev)


def test_new_verb_families(code) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("Ghana reprimanded Togo.", "Ghana", "Togo", "ACCUSE"),
        ("Peru blackmailed Chile.", "Peru", "Chile", "THREATEN"),
        ("Ghana bailed out Togo.", "Ghana", "Togo", "AID"),
        ("Mexico evicted Guatemalan migrants.", "Mexico", "migrants", "COERCE"),
        ("Lisbon railed against Madrid.", "Lisbon", "Madrid", "ACCUSE"),
        ("The Senate overruled the governor.", "Senate", "governor", "REJECT"),
    ]
    for text, src, tgt, plover in cases:
        ev = code(text)
        best = _best(ev, src, tgt)
        assert best is not None and best.plover == plover, (text, _pairs(ev))


def test_attacking_a_policy_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The senator attacked the governor's budget.")
    assert not any(e.plover == "ASSAULT" for e in ev), _pairs(ev)
    ev = code("Rebels attacked an army position near Goma.")
    assert any(e.plover == "ASSAULT" for e in ev), _pairs(ev)


def test_evacuating_troops_is_a_withdrawal(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Belgium evacuated its soldiers from Mali.")
    best = _best(ev, "Belgium", "Mali")
    assert best is not None and best.cameo == "0874", _pairs(ev)


def test_nominal_withdrawal_boycott_and_ceasefire(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The withdrawal of French troops from Niger was completed.")
    best = _best(ev, "French", "Niger")
    assert best is not None and best.cameo.startswith("087"), _pairs(ev)
    ev = code("The Arab boycott of Israel lasted decades.")
    assert not any(e.source.text == "Israel" for e in ev), _pairs(ev)
    ev = code("The truce between Armenia and Azerbaijan held.")
    assert _best(ev, "Armenia", "Azerbaijan") is not None, _pairs(ev)


def test_owned_support_and_appeal_nouns(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Brazil's support for Venezuela has grown.")
    best = _best(ev, "Brazil", "Venezuela")
    assert best is not None and best.cameo == "051", _pairs(ev)
    ev = code("Officials welcomed the support.")
    assert not any(e.cameo == "051" and "support" in e.source.text for e in ev), _pairs(ev)


def test_money_released_in_aid_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The bank released 20 million dollars in aid for Somali farmers.")
    assert not any(e.cameo == "0841" for e in ev), _pairs(ev)
    best = _best(ev, "bank", "farmers")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_reported_denial_of_a_claim(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Caracas said the Colombian allegations were baseless.")
    best = _best(ev, "Caracas", "Colombian")
    assert best is not None and best.cameo == "016" and best.plover == "REJECT", _pairs(ev)


def test_reported_provocation_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Manila said Beijing's manoeuvre was a dangerous provocation.")
    best = _best(ev, "Manila", "Beijing")
    assert best is not None and best.cameo == "112", _pairs(ev)


def test_time_for_someone_to_act_is_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ottawa said it was time for Delhi to share the evidence.")
    best = _best(ev, "Ottawa", "Delhi")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)


def test_standing_by_an_ally_is_support(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Warsaw stood by Kyiv throughout the war.")
    best = _best(ev, "Warsaw", "Kyiv")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)


def test_hyphenated_broker_is_the_source_not_a_dateline(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A AU-brokered truce in Sudan collapsed on Monday.")
    assert any("AU" in e.source.text for e in ev), _pairs(ev)
    ev = code("NAIROBI (Reuters) - Kenya expelled two diplomats.")
    assert not any("NAIROBI" in e.source.text for e in ev), _pairs(ev)


def test_known_leader_tagged_as_common_noun(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Guterres called on Russia to end the war.")
    best = _best(ev, "Guterres", "Russia")
    assert best is not None and best.source.code == "IGOUNO", [(e.cameo, e.source.text, e.source.code) for e in ev]


def test_received_criticism_and_attack(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Tunisia drew condemnation from rights groups.")
    best = _best(ev, "rights groups", "Tunisia")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)
    ev = code("Kyiv came under Russian missile attack overnight.")
    assert _best(ev, "Russian", "Kyiv") is not None, _pairs(ev)
    ev = code("Pakistan came under pressure from the IMF to raise taxes.")
    best = _best(ev, "IMF", "Pakistan")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)
    ev = code("Syria was hit with new Canadian sanctions.")
    assert _best(ev, "Canadian", "Syria") is not None, _pairs(ev)


def test_relative_pronouns_stand_for_their_head(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Hezbollah, which Israel accuses of smuggling rockets, denied the report.")
    assert _best(ev, "Israel", "Hezbollah") is not None, _pairs(ev)
    ev = code("Lavrov, who met Blinken in Geneva, praised the talks.")
    best = _best(ev, "Lavrov", "Blinken")
    assert best is not None and best.plover == "CONSULT", _pairs(ev)
