"""Thin, cached access to the knowledge tables the coder uses (``detente.knowledge``).

Every call is memoised on its text: the coder asks the same questions many times per document.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

from detente.knowledge.cameo import CameoCode, get_code

_countries = importlib.import_module("detente.knowledge.countries")


@lru_cache(maxsize=50000)
def country(text: str) -> Any:
    """The Country a name, demonym, capital or metonym refers to, else None."""
    return _countries.lookup_country(text)


@lru_cache(maxsize=50000)
def country_kind(text: str) -> tuple[Any, str] | None:
    """(Country, how it matched: name | demonym | capital | metonym), else None."""
    fn = getattr(_countries, "lookup_country_kind", None)
    if fn is not None:
        return fn(text)  # type: ignore[no-any-return]
    c = _countries.lookup_country(text)
    return (c, "name") if c else None


@lru_cache(maxsize=20000)
def place_sectors(text: str) -> tuple[str, ...]:
    """Sectors implied when a place stands for a government ("the Kremlin" -> GOV, "the Pentagon" -> MIL)."""
    fn = getattr(_countries, "metonym_sectors", None)
    if fn is not None:
        return tuple(fn(text))
    hit = country_kind(text)
    return ("GOV",) if hit and hit[1] in ("capital", "metonym") else ()


@lru_cache(maxsize=5000)
def compound_demonym(text: str) -> tuple[str, ...]:
    """ISO3 codes of a compound demonym ("Sino-Russian" -> CHN, RUS); empty when it is not one."""
    if "-" not in text:
        return ()
    try:
        return tuple(c.cameo for c in _countries.split_compound_demonym(text))
    except Exception:  # a malformed compound is simply not one
        return ()


@lru_cache(maxsize=50000)
def group(text: str) -> Any:
    """The multi-country group or IGO a phrase names ("Western countries" -> WST, "NATO"), else None."""
    try:
        from detente.knowledge.groups import lookup_group
    except ImportError:
        return None
    return lookup_group(text)


@lru_cache(maxsize=50000)
def role(text: str) -> tuple[str | None, tuple[str, ...]]:
    """(role word, sectors) found in a phrase ("Foreign Ministry spokeswoman" -> ("spokeswoman", ("GOV",)))."""
    try:
        from detente.knowledge.sectors import find_role
    except ImportError:
        return (None, ())
    r, sectors = find_role(text)
    return r, tuple(sectors)


@lru_cache(maxsize=50000)
def sectors_of(word: str) -> tuple[str, ...]:
    """Sector codes of a role or agent word ("police" -> COP, "troops" -> MIL), else ()."""
    try:
        from detente.knowledge.sectors import sector_of
    except ImportError:
        return ()
    return tuple(sector_of(word))


def compose(country_code: str | None, sectors: tuple[str, ...]) -> str:
    """Country + sectors as a CAMEO actor code ("RUS", ("GOV",) -> "RUSGOV")."""
    try:
        from detente.knowledge.sectors import compose_code
    except ImportError:
        return (country_code or "") + "".join(dict.fromkeys(sectors))
    return str(compose_code(country_code, sectors))


@lru_cache(maxsize=2000)
def cameo(code: str) -> CameoCode:
    """The codebook entry of a CAMEO code, falling back to its 3-digit parent, then its root."""
    for c in (code, code[:3], code[:2]):
        try:
            return get_code(c)
        except (KeyError, ValueError):
            continue
    raise KeyError(f"unknown CAMEO code {code!r}")


def code_fields(code: str) -> dict[str, Any]:
    """The event fields a CAMEO code sets: the code itself, Goldstein value, QuadClass, PLOVER type and mode."""
    cc = cameo(code)
    return {"cameo": cc.code, "goldstein": cc.goldstein, "quad_class": cc.quad_class,
            "plover": cc.plover, "plover_mode": cc.plover_mode}


@lru_cache(maxsize=20000)
def place(name: str, prefer: tuple[str, ...]) -> Any:
    """The Place a name refers to, preferring the given countries; None when unknown."""
    try:
        from detente.knowledge.places import resolve_place
    except ImportError:
        return None
    try:
        return resolve_place(name, prefer_countries=prefer)
    except Exception:  # a gazetteer failure must not stop coding
        return None


@lru_cache(maxsize=20000)
def city_country(name: str, prefer: tuple[str, ...] = ()) -> Any:
    """The Country of a city or town the gazetteer knows ("Odesa" -> Ukraine), choosing among namesakes
    by the preferred countries; None when it is no city."""
    p = place(name, prefer)
    if p is None or p.feature != "city" or not p.country:
        return None
    try:
        return _countries.by_code(p.country)
    except Exception:  # the gazetteer and the country table must not stop coding
        return None


@lru_cache(maxsize=50000)
def region_countries(text: str) -> tuple[str, ...]:
    """The countries of a province, state or region named or described ("Laghman province" -> AFG,
    "Bavarian" -> DEU, "Punjab" -> IND, PAK); () when it is none the table knows."""
    try:
        from detente.knowledge.regions import region_countries as lookup
    except ImportError:
        return ()
    return lookup(text)


def region_country(text: str, prefer: tuple[str, ...] | set[str] = ()) -> str | None:
    """The one country of a region, or of a shared one the one among ``prefer`` (the context's)."""
    codes = region_countries(text)
    if len(codes) == 1:
        return codes[0]
    picked = [c for c in codes if c in prefer]
    return picked[0] if len(picked) == 1 else None


def town_country(name: str, prefer: tuple[str, ...] = ()) -> str | None:
    """The CAMEO country code of a city or town, choosing among namesakes by the context's countries
    ("Tripoli" in a story about Lebanon -> LBN), else None."""
    c = city_country(name, prefer)
    return str(c.cameo) if c is not None else None
