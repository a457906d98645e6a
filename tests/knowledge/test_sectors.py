from __future__ import annotations

import pytest

from detente.knowledge.sectors import ROLE_WORDS, SECTOR_CODES, compose_code, find_role, sector_of


@pytest.mark.parametrize(
    ("role", "sectors"),
    [
        ("foreign minister", ("GOV",)),
        ("President", ("GOV",)),
        ("prime minister", ("GOV",)),
        ("ambassadors", ("GOV",)),
        ("state councilor", ("GOV",)),
        ("defence minister", ("GOV", "MIL")),
        ("soldiers", ("MIL",)),
        ("troops", ("MIL",)),
        ("riot police", ("COP",)),
        ("insurgents", ("REB",)),
        ("militants", ("REB",)),
        ("protesters", ("OPP",)),
        ("companies", ("BUS",)),
        ("journalists", ("MED",)),
        ("residents", ("CVL",)),
        ("court", ("JUD",)),
        ("legislators", ("LEG",)),
        ("refugees", ("REF",)),
        ("students", ("EDU",)),
        ("doctors", ("HLH",)),
        ("labor unions", ("LAB",)),
        ("farmers", ("AGR",)),
        ("spies", ("SPY",)),
        ("gangs", ("CRM",)),
        ("aid groups", ("NGO",)),
        ("clerics", ("REL",)),
        ("gunmen", ("UAF",)),
        ("unicorn", ()),
    ],
)
def test_sector_of(role: str, sectors: tuple[str, ...]) -> None:
    assert sector_of(role) == sectors


def test_table_size_and_codes() -> None:
    assert len(ROLE_WORDS) >= 300
    for word, sectors in ROLE_WORDS.items():
        assert word == word.lower().strip()
        assert sectors and all(s in SECTOR_CODES for s in sectors), word


@pytest.mark.parametrize(
    ("title", "phrase", "sectors"),
    [
        ("Russian Foreign Ministry spokeswoman", "spokeswoman", ("GOV",)),
        ("Chinese State Councilor", "state councilor", ("GOV",)),
        ("U.S. Secretary of State", "secretary of state", ("GOV",)),
        ("Israeli Defense Minister", "defense minister", ("GOV", "MIL")),
        ("opposition leader", "opposition leader", ("OPP",)),
        ("Sergei", None, ()),
    ],
)
def test_find_role(title: str, phrase: str | None, sectors: tuple[str, ...]) -> None:
    assert find_role(title) == (phrase, sectors)


def test_compose_code() -> None:
    assert compose_code("RUS", ["GOV"]) == "RUSGOV"
    assert compose_code("ukr", ("MIL",)) == "UKRMIL"
    assert compose_code("IGOUNO", []) == "IGOUNO"
    assert compose_code(None, ["REB"]) == "REB"
    assert compose_code("USA", ["GOV", "MIL", "GOV"]) == "USAGOVMIL"
