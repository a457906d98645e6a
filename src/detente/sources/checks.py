"""Checks that turn bad input into clear errors: binary, non-UTF-8, empty, huge, non-English."""

from __future__ import annotations

import re

from detente.errors import SourceError
from detente.sources.registry import ReadOptions

_WORD = re.compile(r"[A-Za-z]+")
# Very common English function words; a long text with almost none of them is not English.
_ENGLISH = frozenset(
    "the of and to in a is that for on with as was by at from it be are has have he his said will "
    "its an this were after not but which who their they been had also more over".split()
)

# Function words of other languages written in Latin script (French, Spanish, Portuguese, Italian, German,
# Dutch), none of them an English word too.
_FOREIGN = frozenset(
    "le les des du une est dans sur avec aux qui que sont ont cette ces leur selon "
    "el los las del por una para según fue entre sobre tras sus pero muy también "
    "os das uma com pelo pela não são foi ao nos "
    "il della dello degli delle nel nella che sono gli dal alla stato dopo anche "
    "der das und ist nicht mit dem ein eine sich auf wurde nach bei vom zum zur auch "
    "het een zijn niet voor deze werd ook naar bij maar "
    "de et se di dass werden wird sind einen einer im hat oder nur noch gegen heute wie".split()
)
SHORT_WORDS = 40  # below this many words a text is judged by its script and foreign function words only


def decode_bytes(data: bytes, where: str, opts: ReadOptions) -> str:
    if len(data) > opts.max_bytes:
        raise SourceError(
            f"{where}: file is {len(data) / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:.0f} MB limit for one "
            "document.",
            "Split it into articles (one per file or one JSON line each), or raise --max-mb.",
        )
    if not data.strip():
        raise SourceError(f"{where}: file is empty.", "Remove it or add the article text.")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{where}: looks like a binary file, not text.", "Give text, HTML or JSONL files.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{where}: not valid UTF-8 (byte {exc.start}).",
            "Re-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`.",
        ) from exc


def check_text(text: str, where: str | None, opts: ReadOptions) -> None:
    where = where or "document"
    if not text.strip():
        raise SourceError(f"{where}: no article text.", "Remove it or add the article text.")
    if len(text.encode("utf-8")) > opts.max_bytes:
        raise SourceError(
            f"{where}: text is over the {opts.max_bytes / 1e6:.0f} MB limit for one document.",
            "Split it into articles, or raise --max-mb.",
        )
    if opts.language_check and not looks_english(text):
        raise SourceError(
            f"{where}: does not look like English text.",
            "detente codes English news; translate it first, or pass --no-language-check to try anyway.",
        )


def looks_english(text: str) -> bool:
    """Whether ``text`` may be English news.

    Mostly non-Latin script is not. A short text (under :data:`SHORT_WORDS` words: a one-sentence wire
    item has few function words) passes unless the function words of another European language
    outnumber the English ones; a longer one needs English function words in proportion.
    """
    sample = text[:5000]
    words = _WORD.findall(sample.lower())
    letters = sum(c.isalpha() for c in sample)
    ascii_letters = sum(c.isascii() and c.isalpha() for c in sample)
    if letters and ascii_letters / letters < 0.6:
        return False
    hits = sum(w in _ENGLISH for w in words)
    foreign = sum(w in _FOREIGN for w in words)
    if len(words) < SHORT_WORDS:
        return not (foreign >= 3 and foreign > hits)
    return hits / len(words) >= 0.08 and not (foreign > 2 * hits)
