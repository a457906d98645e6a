"""Multi-country groups: regions, intergovernmental organisations, NGOs, alliances, armed groups.

The table ``data/groups.csv`` is hand-written.  Codes follow CAMEO conventions: a region code on its
own (``WST``, ``AFR``, ``MEA``), ``IGO`` + region/sector + a three-letter organisation code
(``IGOEUREEC`` EU, ``IGOWSTNAT`` NATO, ``IGOUNO`` UN and its agencies ``IGOUNO...``), ``NGO`` + sector +
organisation, and for non-state armed groups the country + ``REB`` (+ group code), or ``IMG`` +
religion + group for international militant groups (``IMGMUSALQ`` al-Qaeda).  Where CAMEO/Phoenix
has no code for an organisation (G20, BRICS, SCO, CSTO, OSCE, WTO, OECD, Quad, AUKUS, Islamic State,
Wagner, ...) the project coined one in the same pattern.

``kind`` is one of ``region``, ``igo``, ``ngo``, ``alliance`` (military alliances) or ``armed``
(armed groups, including state paramilitaries such as the IRGC).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from detente.knowledge._data import read_csv
from detente.knowledge._text import acronym_ok, is_acronym, key

GROUP_KINDS: tuple[str, ...] = ("region", "igo", "ngo", "alliance", "armed")


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    names: tuple[str, ...]
    kind: str  # region | igo | ngo | alliance | armed
    members: tuple[str, ...]  # ISO3 codes where membership is meaningful, else ()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


@lru_cache(maxsize=1)
def _groups() -> tuple[Group, ...]:
    out = []
    for r in read_csv("groups.csv"):
        names = _split(r["names"])
        if r["name"] not in names:
            names = (r["name"], *names)
        out.append(Group(r["code"], r["name"], names, r["kind"], _split(r["members"])))
    return tuple(out)


def groups() -> list[Group]:
    """Every group, in table order."""
    return list(_groups())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Group, bool]]:
    idx: dict[str, tuple[Group, bool]] = {}
    for g in _groups():
        for form in g.names:
            k = key(form)
            if k and k not in idx:
                idx[k] = (g, is_acronym(form))
    return idx


def lookup_group(text: str) -> Group | None:
    """The group a name refers to ("the West", "EU", "U.N.", "NATO", "Hamas"), else None.

    Case-insensitive and tolerant of a leading "the" and a possessive; acronyms ("WHO", "IS") only
    match when written in capitals, so "who" and "is" are not organisations.
    """
    if not text or not text.strip():
        return None
    hit = _index().get(key(text))
    if hit is None:  # "six world powers", "the 27 member states": the group whatever its count
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and (words[0].isdigit() or words[0].lower() in _COUNT_WORDS):
            hit = _index().get(key(" ".join(words[1:])))
    if hit is None or not acronym_ok(hit[1], text):
        return None
    if hit[0].kind == "ngo" and text.islower():  # "an amnesty for prisoners" is no Amnesty International
        return None
    return hit[0]


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several many".split())


def group_by_code(code: str) -> Group | None:
    """The group with this CAMEO code, e.g. ``"IGOUNO"``."""
    code = code.strip().upper()
    return next((g for g in _groups() if g.code == code), None)


def group_names() -> list[str]:
    """Every surface form, longest first (for phrase matchers)."""
    return sorted({n for g in _groups() for n in g.names}, key=lambda s: (-len(s), s))
