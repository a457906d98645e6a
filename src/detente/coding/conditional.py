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
_POSSIBLE_AUX = frozenset({"could", "might", "may"})
_RESPONSE_VERBS = frozenset("respond retaliate react act hit strike".split())
_RESPONSE_TAKERS = frozenset("take adopt face impose".split())
_RESPONSE_OBJECTS = frozenset("measure step action countermeasure response consequence".split())
_HOSTILE_ROOTS = ("13", "15", "16", "17", "18", "19", "20")


def _future(verb: Token, auxes: frozenset[str] = _FUTURE_AUX) -> bool:
    """The verb, or the verb it completes ("will be forced to take"), carries will/would/shall."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in auxes for c in node.children):
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


def conditions(sent: Span, auxes: frozenset[str] = _FUTURE_AUX) -> Iterator[tuple[Token, Token]]:
    """(consequence verb, condition verb) pairs of the sentence: an if/unless clause on a future verb."""
    for cond in sent:
        if cond.dep_ != "advcl" or cond.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children):
            continue
        verb = cond.head
        if verb.i != cond.i and verb.pos_ in ("VERB", "AUX") and _future(verb, auxes):
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


#: the threat of each hostile act (CAMEO 13): a boycott or strike threatened (133), sanctions (131x), martial
#: law or a ban (132x), repression (137), force (138x); a veto or refusal put on a condition is a bare threat
_THREAT_OF = (
    ("191", "1381"), ("192", "1382"), ("20", "1385"), ("18", "1383"), ("19", "1384"), ("15", "138"),
    ("1721", "1321"), ("1722", "1322"), ("1723", "1323"), ("1724", "1324"), ("172", "132"), ("17", "137"),
    ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"), ("16", "131"),
    ("14", "133"), ("12", "130"),
)


def conditional_acts(sent: Span) -> Iterator[Token]:
    """Hostile acts a clause puts on a condition ("Hungary would veto the budget unless Brussels dropped the
    plan", "Tehran could shut the strait if the West imposed an embargo"): consequences with will/would or
    could/might/may and no negation."""
    for verb, _ in conditions(sent, _FUTURE_AUX | _POSSIBLE_AUX):
        if not any(c.dep_ == "neg" for c in verb.children):
            yield verb


def threat_of(code: str) -> str | None:
    """The threat code that stands for announcing the act ``code`` on a condition; None for an act that is no
    hostile one."""
    return next((threat for prefix, threat in _THREAT_OF if code.startswith(prefix)), None)


def threat_code(verb: Token, events: list[CodedEvent]) -> str | None:
    """The threat a consequence makes: its own hostile code where the clause codes one, else 130 for a bare
    response, else None (a conditional offer or a neutral act is no threat)."""
    coded = [e.cameo for e in events if e.trigger_start == verb.idx and e.cameo[:2] in _HOSTILE_ROOTS]
    if coded:
        threats = [c for c in coded if c.startswith("13")]
        return threats[0] if threats else THREAT_CODE
    return THREAT_CODE if _response(verb) else None
