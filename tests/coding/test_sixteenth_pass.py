"""Sixteenth generalisation pass (2026-12-01, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, pairs
from coder_helpers import check as _check

from detente.coding.batch import code_documents
from detente.coding.conditional import threat_of
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


def _coded(text: str) -> list[CodedEvent]:
    return code_documents([Document(text=text)], registry=ActorRegistry())[0][1]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a hostile act announced on a condition is a threat made
        ("Bolivia would expel the American ambassador unless Washington stopped meddling.", "Bolivia",
         "the American ambassador", "THREATEN"),
        ("The governor said he could impose a curfew on Kano if the riots continued.", "The governor", "Kano",
         "THREATEN"),
        ("Lithuania will veto the trade agreement with Minsk unless it frees the jailed reporters.", "Lithuania",
         "Minsk", "THREATEN"),
        ("The World Bank said it might freeze its grants to Malawi if the audit found fraud.", "The World Bank",
         "Malawi", "THREATEN"),
        # ... but a refusal on a condition stays a refusal, a negated act is no threat, and an unconditioned act
        # stays the act
        ("Quito said it would refuse to accept the loan if the IMF attached new conditions.", "Quito", "the IMF",
         "REJECT"),
        ("Chilean police arrested three students in Valparaiso.", "Chilean police", "three students", "COERCE"),
        # ending an agreement with a named party reduces relations (SANCTION); a bare deal scrapped is rejected
        ("Burkina Faso tore up its defence accord with Paris.", "Burkina Faso", "Paris", "SANCTION"),
        ("The city of Oslo suspended its twinning agreement with St Petersburg.", "The city",
         "St Petersburg", "SANCTION"),
        ("Adidas ended its sponsorship deal with the rapper Kanye West.", "Adidas", "Kanye West", "SANCTION"),
        # blocking treaties, drafts and entries; tightening a siege; scrambling jets; stopping payments
        ("Hungary blocked Ukraine's entry into the alliance.", "Hungary", "Ukraine", "REJECT"),
        ("Pakistan blocked India's draft resolution at the council.", "Pakistan", "India", "REJECT"),
        ("Ethiopian troops tightened their siege of Mekelle.", "Ethiopian troops", "Mekelle", "ASSAULT"),
        ("Canada withheld its dues from the Commonwealth secretariat.", "Canada", "the Commonwealth", "SANCTION"),
        ("The African Development Bank suspended disbursements to Mali.", "The African Development Bank", "Mali",
         "SANCTION"),
        # protest forms: pots and pans, hunger strikes, shutdowns
        ("Chilean women banged pots outside La Moneda to protest the pension law.", "Chilean women", "La Moneda",
         "PROTEST"),
        ("Jailed Kurdish deputies refused food to press Ankara to end the isolation of their leader.",
         "Jailed Kurdish deputies", "Ankara", "PROTEST"),
        # wanted people handed over to another state: judicial cooperation with it
        ("Bogota handed over cartel boss Dairo Usuga to the United States.", "Bogota", "the United States",
         "COOPERATE"),
        ("Khartoum handed over the Egyptian militant known as Abu Omar to Cairo's security services.", "Khartoum",
         "Cairo", "COOPERATE"),
        # a verb read as a modifier in a report's content ("..., the ministry said")
        ("King Abdullah pardoned journalist Omar Rahal, the royal court said.", "King Abdullah", "Omar Rahal",
         "YIELD"),
        ("Before the vote, hundreds of Kenyans protested outside the electoral commission in Nairobi, waving "
         "placards, The Standard reported.", "Kenyans", "the electoral commission", "PROTEST"),
        # "neither ... nor" negates both verbs
        ("Manila said it would neither accept nor recognise the decision of the Chinese coast guard.", "Manila",
         "the Chinese coast guard", "REJECT"),
        # forces moved, forgiveness asked, buildings torn down, disputes taken to a tribunal,
        # tariffs scrapped, currency deals, shutdowns
        ("The governor sent the National Guard into Kenosha.", "The governor", "Kenosha", "MOBILIZE"),
        ("The Pentagon ordered two frigates to the Red Sea.", "The Pentagon", "the Red Sea", "MOBILIZE"),
        ("The Dutch king asked the Indonesian people for forgiveness for colonial violence.", "The Dutch king",
         "the Indonesian people", "SUPPORT"),
        ("Settlers tore down a Palestinian school near Hebron.", "Settlers", "a Palestinian school", "ASSAULT"),
        ("Canada took its dispute with India over sugar subsidies to the WTO.", "Canada", "India", "ACCUSE"),
        ("Washington scrapped the steel tariffs on Ankara.", "Washington", "Ankara", "YIELD"),
        ("Russia now settles most of its trade with India in rupees.", "Russia", "India", "COOPERATE"),
        ("Kashmiri traders observed a shutdown against New Delhi's new land laws.", "Kashmiri traders",
         "New Delhi", "PROTEST"),
        ("Rebels dynamited a railway bridge used by government troops.", "Rebels", "a railway bridge", "ASSAULT"),
        # the subject of a participle after "at" is what is fired at
        ("Soldiers fired rubber bullets at farmers marching on the capital.", "Soldiers", "farmers", "ASSAULT"),
        # demands that someone be charged, indicted or held accountable, or for their sentence, are charges
        ("Ukrainian prosecutors recommended that the former mayor be indicted for treason.", "Ukrainian prosecutors",
         "the former mayor", "ACCUSE"),
        ("The teachers' union demanded that the education minister be held accountable for the leak.",
         "The teachers' union", "the education minister", "ACCUSE"),
        ("Prosecutors in Lima asked for a 20-year prison sentence for former president Pedro Castillo.",
         "Prosecutors", "Pedro Castillo", "ACCUSE"),
        # riot police storming a place use force; armed forces taking control of a place occupy it
        ("Kenyan riot police stormed the university campus in Nairobi.", "Kenyan riot police",
         "the university campus", "ASSAULT"),
        ("Sudanese troops took full control of the town of Bara.", "Sudanese troops", "Bara", "ASSAULT"),
        ("Government forces and allied militias seized control of Taiz airport.", "Government forces",
         "Taiz airport", "ASSAULT"),
        # people taken into custody are arrested, whatever their name sounds like
        ("Police took Senator Ana Lima into custody on Friday.", "Police", "Senator Ana Lima", "COERCE"),
        # an election boycotted is the boycott's target
        ("The main opposition alliance boycotted the local elections in Dhaka.", "The main opposition alliance",
         "the local elections", "PROTEST"),
        # goods counted ("thousands of tents") are still the goods sent; helmets and vests are military aid
        ("The Red Crescent sent thousands of blankets to flood victims in Sindh.", "The Red Crescent", "Sindh",
         "AID"),
        ("Poland sent 2,000 military helmets to Moldova.", "Poland", "Moldova", "AID"),
        # a treaty put in abeyance is suspended
        ("Bangladesh put its border pact with Myanmar in abeyance.", "Bangladesh", "Myanmar", "SANCTION"),
        # refugees sent on are no goods: a threat to send them stays a threat
        ("Minsk threatened to send thousands of migrants to Poland.", "Minsk", "Poland", "THREATEN"),
        # a threatened boycott: the occasion boycotted is the target, before the party the condition waits on
        ("The Kenyan opposition threatened to boycott the presidential election unless the commission was "
         "dissolved.", "The Kenyan opposition", "the presidential election", "THREATEN"),
        # workers walking out of their workplace strike
        ("Junior doctors walked out of clinics across Wales on Monday.", "Junior doctors", "Wales", "PROTEST"),
        # instalments and contributions paid are money given
        ("Sweden paid the second tranche of its pledge to the Global Fund.", "Sweden", "the Global Fund", "AID"),
        # an outlet's operations suspended are censored
        ("Ankara suspended the operations of Wikipedia in Turkey.", "Ankara", "Wikipedia", "COERCE"),
        # goods flown to a place are given
        ("The Indian air force flew medicines and blankets to Kathmandu.", "The Indian air force", "Kathmandu",
         "AID"),
        # a place named before a colon is a dateline, not the source
        ("Abu Dhabi: Emirati officials welcomed the Omani delegation on Monday.", "Emirati officials",
         "the Omani delegation", "SUPPORT"),
    ],
)
def test_sixteenth_pass(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)


def test_threat_codes_follow_the_act() -> None:
    assert threat_of("1724") == "1324"  # martial law threatened
    assert threat_of("163") == "1312"  # an embargo threatened
    assert threat_of("195") == "1384"  # an attack threatened
    assert threat_of("143") == "133"  # a strike threatened
    assert threat_of("057") is None  # an agreement is no threat


def test_a_condition_without_a_modal_is_no_threat() -> None:
    ev = _coded("Police arrested the protesters if they refused to leave.")
    assert not any(e.plover == "THREATEN" for e in ev), pairs(ev)


def test_a_plain_scrapped_deal_is_rejected() -> None:
    ev = _coded("The new government scrapped the proposed deal.")
    assert all(e.plover != "SANCTION" for e in ev), pairs(ev)


def test_the_person_handed_over_is_no_partner() -> None:
    ev = _coded("Bogota handed over cartel boss Dairo Usuga to the United States.")
    handed = best(ev, "Dairo Usuga", "Bogota")
    assert handed is None, pairs(ev)


def test_allies_taking_control_together_do_not_attack_each_other() -> None:
    ev = _coded("Chadian troops and Malian soldiers took control of the town of Kidal.")
    assert best(ev, "Chadian troops", "Malian soldiers") is None, pairs(ev)


def test_riot_police_is_no_riot() -> None:
    ev = _coded("Riot police fired tear gas at the crowd.")
    assert not any(e.cameo.startswith("145") for e in ev), pairs(ev)


def test_a_party_winning_control_of_a_chamber_is_no_occupation() -> None:
    ev = _coded("The Democrats took control of the Senate.")
    assert not any(e.cameo == "192" for e in ev), pairs(ev)
