"""Fifth generalisation pass (2026-11-30, issue #3): argument linking outside subject/object position,
SUPPORT/AGREE/CONSULT boundaries and aid, concession and coercion phrased indirectly."""

from __future__ import annotations

import pytest
from coder_helpers import best as _best
from coder_helpers import check as _check
from coder_helpers import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # giving nouns with a giver (possessor or "by") and a recipient ("to" / "for")
        ("The shipment of 20 tonnes of rice by Vietnam to the Philippines was completed.", "Vietnam", "Philippines",
         "AID"),
        ("Norway's contribution of 12 million dollars to UNICEF was confirmed on Friday.", "Norway", "UNICEF", "AID"),
        ("Ireland's funding for Ethiopian clinics doubled last year.", "Ireland", "clinics", "AID"),
        ("Spain's assistance to Moroccan flood victims was praised by Rabat.", "Spain", "victims", "AID"),
        # debts written off or forgiven, measured in money
        ("France forgave 300 million euros of debt owed by Mali.", "France", "Mali", "AID"),
        # aid offered to someone is aid put at their disposal
        ("Thailand offered shelter to the Karen villagers fleeing the fighting.", "Thailand", "villagers", "AID"),
        ("Kuwait offered Jordan a soft loan of 200 million dollars.", "Kuwait", "Jordan", "AID"),
        # peacekeepers deployed, in a relative clause or a passive without an agent
        ("The Nepalese peacekeepers who were deployed to Lebanon returned home.", "Nepalese", "Lebanon", "AID"),
    ],
)
def test_indirect_aid(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # thanks and gratitude for a gift back the giver; the gift is only the reason
        ("Manila conveyed its gratitude to Seoul for the donation of rice.", "Manila", "Seoul", "SUPPORT"),
        ("The Ghanaian president thanked Germany for its assistance.", "Ghanaian", "Germany", "SUPPORT"),
        # an accord concluded (object of "agree") is signed, not promised
        ("Angola and Namibia have agreed a new water-sharing accord.", "Angola", "Namibia", "SUPPORT"),
        # backing pledged by someone who is meeting the other party
        ("Meeting the Iraqi president in Amman, the king pledged Jordan's support for his government.", "king",
         "Iraqi president", "SUPPORT"),
        # a future act reported before the speaker's promise: the promised act, still a promise
        ("Canada will send two field hospitals to Turkey, the prime minister promised.", "Canada", "Turkey", "AGREE"),
    ],
)
def test_support_agree_consult(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_thanks_for_aid_is_no_aid_event(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Manila conveyed its gratitude to Seoul for the donation of rice.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # an event noun that names its doer, subject of a passive verb without an agent
        ("The expulsion of two Latvian diplomats by Minsk was announced on Monday.", "Minsk", "diplomats",
         "SANCTION"),
        # a meeting in a time clause under a participle: the participle's noun is the one meeting
        ("The Qatari emir, speaking after meeting Erdogan, said the talks went well.", "emir", "Erdogan", "CONSULT"),
        # stepping aside from an office
        ("The mayor stepped aside from the council pending the audit.", "mayor", "council", "YIELD"),
        # interning people, watching them, turning back migrants
        ("The militia interned hundreds of Yazidis in a school.", "militia", "Yazidis", "COERCE"),
        ("The police placed the journalist under surveillance.", "police", "journalist", "COERCE"),
        ("The Libyan coast guard intercepted 120 migrants off Zuwara.", "coast guard", "migrants", "COERCE"),
    ],
)
def test_linking_and_uncommon_verbs(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # honours conferred recognise the one honoured
        ("Senegal awarded its national order of merit to the Malian singer.", "Senegal", "singer", "SUPPORT"),
        ("The queen conferred a medal on the Nepalese mountaineer.", "queen", "mountaineer", "SUPPORT"),
        # weapons offered are military aid
        ("Slovakia offered Ukraine a squadron of fighter jets.", "Slovakia", "Ukraine", "AID"),
        # shelter found somewhere is given by the host
        ("Hundreds of Sudanese refugees found shelter in Chad last month.", "Chad", "refugees", "AID"),
        # a penalty someone is told they will face is a threat against them
        ("The minister said Serbia would face consequences if it recognised the vote.", "minister", "Serbia",
         "THREATEN"),
        # an accord signed with a partner the registry does not know
        ("The Kenyan government and the striking nurses signed a wage deal.", "Kenyan", "nurses", "SUPPORT"),
    ],
)
def test_honours_offers_shelter_threats(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_a_restraining_order_granted_is_no_honour(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The judge granted the union a restraining order against the company.")
    assert not [e for e in ev if e.plover == "SUPPORT"], _pairs(ev)


def test_consequences_for_a_thing_are_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Economists said the economy would face consequences from the drought.")
    assert not [e for e in ev if e.plover == "THREATEN"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # backing voiced in a meeting or a call is backing for the one met
        ("In a phone call with Macron, Modi offered his condolences over the attack.", "Modi", "Macron", "SUPPORT"),
        ("During talks with the Kenyan president, Scholz expressed solidarity with Kenya.", "Scholz", "Kenyan",
         "SUPPORT"),
        # a phone call with someone named is consultation
        ("Erdogan discussed the grain corridor in a phone call with Putin.", "Erdogan", "Putin", "CONSULT"),
    ],
)
def test_backing_in_meetings(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_a_suspended_aid_noun_stays_a_suspension(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Canada's aid to Haiti was suspended after the election.")
    best = _best(ev, "Canada", "Haiti")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)


def test_food_parcels_handed_out_are_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Church volunteers handed out food parcels to pensioners in Kharkiv.")
    best = _best(ev, "volunteers", "pensioners")
    assert best is not None and best.plover == "AID", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # people brought to safety; rescuers sent
        ("A Greek frigate evacuated 300 foreign workers from Libya.", "frigate", "Libya", "AID"),
        ("Portugal sent firefighters to Chile to fight the forest fires.", "Portugal", "Chile", "AID"),
        # a lockdown imposed on a place
        ("The authorities imposed a lockdown on Wuhan.", "authorities", "Wuhan", "COERCE"),
        # "the ministers of X and Y" meet as X and Y
        ("The defence ministers of Japan and Australia held talks in Tokyo.", "Japan", "Australia", "CONSULT"),
    ],
)
def test_evacuations_lockdowns_and_envoys(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_positions_evacuated_stay_a_retreat(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The army evacuated its positions near the border.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # concern over an act is aimed at whoever did it: its agent, or the state it happened in
        ("Paris voiced concern over the jailing of three reporters by Egyptian police.", "Paris", "Egyptian police"),
        ("The UN envoy expressed concern over the killing of protesters in Sudan.", "UN envoy", "Sudan"),
    ],
)
def test_concern_over_an_act(code, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, "ACCUSE")


def test_weapons_sent_to_a_state_are_military_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway sent eight Leopard tanks to Ukraine.")
    best = _best(ev, "Norway", "Ukraine")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_weapons_sent_to_a_border_stay_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Moscow sent tanks to the frontier.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)


def test_a_visit_under_a_future_verb_is_planned(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Kenyan president will travel to Accra for talks with the Ghanaian leader.")
    best = _best(ev, "Kenyan", "Ghanaian")
    assert best is not None and best.plover == "AGREE", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # released from custody with no agent named: the state holding them
        ("Three Australian nationals were released from prison in Myanmar on Monday.", "Myanmar", "Australian",
         "YIELD"),
        # a possessor of an expulsion from a country is the one expelled
        ("The reporter's expulsion from Ethiopia drew protests.", "Ethiopia", "reporter", "COERCE"),
    ],
)
def test_agentless_custody_and_expulsion(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_hostages_released_somewhere_are_not_released_by_that_state(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The hostages were released in Niger on Sunday.")
    assert not [e for e in ev if "Niger" in e.source.text], _pairs(ev)


def test_troops_lent_to_a_joint_mission_are_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Senegal deployed gendarmes to Gambia as part of the ECOWAS stabilisation mission.")
    best = _best(ev, "Senegal", "Gambia")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_a_multinational_force_deployed_is_still_a_deployment(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("NATO deployed a multinational battlegroup to Estonia.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # money "from" a giver "to" a recipient, subject of a passive verb without an agent
        ("A 500 million dollar loan from Japan to Vietnam was approved on Monday.", "Japan", "Vietnam", "AID"),
        ("A grant from the World Bank to Malawi was suspended last year.", "World Bank", "Malawi", "SANCTION"),
    ],
)
def test_passive_money_from_a_giver(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_a_sentence_initial_aid_noun_tagged_as_a_verb(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Aid from Qatar to Afghanistan has doubled since January.")
    best = _best(ev, "Qatar", "Afghanistan")
    assert best is not None and best.plover == "AID", _pairs(ev)
