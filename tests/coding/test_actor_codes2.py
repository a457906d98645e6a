"""Actor codes, second round: sub-national places as owners and homes, organisations, seats of government
in several syntactic slots, and peoples and collectives named with a country's adjective."""

from __future__ import annotations

import pytest

from detente.knowledge.regions import region_countries, region_country
from detente.knowledge.sectors import find_role
from detente.model import ActorRef, CodedEvent


def _actor(events: list[CodedEvent], text: str) -> ActorRef:
    """The most confidently coded actor whose text contains ``text`` (as source or target)."""
    refs = [(e.confidence, a) for e in events for a in (e.source, e.target) if a is not None and text in a.text]
    assert refs, [(e.source.text, e.cameo, e.target.text if e.target else None) for e in events]
    return max(refs, key=lambda r: (bool(r[1].code), r[0]))[1]


def _codes(events: list[CodedEvent]) -> set[str]:
    return {a.code for e in events for a in (e.source, e.target) if a is not None and a.code}


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Laghman province", ("AFG",)),
        ("Borno state", ("NGA",)),
        ("the Tigray region", ("ETH",)),
        ("Bavarian", ("DEU",)),
        ("Oklahoma", ("USA",)),  # a US state, from the gazetteer
        ("New Mexico's", ("USA",)),
        ("Georgia", ()),  # the country's name, not the US state's
        ("afar", ()),  # a word, not Ethiopia's Afar region
        ("Punjab", ("IND", "PAK")),
    ],
)
def test_region_table(name: str, want: tuple[str, ...]) -> None:
    assert region_countries(name) == want


def test_a_shared_region_takes_the_country_of_the_context() -> None:
    assert region_country("Punjab") is None
    assert region_country("Punjab", ("PAK", "GBR")) == "PAK"


def test_a_people_does_not_take_over_its_leaders_role() -> None:
    assert find_role("Chechen leader")[1] == ("GOV",)


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("The governor of Kandahar province condemned the killing of two aid workers.", "governor", "AFGGOV"),
        ("The mayor of Mykolaiv accused Russia of shelling a hospital.", "mayor", "UKRGOV"),
        ("Ohio's attorney general sued a chemical company over the train derailment.", "attorney general",
         "USAGOV"),
        ("Michigan police arrested six men accused of plotting to kidnap the governor.", "Michigan police",
         "USACOP"),
        ("Saxony's interior minister rejected the asylum plan of the federal government.", "interior minister",
         "DEUGOV"),
        ("Bavarian prosecutors charged a former minister with corruption.", "prosecutors", "DEUJUD"),
        ("Police in Balochistan arrested four suspected separatists.", "Police", "PAKCOP"),
        ("Authorities in Tibet detained two monks.", "Authorities", "CHNGOV"),
    ],
)
def test_a_province_or_state_gives_its_country(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


def test_a_state_is_not_a_namesake_town(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Florida deputies detained a man who threatened a synagogue.")
    assert "CUB" not in {c[:3] for c in _codes(ev)}


def test_a_place_of_an_office_or_event_is_no_party(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Gunmen killed seven farmers in Nigeria's Plateau state on Sunday.")
    places = ("Nigeria", "Plateau")
    assert not [a for e in ev for a in (e.source, e.target) if a is not None and a.code and a.text in places]
    ev = code("Taliban fighters ambushed the police chief of Ghazni province.")
    assert _actor(ev, "police chief").code == "AFGCOP"
    assert not [e for e in ev if e.target is not None and e.target.code and "Ghazni" in e.target.text]


def test_waters_are_not_their_namesake_country(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Japan protested after Chinese ships entered the East China Sea near the islands.")
    assert not [e for e in ev if e.target is not None and "China Sea" in e.target.text and e.target.code]


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("Downing Street rejected the demands of the striking doctors.", "Downing Street", "GBRGOV"),
        ("A Pentagon spokesman denied that U.S. jets had struck a school.", "Pentagon spokesman", "USAMIL"),
        ("The Netanyahu government rejected the proposal by Egypt.", "Netanyahu government", "ISRGOV"),
        ("Talks between Tokyo and Seoul ended without agreement.", "Tokyo", "JPNGOV"),
    ],
)
def test_seats_of_government(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("Chinese police detained dozens of Uyghurs in Kashgar.", "Uyghurs", "CHNCVL"),
        ("Catalan police arrested a former regional minister.", "Catalan police", "ESPCOP"),
        ("Russian troops shelled Ukrainian positions near Bakhmut.", "Ukrainian positions", "UKRMIL"),
        ("Syrian government troops clashed with Turkish-backed rebels near Aleppo.", "rebels", "SYRREB"),
    ],
)
def test_peoples_and_collectives(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("The Tigray People's Liberation Front rejected the peace plan.", "Tigray", "ETHREB"),
        ("The International Energy Agency urged OPEC to raise output.", "International Energy Agency",
         "IGOWSTIEA"),
        ("Exxon Mobil signed an exploration deal with Guyana.", "Exxon", "USABUS"),
        ("Iraq expelled a senior al-Qaeda commander to Saudi Arabia.", "commander", "IMGMUSALQ"),
    ],
)
def test_organisations(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("The head of the OPCW warned Syria over missing chemical stocks.", "head", "IGOOPCW"),
        ("UNHCR chief Filippo Grandi met Greek Prime Minister Kyriakos Mitsotakis in Athens.", "Grandi",
         "IGOUNOREFHCR"),
        ("Amazon founder Jeff Bezos met the Saudi crown prince.", "Saudi crown prince", "SAUGOV"),
        ("Tesla chief executive Elon Musk met Indian Prime Minister Narendra Modi.", "Musk", "USABUS"),
    ],
)
def test_officers_of_organisations(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("Iranian police arrested dozens of Kurdish activists in Mahabad.", "Kurdish activists", "IRNOPP"),
        ("Russian mercenaries attacked a village in Burkina Faso.", "mercenaries", "RUSMIL"),
        ("Gunmen abducted three Chinese nationals near Peshawar.", "Chinese nationals", "CHNCVL"),
    ],
)
def test_shared_peoples_take_the_context(code, text: str, mention: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor(code(text), mention).code == want


def test_victims_of_a_foreign_country_are_the_other_countrys(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The governor of the Luhansk region said Russian shelling wounded two civilians.")
    assert _actor(ev, "two civilians").code == "UKRCVL"


def test_a_capital_reached_is_the_city(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday.")
    assert _actor(ev, "Kyiv").code == "UKR"
    ev = code("Canada imposed sanctions on Moscow over the invasion.")
    assert _actor(ev, "Moscow").code == "RUSGOV"


def test_a_backer_named_in_a_compound_is_not_the_actor(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The UN-backed government in Libya accused eastern forces of attacking Tripoli.")
    assert not _actor(ev, "government").code.startswith("IGO")
    ev = code("Iran-backed Houthi fighters seized a British tanker.")
    assert _actor(ev, "Houthi").code == "YEMREB"
