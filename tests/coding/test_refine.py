"""The most specific CAMEO code a sentence supports (``detente.coding.refine``), on sentences written for it
(issue #3: 4-digit codes where the text supports them)."""

from __future__ import annotations

import pytest

from detente.coding.batch import code_documents
from detente.knowledge.cameo import plover_of
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


def _coded(text: str) -> list[CodedEvent]:
    return code_documents([Document(text=text)], registry=ActorRegistry())[0][1]


def _codes(text: str, source: str, target: str) -> list[str]:
    """The codes of the events from ``source`` to ``target`` (text overlaps), the most confident first."""
    evs = [e for e in _coded(text) if e.target is not None and source in e.source.text and target in e.target.text]
    return [e.cameo for e in sorted(evs, key=lambda e: -e.confidence)]


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # what an accusation is about
        ("Georgia accused Russia of bombing villages near the boundary line.", "Georgia", "Russia", "1123"),
        ("The prosecutor accused the former mayor of embezzlement.", "The prosecutor", "the former mayor", "1121"),
        ("Tehran accused Britain of espionage after arresting two of its nationals.", "Tehran", "Britain", "1125"),
        ("The rights group accused the army of torturing detainees.", "The rights group", "the army", "1122"),
        ("Bosnian Muslim leaders accused Serb forces of genocide.", "Bosnian Muslim leaders", "Serb forces", "1124"),
        ("Opposition leaders accused the government of war crimes in the north.", "Opposition leaders",
         "the government", "1124"),
        # what a protest demands
        ("Thousands of students marched in Dhaka to demand the resignation of the prime minister.",
         "students", "the prime minister", "1411"),
        ("Farmers demonstrated outside parliament in Warsaw against a new land tax.", "Farmers", "parliament",
         "1412"),
        ("Lorry drivers blocked the main highway out of Lagos to protest against a rise in fuel prices.",
         "Lorry drivers", "Lagos", "1442"),
        # which weapons
        ("Turkish warplanes bombed Kurdish militant positions in northern Iraq.", "Turkish warplanes",
         "Kurdish militant positions", "195"),
        ("Indian and Pakistani troops exchanged artillery fire across the Line of Control.", "Indian",
         "Pakistani troops", "194"),
        # which bomb
        ("A suicide bomber attacked a police checkpoint in Quetta.", "A suicide bomber", "a police checkpoint",
         "1831"),
        ("Insurgents detonated a car bomb near an army base in Kirkuk.", "Insurgents", "an army base", "1832"),
        # attempted, not done
        ("Rebels tried to assassinate the provincial governor on Monday.", "Rebels", "the provincial governor",
         "185"),
        # which aid was cut
        ("Washington suspended military aid to Egypt after the coup.", "Washington", "Egypt", "1622"),
        # which freedom was restricted
        ("The authorities blocked access to opposition news websites before the vote.", "The authorities",
         "opposition news websites", "1721"),
        ("The election commission barred the main opposition party from the presidential election.",
         "The election commission", "the main opposition party", "1722"),
        # vetoes
        ("China vetoed a Security Council resolution on Myanmar.", "China", "Security Council", "129"),
        # humanitarian access
        ("Sudan allowed a UN aid convoy to enter Darfur.", "Sudan", "UN", "0863"),
        # a meeting in neither party's country, also when the venue hangs lower in the sentence
        ("The Iranian foreign minister met his Saudi counterpart in Beijing on Friday.",
         "The Iranian foreign minister", "his Saudi counterpart", "044"),
        ("Armenian and Azerbaijani diplomats met on the sidelines of a security conference in Munich.",
         "Armenian", "Azerbaijani diplomats", "044"),
        # talks are negotiation (the codebook's usage note), a call is a telephone consultation, a mediator mediates
        ("Sudanese army and paramilitary envoys held talks on a truce in Jeddah.", "Sudanese army", "paramilitary",
         "046"),
        ("The Chilean president discussed the fishing dispute with the Peruvian leader in a phone call.",
         "The Chilean president", "the Peruvian leader", "041"),
        ("Norwegian mediators met rebel commanders and government envoys in Havana.", "Norwegian mediators",
         "rebel commanders", "045"),
        # what is investigated
        ("The anti-graft agency is investigating the port authority chief over bribes from shipping firms.",
         "The anti-graft agency", "the port authority chief", "091"),
        ("Ceasefire monitors are investigating an artillery strike on a border post by government forces.",
         "Ceasefire monitors", "government forces", "093"),
        # mediation refused, mediation halted, repression threatened
        ("Baku rejected France's offer to mediate in the conflict.", "Baku", "France", "126"),
        ("The interior minister warned strikers that they would face arrest if they blocked the ports.",
         "The interior minister", "strikers", "137"),
        # kinds of aid asked for, kinds of cooperation intended
        ("Malawi appealed to donors for emergency food and medicine after the floods.", "Malawi", "donors",
         "0233"),
        ("Jordan and Egypt agreed to expand bilateral trade and investment.", "Jordan", "Egypt", "0311"),
        ("Zambia appealed to its creditors for debt relief.", "Zambia", "its creditors", "0231"),
        ("The court opened an investigation into crimes against humanity committed by the militia.", "The court",
         "the militia", "094"),
    ],
)
def test_specific_code(text: str, source: str, target: str, code: str) -> None:
    codes = _codes(text, source, target)
    assert codes, f"no event from {source!r} to {target!r}"
    assert codes[0] == code, codes


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # the broad code stays where the text gives no more
        ("Egypt accused Ethiopia of acting unilaterally.", "Egypt", "Ethiopia", "112"),
        ("The union accused the minister of insulting striking workers.", "The union", "the minister", "112"),
        ("Air defences shot down most of the drones over the capital, the army said.", "Air defences",
         "the drones", "19"),
        # a meeting in one party's own capital is no third location
        ("The Iranian foreign minister met his Saudi counterpart in Riyadh on Friday.",
         "The Iranian foreign minister", "his Saudi counterpart", "04"),
        ("Thousands of opposition supporters rallied in Tbilisi against the ruling party.", "supporters",
         "the ruling party", "14"),
    ],
)
def test_broad_code_kept(text: str, source: str, target: str, code: str) -> None:
    codes = _codes(text, source, target)
    if codes:
        assert codes[0].startswith(code) and codes[0] not in ("044", "1412", "193", "194", "195", "1121"), codes


def test_refinement_keeps_the_plover_type() -> None:
    """The refined code never changes the PLOVER reading."""
    for e in _coded("Georgia accused Russia of bombing villages near the boundary line."):
        assert plover_of(e.cameo) == plover_of(e.cameo[:3])
