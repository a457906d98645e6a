"""Phenomena the coder handles, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from detente.model import CodedEvent


def find(
    events: list[CodedEvent], src: str | None = None, tgt: str | None = None, root: str | None = None
) -> list[CodedEvent]:
    out = []
    for e in events:
        if src is not None and e.source.code != src:
            continue
        if tgt is not None and (e.target is None or e.target.code != tgt):
            continue
        if root is not None and not e.cameo.startswith(root):
            continue
        out.append(e)
    return out


def test_plain_attack_with_countries(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ukrainian troops attacked Russian positions near the border on Monday.")
    hits = find(ev, "UKRMIL", None, "19")
    assert hits and hits[0].target is not None and hits[0].target.country == "RUS"
    assert hits[0].quad_class == 4 and hits[0].plover == "ASSAULT" and hits[0].modality == "happened"


def test_passive_voice_swaps_roles(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The convoy of Sudan was attacked by Chadian rebels on Friday.")
    hits = [e for e in ev if e.cameo.startswith("19")]
    assert hits and hits[0].source.country == "TCD" and hits[0].target is not None
    assert hits[0].target.country == "SDN"


def test_compound_subject_codes_both_and_reciprocal(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya and Tanzania signed a trade agreement in Nairobi.")
    pairs = {(e.source.code, e.target.code) for e in ev if e.cameo == "057" and e.target is not None}
    assert ("KEN", "TZA") in pairs and ("TZA", "KEN") in pairs


def test_met_is_reciprocal(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Brazilian president met the Argentine foreign minister in Brasilia.")
    pairs = {(e.source.country, e.target.country) for e in ev if e.cameo.startswith("04") and e.target}
    assert ("BRA", "ARG") in pairs and ("ARG", "BRA") in pairs
    assert any(e.location is not None and e.location.country == "BRA" for e in ev if e.cameo.startswith("04"))


def test_negation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Israeli forces did not attack the Lebanese village.")
    hits = [e for e in ev if e.cameo.startswith("19")]
    assert hits and all(e.modality == "negated" for e in hits)


def test_refused_to_is_reject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Iran refused to meet the French envoy.")
    hits = find(ev, "IRN", None, "12")
    assert hits and hits[0].cameo == "125" and hits[0].target is not None and hits[0].target.country == "FRA"
    assert not find(ev, "IRN", None, "04")


def test_planned_with_will_and_set_to(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Indian prime minister will visit Japan next month.")
    hits = find(ev, "INDGOV", "JPN", "036")
    assert hits and hits[0].modality == "planned"
    assert hits[0].event_date is not None and hits[0].event_date.value == "2023-04"
    ev2 = code("Egypt's foreign minister is set to meet Qatari officials.")
    assert any(e.modality == "planned" and e.cameo == "036" for e in ev2)


def test_expected_and_anticipated_are_planned(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Germany is expected to send tanks to Poland.")
    assert any(e.modality == "planned" and e.source.code.startswith("DEU") for e in ev)
    ev2 = code("The anticipated visit of the Turkish president to Iraq was discussed.")
    assert any(
        e.cameo == "036" and e.modality == "planned" and e.target is not None and e.target.country == "IRQ" for e in ev2
    )


def test_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Pakistan could impose sanctions on Afghanistan.")
    assert any(e.cameo.startswith("16") and e.modality == "hypothetical" for e in ev)
    ev2 = code("If Serbia attacks Kosovo, the alliance will respond.")
    assert any(e.cameo.startswith("19") and e.modality == "hypothetical" for e in ev2)


def test_threaten_frame_composes(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Washington threatened to impose sanctions on Venezuela.")
    hits = find(ev, "USAGOV", "VEN")
    assert hits and hits[0].cameo == "1312"


def test_demand_and_appeal_frames(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Poland demanded the release of its citizens held by Belarus.")
    assert any(e.cameo == "1053" for e in ev)
    ev2 = code("The Mexican government urged Guatemala to hold talks.")
    assert any(e.cameo == "026" and e.target is not None and e.target.country == "GTM" for e in ev2)


def test_reported_speech_codes_both(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A Kremlin spokesman said Lavrov will meet the Indian foreign minister.")
    meet = [
        e
        for e in ev
        if e.cameo == "036" and e.source.country == "RUS" and e.target is not None and e.target.country == "IND"
    ]
    assert meet and meet[0].modality == "planned"
    assert any(e.cameo.startswith("01") and e.source.code == "RUSGOV" for e in ev)


def test_metonyms_and_capitals_are_governments(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Kremlin criticized Kyiv on Tuesday.")
    hits = find(ev, "RUSGOV", "UKRGOV", "11")
    assert hits
    assert hits[0].event_date is not None and hits[0].event_date.value == "2023-03-14"


def test_groups(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("NATO condemned Russia.")
    assert find(ev, "IGOWSTNAT", "RUS", "11")
    ev2 = code("Western countries rejected the Iranian proposal.")
    assert any(
        e.source.code == "WST" and e.cameo.startswith("12") and e.target is not None and e.target.country == "IRN"
        for e in ev2
    )


def test_learning_people_from_titles(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazilian Foreign Minister Carlos Franca met his Mexican counterpart, Marcelo Ebrard, on Monday. "
        "Ebrard later criticized Franca."
    )
    ev = code(text)
    crit = [e for e in ev if e.cameo.startswith("11")]
    assert crit and crit[0].source.country == "MEX" and crit[0].target is not None
    assert crit[0].target.country == "BRA" and crit[0].target.kind == "person"


def test_two_countries_coreference(code) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan exchanged accusations. The two countries later held talks in Geneva."
    ev = code(text)
    talks = [e for e in ev if e.cameo.startswith("04") and e.sentence_index == 1]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in talks}
    assert ("ARM", "AZE") in pairs or ("AZE", "ARM") in pairs


def test_pronoun_coreference(code) -> None:  # type: ignore[no-untyped-def]
    text = "Spanish Prime Minister Pedro Sanchez arrived in Rabat. He praised Morocco."
    ev = code(text)
    assert any(
        e.cameo.startswith("05") and e.source.country == "ESP" and e.target is not None and e.target.country == "MAR"
        for e in ev
    )


def test_event_noun_with_modifier_source(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("An Israeli airstrike on Gaza killed five people.")
    assert any(e.cameo == "195" and e.source.country == "ISR" for e in ev)


def test_compound_demonym_gives_both_countries(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Sino-Indian talks resumed in Beijing.")
    pairs = {(e.source.country, e.target.country) for e in ev if e.target is not None}
    assert ("CHN", "IND") in pairs and ("IND", "CHN") in pairs


def test_evidence_offsets(code) -> None:  # type: ignore[no-untyped-def]
    text = "First sentence here. Kenyan police arrested ten protesters in Nairobi."
    ev = code(text)
    hits = [e for e in ev if e.cameo == "173"]
    assert hits
    e = hits[0]
    assert text[e.trigger_start : e.trigger_end] == "arrested"
    assert text[e.source.start : e.source.end] == e.source.text == "Kenyan police"
    assert e.sentence_index == 1 and text[e.sentence_start :].startswith("Kenyan police")
    assert e.source.code == "KENCOP"


def test_default_date_is_report_date(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile criticized Peru.", report=date(2022, 7, 1))
    assert ev and ev[0].event_date is not None and ev[0].event_date.value == "2022-07-01"
    assert ev[0].event_date.text is None and ev[0].report_date == date(2022, 7, 1)


def test_no_events_without_actors(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The weather was pleasant and the markets rose.") == []


def test_reported_pronoun_is_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Hamas said it will release the Thai hostages.")
    hits = [e for e in ev if e.cameo.startswith("035") and e.modality == "planned"]
    assert hits and hits[0].source.text == "Hamas" and hits[0].source.start == 0


def test_refusal_of_future_cooperation_is_reject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Canada will not lift sanctions on Belarus.")
    assert any(e.cameo.startswith("12") and e.source.country == "CAN" for e in ev)


def test_failed_to_agree_is_mutual_reject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Serbia and Croatia failed to reach an agreement on the border.")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in ev if e.cameo == "127"}
    assert ("SRB", "HRV") in pairs and ("HRV", "SRB") in pairs


def test_found_guilty_small_clause(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A Kenyan court found the former minister guilty of corruption.")
    hits = [e for e in ev if e.cameo == "116"]
    assert hits and hits[0].target is not None and "minister" in hits[0].target.text


def test_unknown_patient_is_marked_unknown(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Brazil condemned the decision.")
    hits = [e for e in ev if e.cameo.startswith("11")]
    assert hits and hits[0].target is not None and hits[0].target.kind == "unknown" and hits[0].target.code == ""


def test_must_in_reported_speech_is_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Turkey said Greece must end its attacks on migrants.")
    hits = [e for e in ev if e.cameo.startswith("10")]
    assert hits and hits[0].source.country == "TUR" and hits[0].target is not None
    assert hits[0].target.country == "GRC" and hits[0].cameo == "1056"


def test_demand_that_clause_targets_its_subject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Opposition lawmakers demanded that the Nepalese prime minister resign.")
    hits = [e for e in ev if e.cameo.startswith("10")]
    assert hits and hits[0].target is not None and hits[0].target.country == "NPL"


def test_purpose_clause_inherits_plan_and_date(code) -> None:  # type: ignore[no-untyped-def]
    ev = code(
        "The Indian president will visit Nepal in June to hold talks with the Nepalese prime minister.",
        report=date(2023, 3, 15),
    )
    talks = [e for e in ev if e.trigger == "hold"]
    assert talks and talks[0].modality == "planned" and talks[0].cameo == "036"
    assert talks[0].event_date is not None and talks[0].event_date.value == "2023-06"


def test_dates_are_never_actors(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Chilean president arrived in Lima on May 16, 2024 for a state visit to Peru.")
    for e in ev:
        for ref in (e.source, e.target):
            assert ref is None or "May" not in ref.text


def test_weekday_of_the_report_is_the_report_day(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile criticized Peru on Wednesday.", report=date(2023, 3, 15))  # a Wednesday
    assert ev and ev[0].event_date is not None and ev[0].event_date.value == "2023-03-15"
