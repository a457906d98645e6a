"""Fourteenth generalisation pass (2026-12-01, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, pairs
from coder_helpers import check as _check

from detente.coding.batch import code_documents
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


def _coded(text: str) -> list[CodedEvent]:
    return code_documents([Document(text=text)], registry=ActorRegistry())[0][1]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # individuals expelled are deported (COERCE), diplomats expelled reduce relations (SANCTION)
        ("Minsk expelled Polish correspondent Andrzej Nowak on Tuesday.", "Minsk", "Polish correspondent Andrzej Nowak",
         "COERCE"),
        ("Kampala expelled the country's Indian community in 1972.", "Kampala", "the country's Indian community",
         "COERCE"),
        ("The junta expelled Danish reporters working for Politiken.", "The junta", "Danish reporters", "COERCE"),
        ("Oslo expelled three Russian diplomats.", "Oslo", "three Russian diplomats", "SANCTION"),
        # the addressee of an appeal parsed as the subject of the infinitive
        ("The archbishop implored the warring factions to lay down their arms.", "The archbishop",
         "the warring factions", "REQUEST"),
        ("Relatives of the sailors pleaded with President Lula to reopen the inquiry.", "Relatives",
         "President Lula", "REQUEST"),
        ("The governor exhorted farmers in Punjab to stop burning stubble.", "The governor", "farmers", "REQUEST"),
        ("The Pope renewed his appeal to Moscow to return the deported children.", "The Pope", "Moscow",
         "REQUEST"),
        # forces rushed, sent or flown somewhere
        ("Paris rushed a carrier strike group to the eastern Mediterranean near Libya.", "Paris", "Libya",
         "MOBILIZE"),
        ("Russian Tu-95 crews flew strategic bombers over the Sea of Japan near Hokkaido.", "Russian Tu-95 crews",
         "Hokkaido", "MOBILIZE"),
        # explosives and pistols shipped are arms given
        ("Tripoli shipped explosives and pistols to the rebels in Chad.", "Tripoli", "the rebels", "AID"),
        # a demonym inside an organisation's name, article and all
        ("The Italian Navy rescued 300 migrants off Lampedusa.", "The Italian Navy", "300 migrants", "AID"),
        # a body the tagger read as the sentence's verb
        ("UNESCO condemned the killing of the journalist in Kabul.", "UNESCO", "the journalist", "ACCUSE"),
        ("ECOWAS imposed a trade embargo on Niger.", "ECOWAS", "Niger", "COERCE"),
        # a lost verb after "on Monday", coded even when the sentence codes something else
        ("A tribunal in Arusha on Friday sentenced former mayor Jean Kabuga to 30 years in prison over the 1994"
         " massacres.", "A tribunal", "former mayor Jean Kabuga", "COERCE"),
        # the subject an opening participle clause swallowed
        ("Closing a decade-long case, a Lima court on Tuesday convicted Alberto Ruiz, the former head of the"
         " customs agency, of fraud.", "a Lima court", "Alberto Ruiz", "ACCUSE"),
        # a date given by which someone must act
        ("Abuja gave the striking doctors until Monday to return to work.", "Abuja", "the striking doctors",
         "THREATEN"),
        # a threat to keep up an attack
        ("The Houthis vowed to keep striking Israel until the siege of Gaza ended.", "The Houthis", "Israel",
         "THREATEN"),
        # a passive threat with its instrument, the "by" agent hung on the instrument
        ("The weekly Kommersant was threatened with a fine by Russia's media regulator.",
         "Russia's media regulator", "The weekly Kommersant", "THREATEN"),
        # a warning that someone is doing wrong is a charge
        ("Human Rights Watch warned that Ethiopian troops were looting homes in Tigray.", "Human Rights Watch",
         "Ethiopian troops", "ACCUSE"),
    ],
)
def test_fourteenth_pass(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)  # the pipeline's path: re-parsing on


def test_named_act_inside_a_condemnation_is_an_event_below_the_chosen_floor() -> None:
    evs = _coded("Warsaw condemned Minsk's expulsion of two Polish diplomats.")
    top = max(evs, key=lambda e: e.confidence)
    assert top.plover == "ACCUSE" and top.source.code.startswith("POL")
    inner = [e for e in evs if e.trigger == "expulsion" and e.target is not None and "diplomats" in e.target.text]
    assert inner and inner[0].source.code.startswith("BLR") and inner[0].plover == "SANCTION"
    assert all(e.confidence < 0.7 for e in inner)  # reported, but not the sentence's own event


def test_praised_act_without_a_doer_is_no_extra_event() -> None:
    evs = _coded("Berlin welcomed the decision.")
    assert {e.trigger for e in evs} <= {"welcomed"}


def test_warning_about_the_economy_stays_a_warning() -> None:
    evs = _coded("The central bank warned that the economy was shrinking.")
    assert all(e.plover != "ACCUSE" for e in evs)


def test_french_navy_is_french() -> None:
    evs = _coded("The French Navy and the Indian Navy held a joint exercise off Goa.")
    assert {"FRAMIL", "INDMIL"} <= {e.source.code for e in evs}, pairs(evs)
    found = best(evs, "French Navy", "Indian Navy")
    assert found is not None and found.target is not None and found.target.code == "INDMIL"
