"""Second generalisation pass (2026-11-29, issue #3): each rule on sentences written for it."""

from __future__ import annotations

import pytest
from coder_helpers import best as _best
from coder_helpers import pairs as _pairs

from detente.coding.batch import code_documents
from detente.coding.coder import Coder
from detente.coding.headlines import is_title_case, recase
from detente.model import Document, distinct_events
from detente.nlp.registry import ActorRegistry

# -- title-case headlines -------------------------------------------------------------------------------


def test_title_case_headlines_are_recased_and_coded(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway Expels Three Russian Diplomats"
    doc = nlp(text)
    assert is_title_case(next(iter(doc.sents)))
    assert recase(text) == "Norway expels three Russian diplomats"
    coder = Coder(ActorRegistry(), reparse=nlp)
    ev = coder.code_doc(doc, Document(text=text))
    best = _best(ev, "Norway", "Diplomats")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)
    assert text[best.target.start : best.target.end] == best.target.text  # offsets on the original text
    assert best.sentence == text and best.trigger == "Expels"


def test_headline_acronyms_and_names_keep_their_case(nlp) -> None:  # type: ignore[no-untyped-def]
    assert recase("Chile Slams US Over Copper Tariff").startswith("Chile slams US over ")
    ev = code_documents([Document(text="Chile Slams US Over Copper Tariff")], nlp=nlp, registry=ActorRegistry())[0][1]
    best = _best(ev, "Chile", "US")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)


def test_running_text_and_captions_are_not_headlines(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Chile slammed the United States over a copper tariff on Monday.",
        "President Gabriel Boric And Foreign Minister Alberto van Klaveren",
    ):
        assert not is_title_case(next(iter(nlp(text).sents))), text


# -- lexicon families -----------------------------------------------------------------------------------


def test_prisoner_exchanges_release_both_ways(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Armenia and Azerbaijan swapped prisoners on Wednesday.")
    for a, b in (("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")):
        best = _best(ev, a, b)
        assert best is not None and best.cameo == "0841", _pairs(ev)
    ev = code("The hostage swap between Hamas and Israel was delayed.")
    assert _best(ev, "Hamas", "Israel") is not None, _pairs(ev)


def test_joint_undertakings_are_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile and Argentina launched a joint lithium project.")
    best = _best(ev, "Chile", "Argentina")
    assert best is not None and best.plover == "COOPERATE", _pairs(ev)
    ev = code("The two navies carried out joint patrols with Malaysian ships.")
    best = _best(ev, "navies", "Malaysian")
    assert best is not None and best.cameo == "062", _pairs(ev)


def test_weapons_tests_are_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Pakistan test-fired a cruise missile.", "India tested a new ballistic missile."):
        ev = code(text)
        assert any(e.cameo == "150" for e in ev), _pairs(ev)
        assert not any(e.plover == "ASSAULT" for e in ev), _pairs(ev)


def test_ordering_people_out_expels_them(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Burkina Faso ordered French troops to leave the country.")
    best = _best(ev, "Burkina Faso", "French troops")
    assert best is not None and best.cameo == "166", _pairs(ev)
    ev = code("The junta gave the Swedish ambassador 48 hours to leave.")
    best = _best(ev, "junta", "ambassador")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)
    ev = code("The authorities told the reporter to leave the country.")
    best = _best(ev, "authorities", "reporter")
    assert best is not None and best.cameo == "174", _pairs(ev)
    ev = code("Kenya gave Uganda a one-week deadline to withdraw its troops.")
    best = _best(ev, "Kenya", "Uganda")
    assert best is not None and best.cameo == "139", _pairs(ev)  # an ultimatum stays an ultimatum


def test_credit_lines_and_field_hospitals_are_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The bank extended a $1 billion credit line to Ghana.")
    best = _best(ev, "bank", "Ghana")
    assert best is not None and best.cameo == "071", _pairs(ev)
    ev = code("Jordan set up a field hospital in Gaza.")
    best = _best(ev, "Jordan", "Gaza")
    assert best is not None and best.cameo == "073", _pairs(ev)


def test_helping_with_goods_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The agency is helping herders in Niger with fodder and seeds.")
    best = _best(ev, "agency", "herders")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_hitting_back_at_critics_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The governor hit back at the unions.")
    best = _best(ev, "governor", "unions")
    assert best is not None and best.cameo == "111", _pairs(ev)
    ev = code("Azerbaijan struck back with artillery strikes on Armenian positions.")
    assert not any(e.plover in ("PROTEST", "ACCUSE") for e in ev), _pairs(ev)


def test_congratulatory_messages_and_reversed_decisions(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Modi sent a congratulatory message to the new Sri Lankan president.")
    best = _best(ev, "Modi", "president")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)
    ev = code("The council reversed its decision to close the mosque.")
    best = _best(ev, "council", "mosque")
    assert best is not None and best.cameo == "080", _pairs(ev)


def test_threat_characterisations_accuse(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The minister said Iran was a grave threat.")
    assert not any(e.plover == "THREATEN" for e in ev), _pairs(ev)
    best = _best(ev, "minister", "Iran")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)
    ev = code("Japan regards China as a serious threat.")
    best = _best(ev, "Japan", "China")
    assert best is not None and best.cameo == "111", _pairs(ev)
    ev = code("Hezbollah issued a threat against Israel.")
    assert any(e.plover == "THREATEN" for e in ev), _pairs(ev)


# -- arguments ------------------------------------------------------------------------------------------


def test_meeting_party_after_with_beats_the_place(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The envoys met in Oslo with the negotiators.")
    best = max((e for e in ev if e.target is not None), key=lambda e: e.confidence)
    assert best.target.text == "the negotiators", _pairs(ev)
    ev = code("The minister met with resistance in Berlin.")
    best = max((e for e in ev if e.target is not None), key=lambda e: e.confidence)
    assert best.target.text != "resistance", _pairs(ev)


def test_a_denial_targets_the_claims_author(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Tehran denied the allegations made by Washington.")
    best = _best(ev, "Tehran", "Washington")
    assert best is not None and best.cameo == "016", _pairs(ev)
    ev = code("Minsk denied Vilnius's claims.")
    assert _best(ev, "Minsk", "Vilnius") is not None, _pairs(ev)
    ev = code("The company denied the accusations.")
    assert _best(ev, "company", "accusations") is not None, _pairs(ev)
    ev = code("The group denied responsibility for the blast.")
    assert not any(e.target is not None and "responsibility" in e.target.text for e in ev), _pairs(ev)


def test_support_for_x_targets_x(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Scholz reaffirmed German support for Moldova.")
    best = _best(ev, "Scholz", "Moldova")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)


def test_concern_targets_its_topic(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Journalists' unions raised concerns about the draft media law.")
    best = _best(ev, "unions", "media law")
    assert best is not None and best.cameo == "012", _pairs(ev)


def test_aid_for_beneficiaries(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Austria paid $20 million in aid as compensation for flood victims.")
    best = _best(ev, "Austria", "flood victims")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_refugees_taken_in_are_the_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Poland has taken in more than a million refugees.")
    best = _best(ev, "Poland", "refugees")
    assert best is not None and best.cameo == "075", _pairs(ev)


def test_counted_crowds_are_doers(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Thousands marched in Madrid against the amnesty law.")
    best = _best(ev, "Thousands", "amnesty law")
    assert best is not None and best.plover == "PROTEST", _pairs(ev)


def test_an_acronym_the_tagger_calls_a_pronoun(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The WHO urged governments to share vaccine doses.")
    best = _best(ev, "WHO", "governments")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)


def test_photo_captions_take_the_pictured_actor(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("In this March 3, 2021 file photo, Senator Mark Warner meets Ukrainian officials in Washington.")
    assert ev and all("photo" not in e.source.text for e in ev), _pairs(ev)
    assert all(e.target is None or "photo" not in e.target.text for e in ev), _pairs(ev)


def test_people_arrested_in_a_place_stay_the_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Police arrested two activists in Nigeria.")
    best = max((e for e in ev if e.target is not None), key=lambda e: e.confidence)
    assert best.target.text == "two activists" and best.target.country == "NGA", _pairs(ev)
    ev = code("Kenya agreed to build hospitals in Somalia.")
    assert _best(ev, "Kenya", "Somalia") is not None, _pairs(ev)


def test_names_outside_the_triggers_clause_are_last_resort_targets(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Citizens United, a group allied with Senator Ted Cruz, has led the attacks on Beto O'Rourke.")
    assert any(e.target is not None and "Beto" in e.target.text for e in ev), _pairs(ev)
    ev = code("The president of Chad condemned the raid on a market in Kenya.")
    assert not any(e.target is not None and e.target.text == "Chad" for e in ev), _pairs(ev)
    ev = code("Sergei Lavrov will meet Wang Yi in Beijing next week, Moscow announced on Wednesday.")
    assert not any(e.cameo.startswith("03") and e.target is not None and e.target.text == "Moscow" for e in ev)


def test_reported_events_keep_their_own_ids(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The mayor said the army shelled Avdiivka.")
    kept = distinct_events(ev)
    assert _best(kept, "mayor", "Avdiivka") is not None, _pairs(kept)
    assert _best(kept, "army", "Avdiivka") is not None, _pairs(kept)


def test_a_part_of_a_body_is_mentioned_with_the_body(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A spokesman for the Thai army accused the rebels of firing mortars.")
    best = _best(ev, "Thai army", "rebels")
    assert best is not None and best.source.text == "A spokesman for the Thai army", _pairs(ev)
    ev = code("Fighters loyal to the Libyan government attacked a village.")
    assert _best(ev, "Libyan government", "village") is not None, _pairs(ev)
    ev = code("Protesters in the northern town of Tetovo burned a flag.")
    assert all("Tetovo" not in e.source.text for e in ev), _pairs(ev)  # a place is no owner


def test_agreeing_to_curb_ones_own_programme_is_an_agreement(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("North Korea agreed to freeze its missile tests.")
    assert not any(e.plover in ("THREATEN", "COERCE", "SANCTION") for e in ev), _pairs(ev)
    assert any(e.plover == "AGREE" for e in ev), _pairs(ev)


def test_withdrawing_a_measured_mission(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Senegal withdrew a contingent of 300 peacekeepers from Gambia.")
    assert any(e.cameo == "1661" for e in ev), _pairs(ev)
    ev = code("Canada withdrew its election observers from Haiti.")
    assert any(e.cameo == "1662" for e in ev), _pairs(ev)


def test_the_parties_of_a_meeting_subject_are_the_doers(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The meeting between Egypt and Ethiopia failed to reach agreement on the dam.")
    best = _best(ev, "Egypt", "Ethiopia")
    assert best is not None and best.plover == "REJECT", _pairs(ev)


def test_calling_out_criticises_and_calling_out_troops_mobilises(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Activists called out the mayor for his silence.")
    best = _best(ev, "Activists", "mayor")
    assert best is not None and best.cameo == "111", _pairs(ev)
    ev = code("The governor called out the National Guard.")
    assert any(e.cameo == "154" for e in ev), _pairs(ev)


def test_sending_observers_is_aid_letting_them_in_is_not(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The African Union deployed election observers in Malawi.")
    best = _best(ev, "African Union", "Malawi")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_coded_bodies_outside_the_clause_are_last_resort_targets(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Students, who had gathered since dawn, clashed in the square as the police watched.")
    assert any(e.target is not None and e.target.text == "the police" for e in ev), _pairs(ev)


def test_a_known_person_the_tagger_reads_as_a_date_or_modal(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("British Prime Minister Theresa May met Macron in Paris. May later praised the French leader.")
    best = _best(ev, "May", "French leader")
    assert best is not None and best.cameo == "051" and best.modality == "happened", _pairs(ev)
    assert best.source.name == "Theresa May", best.source
    ev = code("The talks resumed on May 16 in Geneva.")
    assert not any(e.source.text == "May" for e in ev), _pairs(ev)


def test_calling_an_act_unacceptable_or_a_mistake_accuses(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Canada said the Indian expulsions were unacceptable.")
    assert any(e.plover == "ACCUSE" and e.source.text == "Canada" for e in ev), _pairs(ev)
    ev = code("Austria said Turkey's veto was a mistake.")
    best = _best(ev, "Austria", "Turkey")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)


def test_the_spacy_component_recases_headlines() -> None:
    from detente.nlp.load import load_nlp

    try:
        nlp = load_nlp(with_coder=True)
    except RuntimeError as exc:  # the model is not installed
        pytest.skip(str(exc))
    doc = nlp("Estonia Expels Two Russian Diplomats")
    assert any(e.plover == "SANCTION" and e.source.text == "Estonia" for e in doc._.events), doc._.events


def test_the_owner_of_a_decision_does_what_it_decides(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Poland's decision to veto Ukraine's bid angered Kyiv.")
    best = _best(ev, "Poland", "Ukraine")
    assert best is not None and best.plover == "REJECT", _pairs(ev)


def test_revoking_papers_is_a_sanction_not_an_easing(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Nicaragua revoked the citizenship of 94 opponents.")
    best = _best(ev, "Nicaragua", "opponents")
    assert best is not None and best.cameo == "172", _pairs(ev)
    ev = code("The regulator suspended the broadcaster's licence.")
    assert any(e.cameo == "1721" for e in ev), _pairs(ev)  # a restriction on the press (refine.py)


def test_vowing_a_response_threatens(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Poland vowed a firm response to Minsk.")
    best = _best(ev, "Poland", "Minsk")
    assert best is not None and best.plover == "THREATEN", _pairs(ev)


def test_companions_of_the_subject_act_too(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Italy, along with Spain, condemned the coup.",
        "Italy, alongside Spain, condemned the coup.",
        "Italy, together with Spain, condemned the coup.",
    ):
        ev = code(text)
        best = _best(ev, "Spain", "coup")
        assert best is not None and best.cameo == "111", (text, _pairs(ev))
    ev = code("Police with dogs searched the house.")
    assert not any(e.source.text == "dogs" for e in ev), _pairs(ev)


def test_neither_nor_subjects_negate(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Neither Armenia nor Azerbaijan accepted the plan.")
    assert ev and all(e.plover == "REJECT" for e in ev), _pairs(ev)


def test_an_event_noun_joined_to_the_subject_of_a_future_verb_is_planned(code) -> None:  # type: ignore[no-untyped-def]
    texts = (
        "New sanctions and a visit by Putin to China will dominate the agenda next month.",
        "The summit in Beijing and the state visit by Putin to China will strengthen ties.",
        "The summit in Beijing and the state visit by Putin to China strengthened ties.",
    )
    for i, text in enumerate(texts):
        events = code(text)
        visit = [e for e in events if e.trigger == "visit" and e.source.code == "RUSGOV" and e.confidence >= 0.5]
        assert visit and all(e.modality == ("happened" if i == 2 else "planned") for e in visit), i


def test_reinforcing_ties_is_no_military_build_up(code) -> None:  # type: ignore[no-untyped-def]
    ties = code("The agreement will reinforce ties between Kenya and Uganda.")
    troops = code("Russia reinforced its troops on the border with Ukraine.")
    assert not [e for e in ties if e.cameo == "154"]
    assert [e for e in troops if e.cameo == "154" and e.source.code.startswith("RUS")]


def test_events_on_the_horizon_are_planned(code) -> None:  # type: ignore[no-untyped-def]
    texts = ("A visit by Putin to China is on the horizon.",
             "Talks between Kenya and Uganda are in the works.",
             "Talks between Kenya and Uganda ended in the capital.")
    modalities = [{e.modality for e in code(t) if e.confidence >= 0.5} for t in texts]
    assert modalities == [{"planned"}, {"planned"}, {"happened"}]
