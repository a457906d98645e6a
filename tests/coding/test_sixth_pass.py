"""Sixth generalisation pass (2026-11-30, issue #3): verb classes and constructions, each on sentences
written for it (never dev or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best as _best
from coder_helpers import check as _check
from coder_helpers import label as _label
from coder_helpers import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # alliances, coalitions and partnerships formed with someone: a commitment to cooperate
        ("Kenya forged an alliance with Tanzania against poaching.", "Kenya", "Tanzania", "AGREE"),
        ("The Labour party formed a coalition with the Liberals.", "Labour", "Liberals", "AGREE"),
        # cooperation named by its domain, stepped up or enhanced
        ("Indonesia and Malaysia stepped up naval cooperation.", "Indonesia", "Malaysia", "COOPERATE"),
        ("Chile and Peru enhanced energy cooperation.", "Chile", "Peru", "COOPERATE"),
        # exports or trade resumed with someone
        ("Ukraine resumed grain exports to Egypt.", "Ukraine", "Egypt", "COOPERATE"),
        # standing behind someone, also when NER misreads the name
        ("Austria stands firmly behind Slovenia.", "Austria", "Slovenia", "SUPPORT"),
        # ambassadors restored
        ("Qatar restored its ambassador to Cairo last week.", "Qatar", "Cairo", "SUPPORT"),
        # words of encouragement offered
        ("The patriarch offered words of comfort to the Armenian president.", "patriarch", "Armenian", "SUPPORT"),
        # a go-between shuttling between two capitals
        ("The Qatari envoy shuttled between Kigali and Kinshasa.", "Qatari", "Kigali", "CONSULT"),
        # a phone call with "with" hung on the phone
        ("Scholz spoke by telephone with the Italian prime minister on Monday, his office said.", "Scholz",
         "Italian", "CONSULT"),
        # a round of talks held, planned or offered
        ("Ethiopia said it was ready to hold a second round of talks with Egypt next week.", "Ethiopia", "Egypt",
         "AGREE"),
    ],
)
def test_cooperation_and_consultation(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # public works rebuilt for others, with the lemmatizer's "rebuilt" repaired
        ("Turkish engineers rebuilt the road for the Somali government.", "Turkish", "Somali", "AID"),
        # stranded people flown home, villagers trapped under rubble freed
        ("The Thai air force flew stranded Laotian workers home from Israel.", "Thai", "Laotian", "AID"),
        ("Greek rescuers freed two children trapped under a collapsed building.", "Greek", "children", "AID"),
        # arriving somewhere to help someone
        ("Rwandan soldiers arrived in Bangui to help the Central African army.", "Rwandan", "Central African",
         "AID"),
        # budget support disbursed
        ("The African Development Bank disbursed budget support to Malawi.", "African Development Bank", "Malawi",
         "AID"),
    ],
)
def test_aid(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # visa rules or restrictions relaxed, with the verb misparsed as a modifier of its object
        ("The coalition relaxed restrictions on Aden.", "coalition", "Aden", "YIELD"),
        ("Tbilisi has relaxed visa rules for Iranian visitors, officials said.", "Tbilisi", "Iranian", "YIELD"),
        # set free with "free" read as a modifier of the object
        ("Eritrea set free four Swedish nationals.", "Eritrea", "Swedish", "YIELD"),
        # suspects handed over or sent to face trial: judicial cooperation
        ("Peru handed over two suspects to Bolivian police.", "Peru", "Bolivian", "COOPERATE"),
        ("Spain transferred the cartel boss to Mexico to face charges.", "Spain", "Mexico", "COOPERATE"),
        # working together, jointly
        ("Italy and Albania worked together to dismantle the network.", "Italy", "Albania", "COOPERATE"),
    ],
)
def test_concessions_and_cooperation(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_joint_search_is_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Greece and Turkey launched a joint search for the missing fishermen.")
    assert any(e.cameo == "060" for e in ev), _pairs(ev)


def test_rescue_is_aid_by_its_owner(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Italian coast guard's rescue of 40 migrants near Lampedusa was praised.")
    assert any(e.cameo == "073" and "coast guard" in e.source.text for e in ev), _pairs(ev)


def test_pilot_returned_home_is_not_judicial(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("India handed over the Pakistani pilot to Islamabad.")
    assert not any(e.cameo == "063" for e in ev), _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # crowds of protesters or opponents who torch, attack or clash: a riot
        ("Demonstrators torched two buses and attacked a police post in Dakar.", "Demonstrators", "police post",
         "PROTEST"),
        ("Opponents of the president clashed with riot police in Conakry.", "Opponents", "police", "PROTEST"),
        # a labour strike launched against someone is no air strike
        ("Dock workers launched an indefinite strike against the port authority.", "Dock workers",
         "port authority", "PROTEST"),
        # police raids are police action
        ("Federal police raided the offices of the opposition newspaper.", "police", "offices", "COERCE"),
        # drugs seized are confiscated
        ("Customs officers seized two tonnes of cocaine from a container ship.", "Customs officers", "cocaine",
         "COERCE"),
        # a summons made to protest is the summons
        ("Meanwhile, Rome summoned the Egyptian ambassador to protest the detention of a student.", "Rome",
         "Egyptian", "ACCUSE"),
        # label verbs with two objects
        ("Pro-government newspapers branded the strikers saboteurs and traitors.", "newspapers", "strikers",
         "ACCUSE"),
    ],
)
def test_dissent_and_coercion(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_flag_burning_stays_symbolic(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Protesters burned the Danish flag outside the embassy.")
    assert any(e.cameo == "141" for e in ev) and not any(e.cameo == "145" for e in ev), _pairs(ev)


def test_troops_raid_is_an_attack(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Government troops raided a rebel camp near Bossangoa.")
    assert any(e.cameo == "190" for e in ev), _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # missiles slamming into a place
        ("Iranian drones slammed into an oil depot in Erbil.", "Iranian", "oil depot", "ASSAULT"),
        # build-ups: carrier and strike groups sent or ordered, heavy weapons moved
        ("The French navy sent a carrier strike group into the eastern Mediterranean.", "French",
         "Mediterranean", "MOBILIZE"),
        ("Armenia moved heavy weaponry towards the border with Azerbaijan.", "Armenia", "Azerbaijan", "MOBILIZE"),
        # a weapons test made as a warning stays a show of force
        ("India tested a long-range missile as a warning to China.", "India", "China", "MOBILIZE"),
        # leaders overseeing a launch carry it out
        ("Kim Jong Un oversaw a missile launch on Sunday.", "Kim Jong Un", "", "MOBILIZE"),
        # vowing to flatten or level a place is a threat
        ("The general vowed to flatten the rebel stronghold if the attacks continued.", "general", "stronghold",
         "THREATEN"),
        # withdrawing from a treaty by pulling out of it
        ("Belarus pulled out of the open skies treaty.", "Belarus", "", "SANCTION"),
        # retaliating by an act is that act
        ("Beijing retaliated by expelling three Canadian diplomats.", "Beijing", "Canadian", "SANCTION"),
        # no plans to do something is a refusal
        ("Tokyo said it had no plans to send troops to the Gulf.", "Tokyo", "Gulf", "REJECT"),
    ],
)
def test_force_threats_and_refusals(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    if target:
        found = _best(ev, source, target)
    else:
        hits = [e for e in ev if source in e.source.text]
        found = max(hits, key=lambda e: e.confidence) if hits else None
    assert found is not None and _label(found) == plover, _pairs(ev)


def test_purpose_clause_of_a_visit_is_the_visitor_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("On Friday, the Polish president visited Vilnius to show solidarity with Lithuania.")
    found = _best(ev, "Polish president", "Lithuania")
    assert found is not None and _label(found) == "SUPPORT", _pairs(ev)


def test_according_to_is_no_party(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The commission fined Meta 500 million euros for breaching privacy rules, according to officials.")
    top = max((e for e in ev if "commission" in e.source.text), key=lambda e: e.confidence)
    assert top.target is not None and "officials" not in top.target.text, _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # the police pulling back from a place withdraw (not a sanction)
        ("Riot police withdrew from the main square after the talks.", "police", "square", "YIELD"),
        # a passive agent hung on the gerund of "barred from entering"
        ("Two opposition leaders were barred from entering the courthouse by the police.", "police", "leaders",
         "COERCE"),
        # a particle with an object: "taken off the air by X"
        ("The radio station was taken off the air by the junta.", "junta", "radio station", "COERCE"),
        # "from the rubble" hung on an adjective of the object
        ("Japanese rescuers pulled an old man alive from the debris.", "Japanese", "man", "AID"),
        # medics working abroad
        ("Egyptian doctors have been working in Libyan clinics since May.", "Egyptian", "Libyan", "AID"),
    ],
)
def test_more_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # "under fire" from armed men is shooting; from critics it stays criticism
        ("A police patrol came under fire from militants.", "militants", "police patrol", "ASSAULT"),
        ("The governor came under fire from opposition senators.", "senators", "governor", "ACCUSE"),
        # a gathering turned into a rally
        ("Students turned the graduation into a protest against the junta.", "Students", "junta", "PROTEST"),
        # a handover of suspects, as a noun
        ("The handover of three wanted smugglers by Greek police to Albania was completed.", "Greek", "Albania",
         "COOPERATE"),
        # joining someone in a joint undertaking
        ("Sweden joined Finland in a joint air defence project.", "Sweden", "Finland", "COOPERATE"),
    ],
)
def test_fire_rallies_handovers_joint(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_weapons_deployed_are_a_build_up(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("China has deployed anti-ship missile systems on the disputed reef.")
    assert any(e.cameo == "154" for e in ev) and not any(e.cameo == "072" for e in ev), _pairs(ev)


def test_crowd_verb_hung_on_a_verbless_root(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Dozens of farmers protested outside the French embassy in Dakar on Monday against the trade deal.")
    assert any(e.cameo.startswith("14") and "farmers" in e.source.text for e in ev), _pairs(ev)


def test_subject_hung_on_the_auxiliary(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("BERLIN (Reuters) - Vienna has relaxed visa rules for Ukrainian students.")
    found = _best(ev, "Vienna", "Ukrainian")
    assert found is not None and _label(found) == "YIELD", _pairs(ev)


def test_reported_subject_with_apposition(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Diplomats said Ilya Petrov, a former Russian banker, called for sanctions against Gazprombank.")
    found = _best(ev, "Petrov", "Gazprombank")
    assert found is not None and _label(found) == "THREATEN", _pairs(ev)


def test_drills_held_alone_somewhere_are_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Iran conducted large-scale air defence drills in its western provinces, in what Tehran called a "
              "warning to Israeli leaders.")
    assert any(e.cameo == "150" for e in ev) and not any(e.cameo == "062" for e in ev), _pairs(ev)
    ev = code("Greek and Egyptian naval forces held the Medusa exercise near Crete.")
    assert not any(e.cameo == "150" for e in ev), _pairs(ev)


def test_missile_fired_into_the_sea_is_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Pyongyang fired two cruise missiles into the sea off its west coast.")
    assert any(e.cameo == "150" for e in ev) and not any(e.plover == "ASSAULT" for e in ev), _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a parenthetical report between the subject and its verb (", officials said,")
        ("Belarus, officials said, massed troops on the border with Lithuania.", "Belarus", "Lithuania",
         "MOBILIZE"),
        ("The UK, officials said, reduced military aid to Jordan by 20 million pounds.", "UK", "Jordan",
         "SANCTION"),
        ("The junta, diplomats said, conceded to demands that exiled politicians be allowed to return.", "junta",
         "politicians", "YIELD"),
    ],
)
def test_parenthetical_reports(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_has_read_as_main_verb_in_a_report(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The ministry said Baku has relaxed visa rules for Kazakh travellers.")
    found = _best(ev, "Baku", "Kazakh")
    assert found is not None and _label(found) == "YIELD", _pairs(ev)


def test_named_subject_read_as_npadvmod_before_a_report(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Thailand, officials said, has taken in more than 20,000 Karen refugees.")
    found = _best(ev, "Thailand", "refugees")
    assert found is not None and _label(found) == "AID", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # the owner of what is accepted is the other party
        ("The militia accepted the elders' proposal for a truce.", "militia", "elders", "AGREE"),
        # an adjective as a direct object ("a Chinese national") is the person expelled
        ("Kenya expelled a Turkish national accused of fraud.", "Kenya", "Turkish", "COERCE"),
        # relief camps set up for people
        ("The Pakistani army set up relief camps for the flood-hit villagers of Sindh.", "Pakistani", "villagers",
         "AID"),
    ],
)
def test_owners_adjective_objects_camps(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_camps_without_relief_are_no_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Rebels set up camps in the forest.")
    assert not any(e.plover == "AID" for e in ev), _pairs(ev)


def test_reversed_decision_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The council reversed its decision to expel the two foreign journalists.")
    assert not any(e.plover in ("SANCTION", "COERCE") for e in ev), _pairs(ev)
    assert any(e.cameo.startswith("08") for e in ev), _pairs(ev)


def test_alive_from_the_rubble_as_a_clause(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Officials said that an Israeli rescue team pulled a boy alive from the rubble on Friday.")
    found = _best(ev, "Israeli", "boy")
    assert found is not None and _label(found) == "AID", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # reported wrongdoing: a passive agent, a failure, "amounted to" a wrong, containing someone
        ("The opposition said the vote was rigged by the electoral commission.", "opposition", "commission",
         "ACCUSE"),
        ("Athens said Ankara had not done enough to stop the smugglers.", "Athens", "Ankara", "ACCUSE"),
        ("The rapporteur said Myanmar's policies amounted to apartheid.", "rapporteur", "Myanmar", "ACCUSE"),
        ("Moscow said Washington was trying to encircle Russia.", "Moscow", "Washington", "ACCUSE"),
        # answering with force, planned, is a threat
        ("Caracas said it would respond to Guyana's provocations with military measures.", "Caracas", "Guyana",
         "THREATEN"),
    ],
)
def test_reported_wrongs_and_threats(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)
