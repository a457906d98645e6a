"""Asides between a subject and its verb ("Malaysia, speaking in Geneva, has taken in 100,000 Rohingya"): the
parser often loses the subject across them (here "Malaysia" becomes an adverbial noun), so the act has no
doer. When no event of such a sentence has the opening subject as its source, the aside (with its two
commas) is blanked out with spaces and the copy coded again. The copy has the same length as the original,
so its events keep their offsets."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.triggers import _DATELINE_MARKS

_MAX_SUBJECT = 12  # tokens before the first comma
_MAX_ASIDE = 16  # tokens between the commas
_REPORTING = frozenset({"say", "tell", "report", "add", "note", "accord"})


def _opening(sent: Span) -> int:
    """The first token after a dateline ("NAIROBI, March 3 (AFP) --"), else the sentence start."""
    start = sent.start
    for tok in sent[:10]:
        if tok.text in _DATELINE_MARKS and (tok.whitespace_ or tok.text not in ("-", "\u2013")):
            start = tok.i + 1  # a dash standing alone ("NAIROBI -"), not the one inside "al-Shabaab"
    return start


def aside(sent: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((subject start, subject end), (aside start, aside end)) in characters relative to the sentence, for
    "SUBJECT, ASIDE, verb ..." with a noun in the subject and a word after the aside; else None."""
    doc = sent.doc
    start = _opening(sent)
    commas = [t.i for t in doc[start : min(sent.end, start + _MAX_SUBJECT + _MAX_ASIDE + 2)] if t.text == ","]
    if len(commas) < 2:
        return None
    first, second = commas[0], commas[1]
    if not 0 < first - start <= _MAX_SUBJECT or not 1 < second - first <= _MAX_ASIDE + 1:
        return None
    subject = doc[start:first]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in subject) or any(t.pos_ in ("VERB", "AUX") for t in subject):
        return None
    if second + 1 >= sent.end or doc[second + 1].is_punct:
        return None
    if any(t.lower_ == "by" for t in doc[first:second]):  # "The funds, provided by the bank, will help X": the doer
        return None
    opener = doc[first + 1]
    inside = doc[first + 1 : second]
    if not (  # an aside: a participle, a relative clause, an apposition ("a close ally of Washington"), a report
        opener.tag_ in ("VBG", "VBN", "WDT", "WP", "WP$")
        or opener.lower_ in ("a", "an", "the", "its", "his", "her", "their", "who", "which", "according")
        or any(t.dep_ == "appos" and t.head.i < first for t in inside)
        or any(t.lemma_.lower() in _REPORTING for t in inside)  # ", officials said,"
    ):
        return None  # not a list of names ("Russia, China and Iran ...") nor anything else
    if doc[second + 1].lower_ in ("and", "or") or any(t.dep_ == "cc" for t in doc[first:second]):
        return None  # "Egypt, the UN and Qatar": a list
    off = sent.start_char
    return (
        (doc[start].idx - off, doc[first - 1].idx + len(doc[first - 1]) - off),
        (doc[first].idx - off, doc[second].idx + 1 - off),
    )


_NAMING = frozenset({"called", "named", "dubbed", "codenamed", "code-named", "titled", "entitled"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def naming(sent: Span) -> tuple[int, int] | None:
    """The characters (relative to the sentence) of a quoted name given to a noun ("held war games with Sudan
    called "Guardians of the Nile" in May"), which the parser often takes for a clause whose subject is the
    noun, losing the noun as the verb's object; else None."""
    doc = sent.doc
    for tok in sent[1:-2]:
        if tok.lower_ not in _NAMING or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        if doc[tok.i + 1].text not in _QUOTES:
            continue
        close = next((t for t in doc[tok.i + 2 : min(sent.end, tok.i + 14)] if t.text in _QUOTES), None)
        if close is None:
            return None
        return tok.idx - sent.start_char, close.idx + len(close.text) - sent.start_char
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LINKS = frozenset({"by", "to", "with"})  # "backed by tanks", "linked to al-Qaeda", "allied with the army"
_MAX_AGENT = 8  # tokens after "by"


def agent_phrase(sent: Span) -> tuple[int, int] | None:
    """The characters (relative to the sentence) of a participle with a "by" agent (or a "to"/"with" partner)
    between the opening subject and its verb, without commas ("Iraqi troops backed by tanks invaded Kuwait",
    "gunmen linked to al-Qaeda kidnapped ..."), which the parser often reads as a clause of the agent's noun
    ("tanks invaded Kuwait" as a relative clause) or as the subject's own verb, leaving the act without a
    doer; else None."""
    doc = sent.doc
    start = _opening(sent)
    off = sent.start_char
    for tok in doc[start + 1 : min(sent.end - 3, start + _MAX_SUBJECT)]:
        if tok.tag_ != "VBN" or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN") or doc[tok.i + 1].lower_ not in _LINKS:
            continue
        end = next(
            (
                t.i
                for t in doc[tok.i + 2 : min(sent.end, tok.i + 2 + _MAX_AGENT)]
                if t.tag_ in _FINITE or (t.is_punct and t.text not in ("-", "'"))  # not "al-Qaeda"
            ),
            None,
        )
        if end is None or end == tok.i + 2 or doc[end].tag_ not in _FINITE:
            return None
        last = doc[end - 1]
        return tok.idx - off, last.idx + len(last.text) - off
    return None


def blanked(sent: Span, span: tuple[int, int]) -> str:
    """The sentence with the characters of ``span`` (relative to it) replaced by spaces."""
    text = sent.text
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]
