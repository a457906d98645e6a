"""Conditional threats: a response announced for the case that someone acts.

"China will take resolute measures if the Czech speaker visits Taiwan", "Moscow will be forced to take
military-technical steps if Finland joins NATO", "Israel will strike unless the group withdraws": the
consequence, future or conditional, is a threat (CAMEO 13) from its doer to the doer of the condition.
The consequence is either a response with no code of its own ("take measures", "respond", "retaliate")
or a hostile act the clause already codes (its threat code is kept).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.model import CodedEvent

THREAT_CODE = "130"  # threaten, not specified
_CONDITION_MARKS = frozenset({"if", "unless"})
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
_RESPONSE_VERBS = frozenset("respond retaliate react act hit strike".split())
_RESPONSE_TAKERS = frozenset("take adopt face impose".split())
_RESPONSE_OBJECTS = frozenset("measure step action countermeasure response consequence".split())
_HOSTILE_ROOTS = ("13", "15", "16", "17", "18", "19", "20")


def _future(verb: Token) -> bool:
    """The verb, or the verb it completes ("will be forced to take"), carries will/would/shall."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _response(verb: Token) -> bool:
    """ "respond", "retaliate", "take (resolute) measures", "impose countermeasures"."""
    lemma = verb.lemma_.lower()
    if lemma in _RESPONSE_VERBS:
        return not any(c.dep_ == "dobj" for c in verb.children) or lemma == "strike"
    return lemma in _RESPONSE_TAKERS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RESPONSE_OBJECTS for c in verb.children
    )


def conditions(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(consequence verb, condition verb) pairs of the sentence: an if/unless clause on a future verb."""
    for cond in sent:
        if cond.dep_ != "advcl" or cond.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children):
            continue
        verb = cond.head
        if verb.i != cond.i and verb.pos_ in ("VERB", "AUX") and _future(verb):
            yield verb, cond


_PRICES = frozenset("price cost consequence".split())


def price_warnings(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(saying verb, paying verb) pairs: "vowed that the regime would pay a heavy price", "Iran will pay a high
    price, the minister warned": a threat from the speaker to whoever will pay."""
    for pay in sent:
        if pay.lemma_.lower() not in ("pay", "face") or pay.dep_ != "ccomp" or not _future(pay):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _PRICES for c in pay.children):
            yield pay.head, pay


def offered(verb: Token) -> bool:
    """A future act put on a condition: "would lift sanctions if Iran complied" (an offer, CAMEO 03)."""
    return _future(verb) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def threat_code(verb: Token, events: list[CodedEvent]) -> str | None:
    """The threat a consequence makes: its own hostile code where the clause codes one, else 130 for a bare
    response, else None (a conditional offer or a neutral act is no threat)."""
    coded = [e.cameo for e in events if e.trigger_start == verb.idx and e.cameo[:2] in _HOSTILE_ROOTS]
    if coded:
        threats = [c for c in coded if c.startswith("13")]
        return threats[0] if threats else THREAT_CODE
    return THREAT_CODE if _response(verb) else None
