"""The actor registry: lookup, learning from text, dirty tracking and built-in leaders with date ranges."""

from __future__ import annotations

from datetime import date

from detente.model import LearnedActor
from detente.nlp.registry import ActorRegistry, name_aliases, norm_name


def test_norm_name_strips_titles_and_possessives() -> None:
    assert norm_name("Mr. Lavrov's") == "lavrov"
    assert norm_name("  President  Emmanuel Macron ") == "emmanuel macron"


def test_aliases_respect_surname_order() -> None:
    assert "Ebrard" in name_aliases("Marcelo Ebrard", "MEX")
    assert "Li" in name_aliases("Li Qiang", "CHN")


def test_learn_then_lookup_by_surname() -> None:
    reg = ActorRegistry(seed_builtin=False)
    reg.learn(
        "Marcelo Ebrard",
        "MEX",
        ("GOV",),
        "foreign minister",
        on=date(2022, 1, 5),
        evidence="Mexican Foreign Minister Marcelo Ebrard said.",
        doc_id="d1",
    )
    hit = reg.lookup("Ebrard", date(2022, 2, 1))
    assert hit is not None and hit.country == "MEX" and hit.code == "MEXGOV"
    assert hit.evidence_doc == "d1" and hit.first_seen == date(2022, 1, 5)
    assert reg.lookup("Somebody Else") is None


def test_dirty_and_mark_clean() -> None:
    reg = ActorRegistry(seed_builtin=False)
    reg.learn("Ana Lopez", "CHL", ("GOV",), "minister", on=date(2020, 1, 1))
    assert [a.name for a in reg.dirty()] == ["Ana Lopez"]
    reg.mark_clean()
    assert reg.dirty() == []
    reg.learn("Ana Lopez", "CHL", ("GOV",), "minister", on=date(2020, 1, 1))
    assert reg.dirty() == []  # nothing changed
    reg.learn("Ana Lopez", "CHL", ("GOV",), "minister", on=date(2020, 3, 1))
    assert reg.dirty() and reg.dirty()[0].last_seen == date(2020, 3, 1)


def test_loaded_actors_are_used() -> None:
    actor = LearnedActor(key="jon doe", name="Jon Doe", country="NOR", sectors=("MIL",), aliases=("Doe",))
    reg = ActorRegistry([actor], seed_builtin=False)
    hit = reg.lookup("Doe")
    assert hit is not None and hit.code == "NORMIL"


def test_builtin_leaders_respect_dates() -> None:
    reg = ActorRegistry()
    putin = reg.lookup("Putin", date(2024, 4, 3))
    assert putin is not None and putin.country == "RUS" and putin.origin == "builtin"
    lavrov = reg.lookup("Lavrov", date(2024, 4, 3))
    assert lavrov is None or lavrov.country == "RUS"


def test_date_restricted_loaded_actors() -> None:
    old = LearnedActor(
        key="x@a",
        name="Jan Kowal",
        country="POL",
        sectors=("GOV",),
        aliases=("Kowal",),
        origin="petrarch",
        valid_from=None,
        valid_to=date(2010, 1, 1),
    )
    new = LearnedActor(
        key="x@b",
        name="Jan Kowal",
        country="POL",
        sectors=("MIL",),
        aliases=("Kowal",),
        origin="petrarch",
        valid_from=date(2010, 1, 2),
        valid_to=None,
    )
    reg = ActorRegistry([old, new], seed_builtin=False)
    a = reg.lookup("Kowal", date(2005, 5, 5))
    b = reg.lookup("Kowal", date(2015, 5, 5))
    assert a is not None and a.code == "POLGOV"
    assert b is not None and b.code == "POLMIL"
