"""Rules of the 2026-11-29 night pass (issue #3), each on a sentence written for it."""

from __future__ import annotations

from pathlib import Path

from detente.coding.evaluate import evaluate_plover, read_gold
from detente.model import CodedEvent


def _pairs(events: list[CodedEvent]) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.text, e.target.text if e.target else "") for e in events]


def _best(events: list[CodedEvent], target: str) -> CodedEvent | None:
    hits = [e for e in events if e.target is not None and target in e.target.text]
    return max(hits, key=lambda e: e.confidence) if hits else None


def test_blockade_occupation_and_seizure_are_assault(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Rebel fighters captured two towns north of Goma on Sunday.")
    best = _best(ev, "towns")
    assert best is not None and best.cameo == "192" and best.plover == "ASSAULT", _pairs(ev)
    ev = code("The navy imposed a blockade on the port of Hodeidah.")
    assert any(e.cameo == "191" and e.plover == "ASSAULT" for e in ev), _pairs(ev)


def test_decided_to_lift_is_the_lifting(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Canada has decided to lift the sanctions imposed on Peru.")
    best = _best(ev, "Peru")
    assert best is not None and best.cameo.startswith("08"), _pairs(ev)


def test_calling_someone_names_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The senator on Monday called the French envoy a dangerous fool.")
    best = _best(ev, "envoy")
    assert best is not None and best.cameo == "111", _pairs(ev)


def test_call_to_congratulate_is_the_congratulation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Chilean president called his Peruvian counterpart on Friday to congratulate him on the victory.")
    best = _best(ev, "counterpart")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)


def test_calls_for_an_inquiry_accuse_and_for_sanctions_threaten(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Amnesty called for an independent inquiry into the police in Bolivia.")
    assert any(e.cameo == "112" for e in ev), _pairs(ev)
    ev = code("Opposition lawmakers called for sanctions against Belarus.")
    best = _best(ev, "Belarus")
    assert best is not None and best.plover == "THREATEN", _pairs(ev)


def test_pressure_to_act_is_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The ministry is pressuring the nurses to end their strike.")
    best = _best(ev, "nurses")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)


def test_reaffirmed_commitment_and_deadlines(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ghana reaffirmed its commitment to supporting Togo.")
    assert any(e.cameo == "051" for e in ev), _pairs(ev)
    ev = code("Kenya gave Uganda a one-week deadline to withdraw its troops.")
    best = _best(ev, "Uganda")
    assert best is not None and best.cameo == "139", _pairs(ev)


def test_statement_released_criticising_is_the_authors_criticism(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway and Sweden released a joint statement criticising Russia.")
    best = _best(ev, "Russia")
    assert best is not None and best.cameo == "111" and best.source.country in ("NOR", "SWE"), _pairs(ev)
    assert not any(e.cameo.startswith("084") for e in ev), _pairs(ev)


def test_perfect_tense_acronym_subject(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("UNICEF had announced a suspension of aid in Chad.")
    assert any(e.source.text == "UNICEF" for e in ev), _pairs(ev)


def test_critics_are_not_the_person_they_criticise(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Mr Orban's critics say he has used the crisis as a pretext to silence the press.")
    acc = [e for e in ev if e.cameo == "112"]
    assert acc and acc[0].source.text.endswith("critics") and acc[0].target.text == "he", _pairs(ev)


def test_curfew_in_a_capital_targets_the_place(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Kenyan government will extend the curfew in Nairobi.")
    best = _best(ev, "Nairobi")
    assert best is not None and best.plover == "THREATEN", _pairs(ev)


def test_restriction_targets_an_unnamed_place(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The army declared a state of emergency in the northern district.")
    best = _best(ev, "district")
    assert best is not None and best.cameo == "1724", _pairs(ev)


def test_demand_from_someone_and_dismissed_complaint_by_someone(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The opposition leaders demanded an apology from the prime minister.")
    assert _best(ev, "prime minister") is not None, _pairs(ev)
    ev = code("The tribunal dismissed the complaint filed by the former mayor against the governor.")
    best = _best(ev, "former mayor")
    assert best is not None and best.cameo.startswith("12"), _pairs(ev)


def test_torture_in_custody_is_the_prisons_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A journalist died in a police station in Lagos after torture.")
    hits = [e for e in ev if e.cameo.startswith("18")]
    assert hits and "police station" in hits[0].source.text and "journalist" in hits[0].target.text, _pairs(ev)


def test_armed_storming_is_an_attack(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Gunmen stormed a hotel in Mogadishu.")
    assert any(e.cameo == "190" for e in ev), _pairs(ev)
    ev = code("Protesters stormed the parliament building.")
    assert any(e.cameo == "145" for e in ev), _pairs(ev)


def test_split_coordinated_modifiers_and_clause_subjects(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Britain and Western allies launch naval exercises in the Gulf.")
    assert any(e.source.text == "Britain" and e.target is not None and "Western" in e.target.text for e in ev), _pairs(
        ev
    )
    ev = code("Chile and Peru began joint naval exercises off the coast.")
    assert any(e.source.country == "CHL" and e.target is not None and e.target.country == "PER" for e in ev)


def test_received_support_from_is_aid_from_the_giver(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Afghan army received training and financial support from Turkey.")
    assert any(e.cameo.startswith("07") and e.source.country == "TUR" for e in ev), _pairs(ev)


def test_sent_doctors_and_drugs_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Cuba sent a team of doctors, nurses and drugs to the clinic.")
    assert any(e.cameo.startswith("07") and e.source.country == "CUB" for e in ev), _pairs(ev)


def test_speaker_reporting_a_hostile_act_accuses_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The governor said the militia burned three villages.")
    assert any(e.cameo == "112" and e.target is not None and e.target.text == "the militia" for e in ev), _pairs(ev)


def test_evaluate_rows_and_repeated_marks(tmp_path: Path) -> None:
    rows = [
        ("1", "Kenya accused Uganda of spying.", "<s>Kenya</s> accused <t>Uganda</t> of spying.", "ACCUSE", "3"),
        ("2", "Chile sent food aid to Peru.", "<s>Chile</s> sent food aid to <t>Peru</t>.", "AID", "2"),
        (
            "3",
            "Mali said Mali condemned France.",
            "<s>Mali</s> said <s>Mali</s> condemned <t>France</t>.",
            "ACCUSE",
            "3",
        ),
    ]
    path = tmp_path / "gold.tsv"
    lines = ["sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tplover_event\tquad_class"]
    lines += [f"{sid}\t{s}\t{m}\tx\ty\t{lab}\t{q}" for sid, s, m, lab, q in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [g.sentence_id for g in read_gold(path, rows="even")] == ["1", "3"]
    assert [g.sentence_id for g in read_gold(path, rows="odd")] == ["2"]
    third = read_gold(path)[2]
    assert third.source == (0, 4) and third.more_sources == ((10, 14),)
    rep = evaluate_plover(path, rows="even")
    assert rep.n == 2 and rep.coverage == 1.0


def test_quantities_count_their_people(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Thousands of nurses marched through Lima to protest against the budget.")
    assert any(e.plover == "PROTEST" and "nurses" in e.source.text for e in ev), _pairs(ev)


def test_crowds_that_rally_or_gather_protest(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Opposition supporters rallied in Harare against the election results.")
    assert any(e.cameo == "141" for e in ev), _pairs(ev)
    ev = code("Students gathered outside the parliament to demand free tuition.")
    assert any(e.cameo == "141" for e in ev), _pairs(ev)
    ev = code("Pensioners staged a sit-in outside the Ministry of Labour.")
    assert any(e.plover == "PROTEST" for e in ev), _pairs(ev)


def test_labelling_and_verbal_attacks_are_criticism(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The governor described the budget as a disgrace.")
    assert any(e.cameo == "111" for e in ev), _pairs(ev)
    ev = code("The senator attacked the central bank on Monday, saying its policy had failed.")
    assert any(e.cameo == "111" for e in ev) and not any(e.cameo.startswith("19") for e in ev), _pairs(ev)


def test_solo_drills_show_force_and_joint_ones_cooperate(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Venezuela began large-scale military drills near the border.")
    assert any(e.cameo == "150" for e in ev), _pairs(ev)
    ev = code("Chile and Peru held joint naval exercises.")
    assert any(e.cameo == "062" for e in ev), _pairs(ev)


def test_build_up_cooperation_and_withdrawal_verbs(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Serbia reinforced its troops along the border with Kosovo.")
    assert any(e.plover == "MOBILIZE" for e in ev), _pairs(ev)
    ev = code("Police in Spain and Portugal cooperated to dismantle a smuggling ring.")
    assert any(e.plover == "COOPERATE" for e in ev), _pairs(ev)
    ev = code("French troops began leaving Mali.")
    assert any(e.cameo == "0874" and e.target is not None and e.target.country == "MLI" for e in ev), _pairs(ev)


def test_misread_past_forms_and_bare_pronouns(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The exercise was staged by Kenyan and Ugandan troops.")
    assert any(e.cameo.startswith("06") for e in ev), _pairs(ev)
    ev = code("They accused Peru of spying, the report said.")
    assert any(e.cameo.startswith("11") and e.source.text == "They" for e in ev), _pairs(ev)


def test_received_goods_and_agreed_texts(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The villagers received food and blankets from the Red Cross.")
    assert any(e.cameo.startswith("07") and "Red Cross" in e.source.text for e in ev), _pairs(ev)
    ev = code("Ghana and Togo agreed on the final text of a border treaty.")
    assert any(e.cameo == "057" for e in ev), _pairs(ev)


def test_experts_sent_to_investigate_investigate(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Poland will send a team of experts to Belarus to investigate the crash.")
    assert any(e.cameo.startswith("09") and e.target is not None and e.target.country == "BLR" for e in ev)
    ev = code("Cuba sent a team of doctors to Haiti.")
    assert any(e.cameo.startswith("07") for e in ev), _pairs(ev)


def test_street_protests_arson_and_call_ups(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Teachers took to the streets of Quito on Monday.")
    assert any(e.cameo == "141" for e in ev), _pairs(ev)
    ev = code("Rioters set fire to a police station in the town.")
    assert any(e.cameo == "1712" for e in ev), _pairs(ev)
    ev = code("Armenia called up 20,000 reservists after the clashes.")
    assert any(e.plover == "MOBILIZE" for e in ev), _pairs(ev)
    ev = code("Truckers blocked highways with their lorries in protest at the fuel tax.")
    assert any(e.plover == "PROTEST" for e in ev), _pairs(ev)


def test_more_ways_of_giving(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway paid the salaries of teachers in Gaza.")
    assert any(e.plover == "AID" for e in ev), _pairs(ev)
    ev = code("Italian doctors treated wounded civilians in Mosul.")
    assert any(e.plover == "AID" for e in ev), _pairs(ev)
    ev = code("Canada opened its doors to Syrian refugees.")
    assert any(e.cameo == "075" for e in ev), _pairs(ev)
    ev = code("France sold twelve fighter jets to Greece.")
    assert any(e.plover == "AID" and e.target is not None and e.target.country == "GRC" for e in ev), _pairs(ev)
    ev = code("Sweden granted residence permits to Eritrean asylum seekers.")
    assert any(e.cameo == "075" for e in ev), _pairs(ev)


def test_removing_restrictions_expulsions_and_instruments(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile abolished the tariffs on Bolivian goods.")
    assert any(e.cameo.startswith("08") for e in ev), _pairs(ev)
    ev = code("Lithuania declared the Russian diplomat persona non grata.")  # an envoy expelled: 166, as
    assert any(e.cameo == "166" for e in ev), _pairs(ev)  # "expelled the diplomat" (session 10)
    ev = code("Russia declared two Estonian journalists persona non grata.")  # other people: deported
    assert any(e.cameo == "174" for e in ev), _pairs(ev)
    ev = code("The senate voted down the president's reform.")
    assert any(e.plover == "REJECT" for e in ev), _pairs(ev)
    ev = code("Riot police used tear gas to disperse the marchers.")
    assert any(e.cameo == "175" and "police" in e.source.text for e in ev), _pairs(ev)


def test_saying_something_is_needed_demands_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The minister said a thorough reform of the United Nations was needed.")
    best = _best(ev, "United Nations")
    assert best is not None and best.plover == "REQUEST", _pairs(ev)


def test_blame_tribute_bombs_and_countermeasures(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Baghdad holds Ankara responsible for the shelling.")
    assert any(e.cameo == "112" and e.target is not None and e.target.country == "TUR" for e in ev), _pairs(ev)
    ev = code("The queen paid tribute to the firefighters.")
    assert any(e.cameo == "051" for e in ev), _pairs(ev)
    ev = code("A bomb exploded near a police station in Quetta.")
    assert any(e.cameo.startswith("18") for e in ev), _pairs(ev)
    ev = code("Moscow said it would take countermeasures against Norway.")
    assert any(e.plover == "THREATEN" and e.target is not None and e.target.country == "NOR" for e in ev), _pairs(ev)


def test_concern_over_motions_and_blacklists(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The ministry voiced concern over Serbia's troop movements.")
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.country == "SRB" for e in ev), _pairs(ev)
    ev = code("Opposition deputies filed a no-confidence motion against the cabinet.")
    assert any(e.cameo == "112" for e in ev), _pairs(ev)
    ev = code("The Treasury blacklisted three Iranian shipping firms.")
    assert any(e.cameo == "163" for e in ev), _pairs(ev)
