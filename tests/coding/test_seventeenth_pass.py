"""Seventeenth generalisation pass (2026-12-02, issue #3), each construction on sentences written for it (never dev
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
        # ultimatums: a date given "until" with the act hung on it, or "ultimatum" hung on a long name
        ("The militants gave foreign troops until the end of the year to leave the province or face attacks.",
         "The militants", "foreign troops", "THREATEN"),
        ("Army chief Frank Tuilagi gave Prime Minister Laisa Qaranivalu an ultimatum to meet his demands or step "
         "down.", "Army chief Frank Tuilagi", "Laisa Qaranivalu", "THREATEN"),
        # a charge raised or a penalty suspended is eased; a rise in aid cancelled is aid cut
        ("The prime minister suspended a planned increase in electricity prices after weeks of protests.",
         "The prime minister", "electricity prices", "YIELD"),
        ("The health ministry suspended penalties against striking nurses.", "The health ministry",
         "striking nurses", "YIELD"),
        ("Congress cancelled a planned increase in military aid to Egypt.", "Congress", "Egypt", "SANCTION"),
        # civilians blockading are protesting; an army blockading attacks
        ("Farmers blockaded the agriculture ministry in Paris to protest against cheap imports.", "Farmers",
         "the agriculture ministry", "PROTEST"),
        ("Troops blockaded the rebel-held town.", "Troops", "the rebel-held town", "ASSAULT"),
        # a strike in which workers walk off the job is a walkout, even with "against"
        ("Workers walked off the job at the port in a strike against the operator.", "Workers", "the operator",
         "PROTEST"),
        # another's proposal shelved is rejected; one's own plan shelved is conceded
        ("The Senate shelved a proposal by the president to extend his term.", "The Senate", "the president",
         "REJECT"),
        # a volley fired at a target hits the target, not the volley
        ("Gunmen fired a volley of rockets at the parliament building.", "Gunmen", "parliament", "ASSAULT"),
        ("Hamas fired a salvo of rockets at Tel Aviv on Sunday.", "Hamas", "Tel Aviv", "ASSAULT"),
        # a finding of responsibility is a finding of guilt
        ("A tribunal found Serbia responsible for failing to prevent the massacre.", "A tribunal", "Serbia",
         "ACCUSE"),
        # forces put on a war footing or going on alert
        ("North Korea put its frontline units on a war footing against South Korea.", "North Korea",
         "South Korea", "MOBILIZE"),
        # recognition switched to a government grants it
        ("Vanuatu switched its diplomatic recognition to Taipei.", "Vanuatu", "Taipei", "SUPPORT"),
        # a promise not to attack is a promise to de-escalate, not a threat
        ("Peru and Ecuador pledged not to use force against each other after talks in Lima.", "Peru", "Ecuador",
         "AGREE"),
        ("Moscow promised not to attack Ukraine.", "Moscow", "Ukraine", "AGREE"),
        # a veto overridden rejects the vetoer
        ("Parliament overrode a veto by President Duda and passed the media law.", "Parliament", "President Duda",
         "REJECT"),
        # attacks stopped, or a halt ordered to them, scale fighting down
        ("The Houthis stopped attacking commercial ships in the Red Sea after the truce.", "The Houthis",
         "commercial ships", "YIELD"),
        ("President Uribe ordered a halt to air strikes against FARC rebels.", "President Uribe", "FARC rebels",
         "YIELD"),
        ("Israel announced a pause in the shelling of Rafah.", "Israel", "Rafah", "YIELD"),
        # the speaker's own forces that could strike: a threat
        ("Putin said his forces could strike government buildings in Kyiv.", "his forces", "government buildings",
         "THREATEN"),
        # a member of an armed group acts for the group
        ("A suicide bomber from the Islamic State killed the governor of Nangarhar.", "the Islamic State",
         "the governor", "ASSAULT"),
        # sovereignty handed over is yielded; land given back is returned
        ("Egypt transferred sovereignty over the two islands to Saudi Arabia.", "Egypt", "Saudi Arabia", "YIELD"),
        ("Israel gave the Sinai peninsula back to Egypt under the treaty.", "Israel", "Egypt", "YIELD"),
        ("Hamas handed back three hostages to Israel.", "Hamas", "Israel", "YIELD"),
        # the wounded and the homeless are civilians who receive help
        ("Red Cross medics treated the wounded.", "Red Cross medics", "the wounded", "AID"),
        ("The charity handed out blankets to the homeless.", "The charity", "the homeless", "AID"),
        # a wide range of sanctions revoked is sanctions eased
        ("Washington revoked a wide range of economic sanctions against Sudan on Friday.", "Washington", "Sudan",
         "YIELD"),
        # budget support held back is aid cut; a group ordered liquidated is banned
        ("Denmark held back budget support to Tanzania after the election.", "Denmark", "Tanzania", "SANCTION"),
        ("A Moscow court ordered the liquidation of the rights group Memorial.", "A Moscow court", "Memorial",
         "COERCE"),
        # a border thrown open is opened
        ("East Germany threw open its border crossings to West Germany on Thursday.", "East Germany",
         "West Germany", "YIELD"),
        # the agent of a passive hung on the infinitive; envoys ordered to leave a country are expelled by it
        ("The sailors were allowed to leave on Wednesday by Tehran.", "Tehran", "The sailors", "YIELD"),
        ("Two Estonian diplomats were ordered to leave Russia.", "Russia", "Two Estonian diplomats", "SANCTION"),
        ("The diplomats were ordered to leave the country by the junta.", "the junta", "The diplomats", "SANCTION"),
        # an envoy asked to leave is expelled
        ("Ankara asked the Israeli ambassador to leave the country.", "Ankara", "the Israeli ambassador",
         "SANCTION"),
        # an embassy or consulate ordered closed cuts ties
        ("The State Department ordered the closure of Russia's consulate in San Francisco.", "The State Department",
         "Russia", "SANCTION"),
        # two leaders, the first parsed as a modifier of the second's name, meet each other
        ("U.S. President Donald Trump and North Korean leader Kim Jong Un held their first summit on Tuesday.",
         "Donald Trump", "Kim Jong Un", "CONSULT"),
        # an agreement named with its broker is not a party to itself
        ("Qatar and Bahrain signed a Kuwait-brokered agreement on Friday to restore diplomatic relations.", "Qatar",
         "Bahrain", "SUPPORT"),
        # a number of sanctions lifted; fighters neutralised; a suit struck out; water cannon fired
        ("Washington lifted a number of economic sanctions on Sudan.", "Washington", "Sudan", "YIELD"),
        ("Kenyan troops neutralized six al-Shabaab fighters near the border.", "Kenyan troops", "al-Shabaab",
         "ASSAULT"),
        ("A court in Lagos struck out a suit filed by the opposition party.", "A court", "the opposition party",
         "REJECT"),
        ("Chinese coast guard ships blasted a Philippine supply boat with water cannon.",
         "Chinese coast guard ships", "a Philippine supply boat", "ASSAULT"),
        # a crowd counted in thousands riots as a crowd
        ("Thousands of protesters hurled rocks and eggs at the Japanese embassy on Saturday.", "protesters",
         "the Japanese embassy", "PROTEST"),
        # a bid to harm someone dropped is a concession to them
        ("The Home Office dropped its bid to deport a Nigerian-born nurse.", "The Home Office",
         "a Nigerian-born nurse", "YIELD"),
        # an act done jointly with a partner is cooperation with it, not an attack on it
        ("Kenya launched joint military operations with Somalia against al-Shabaab camps in Gedo.", "Kenya",
         "Somalia", "COOPERATE"),
        # an adjective read as a participle does not hide the backing pledged
        ("Chancellor Scholz pledged unwavering political backing for President Zelenskiy.", "Chancellor Scholz",
         "President Zelenskiy", "SUPPORT"),
        # a loan blocked is rejected; residents ordered to stay indoors are under curfew
        ("Hungary blocked a 5 billion euro EU loan for Ukraine in December.", "Hungary", "Ukraine", "REJECT"),
        ("Police ordered residents of Kandy to stay indoors.", "Police", "residents", "COERCE"),
        ("Norway's wealth fund divested its holdings in Caterpillar.", "Norway's wealth fund", "Caterpillar",
         "SANCTION"),
    ],
)
def test_seventeenth_pass(text: str, source: str, target: str, plover: str) -> None:
    _check(_coded, text, source, target, plover)


def test_talks_about_a_deal_make_no_deal() -> None:
    ev = _coded("Britain and Australia held talks on a free trade deal with New Zealand.")
    assert not any(e.cameo == "057" for e in ev), pairs(ev)
    ev = _coded("Canberra suspended negotiations on a trade agreement with Jakarta.")
    assert not any(e.cameo == "057" for e in ev), pairs(ev)
    halted = best(ev, "Canberra", "Jakarta")
    assert halted is not None and halted.cameo == "164", pairs(ev)


def test_an_attack_that_stopped_is_not_coded_as_an_attack() -> None:
    ev = _coded("The army ceased shelling the town.")
    assert not any(e.cameo.startswith("19") for e in ev), pairs(ev)


def test_a_signed_banner_is_no_agreement() -> None:
    ev = _coded("A banner signed by the cartel threatened local journalists with death.")
    assert not any(e.cameo == "057" for e in ev), pairs(ev)
    threat = best(ev, "the cartel", "local journalists")
    assert threat is not None and threat.plover == "THREATEN", pairs(ev)


def test_own_plan_shelved_is_a_concession() -> None:
    ev = _coded("The government shelved its plan to raise fuel prices.")
    assert not any(e.plover == "REJECT" for e in ev), pairs(ev)


def test_an_increase_in_aid_is_no_burden() -> None:
    ev = _coded("Congress cancelled a planned increase in military aid to Egypt.")
    assert not any(e.cameo == "081" for e in ev), pairs(ev)


def test_soldiers_blocking_a_road_do_not_protest() -> None:
    ev = _coded("Soldiers blocked the road to the airport.")
    assert not any(e.cameo == "144" for e in ev), pairs(ev)


def test_citizens_asked_to_leave_are_not_expelled() -> None:
    ev = _coded("The embassy asked its citizens to leave Lebanon.")
    assert not any(e.cameo in ("166", "174") for e in ev), pairs(ev)


def test_recognition_switched_from_one_capital_to_another() -> None:
    ev = _coded("Panama switched diplomatic recognition from Taiwan to China in 2017.")
    cut = best(ev, "Panama", "Taiwan")
    granted = best(ev, "Panama", "China")
    assert cut is not None and cut.cameo == "161", pairs(ev)
    assert granted is not None and granted.cameo == "054", pairs(ev)


def test_an_ally_fought_alongside_is_not_attacked() -> None:
    ev = _coded("The Iraqi army fought alongside Kurdish forces on the approaches to Mosul.")
    assert not any(e.plover == "ASSAULT" and e.target is not None and "Kurdish" in e.target.text for e in ev), \
        pairs(ev)
