"""Datelines ("MOSCOW, Oct. 12 (Reuters) -", "THE HAGUE, Netherlands --", "ISLAMABAD:") at the start of a
report: how long one is, and a pipeline component that makes it a sentence of its own before the parser
runs, so the report's first sentence parses as it would without it (the parser otherwise hangs the
sentence's subject on the place name, and the subject's verb on the subject)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.knowledge.places import resolve_place

AGENCIES = frozenset(
    "reuters afp ap xinhua irna sputnik dpa ansa efe upi tass itar-tass interfax yonhap kyodo ani pti ians bernama "
    "antara mena wafa anadolu aa isna tasnim fars apa ptv sana kuna wam spa qna bna".split()
)
DASHES = frozenset(("-", "--", "\u2014", "\u2013"))
# what may open the sentence after a dateline: a capitalised word, a number or an opening quote
_OPENERS = frozenset(('"', "'", "\u201c", "\u2018"))
_ENDS = frozenset((".", "!", "?"))


def dateline_length(toks: Sequence[Token]) -> int:
    """How many of ``toks`` (a sentence's first tokens) are a dateline ("MOSCOW (Reuters)" before " - ",
    "THE HAGUE, Netherlands" before " -- "); 0 when they do not start with one."""
    for k, t in enumerate(toks):
        if k > 0 and t.text == "-" and not toks[k - 1].whitespace_:
            continue  # "A UN-brokered truce": a hyphenated word, not a dateline
        if (t.text in DASHES or (t.text.lstrip(")") == ":" and k <= 6)) and k > 0:
            head = toks[:k]
            if any(x.is_upper and len(x.text) > 1 for x in head) or any(x.lower_ in AGENCIES for x in head):
                return k
            if t.text == ":" and k <= 3 and all(x.is_title and x.is_alpha for x in head) and _known_place(
                " ".join(x.text for x in head)
            ):
                return k  # "Abu Dhabi:", "New Delhi:": a place named before a colon, as regional papers print it
            return 0
        if t.is_alpha and not (t.is_upper or t.is_title or t.like_num) and t.lower_ not in AGENCIES:
            return 0  # "(dpa)": an agency's own lower-case name still belongs to the dateline
    return 0


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city or a country."""
    found = resolve_place(name)
    return found is not None and found.feature in ("city", "country")


def split_datelines(doc: Doc, max_lines: int = 3) -> Doc:
    """Mark the token after each leading dateline as a sentence start (up to ``max_lines`` stacked ones:
    "MOSCOW (Xinhua) -- KHARTOUM - The army ..."). Needs no tags or parse; run it before the parser."""
    i = 0
    for _ in range(max_lines):
        k = dateline_length(list(doc[i : i + 14]))
        if k <= 0 or i + k + 1 >= len(doc):
            break
        nxt = doc[i + k + 1]
        if not (nxt.is_title or nxt.is_upper or nxt.like_num or nxt.text in _OPENERS):
            break  # "US - led forces ...": not a dateline before a sentence
        nxt.is_sent_start = True
        i += k + 1
    if i:  # the sentence after the dateline runs to its first full stop: no break inside it ("Israel | and Hamas")
        for t in doc[i + 1 : i + 120]:
            if doc[t.i - 1].text in _ENDS:
                break
            t.is_sent_start = False
    return doc


@Language.component("detente_datelines")
def datelines_component(doc: Doc) -> Doc:
    """spaCy component: :func:`split_datelines` (added before the parser by ``load_nlp``)."""
    return split_datelines(doc)
