"""Eighteenth generalisation pass (2026-12-02, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, pairs
from coder_helpers import check as _check

from detente.coding.batch import code_documents
from detente.knowledge.groups import lookup_group
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


def _coded(text: str) -> list[CodedEvent]:
    return code_documents([Document(text=text)], registry=ActorRegistry())[0][1]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # offences committed against someone are done to them, not promised or investigated
        ("Witnesses said the soldiers committed crimes against civilians.", "the soldiers", "civilians", "ASSAULT"),
        ("The militia committed abuses against villagers in the valley.", "The militia", "villagers", "ASSAULT"),
        # an amnesty is granted to its beneficiaries, and is no human-rights group
        ("The junta declared an amnesty for exiled opposition leaders.", "The junta", "exiled opposition leaders",
         "YIELD"),
        # troops committed or pledged to a force are protection promised
        ("Chad committed 2,000 troops to the African Union force in Mali.", "Chad", "the African Union force",
         "AGREE"),
        # joint operations "against" someone attack them; joint patrols stay cooperation
        ("Malian and Nigerien troops launched joint operations against jihadist fighters near the border.",
         "Nigerien troops", "jihadist fighters", "ASSAULT"),
        ("Malian and Nigerien troops launched joint operations against jihadist fighters near the border.",
         "Malian", "Nigerien troops", "COOPERATE"),
        ("Kenyan and Somali troops conducted joint patrols along the border.", "Kenyan", "Somali troops",
         "COOPERATE"),
        # a city the recognizer swallowed into a time is still the target
        ("Russia launched a wave of drones at Kyiv overnight, the air force said.", "Russia", "Kyiv", "ASSAULT"),
        # praise heaped on someone, and someone called a hero or an example, praise them
        ("The premier lavished praise on the rescue workers.", "The premier", "the rescue workers", "SUPPORT"),
        ("The senator called the slain officer a hero of the republic.", "The senator", "the slain officer",
         "SUPPORT"),
        # outlets ordered shut are restricted
        ("The telecoms authority ordered the shutdown of two opposition television channels.",
         "The telecoms authority", "two opposition television channels", "COERCE"),
        # troops sent to join a multinational force are lent to it, aid to the host
        ("Rwanda sent 800 soldiers to the Central African Republic to join the UN peacekeeping force.", "Rwanda",
         "the Central African Republic", "AID"),
        # a verb the parser hung on an "of" phrase as a reduced relative clause is the verb of the sentence
        ("Families of the victims accused the police of a cover-up.", "Families", "the police", "ACCUSE"),
        # an envoy or delegation sent somewhere visits it (planned when it "will" be sent)
        ("The Vatican dispatched a delegation to Moscow.", "The Vatican", "Moscow", "CONSULT"),
        ("Turkey will send its special envoy to Tripoli next week.", "Turkey", "Tripoli", "AGREE"),
        # a loan tranche unlocked is paid out; a lockdown ended is eased
        ("The IMF unlocked a $1.1 billion tranche of its loan to Pakistan.", "The IMF", "Pakistan", "AID"),
        ("Chinese authorities ended the lockdown on the city's residents.", "Chinese authorities",
         "the city's residents", "YIELD"),
        # a fugitive handed over to another state's authorities is judicial cooperation
        ("Thai police handed over a fugitive businessman to Indian authorities.", "Thai police",
         "Indian authorities", "COOPERATE"),
        # people evacuated are the ones helped, not the place they leave
        ("Belgian paratroopers evacuated 900 foreigners from the capital.", "Belgian paratroopers",
         "900 foreigners", "AID"),
        # an ambassador pulled out of a country is recalled from it
        ("Qatar pulled its ambassador out of Egypt.", "Qatar", "Egypt", "SANCTION"),
        # a group stripped of its legal status is banned; officials declared persona non grata are expelled
        ("Parliament stripped nine NGOs of their legal status.", "Parliament", "nine NGOs", "COERCE"),
        ("Ethiopia declared seven UN officials persona non grata.", "Ethiopia", "seven UN officials", "SANCTION"),
        # strikes by unions are labour strikes, not air strikes
        ("Unions paralysed the country with strikes against the pension reform.", "Unions", "the pension reform",
         "PROTEST"),
        # a fugitive's wanted role makes a handover judicial cooperation
        ("Kenya handed over a senior al-Shabaab operative to Somali authorities.", "Kenya", "Somali",
         "COOPERATE"),
        # support "extended" with no material kind is backing; aid aircraft sent are relief
        ("The chief minister extended her full support to the striking teachers.", "The chief minister",
         "the striking teachers", "SUPPORT"),
        ("The UAE dispatched two aid aircraft carrying food to Sudanese refugees in Chad.", "The UAE",
         "Sudanese refugees", "AID"),
        # tear-gas canisters lobbed at a crowd; a group declared unlawful; a move blocked
        ("Police lobbed tear gas canisters at opposition supporters.", "Police", "opposition supporters", "ASSAULT"),
        ("The ministry declared the sect an unlawful association.", "The ministry", "the sect", "COERCE"),
        ("China blocked a move by India to list the militant leader as a global terrorist.", "China", "India",
         "REJECT"),
        # the speaker's own country's forces that could strike are a threat
        ("Turkish President Recep Tayyip Erdogan said Turkish missiles could strike Athens.",
         "Recep Tayyip Erdogan", "Athens", "THREATEN"),
        # a walkout from a round of talks halts them
        ("The talks collapsed after Sudan's delegation walked out of the latest round of talks with Ethiopia.",
         "Sudan's delegation", "Ethiopia", "SANCTION"),
        # an act in a relative clause whose object is the relative pronoun (or left out)
        ("Output fell under the sanctions which Washington had imposed on the state oil company in January.",
         "Washington", "the state oil company", "COERCE"),
        ("The troops held the line with the shells Washington shipped to Ukraine.", "Washington", "Ukraine", "AID"),
        # an end declared to an armed campaign de-escalates it
        ("The PKK declared an end to its armed struggle against Turkey.", "The PKK", "Turkey", "YIELD"),
        # what someone assures another they "would" do is planned, as when they say or promise it
        ("Erdogan assured Putin that he would visit Moscow in the spring.", "Erdogan", "Moscow", "AGREE"),
        ("Erdogan assured Putin that he would visit Moscow in the spring.", "Erdogan", "Putin", "AGREE"),
    ],
)
def test_eighteenth_pass(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)


def test_war_crimes_committed_are_no_investigation() -> None:
    ev = _coded("Government forces committed war crimes in the besieged city, the commission said.")
    assert not any(e.cameo.startswith("09") for e in ev), pairs(ev)


def test_an_amnesty_in_lower_case_is_no_organisation() -> None:
    assert lookup_group("an amnesty") is None
    group = lookup_group("Amnesty International")
    assert group is not None and group.code == "NGOHRIAMN"


def test_troops_committed_are_promised_one_way() -> None:
    ev = _coded("Chad committed 2,000 troops to the African Union force in Mali.")
    found = best(ev, "Chad", "the African Union force")
    assert found is not None and found.cameo == "0334", pairs(ev)
    assert best(ev, "the African Union force", "Chad") is None, pairs(ev)


def test_a_city_swallowed_by_a_time_is_split_off() -> None:
    from detente.coding.triggers import repair_place_times
    from detente.nlp.load import get_nlp

    doc = get_nlp()("Russia launched a wave of drones at Kyiv overnight, the air force said.")
    repair_place_times(doc)
    assert ("Kyiv", "GPE") in [(e.text, e.label_) for e in doc.ents]
    assert not any(e.text.startswith("Kyiv") and e.label_ == "TIME" for e in doc.ents)


def test_the_party_called_on_is_the_target_of_the_appeal() -> None:
    ev = _coded("Britain called on Iran to free the sailors.")
    top = max(ev, key=lambda e: e.confidence)
    assert top.target is not None and top.target.text == "Iran", pairs(ev)


def test_an_envoy_sent_is_not_visited() -> None:
    ev = _coded("Turkey will send its special envoy to Tripoli next week.")
    top = max(ev, key=lambda e: e.confidence)
    assert top.target is not None and top.target.text == "Tripoli", pairs(ev)


def test_leaving_a_deal_signs_no_deal() -> None:
    ev = _coded("Donald Trump pulled the United States out of the nuclear deal with Iran in 2018.")
    assert not any(e.cameo == "057" for e in ev), pairs(ev)
    top = max(ev, key=lambda e: e.confidence)
    assert top.target is not None and top.target.text == "Iran", pairs(ev)


def test_riot_police_are_no_riot() -> None:
    ev = _coded("Police ringed the square with armoured vehicles and riot police.")
    assert not any(e.cameo.startswith("145") for e in ev), pairs(ev)


def test_own_ambassador_recalled_is_no_target() -> None:
    ev = _coded("Qatar pulled its ambassador out of Egypt.")
    top = max(ev, key=lambda e: e.confidence)
    assert top.target is not None and top.target.text == "Egypt", pairs(ev)
