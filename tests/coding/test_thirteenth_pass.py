"""Thirteenth generalisation pass (2026-12-01, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, label, pairs
from coder_helpers import check as _check

from detente.model import CodedEvent


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # the one quoted "as saying" is the speaker
        ("Xinhua quoted the defence minister as saying that Manila had become a pawn of Washington.",
         "the defence minister", "Manila", "ACCUSE"),
        # blame carried by the predicate of a reported clause
        ("The foreign ministry said Canberra was the chief troublemaker in the Pacific.", "The foreign ministry",
         "Canberra", "ACCUSE"),
        ("The opposition leader said the governor was poisoning the island's politics.", "The opposition leader",
         "the governor", "ACCUSE"),
        ("Damascus said Ankara had behaved like an occupying power in the north.", "Damascus", "Ankara", "ACCUSE"),
        ("Pyongyang said Seoul was a puppet regime.", "Pyongyang", "Seoul", "ACCUSE"),
        # a response announced for someone's act is a threat to them
        ("Beijing will take firm countermeasures if the Dutch minister meets the Dalai Lama.", "Beijing",
         "the Dutch minister", "THREATEN"),
        ("Tehran said it would respond if Baku opened its airspace to Israeli jets.", "Tehran", "Baku", "THREATEN"),
        ("Armenia will be forced to take steps if Azerbaijan moves troops to the border.", "Armenia", "Azerbaijan",
         "THREATEN"),
        # a cooperative act offered on a condition is an intent
        ("Brussels would ease the tariffs if Washington dropped its steel duties.", "Brussels", "Washington",
         "AGREE"),
        # a span of time given to someone to do something is an ultimatum
        ("The African Union gave the Malian junta two weeks to name a civilian premier.", "The African Union",
         "the Malian junta", "THREATEN"),
        # cooperation with a partner named beside the act
        ("Chadian soldiers patrolled the border alongside Nigerien troops.", "Chadian soldiers", "Nigerien troops",
         "COOPERATE"),
        ("Petrobras drills offshore wells in partnership with Norway's Equinor.", "Petrobras", "Equinor",
         "COOPERATE"),
        ("Rwandan police raided the camps together with Congolese soldiers.", "Rwandan police",
         "Congolese soldiers", "COOPERATE"),
        # a walkout from a sitting
        ("Opposition deputies walked out of the National Assembly in Lusaka.", "Opposition deputies",
         "the National Assembly", "PROTEST"),
        # relief flown or carried in, nationals flown home
        ("Algerian air force planes flew in tents and food for quake victims in Morocco.",
         "Algerian air force planes", "quake victims", "AID"),
        ("India flew its citizens home from Kyiv.", "India", "its citizens", "AID"),
        # a message of goodwill sent or received
        ("The Vatican sent a message of solidarity to the people of Haiti.", "The Vatican", "the people",
         "SUPPORT"),
        ("The new Chilean president received a congratulatory message from Lula.", "Lula",
         "The new Chilean president", "SUPPORT"),
        # a government formed with someone, readiness to form one
        ("The Social Democrats are ready to form a coalition with the Greens.", "The Social Democrats",
         "the Greens", "AGREE"),
        # applying to join a body
        ("Bosnia formally applied to join the European Union in 2016.", "Bosnia", "the European Union", "REQUEST"),
        # the backer of "X-backed" forces, also after an abbreviation
        ("Turkish-backed fighters shelled the town.", "Turkish", "fighters", "SUPPORT"),
        ("The U.K.-backed government in Tripoli held elections.", "U.K.", "government", "SUPPORT"),
        # a "by" hung on the instrument, a doer shared by two passives
        ("Students in Dhaka were beaten with sticks by ruling-party thugs.", "thugs", "Students", "ASSAULT"),
        ("The editor was convicted of libel and jailed for two years by a court in Istanbul.", "a court",
         "The editor", "ACCUSE"),
        # money received from someone is their aid
        ("Tunisia received 300 million euros from the European Union.", "the European Union", "Tunisia", "AID"),
        # a ruling that someone did wrong
        ("Meta broke competition law by tying its services, the Bundeskartellamt ruled.", "the Bundeskartellamt",
         "Meta", "ACCUSE"),
        # talks a traveller is due or set to hold are planned
        ("The Qatari emir is set to fly to Tehran next week for talks with President Pezeshkian.",
         "The Qatari emir", "President Pezeshkian", "AGREE"),
        # not done yet
        ("The Turkish parliament has yet to approve Sweden's accession.", "The Turkish parliament", "Sweden",
         "REJECT"),
        # a truce only proposed
        ("Kyiv accepted a Turkish-brokered proposal for a ceasefire with Moscow.", "Kyiv", "Moscow", "AGREE"),
        # whatever is done in a concession to someone
        ("The premier scrapped the fuel tax in a concession to the truckers.", "The premier", "the truckers",
         "YIELD"),
        # revenge vowed, an operation launched, an alert raised
        ("Hezbollah vowed to take revenge on Israel.", "Hezbollah", "Israel", "THREATEN"),
        ("Turkey launched a ground operation against Kurdish fighters in Syria.", "Turkey", "Kurdish fighters",
         "ASSAULT"),
        ("The South Korean army raised its alert level along the border with North Korea.", "The South Korean army",
         "North Korea", "MOBILIZE"),
        # an uncoded act done in protest is the protest
        ("Dockers in Antwerp kept the port idle in protest against the shipping company.", "Dockers",
         "the shipping company", "PROTEST"),
        # a price someone will pay is a threat from whoever says so
        ("The Iraqi premier vowed that the militias would pay a heavy price for the rocket attack.",
         "The Iraqi premier", "the militias", "THREATEN"),
        # what the receiver got from someone: a request, a warning, a bailout, an ultimatum, a promise
        ("Lisbon received a formal request from Madrid for the extradition of the banker.", "Madrid", "Lisbon",
         "REQUEST"),
        ("Caracas received a stern warning from Bogota over the border crossings.", "Bogota", "Caracas",
         "THREATEN"),
        ("Ireland was handed a bailout worth 85 billion euros by its eurozone partners.", "its eurozone partners",
         "Ireland", "AID"),
        ("The junta was handed an ultimatum by the regional bloc.", "the regional bloc", "The junta", "THREATEN"),
        ("Haiti was promised 2 billion dollars in reconstruction loans by the donors.", "the donors", "Haiti",
         "AGREE"),
        # "had its aid cut by", "saw its exports banned by": the holder is the target
        ("Honduras had its military aid suspended by Washington after the coup.", "Washington", "Honduras",
         "SANCTION"),
        # protests led by someone, a strike embarked on, a courtesy call paid
        ("The prime minister faces mass protests led by opposition parties.", "opposition parties",
         "The prime minister", "PROTEST"),
        ("The doctors' union embarked on a strike against the health ministry.", "The doctors' union",
         "the health ministry", "PROTEST"),
        ("The Chinese ambassador paid a courtesy call on the governor of Lagos State.", "The Chinese ambassador",
         "the governor", "CONSULT"),
        # support withdrawn, refugees refused, fuel shipped, compensation promised
        ("The Greens withdrew their support from the minority government.", "The Greens", "the minority government",
         "SANCTION"),
        ("Thailand will not accept more refugees from Myanmar.", "Thailand", "refugees", "REJECT"),
        ("Algeria shipped 30,000 tonnes of diesel to Lebanon.", "Algeria", "Lebanon", "AID"),
        ("The mining company said it would compensate the villagers of Marikana.", "The mining company",
         "the villagers", "AGREE"),
        # information passed on, a delivery of hundreds of weapons
        ("Moroccan intelligence passed information to Spanish police about the cell.", "Moroccan intelligence",
         "Spanish police", "COOPERATE"),
        ("Belarus's delivery of hundreds of tanks to Russia continued in March.", "Belarus", "Russia", "AID"),
        # a sentence whose subject the parser hung under the verb
        ("A coalition of Kenyan churches called on the president to reopen the talks.", "A coalition",
         "the president", "REQUEST"),
    ],
)
def test_thirteenth_pass_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def _acts(events: list[CodedEvent], trigger: str) -> list[CodedEvent]:
    return [e for e in events if e.trigger == trigger]


def test_a_participle_after_to_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ecuador offered asylum to ousted President Abdala Bucaram.")
    assert not _acts(ev, "ousted"), pairs(ev)


def test_companions_of_one_country_are_no_partners(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Modi will travel to Japan together with his ministers.")
    assert not [e for e in ev if e.cameo in ("060", "062")], pairs(ev)


def test_setting_fire_is_no_plan(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Rioters set fire to cars in Lyon, and police arrested forty people.")
    arrest = _acts(ev, "arrested")
    assert arrest and all(e.modality == "happened" and e.cameo.startswith("17") for e in arrest), pairs(ev)


def test_a_reported_refusal_to_leave_is_no_expulsion(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The junta told the envoy it would not withdraw its troops from the islands.")
    assert not [e for e in _acts(ev, "told") if e.cameo in ("166", "174")], pairs(ev)


def test_a_response_threat_ranks_below_the_clause_acts(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ankara will respond if Athens extends its territorial waters.")
    threat = best(ev, "Ankara", "Athens")
    assert threat is not None and label(threat) == "THREATEN" and threat.modality == "hypothetical", pairs(ev)
    assert threat.confidence <= 0.75


def test_an_act_with_its_own_code_done_in_protest_keeps_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Bogota recalled its ambassador from Caracas in protest at the border closure.")
    recall = best(ev, "Bogota", "Caracas")
    assert recall is not None and label(recall) == "SANCTION", pairs(ev)


def test_kicking_off_is_no_assault(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia and China kicked off joint naval exercises in the Sea of Japan.")
    assert not [e for e in ev if e.cameo.startswith("18")], pairs(ev)
