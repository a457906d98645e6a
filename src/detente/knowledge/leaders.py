"""A small built-in table of office holders that seeds the actor registry.

``data/leaders.csv`` (hand-written from public knowledge) lists heads of state and government, foreign
ministers and some defence ministers and commanders of about 150 countries, 2010 onwards (earlier starts
where a term began before), plus the heads of the main organisations (UN, NATO, the EU's institutions,
IAEA, WHO, IMF, World Bank, WTO, OPEC, ASEAN, Arab League, AU Commission, ICC prosecutors...), for which
``country`` holds the organisation's code (``IGOUNO``...). People whose surname is a common word, a
place or a more famous person's name are left out (the registry also knows each person by surname);
terms that began or ended after mid-2025 are the least certain rows. One row per term: a person who held
two offices, or the same office twice, has several rows. ``end`` is the day the term ended; ``None``
means still in office as far as the table knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from detente.knowledge._data import read_csv
from detente.knowledge._text import key


@dataclass(frozen=True)
class Leader:
    name: str
    aliases: tuple[str, ...]
    country: str  # ISO3, or an organisation code such as IGOUNO
    sectors: tuple[str, ...]
    role: str
    start: date | None
    end: date | None

    def holds_office_on(self, on: date) -> bool:
        """Whether the term covers ``on`` (start inclusive, end exclusive; open ends are open)."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def code(self) -> str:
        """The composed CAMEO actor code, e.g. ``RUSGOV``."""
        return self.country + "".join(s for s in self.sectors if not self.country.endswith(s))


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


@lru_cache(maxsize=1)
def _leaders() -> tuple[Leader, ...]:
    out = []
    for r in read_csv("leaders.csv"):
        aliases = tuple(dict.fromkeys((r["name"], *_split(r["aliases"]))))
        out.append(
            Leader(
                name=r["name"],
                aliases=aliases,
                country=r["country"],
                sectors=_split(r["sectors"]),
                role=r["role"],
                start=_date(r["start"]),
                end=_date(r["end"]),
            )
        )
    return tuple(out)


def leaders() -> list[Leader]:
    """Every term in the table."""
    return list(_leaders())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Leader, ...]]:
    idx: dict[str, list[Leader]] = {}
    for ld in _leaders():
        for a in ld.aliases:
            idx.setdefault(key(a), []).append(ld)
    return {k: tuple(dict.fromkeys(v)) for k, v in idx.items()}


def leaders_for(alias: str, on: date | None = None) -> list[Leader]:
    """Terms of the people called ``alias`` ("Lavrov", "Sergey Lavrov"), newest first.

    With ``on``, only the terms that cover that day; a person with no term on that day is left out
    (so "Trump" on 2023-06-01 gives nothing, and "Wang Yi" during Qin Gang's tenure gives nothing).
    Matching ignores case, accents, a leading "the" and a possessive "'s".
    """
    found = list(_index().get(key(alias), ()))
    if on is not None:
        found = [ld for ld in found if ld.holds_office_on(on)]
    return sorted(found, key=lambda ld: ld.start or date.min, reverse=True)


def office_holders(country: str, role: str, on: date) -> list[Leader]:
    """Who held ``role`` (e.g. "foreign minister") for ``country`` on a day."""
    role_k = key(role)
    return [
        ld for ld in _leaders() if ld.country == country.upper() and key(ld.role) == role_k and ld.holds_office_on(on)
    ]
