"""Text keys shared by the knowledge lookups."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-"})
_EDGE = " \t\n\"'“”,;:!?()[]{}"


def fold(text: str) -> str:
    """Case-folded, accent-free, single-spaced text with typographic quotes and dashes made plain."""
    if text.isascii():  # nothing to translate, decompose or strip: the common case, kept fast
        return " ".join(text.split()).casefold()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _WS.sub(" ", text).strip().casefold()


def key(text: str) -> str:
    """The lookup key of a name: :func:`fold`, without dots, edge punctuation, a leading "the"
    and a trailing possessive ("the Kremlin's" -> "kremlin", "U.S." -> "us")."""
    k = fold(text).replace(".", "").strip(_EDGE)
    if k.endswith("'s"):
        k = k[:-2]
    elif k.endswith("s'"):
        k = k[:-1]
    k = k.strip(_EDGE)
    if k.startswith("the "):
        k = k[4:]
    return _WS.sub(" ", k).strip(_EDGE)


def is_acronym(text: str) -> bool:
    """Short upper-case forms such as "US", "U.K.", "DRC" (which must not match "us" or "car")."""
    letters = text.replace(".", "").replace(" ", "")
    return 0 < len(letters) <= 4 and letters.isalpha() and letters.isupper()


def acronym_ok(form_is_acronym: bool, text: str) -> bool:
    """An acronym form ("US", "WHO") matches only text written in capitals ("us", "Who" do not)."""
    if not form_is_acronym:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
