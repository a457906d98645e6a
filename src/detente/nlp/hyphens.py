"""Split "U.S.-backed" as spaCy splits "Saudi-backed": "U.S.", "-", "backed".

spaCy's English tokenizer splits a hyphen between letters ("Russian-backed" -> "Russian", "-", "backed") but not
one after an abbreviation's full stop, so "the U.S.-backed government" keeps the backer inside an adjective
and the coder cannot see who backs whom. A hyphen after a full stop and before a lower-case word is split here.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

_AFTER_ABBREVIATION = r"(?<=[A-Z]\.)-(?=[a-z])"


def split_after_abbreviations(nlp: Language) -> None:
    """Add the split to the tokenizer's infixes (idempotent)."""
    tok: Any = nlp.tokenizer
    old = tok.infix_finditer
    pattern = getattr(old, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.pattern.endswith(_AFTER_ABBREVIATION):
        return
    tok.infix_finditer = re.compile(f"{pattern.pattern}|{_AFTER_ABBREVIATION}").finditer
