from __future__ import annotations

import pytest

from detente.knowledge.countries import (
    by_code,
    capital_of,
    countries,
    lookup_country,
    lookup_country_kind,
    metonym_sectors,
    split_compound_demonym,
)


def test_coverage() -> None:
    cs = countries()
    assert len(cs) >= 245
    codes = {c.iso3 for c in cs}
    assert {"USA", "RUS", "CHN", "PSE", "XKX", "SSD", "TWN"} <= codes
    assert len(codes) == len(cs)
    assert by_code("XKX") is not None and by_code("XKX").cameo == "KSV"  # type: ignore[union-attr]
    assert by_code("KSV") is by_code("XKX")


def test_every_country_has_a_demonym_and_codes() -> None:
    for c in countries():
        assert c.demonyms, c.iso3
        assert len(c.iso3) == 3 and len(c.iso2) == 2 and len(c.cameo) == 3
        assert c.name in c.names


def test_centroids_are_plausible() -> None:
    rus, fra, aus = by_code("RUS"), by_code("FRA"), by_code("AUS")
    assert rus and rus.lat and rus.lon and 45 < rus.lat < 70 and 30 < rus.lon < 140
    assert fra and fra.lat and fra.lon and 42 < fra.lat < 51 and -5 < fra.lon < 8
    assert aus and aus.lat and aus.lat < -10


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the Kremlin", "RUS"),
        ("The Kremlin's", "RUS"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("the United States", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("north korea", "PRK"),
        ("DPRK", "PRK"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Chinese", "CHN"),
        ("Iranian", "IRN"),
        ("Americans", "USA"),
        ("Moscow", "RUS"),
        ("Beijing", "CHN"),
        ("Washington", "USA"),
        ("Whitehall", "GBR"),
        ("Downing Street", "GBR"),
        ("Elysee", "FRA"),
        ("Zhongnanhai", "CHN"),
        ("Burma", "MMR"),
        ("Türkiye", "TUR"),
        ("Palestinians", "PSE"),
        ("Kosovar", "XKX"),
        ("Guinea-Bissau", "GNB"),
        ("Filipinos", "PHL"),
        ("Dutch", "NLD"),
    ],
)
def test_lookup_country(text: str, iso3: str) -> None:
    c = lookup_country(text)
    assert c is not None and c.iso3 == iso3


def test_lookup_rejects_pronoun_and_unknown() -> None:
    assert lookup_country("us") is None
    assert lookup_country("car") is None
    assert lookup_country("Atlantis") is None
    assert lookup_country("") is None


def test_kind_and_metonym_sectors() -> None:
    assert lookup_country_kind("Moscow") == (by_code("RUS"), "capital")
    assert lookup_country_kind("Russian")[1] == "demonym"  # type: ignore[index]
    assert metonym_sectors("the Pentagon") == ("MIL",)
    assert metonym_sectors("Kremlin") == ("GOV",)
    assert metonym_sectors("Russia") == ()


def test_capital_of() -> None:
    assert capital_of("RUS") == "Moscow"
    assert capital_of("ukr") == "Kyiv"
    assert capital_of("ZZZ") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Sino-Russian", ["CHN", "RUS"]),
        ("Russo-Ukrainian", ["RUS", "UKR"]),
        ("Indo-Pakistani", ["IND", "PAK"]),
        ("US-China", ["USA", "CHN"]),
        ("U.S.–China", ["USA", "CHN"]),
        ("Israeli-Palestinian", ["ISR", "PSE"]),
        ("Sino-US", ["CHN", "USA"]),
        ("Franco-German", ["FRA", "DEU"]),
        ("Iran-Iraq", ["IRN", "IRQ"]),
        ("Guinea-Bissau-Senegal", ["GNB", "SEN"]),
    ],
)
def test_split_compound(text: str, codes: list[str]) -> None:
    assert [c.iso3 for c in split_compound_demonym(text)] == codes


@pytest.mark.parametrize("text", ["Guinea-Bissau", "Indo-Pacific", "Russian", "Afro-Asian", "well-known"])
def test_split_compound_rejects(text: str) -> None:
    assert split_compound_demonym(text) == []


def test_names_and_demonyms_resolve_to_their_country() -> None:
    shared_forms = {"congo"}  # "Congo" alone means DR Congo in the news; Congo-Brazzaville keeps its long forms
    wrong = [
        (c.iso3, form)
        for c in countries()
        for form in (*c.names, *c.demonyms)
        if form.casefold() not in shared_forms and getattr(lookup_country(form), "iso3", None) != c.iso3
    ]
    assert wrong == []
