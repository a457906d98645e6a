"""Eighth generalisation pass (2026-11-30, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import check as _check

from detente.coding.batch import code_documents
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # "the X government and opposition delegates", parsed as one phrase: two sides
        ("The Sudanese government and rebel delegates reopened negotiations in Addis Ababa.", "government",
         "rebel delegates", "CONSULT"),
        # a passive agent hung on the state the patient was put in
        ("The editor was placed under house arrest by Egyptian police.", "Egyptian police", "The editor", "COERCE"),
        ("Two activists were taken into custody by Russian police in Moscow.", "Russian police", "activists",
         "COERCE"),
        # fire traded, host played, recognition switched
        ("Armenian and Azerbaijani soldiers traded fire along the border overnight.", "Armenian",
         "Azerbaijani soldiers", "ASSAULT"),
        ("Malian troops exchanged fire with Tuareg rebels near Kidal.", "Malian troops", "Tuareg rebels",
         "ASSAULT"),
        ("The Kenyan president played host to Somali clan elders in Nairobi.", "The Kenyan president",
         "Somali clan elders", "CONSULT"),
        ("Panama switched diplomatic recognition from Taiwan to China in 2017.", "Panama", "Taiwan", "SANCTION"),
        # what was received comes from whoever the "from" phrase names, even on a measure of it
        ("Georgia received a second batch of anti-tank missiles from Turkey.", "Turkey", "Georgia", "AID"),
        # forces sent toward someone, or to the frontier with them: a build-up against them
        ("Russia sent bombers and frigates toward Japan in a show of strength.", "Russia", "Japan", "MOBILIZE"),
        ("Ethiopia moved tank units to the border with Eritrea.", "Ethiopia", "Eritrea", "MOBILIZE"),
        ("India redeployed troops to its frontier with China after the clash.", "India", "China", "MOBILIZE"),
        # an undertaking given is a promise; doctors sent are relief
        ("The junta gave West African mediators an undertaking to hold elections.", "The junta",
         "West African mediators", "AGREE"),
        ("Venezuela dispatched a team of doctors to Bolivia after the floods.", "Venezuela", "Bolivia", "AID"),
    ],
)
def test_eighth_pass(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_weapons_sent_to_a_state_stay_military_aid(code) -> None:  # type: ignore[no-untyped-def]
    """Only a destination at a frontier or "toward" someone makes a build-up; arms sent to a state are aid."""
    _check(code, "Germany sent air defence missiles to Ukraine.", "Germany", "Ukraine", "AID")


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # an agency's lower-case name ("dpa") is part of the dateline, not the subject
        ("HAMBURG, Germany, May 4 (dpa) - Siemens managers met IG Metall negotiators on Tuesday.", "Siemens",
         "IG Metall", "CONSULT"),
        # a past tense hung on its subject as a modifier, with its infinitive parsed as an adverbial clause
        ("Houthi rebels threatened on Sunday to strike Saudi Arabia.", "Houthi rebels", "Saudi Arabia",
         "THREATEN"),
        # assurances given, apologies offered
        ("The oil company gave assurances to its Asian buyers that supplies would continue.", "The oil company",
         "buyers", "SUPPORT"),
        ("The Dutch king offered a formal apology to Indonesia for colonial-era violence.", "The Dutch king",
         "Indonesia", "SUPPORT"),
    ],
)
def test_eighth_pass_datelines_and_frames(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # "told X to do Y" is a demand on X
        ("The European Union told the Bosnian Serb leadership to drop the referendum.", "The European Union",
         "the Bosnian Serb leadership", "REQUEST"),
        # the withdrawal of "its" troops is the subject's own
        ("Ethiopia completed the withdrawal of its soldiers from Somalia.", "Ethiopia", "Somalia", "YIELD"),
    ],
)
def test_eighth_pass_demands_and_owners(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_told_that_someone_else_would_go_is_no_expulsion(code) -> None:  # type: ignore[no-untyped-def]
    """Only the one told may be sent away: "told parliament that the army would withdraw" expels nobody."""
    events = code("The defence minister told parliament that the army would withdraw if attacked.")
    assert events, "the statement itself is coded"
    assert not [e for e in events if e.cameo.startswith(("174", "166"))], [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Egyptian police raided the offices of the rights group and detained its director.", "Egyptian police",
         "its director", "COERCE"),
        ("Israel and Hamas agreed to a four-day truce.", "Israel", "Hamas", "AGREE"),
        ("Aid from the European Union reached Gaza on Tuesday.", "the European Union", "Gaza", "AID"),
        ("Armenian forces completed their withdrawal from the Kalbajar district.", "Armenian forces", "Kalbajar",
         "YIELD"),
    ],
)
@pytest.mark.parametrize("dateline", ["", "WASHINGTON (Reuters) - ", "CAIRO, Oct. 12 (Xinhua) -- ", "BONN (dpa) - "])
def test_a_dateline_changes_nothing(code, dateline: str, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, dateline + text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a subject's apposition set off by commas makes the tagger read the verb as an adjective or participle
        ("Morocco, a longtime partner of Paris, shared intelligence with Spain.", "Morocco", "Spain", "COOPERATE"),
        ("Iran, a close ally of Damascus, massed troops near the border with Iraq.", "Iran", "Iraq", "MOBILIZE"),
        ("Tokyo, a key partner of Washington, offered to hold talks with Beijing.", "Tokyo", "Beijing", "AGREE"),
        ("Ghana, the region's largest gold producer, tightened controls on Chinese miners.", "Ghana",
         "Chinese miners", "COERCE"),
    ],
)
def test_eighth_pass_subject_apposition(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # title-case headlines with lower-case function words, irregular or doubled past forms, hyphenated words
        ("Macron Holds Talks with Scholz in Berlin", "Macron", "Scholz", "CONSULT"),
        ("Military Junta Banned Main Opposition Party in Mali", "Military Junta", "Main Opposition Party",
         "COERCE"),
        ("Chinese Foreign Minister Met His Pakistani Counterpart in Islamabad", "Chinese Foreign Minister",
         "His Pakistani Counterpart", "CONSULT"),
        ("World Bank Halts New Lending to Uganda over Anti-corruption Row", "World Bank", "Uganda", "SANCTION"),
        # present-tense headline verbs read as nouns ("Appeals", "Airlifts") get a second parse in the past tense
        ("Guterres Appeals to Gulf Donors for Yemen Relief Funds", "Guterres", "Gulf Donors", "REQUEST"),
        ("Qatar Airlifts Medicine and Tents to Flood Victims in Libya", "Qatar", "Libya", "AID"),
        ("Egypt Thanks Greece for Its Help in Fighting Wildfires", "Egypt", "Greece", "SUPPORT"),
    ],
)
def test_eighth_pass_headlines(text: str, source: str, target: str, plover: str) -> None:
    """Through ``code_documents`` (the path of ``detente code``), which parses a headline again re-cased."""

    def code(t: str) -> list[CodedEvent]:
        return code_documents([Document(text=t)], registry=ActorRegistry())[0][1]

    _check(code, text, source, target, plover)


def test_own_possessive_is_not_the_target(code) -> None:  # type: ignore[no-untyped-def]
    """ "declared its solidarity with X": "its" is the subject again, X the target, also inside a report."""
    text = "Officials said Chile's opposition-led Senate declared its solidarity with striking miners on Monday."
    _check(code, text, "Senate", "striking miners", "SUPPORT")


def test_own_withdrawal_inside_a_report(code) -> None:  # type: ignore[no-untyped-def]
    """ "its" read as the officials' government still yields to the subject that completed "its withdrawal"."""
    text = "Officials said France completed its withdrawal from Niger on Friday."
    _check(code, text, "France", "Niger", "YIELD")


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a relative clause or a participle clause between the subject and its verb
        ("Iran, which had been under pressure for months, massed troops near the border with Iraq.", "Iran",
         "Iraq", "MOBILIZE"),
        ("Jordan, speaking at the United Nations, airlifted food parcels to families in Gaza.", "Jordan", "Gaza",
         "AID"),
    ],
)
def test_eighth_pass_asides(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_being_under_pressure_names_no_presser(code) -> None:  # type: ignore[no-untyped-def]
    """ "X, which had been under pressure": X is pressed by no one named, so no demand comes from X; but
    "placed X under investigation" is still the placer's act."""
    events = code("Chile, which had been under pressure for weeks, recalled its ambassador.")
    assert not [e for e in events if e.trigger == "pressure"], [(e.cameo, e.trigger) for e in events]
    _check(code, "The prosecutor placed the former minister under formal investigation.", "The prosecutor",
           "the former minister", "ACCUSE")


def test_reported_verb_read_as_adjective(code) -> None:  # type: ignore[no-untyped-def]
    """ "Officials said the coalition relaxed restrictions on ...": "relaxed" tagged as an adjective of the object of
    "said" is the reported verb, with its own subject."""
    _check(code, "Officials said the coalition relaxed restrictions on imports to the port of Aden.", "coalition",
           "Aden", "YIELD")
