"""Reference knowledge: CAMEO/PLOVER codes, countries, groups, role words, leaders and places.

All tables ship in ``detente/knowledge/data`` and are read lazily (and cached) on first use; nothing
here touches the network.
"""

from __future__ import annotations

from detente.knowledge.cameo import CameoCode, cameo_codes, get_code, plover_of, quad_class_of
from detente.knowledge.countries import (
    Country,
    by_code,
    capital_of,
    countries,
    lookup_country,
    split_compound_demonym,
)

__all__ = [
    "CameoCode",
    "Country",
    "by_code",
    "cameo_codes",
    "capital_of",
    "countries",
    "get_code",
    "lookup_country",
    "plover_of",
    "quad_class_of",
    "split_compound_demonym",
]
