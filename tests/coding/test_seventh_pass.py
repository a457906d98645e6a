"""Seventh generalisation pass (2026-11-30, issue #3): aid told through what was given, each on sentences
written for it (never dev or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import check as _check


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a carrier of aid (shipment, tonnes) whose giver hangs on what it carries, arriving somewhere
        ("A shipment of vaccines from China arrived in Manila on Sunday.", "China", "Manila", "AID"),
        ("A consignment of tents from Jordan reached Damascus on Friday.", "Jordan", "Damascus", "AID"),
        # the giver named in an aside: "most of it from X"
        ("More than 500 tonnes of food aid, most of it from Qatar, arrived in Khartoum.", "Qatar", "Khartoum",
         "AID"),
        # a thing funded or built by someone, then handed over or given
        ("A Japanese-funded bridge was handed over to the Laotian government.", "Japanese", "Laotian", "AID"),
        ("Turkish-built houses were given to earthquake survivors in Syria.", "Turkish", "survivors", "AID"),
        ("Indian-built homes were handed to flood victims in Sri Lanka.", "Indian", "victims", "AID"),
        # the funded or built thing itself is the receiver
        ("Saudi-funded schools in Pakistan received new textbooks this year.", "Saudi", "schools", "AID"),
    ],
)
def test_aid_told_through_the_gift(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_a_returned_thing_is_not_a_gift(code) -> None:  # type: ignore[no-untyped-def]
    """Property handed back (not funded or built by the giver) stays a return, not aid."""
    _check(code, "Russia handed over the captured ship to Ukraine.", "Russia", "Ukraine", "YIELD")


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # money borrowed from someone: the lender gives
        ("Ghana borrowed $3 billion from the IMF last year.", "IMF", "Ghana", "AID"),
        # support spoken, lent or expressed
        ("The Chinese foreign ministry spoke approvingly of Brazil's peace plan.", "Chinese", "Brazil", "SUPPORT"),
        ("Egypt lent its full backing to the Libyan parliament.", "Egypt", "Libyan", "SUPPORT"),
        ("The minister expressed approval of the Kenyan government's reforms.", "minister", "Kenyan", "SUPPORT"),
        # people picked up or held by the authorities
        ("Police in Lagos picked up two journalists on Tuesday.", "Police", "journalists", "COERCE"),
        ("Authorities held dozens of activists at a police station in Minsk.", "Authorities", "activists",
         "COERCE"),
        # commitments: undertaking to act
        ("Serbia and Kosovo undertook to normalise relations.", "Serbia", "Kosovo", "AGREE"),
        # help asked by turning to someone
        ("The rebels turned to Russia for help.", "rebels", "Russia", "REQUEST"),
        # warnings: cautioning someone, putting them on notice
        ("Lavrov cautioned Washington that sending troops would be a grave mistake.", "Lavrov", "Washington",
         "THREATEN"),
        ("Beijing put Taipei on notice that independence moves would be punished.", "Beijing", "Taipei",
         "THREATEN"),
        # threats received come from the other side
        ("Opposition lawmakers received death threats from a far-right group.", "far-right", "lawmakers",
         "THREATEN"),
        # a visitor greeted by protesters
        ("The visiting Israeli minister was greeted by hundreds of protesters in London.", "protesters",
         "minister", "PROTEST"),
        # caving in to someone, pausing aid
        ("The government caved to striking truck drivers.", "government", "drivers", "YIELD"),
        ("Washington paused military aid to Egypt.", "Washington", "Egypt", "SANCTION"),
    ],
)
def test_verbs_and_idioms(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_a_greeting_is_not_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The visiting Israeli minister was greeted by the British prime minister in London.")
    assert not [e for e in events if e.plover == "PROTEST"], events


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a past-tense verb tagged as a noun although it has a subject and an object
        ("Farmers in Punjab petitioned the central government to guarantee crop prices.", "Farmers", "government",
         "REQUEST"),
        # a verb's -ing form the lemmatizer left whole, and airdrops of any goods
        ("The Jordanian air force began airdropping rice and flour to families in northern Gaza.", "Jordanian",
         "families", "AID"),
        # arms sent to a state named as the indirect object
        ("Britain will send Ukraine a squadron of Challenger 2 tanks, the defence ministry said.", "Britain",
         "Ukraine", "AGREE"),
        # a communications blackout imposed on a region
        ("The government imposed a communications blackout on the northern province of Tigray.", "government",
         "Tigray", "COERCE"),
    ],
)
def test_repairs_and_objects(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_the_repair_keeps_real_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    from detente.coding.triggers import repair_mistagged_verbs

    doc = nlp("The talks needed a new approach.")
    before = [(t.pos_, t.lemma_) for t in doc]
    repair_mistagged_verbs(doc)
    assert [(t.pos_, t.lemma_) for t in doc] == before


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # walkouts and hunger strikes against someone, also when a dateline took the subject
        ("PARIS (AFP) - The country's biggest rail union launched a strike against the operator on Monday.",
         "union", "operator", "PROTEST"),
        ("Dozens of detainees launched a hunger strike against the prison authorities.", "detainees",
         "authorities", "PROTEST"),
        # forces put on alert, positions reinforced
        ("Armenia put its troops on high alert along the border with Azerbaijan.", "Armenia", "Azerbaijan",
         "MOBILIZE"),
        ("The Indian army reinforced its positions along the frontier with China.", "Indian", "China",
         "MOBILIZE"),
        # economic links run: flights resumed, oil pumped; intelligence passed on
        ("Turkey resumed direct flights to Armenia after a two-year pause.", "Turkey", "Armenia", "COOPERATE"),
        ("Azerbaijan began pumping gas to Bulgaria through the new interconnector.", "Azerbaijan", "Bulgaria",
         "COOPERATE"),
        ("Spanish police passed intelligence to their Moroccan counterparts.", "Spanish", "Moroccan",
         "COOPERATE"),
        # told that they would face consequences, or that force would follow unless they act
        ("Washington told Belgrade it would face serious consequences if it attacked Kosovo.", "Washington",
         "Belgrade", "THREATEN"),
        ("The general told the rebels that the army would bomb their bases unless they surrendered.", "general",
         "rebels", "THREATEN"),
        # one's word given
        ("The Finnish president gave Ankara his word that Helsinki would tighten its laws.", "Finnish", "Ankara",
         "AGREE"),
    ],
)
def test_strikes_alerts_links_and_warnings(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_telling_reporters_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The president told reporters that the army would strike back if it was attacked.")
    assert not [e for e in events if e.trigger == "told" and e.plover == "THREATEN"], events


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # an ultimatum whose time span hangs on the verb
        ("The African Union gave Mali's junta ten days to free the president or face sanctions.", "African Union",
         "junta", "THREATEN"),
        # prisoners let go; diplomats ordered or thrown out
        ("Ethiopia let go 40 Eritrean prisoners on Sunday.", "Ethiopia", "prisoners", "YIELD"),
        ("Twelve Iranian diplomats were ordered out of the country by Albania.", "Albania", "diplomats",
         "SANCTION"),
        ("Managua threw out diplomats from four European countries.", "Managua", "diplomats", "SANCTION"),
        # saying no to a request; bloodshed vowed
        ("Budapest said no to a request from Kyiv to open a new border crossing.", "Budapest", "Kyiv", "REJECT"),
        ("The militants vowed more bloodshed in Mogadishu unless African Union troops left.", "militants",
         "Mogadishu", "THREATEN"),
    ],
)
def test_ultimatums_releases_expulsions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_ordered_out_people_are_expelled_not_diplomatically(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "Two foreign journalists were ordered out of the country by the junta.", "junta", "journalists",
           "COERCE")


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a passive's agent hung on the "as" object
        ("Palestine was recognised as a state by Norway on Tuesday.", "Norway", "Palestine", "SUPPORT"),
        # slogans chanted against someone; humanitarian visas issued
        ("Students in Dhaka chanted slogans against Prime Minister Sheikh Hasina.", "Students", "Hasina",
         "PROTEST"),
        ("Argentina issued humanitarian visas to hundreds of Ukrainians fleeing the war.", "Argentina",
         "Ukrainians", "AID"),
    ],
)
def test_recognition_slogans_visas(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_an_acronym_tagged_as_a_verb_is_still_an_actor(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "The Guinean junta promised ECOWAS it would hold elections within two years.", "junta", "ECOWAS",
           "AGREE")
