"""Keep romanised Korean given names whole ("Moon Jae-in", "Ban Ki-moon", "Kim Yo-jong").

spaCy's English tokenizer splits words at hyphens, so "Moon Jae-in hailed Kim" becomes "Moon Jae - in hailed",
whose "in" the tagger reads as a particle and the parser hangs the verb on the next name. A hyphenated pair of
romanised Korean syllables, capitalised, is one token here; other hyphenated words ("Anti-war", "Non-stop") are
split as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language

# One syllable of Revised or McCune-Reischauer romanisation: an initial, a vowel, a final consonant.
_SYLLABLE = re.compile(
    r"^(?:kk|tt|pp|ss|jj|ch|wh|[gkndrmbsjtphy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeoui])"
    r"(?:ng|[kntlmpgbr])?$"
)


def korean_given_name(text: str) -> bool:
    """``text`` is a capitalised pair of romanised Korean syllables joined by a hyphen ("Jae-in")."""
    first, dash, second = text.partition("-")
    return bool(
        dash and first[:1].isupper() and second.islower() and _SYLLABLE.match(first.lower()) and _SYLLABLE.match(second)
    )


def keep_korean_names(nlp: Language) -> None:
    """Make the tokenizer keep "Jae-in"-like tokens whole (idempotent)."""
    tok: Any = nlp.tokenizer
    old: Callable[[str], Any] | None = tok.token_match
    if getattr(old, "_detente_names", False):
        return

    def match(text: str) -> Any:
        if korean_given_name(text):
            return True
        return old(text) if old is not None else None

    match._detente_names = True  # type: ignore[attr-defined]
    tok.token_match = match
