"""Sentences the tagger reads without a verb: "King Mohammed VI pardoned journalist Hajar Raissouni" comes back
as one noun phrase ("pardoned" an adjective of "journalist"), so no trigger has a subject or an object. When
such a sentence codes no event with a target, "then" is put before the lost verb ("... VI then pardoned ...",
which the tagger reads as a verb) and the copy is parsed and coded again; its events are moved back onto the
original text (:func:`detente.coding.headlines.moved_events`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.headlines import _irregular, _verb_words

INSERT = "then "
_VERB_TAGS = frozenset({"VBN", "VBD", "JJ"})
_LOST_DEPS = frozenset({"amod", "compound", "nmod"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def lost_verb(sent: Span) -> Token | None:
    """The lexicon verb a verbless parse turned into a modifier, between a name or noun before it (the doer)
    and a noun phrase after it, or a main verb whose doer the parse made an adverbial noun; else None."""
    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        # "A Lusaka magistrate charged X": the verb kept, its doer read as an adverbial noun before it
        if root.i > sent.start and root.nbor(-1).dep_ == "npadvmod" and root.nbor(-1).head.i == root.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children
        ):
            return root
        return None
    words = _verb_words()
    for tok in sent:
        if tok.i == sent.start or tok.i + 1 >= sent.end:
            continue
        low = tok.lower_
        if tok.tag_ not in _VERB_TAGS or tok.dep_ not in _LOST_DEPS or not low.isalpha() or not tok.text.islower():
            continue
        if not (low.endswith("ed") or low in _irregular()):  # a past form ("pardoned", "froze")
            continue
        lemma = _irregular().get(low) or tok.lemma_.lower()
        if lemma not in words and low[:-2] not in words and low[:-1] not in words:
            continue
        if tok.nbor(-1).pos_ in _NOMINAL and tok.nbor(1).pos_ in (*_NOMINAL, "DET", "NUM", "ADJ", "PRON"):
            return tok
    return None


def rewritten(sent: Span, verb: Token) -> tuple[str, tuple[int, int, int]]:
    """The sentence with "then" before ``verb``, and the edit (start, old end, new length) relative to it."""
    text = sent.text
    at = verb.idx - sent.start_char
    return text[:at] + INSERT + text[at:], (at, at, len(INSERT))


def present_verb(sent: Span) -> tuple[Token, str] | None:
    """A present-tense lexicon verb right after an opening noun phrase, which the tagger reads as a plural noun
    ("Turkey airlifts tents to ...", "Japan thanks India", "Security forces fire tear gas at ..."), and its
    past form; else None. Only the first word after the subject is tried, and only a verb of the lexicon."""
    from detente.coding.headlines import _past_of, _present_lemma

    words = _verb_words()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBZ", "VBP"):
            return None  # the sentence has its verb before any candidate
        if tok.i == sent.start or tok.i + 1 >= sent.end or not tok.is_alpha or not tok.text.islower():
            continue
        prev = tok.nbor(-1)
        if not (prev.pos_ in _NOMINAL or prev.is_title) or tok.tag_ not in ("NNS", "NN", "VBZ", "VBP", "NNP", "VB"):
            continue  # a name read as an adjective ("Kyiv/JJ appeals") still ends the subject
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            return None  # "Emergency supplies flown in by the RAF reached ...": the subject's own noun
        low = tok.lower_
        lemma = _present_lemma(low) if low.endswith("s") and len(low) > 3 else None
        if lemma is None and low in words and prev.tag_ in ("NNS", "NNPS") or low in words and prev.lower_ == "police":
            lemma = low  # "Security forces fire ...", "Indian police place ..."
        if lemma is None or lemma not in words:
            if tok.pos_ in _NOMINAL or tok.pos_ == "ADJ":
                continue  # still inside the subject ("Nepalese police | place ...")
            return None
        return tok, _past_of(lemma)
    return None


def in_past(sent: Span, verb: Token, past: str) -> tuple[str, tuple[int, int, int]]:
    """The sentence with ``verb`` in the past tense, and the edit (start, old end, new length) relative to it."""
    text = sent.text
    at = verb.idx - sent.start_char
    return text[:at] + past + text[at + len(verb.text) :], (at, at + len(verb.text), len(past))
