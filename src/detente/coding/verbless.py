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
