"""Partners in an act: "fought alongside Somali forces", "patrolled together with Malian soldiers", "assembles
jets in partnership with AVIC", "jointly operates the refinery with TotalEnergies".

Whatever the act, doing it alongside someone is cooperation with them (CAMEO 06): military cooperation (062)
when the act or the doer is military, else material cooperation (060).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

MILITARY_COOPERATION = "062"
COOPERATION = "060"
_MILITARY_ROOTS = ("15", "17", "18", "19", "20")
_PARTNERSHIP_NOUNS = frozenset("partnership cooperation collaboration conjunction tandem coordination".split())
_JOINT_ADVERBS = frozenset("together jointly".split())
_JOINT_ADJECTIVES = frozenset("joint combined".split())
_PARTNER_NOUNS = frozenset({"partner"})


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts ("with Sony Group and auto parts maker Denso")."""
    return [q for p in prep.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]


def partners(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(verb, partner) pairs: the party the verb's act is done alongside or jointly with."""
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        preps = [c for c in verb.children if c.dep_ == "prep"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # on the object too: "operates the dry port in partnership with China", "patrols alongside X"
        on_objects = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("alongside", "in")]
        for prep in preps + on_objects:
            if prep.lower_ == "alongside":
                yield from ((verb, p) for p in _objects(prep))
            elif prep.lower_ == "in":  # "in partnership with X"
                for noun in _objects(prep):
                    if noun.lemma_.lower() in _PARTNERSHIP_NOUNS:
                        yield from (
                            (verb, p) for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                            for p in _objects(w)
                        )
        joint = any(c.dep_ == "advmod" and c.lower_ in _JOINT_ADVERBS for c in verb.children)
        withs = [c for c in preps if c.lower_ == "with"]
        withs += [w for c in objects for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
        joint_objects = {o.i for o in objects if any(c.dep_ == "amod" and c.lower_ in _JOINT_ADJECTIVES
                                                      for c in o.children)}  # "joint operations with X"
        for w in withs:
            if joint or joint_objects or any(
                c.dep_ == "advmod" and c.lower_ in _JOINT_ADVERBS for c in w.children
            ):
                yield from ((verb, p) for p in _objects(w))
            else:  # "assembles jets with its Chinese partner AVIC"
                yield from ((verb, p) for p in _objects(w) if p.lemma_.lower() in _PARTNER_NOUNS
                            or any(c.dep_ == "compound" and c.lemma_.lower() in _PARTNER_NOUNS for c in p.children))


def partner_code(verb_code: str | None, military_doer: bool) -> str:
    """062 for a military act or doer, else 060."""
    if military_doer or (verb_code or "")[:2] in _MILITARY_ROOTS:
        return MILITARY_COOPERATION
    return COOPERATION
