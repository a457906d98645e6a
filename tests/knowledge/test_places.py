from __future__ import annotations

import time

import pytest

from detente.knowledge.places import city_candidates, fips_of, iso2_of, resolve_place


def test_first_call_is_quick() -> None:
    t = time.perf_counter()
    place = resolve_place("Moscow")
    assert time.perf_counter() - t < 5.0  # generous: CI machines are shared
    assert place is not None and place.country == "RUS" and place.feature == "city"
    assert place.lat is not None and 55 < place.lat < 56


@pytest.mark.parametrize(
    ("name", "prefer", "country"),
    [
        ("Paris", (), "FRA"),
        # a context country's city wins only against a namesake at most six times bigger: a meeting of
        # Americans in Paris or Geneva is in France or Switzerland, Tripoli in a Lebanese story is Lebanon's
        ("Paris", ("USA",), "FRA"),
        ("Geneva", ("USA", "RUS"), "CHE"),
        ("Tripoli", ("LBN",), "LBN"),
        ("Tripoli", (), "LBY"),
        ("Birmingham", ("USA",), "USA"),
        ("Kiev", (), "UKR"),
        ("Kyiv", (), "UKR"),
        ("Bombay", (), "IND"),
        ("Washington", (), "USA"),
        ("Donetsk", (), "UKR"),
        ("Aleppo", (), "SYR"),
        ("São Paulo", (), "BRA"),
        ("Sao Paulo", (), "BRA"),
    ],
)
def test_cities(name: str, prefer: tuple[str, ...], country: str) -> None:
    place = resolve_place(name, prefer)
    assert place is not None and place.country == country and place.feature == "city"


def test_countries_resolve_to_centroids() -> None:
    place = resolve_place("Ukraine")
    assert place is not None and place.feature == "country" and place.country == "UKR"
    assert place.lat is not None and 44 < place.lat < 53
    civ = resolve_place("Ivory Coast")
    assert civ is not None and civ.country == "CIV"


def test_unknown_and_candidates() -> None:
    assert resolve_place("Qwxzyville") is None
    assert resolve_place("  ") is None
    cands = city_candidates("Moscow")
    assert {c.country for c in cands} >= {"RUS", "USA"}


def test_code_helpers() -> None:
    assert fips_of("DEU") == "GM"
    assert fips_of("GBR") == "UK"
    assert iso2_of("RUS") == "RU"
    assert fips_of("ZZZ") is None and iso2_of("ZZZ") is None
