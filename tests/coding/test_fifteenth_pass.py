"""Fifteenth generalisation pass (2026-12-01, issue #3), each construction on sentences written for it (never dev
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
        # sums and arms pledged are aid promised (CAMEO 0331 / 0332: AGREE); aid handed over stays AID
        ("Norway pledged 400 million crowns to Malawi for school meals.", "Norway", "Malawi", "AGREE"),
        ("The Kuwait Fund promised $80 million to Jordan over three years.", "The Kuwait Fund", "Jordan", "AGREE"),
        ("Poland pledged 14 more tanks to Kyiv on Tuesday.", "Poland", "Kyiv", "AGREE"),
        ("Howitzers promised by Italy to Kyiv reached the front on Friday.", "Italy", "Kyiv", "AID"),
        ("Canada gave $30 million to Haiti's police.", "Canada", "Haiti", "AID"),
        # drilling, training or patrolling with another force; joining forces; coordinated and reciprocal acts
        ("Kenyan marines drilled with British commandos off Lamu.", "Kenyan marines", "British", "COOPERATE"),
        ("The Chilean air force trained with Brazilian pilots at Natal.", "The Chilean air force", "Brazilian",
         "COOPERATE"),
        ("Estonian customs officers joined forces with Finnish police to break up a smuggling ring.",
         "Estonian customs officers", "Finnish police", "COOPERATE"),
        ("Peru and Ecuador launched coordinated naval patrols on the Pacific coast.", "Peru", "Ecuador",
         "COOPERATE"),
        ("Greece and Cyprus began reciprocal inspections of each other's ports.", "Greece", "Cyprus", "COOPERATE"),
        # a verb read as a reduced relative clause on the noun the parser made the root
        ("Danish navy crews partnered with Ghanaian sailors on anti-piracy patrols.", "Danish navy crews",
         "Ghanaian sailors", "COOPERATE"),
        # intelligence, names and evidence passed, fed or provided
        ("Morocco fed intelligence to Madrid on a cell planning attacks.", "Morocco", "Madrid", "COOPERATE"),
        ("Colombian police passed Panama the names of three cartel financiers.", "Colombian police", "Panama",
         "COOPERATE"),
        ("Serbia provided the tribunal with a list of 300 suspects.", "Serbia", "the tribunal", "COOPERATE"),
        ("Malaysian investigators exchanged evidence with Singapore detectives.", "Malaysian investigators",
         "Singapore detectives", "COOPERATE"),
        # extradition to a state: judicial cooperation with the receiving state
        ("Spain extradited two men wanted for fraud in the collapse of a bank to Argentina.", "Spain", "Argentina",
         "COOPERATE"),
        # executions and hostages
        ("Singapore hanged a 46-year-old Malaysian man for drug trafficking.", "Singapore",
         "a 46-year-old Malaysian man", "ASSAULT"),
        ("The junta put to death four democracy activists.", "The junta", "four democracy activists", "ASSAULT"),
        ("Pirates took 19 sailors hostage off Somalia.", "Pirates", "19 sailors", "ASSAULT"),
        # legal action dropped eases it (YIELD)
        ("Prosecutors in Milan abandoned their case against the former minister.", "Prosecutors",
         "the former minister", "YIELD"),
        ("Federal investigators closed the bribery case against Senator Harlow.", "Federal investigators",
         "Senator Harlow", "YIELD"),
        # blocking statements and bids, backing out of plans, slamming the door, holding up applications
        ("Slovakia blocked a joint EU declaration on migration.", "Slovakia", "EU", "REJECT"),
        ("The premier backed out of a Chinese-financed port plan.", "The premier", "Chinese", "REJECT"),
        ("Athens held up Skopje's application to join NATO.", "Athens", "Skopje", "REJECT"),
        ("Paris slammed the door on Ankara's bid for EU membership.", "Paris", "Ankara", "REJECT"),
        # outlets' editions censored; troops poured into a region
        ("The regulator suspended the evening broadcast of Channel 9.", "The regulator", "Channel", "COERCE"),
        ("Yerevan poured extra troops into Syunik province.", "Yerevan", "Syunik province", "MOBILIZE"),
        # co-signers of a peace agreement at a named venue
        ("President Kiir and opposition leader Machar signed a peace deal at the State House in Entebbe.",
         "President Kiir", "Machar", "SUPPORT"),
    ],
)
def test_fifteenth_pass(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)


def test_a_partner_in_a_fight_is_not_fought() -> None:
    ev = _coded("Rwandan troops fought alongside Mozambican soldiers to retake Mocimboa da Praia.")
    allied = best(ev, "Rwandan troops", "Mozambican soldiers")
    assert allied is not None and allied.cameo.startswith("06"), pairs(ev)
    assert not any(e.cameo.startswith("19") and e.trigger == "fought" and e.target is not None
                   and "Mozambican" in e.target.text for e in ev), pairs(ev)


def test_denouncing_joint_drills_is_criticism_not_cooperation() -> None:
    ev = _coded("Beijing denounced the joint Japanese-Philippine drills as provocative.")
    top = max(ev, key=lambda e: e.confidence)
    assert top.cameo.startswith("11"), pairs(ev)


def test_a_passive_participle_after_the_subject_is_no_lost_verb() -> None:
    ev = _coded("Syrian troops backed by militias captured the town of Qusayr.")
    assert not any(e.plover == "SUPPORT" and e.source.text.startswith("Syrian troops") for e in ev), pairs(ev)
    assert any(e.plover == "ASSAULT" and e.confidence >= 0.7 for e in ev), pairs(ev)


def test_banners_hung_are_no_execution() -> None:
    ev = _coded("Protesters hung banners on the bridge over the river.")
    assert not any(e.cameo == "1823" for e in ev), pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a claim insisted on is no demand; a subjunctive or "must" clause still is
        ("The minister insisted that Rome would not accept any new migrant quotas from Brussels.", "Rome",
         "Brussels", "REJECT"),
        ("Ankara insisted that Stockholm extradite the two journalists.", "Ankara", "Stockholm", "REQUEST"),
        ("Tokyo insisted that Beijing must halt its survey ships.", "Tokyo", "Beijing", "REQUEST"),
        # shipments received or sent are goods given; deliveries resumed restore trade
        ("Malawi received a shipment of 40,000 vaccine doses from India on Friday.", "India", "Malawi", "AID"),
        ("Venezuela sent two cargoes of diesel to Cuba last month.", "Venezuela", "Cuba", "AID"),
        ("Algeria is ready to resume gas deliveries to Spain.", "Algeria", "Spain", "AGREE"),
        # a wrong named as what the accused did, reported by a critic
        ("A UN panel said Eritrean troops had committed atrocities in Tigray.", "A UN panel", "Eritrean troops",
         "ACCUSE"),
        # suspects handed to another state as an indirect object
        ("Ethiopia handed Djibouti two suspects sought over the port attack.", "Ethiopia", "Djibouti", "COOPERATE"),
    ],
)
def test_fifteenth_pass_second_part(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)
