"""National organisations known by their own name: broadcasters, newspapers and companies.

The table ``data/organisations.csv`` is hand-written. Each name is coded as its home country followed by
its sector, as CAMEO codes domestic actors: "the BBC" is ``GBRMED``, "Gazprom" ``RUSBUS``. Names are
matched whole (:func:`detente.knowledge._text.key`); short capitalised forms such as "RT" or "BP" only
when written in capitals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from detente.knowledge._data import read_csv
from detente.knowledge._text import acronym_ok, is_acronym, key


@dataclass(frozen=True)
class Organisation:
    code: str  # country + sector, e.g. GBRMED
    name: str

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def sectors(self) -> tuple[str, ...]:
        return tuple(self.code[i : i + 3] for i in range(3, len(self.code), 3))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Organisation, bool]]:
    idx: dict[str, tuple[Organisation, bool]] = {}
    for r in read_csv("organisations.csv"):
        org = Organisation(r["code"].strip().upper(), r["name"].strip())
        for form in (p.strip() for p in r["names"].split(";")):
            k = key(form)
            if k and k not in idx:
                idx[k] = (org, is_acronym(form))
    return idx


@lru_cache(maxsize=50000)
def lookup_organisation(text: str) -> Organisation | None:
    """The organisation a name refers to ("the BBC", "Gazprom", "Samsung Electronics"), else None."""
    if not text or not text.strip():
        return None
    hit = _index().get(key(text))
    if hit is None or not acronym_ok(hit[1], text):
        return None
    return hit[0]
