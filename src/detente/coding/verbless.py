"""Sentences whose verb the tagger lost. "King Mohammed VI pardoned journalist Hajar Raissouni" comes back as one
noun phrase ("pardoned" an adjective of "journalist"), so no trigger has a subject or an object: when such a
sentence codes no event with a target, "then" is put before the lost verb ("... VI then pardoned ...", which the
tagger reads as a verb). A present-tense verb right after the subject is often read as a plural noun ("Turkey
airlifts tents to ...", "Police in Harare arrest ..."): when nothing was coded on it, it is put in the past
tense. Either copy is parsed and coded again, and its events are moved back onto the original text
(:func:`detente.coding.headlines.moved_events`) when it codes the verb with a target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.headlines import _irregular, _past_of, _present_lemma, _verb_words

INSERT = "then "
PERFECT = "had "
_VERB_TAGS = frozenset({"VBN", "VBD", "JJ"})
_LOST_DEPS = frozenset({"amod", "compound", "nmod"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def lost_verb(sent: Span) -> Token | None:
    """The lexicon verb a verbless parse turned into a modifier, between a name or noun before it (the doer)
    and a noun phrase after it, or a main verb whose doer the parse made an adverbial noun; else None."""
    root = sent.root
    within: Token | None = None
    if root.pos_ in ("VERB", "AUX"):
        # "A Lusaka magistrate charged X": the verb kept, its doer read as an adverbial noun before it
        if root.i > sent.start and root.nbor(-1).dep_ == "npadvmod" and root.nbor(-1).head.i == root.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children
        ):
            return root
        # "King Mohammed VI pardoned journalist X, the justice ministry said", "thousands of Egyptians protested
        # outside the embassy, ..., Al Jazeera reported": the report's content read as a second subject of the
        # attribution, its verb a modifier in it
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        content = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in _NOMINAL and c.i < root.i]
        if root.lemma_.lower() not in _ATTRIBUTING:
            return None
        if len(subjects) >= 2 and subjects[0].i < root.i:
            within = subjects[0]
        elif content:
            within = content[0]
        else:
            return None
    words = _verb_words()
    for tok in within.subtree if within is not None else sent:
        if tok.i == sent.start or tok.i + 1 >= sent.end:
            continue
        low = tok.lower_
        # "Spanish coast guard crews partnered with Senegalese gendarmes ...": the verb read as a reduced relative
        # clause on the noun that became the root (or on the report's content)
        head = within if within is not None else root
        reduced = tok.dep_ == "acl" and (
            within is not None and tok.head.pos_ in _NOMINAL or tok.head.i == tok.i - 1
            and (tok.head.i == root.i or _of_phrase(tok.head, root))  # "Relatives of the missing called on ..."
            and root.pos_ in _NOMINAL and not any(
                t.pos_ in ("VERB", "AUX") and not tok.left_edge.i <= t.i <= tok.right_edge.i
                and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent
            )
        ) and head.pos_ in _NOMINAL and tok.nbor(1).lower_ != "by"  # not "Iraqi troops backed by tanks invaded"
        if tok.tag_ not in _VERB_TAGS or not (reduced or tok.dep_ in _LOST_DEPS) or not low.isalpha() \
                or not tok.text.islower():
            continue
        if not (low.endswith("ed") or low in _irregular()):  # a past form ("pardoned", "froze")
            continue
        lemma = _irregular().get(low) or tok.lemma_.lower()
        if lemma not in words and low[:-2] not in words and low[:-1] not in words:
            continue
        if tok.nbor(-1).pos_ in _NOMINAL and tok.nbor(1).pos_ in (*_NOMINAL, "DET", "NUM", "ADJ", "PRON", *(
            ("ADP",) if reduced else ()
        )):
            return tok
    return None


def _of_phrase(tok: Token, root: Token) -> bool:
    """``tok`` ends an "of" phrase hung on ``root`` ("Relatives of the missing", "Families of the victims")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == root.i


def rewritten(sent: Span, verb: Token) -> tuple[str, tuple[int, int, int]]:
    """The sentence with "then" before ``verb`` ("had" before a verb read as a reduced relative clause, which
    "then" leaves one), and the edit (start, old end, new length) relative to it."""
    text = sent.text
    at = verb.idx - sent.start_char
    insert = PERFECT if verb.dep_ == "acl" else INSERT
    return text[:at] + insert + text[at:], (at, at, len(insert))


_COLLECTIVE = frozenset("police military army government authorities people".split())
_ATTRIBUTING = frozenset("say tell report add announce state confirm claim".split())


def present_verb(sent: Span) -> tuple[Token, str] | None:
    """A present-tense lexicon verb right after an opening noun phrase, which the tagger reads as a noun
    ("Turkey airlifts tents to ...", "Japan thanks India", "Security forces fire tear gas at ...", "Police in
    Harare arrest ..."), and its past form; else None. Only the first such word is tried, and only a verb of
    the lexicon: an "-s" form after any subject, a bare form after a plural or collective one."""
    words = _verb_words()
    root = sent.root
    if root.tag_ in ("VBD", "VBN") and root.lemma_.lower() not in _ATTRIBUTING and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children
    ):
        return None  # "A Cairo appeals court rejected ...": the sentence has its verb ("..., his aide said": no)
    plural = False  # a plural or collective head seen in the subject ("Police in Harare", "Kenyan authorities")
    toks = list(sent)
    for k, tok in enumerate(toks):
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBZ", "VBP"):
            return None  # the sentence has its verb before any candidate
        if k == 0 or k + 1 >= len(toks) or not tok.is_alpha:
            plural = plural or tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _COLLECTIVE
            continue
        prev, nxt = toks[k - 1], toks[k + 1]
        low = tok.lower_
        candidate = (
            tok.text.islower()
            and (prev.pos_ in _NOMINAL or prev.is_title)  # a name read as an adjective ("Kyiv/JJ appeals")
            and tok.tag_ in ("NNS", "NN", "VBZ", "VBP", "NNP", "VB", "JJ")
            and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"))
            and not (tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.dep_ in ("nsubj", "nsubjpass")
                     and tok.head.head.pos_ in ("VERB", "AUX"))
        )  # not "Emergency supplies flown in by the RAF reached ...", "A Tunis appeals court ordered ...": the
        # subject's own nouns
        lemma = None
        if candidate:
            if low.endswith("s") and len(low) > 3 and tok.tag_ != "JJ":
                lemma = _present_lemma(low)
                if lemma is not None and nxt.is_alpha and nxt.text.islower() and nxt.lower_ in words and (
                    nxt.tag_ in ("NN", "VBP", "VB", "JJ")
                ):
                    lemma = None  # "Security forces fire ...": the plural subject, then its verb
            elif low in words and (plural or prev.tag_ in ("NNS", "NNPS")):
                lemma = low  # "Indian police place ...", "Police in Harare arrest ..."
        if lemma is not None and lemma in words:
            return tok, _past_of(lemma)
        if tok.pos_ in (*_NOMINAL, "ADJ", "NUM") or tok.tag_ in ("NNS", "NN", "JJ"):
            plural = plural or tok.tag_ in ("NNS", "NNPS") or low in _COLLECTIVE
            continue  # still inside the subject ("Nepalese police | place ...")
        if low in ("in", "of", "from", "the", "and", "'s", "-"):
            continue  # "Police in Harare", "Residents of the region"
        return None
    return None


def in_past(sent: Span, verb: Token, past: str) -> tuple[str, tuple[int, int, int]]:
    """The sentence with ``verb`` in the past tense, and the edit (start, old end, new length) relative to it."""
    text = sent.text
    at = verb.idx - sent.start_char
    return text[:at] + past + text[at + len(verb.text) :], (at, at + len(verb.text), len(past))
