"""Secondary targets of a trigger: every other actor-like noun phrase the predicate governs.

Real event coders emit one event per (source, target) pair a clause supports. The coder first picks its
best target; this module lists the other plausible ones -- the direct object, prepositional objects of the
trigger, of its noun object and of the clause it serves, the owner of a possessive object ("condemned
China's proposals" -> China), appositions, conjuncts, country adjectives ("imports of Egyptian goods") and
the place of the act -- so that each gets its own, less confident, event. Dates, numbers, amounts and
abstract nouns that name no actor are never targets.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.actors import ActorResolver
from detente.coding.linking import _LOCATIVE, _NOT_ARG, _other, _unknown
from detente.coding.targets import MEDIA_NOUNS
from detente.coding.triggers import Trigger, noun_code
from detente.model import ActorRef

_MEETING_ROOTS = ("04", "057")
_PARTY_PREPS = frozenset({"against", "to", "into", "toward", "towards", "upon"})  # "an attack against X"
_ARG_DEPS = frozenset({"dobj", "pobj", "dative", "nsubjpass", "appos", "conj", "poss", "oprd", "attr"})
_ACTOR_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})
_NOT_PREPS = frozenset({"for", "as", "by", "since", "during", "until", "after", "before", "like", "than", "despite"})
_NOT_PREPS_ROOTS = ("01",)  # statements: the speaker's own comment has no second party
_MAX_EXTRAS = 6
# where an event noun hangs on its verb when it only names the verb's act again ("met X, their meeting")
RESTATING_DEPS = frozenset({"dobj", "appos", "npadvmod", "attr"})
_PEOPLE = frozenset(
    "people civilians workers protesters demonstrators students journalists reporters refugees migrants "
    "prisoners detainees hostages soldiers troops forces police officials militants rebels fighters "
    "insurgents activists opposition government authorities villagers residents farmers strikers "
    "servicemen officers lawmakers legislators company companies bank banks firm group groups party "
    "ministry court parliament army military regime administration council committee agency minister "
    "president leader chief premier king queen prince spokesman spokeswoman official ambassador envoy "
    "delegation negotiators diplomats judge prosecutor general commander mayor governor senator chairman "
    "members union unions airline airlines embassy forces militia".split()
)


_DEMANDING = frozenset({"demand", "call", "urge", "press", "ask"})


def extra_targets(trig: Trigger, res: ActorResolver, sources: list[ActorRef], chosen: list[ActorRef]) -> list[ActorRef]:
    """Other actor-like targets of ``trig`` than ``chosen``, nearest first, at most a handful."""
    if trig.code.startswith(_NOT_PREPS_ROOTS) or not sources:
        return []
    tok = trig.token
    roots = [tok]
    for t in (trig.obj, trig.inner):
        if t is not None:
            roots.append(t)
    if tok.dep_ in ("xcomp", "advcl", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
        roots.append(tok.head)  # "sent experts to X to investigate": the clause the trigger serves
    if trig.code.startswith("14"):  # "blocked highways, demanding that the government repeal the laws": the
        roots += [c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in _DEMANDING]  # one pressed
    # the words of the trigger itself ("declared a state of siege", "held talks") are no party, but the
    # object of a plain verb is, even when it is an event noun ("condemned the attack")
    heads = {r.i for r in roots}
    meeting = trig.code.startswith(_MEETING_ROOTS)
    seen: set[int] = set(trig.consumed) - {c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    if trig.obj is not None and noun_code(trig.obj):  # an event noun ("talks", "a state of siege")
        seen.add(trig.obj.i)
    for c in tok.children:  # "met X ..., their third meeting": the act named again, no party
        if c.dep_ in RESTATING_DEPS and (noun_code(c) or "")[:2] == trig.code[:2]:
            seen.add(c.i)
    own = {x.i for c in tok.children if c.dep_ in ("nsubj", "csubj") for x in c.subtree}
    countries = {a.country for a in sources if a.country}
    taken = [(r.start, r.end) for r in (*sources, *chosen)]
    out: list[ActorRef] = []
    for root in roots:
        for t in _candidates(root, root is tok.head and root is not tok):
            if t.i in seen:
                continue
            seen.add(t.i)
            party = t.head.dep_ == "pobj" and t.head.head.lower_ in _PARTY_PREPS | {"with", "from"}
            if t.dep_ == "compound" and party and any(r.code or r.name for r in res.resolve_all(t.head)):
                continue  # "to the United States", not "United": the head names the party whole
            if meeting and t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE:
                continue  # where a meeting or signing takes place is its location, not a party
            for ref in _refs(t, res, direct=_direct(t, heads)):
                if any(s < ref.end and ref.start < e for s, e in taken):
                    continue
                if not _other([ref], sources):
                    continue
                if t.i in own and ref.country in countries:  # "the president of Chad": Chad is the source
                    continue
                taken.append((ref.start, ref.end))
                out.append(ref)
                if len(out) >= _MAX_EXTRAS:
                    return out
    return out


def _direct(t: Token, heads: set[int]) -> bool:
    """The object of the trigger, of its event noun, or of their target prepositions ("an attack on X")."""
    if t.dep_ in ("dobj", "dative", "nsubjpass") and t.head.i in heads:
        return True
    if t.dep_ == "nsubj" and t.head.i not in heads:  # "allowed X to land", "demanded that X appear"
        return True
    return t.dep_ == "pobj" and t.head.lower_ in _PARTY_PREPS and t.head.head.i in heads


class _DeepCache:
    """Deep candidates of the Doc being coded, by token index (extras and last-tier targets share them)."""

    def __init__(self) -> None:
        self.doc: object = None
        self.by_token: dict[int, list[Token]] = {}

    def get(self, root: Token) -> list[Token]:
        if self.doc is not root.doc:
            self.doc = root.doc
            self.by_token = {}
        hit = self.by_token.get(root.i)
        if hit is None:
            hit = self.by_token[root.i] = _deep(root)
        return hit


_CACHE = _DeepCache()


def _candidates(root: Token, shallow: bool) -> list[Token]:
    """Argument-like tokens under ``root``; ``shallow`` keeps only its own objects (no deeper clauses)."""
    if not shallow:
        return _CACHE.get(root)
    found = []
    for c in root.children:
        if c.dep_ in ("dobj", "dative"):
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ not in _NOT_PREPS:
            found += [p for p in c.children if p.dep_ == "pobj"]
    return found


def _deep(root: Token) -> list[Token]:
    out = []
    for t in root.subtree:
        if t.i == root.i:
            continue
        inner_subj = t.dep_ == "nsubj" and t.head.i != root.i and t.head.dep_ in ("ccomp", "xcomp", "advcl")
        if inner_subj or t.dep_ in _ARG_DEPS or (t.dep_ in ("amod", "compound") and t.ent_type_ in ("NORP", "GPE")):
            if t.dep_ == "pobj" and t.head.lower_ in _NOT_PREPS:
                continue
            if t.dep_ == "pobj" and t.head.head.lower_ == "according":  # the clause's source, not a party
                continue
            out.append(t)
    return out


def _refs(t: Token, res: ActorResolver, direct: bool) -> list[ActorRef]:
    if t.ent_type_ in _NOT_ARG or t.like_num:
        return []
    found = [r for r in res.resolve_all(t) if r.code or r.name or r.kind != "unknown"]
    if found:
        return found
    if t.pos_ == "PRON":
        return []
    people = t.lemma_.lower() in _PEOPLE or t.lower_ in _PEOPLE  # the list mixes singulars and plurals
    if not people and any(c.dep_ == "nummod" for c in t.children):  # "45 million euros", "13 tons"
        return []
    if t.ent_type_ in _ACTOR_ENTS or t.pos_ == "PROPN" or direct or people:
        u = _unknown(t, res)
        return [u] if u is not None else []
    return []


_LOOSE_MAX = 4


def loose_targets(trig: Trigger, res: ActorResolver, sources: list[ActorRef], taken: list[ActorRef]) -> list[ActorRef]:
    """Last-tier targets: any other noun phrase the trigger governs that names no actor ("the eastern
    province", "border areas", "the final text"), as ``unknown`` actors. The coder ranks their events
    below every other target's, so they only matter when nothing better links the parties."""
    if trig.code.startswith(_NOT_PREPS_ROOTS) or not sources:
        return []
    tok = trig.token
    spans = [(r.start, r.end) for r in (*sources, *taken)]
    own = {x.i for c in tok.children if c.dep_ in ("nsubj", "csubj") for x in c.subtree}
    out: list[ActorRef] = []
    for t in _candidates(tok, False):
        if t.i in own or t.i in trig.consumed or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("amod", "compound"):
            continue
        if t.ent_type_ in _NOT_ARG or t.like_num or any(c.dep_ == "nummod" for c in t.children):
            continue
        if (trig.obj is not None and t.i == trig.obj.i) or noun_code(t):  # event nouns are no parties
            continue
        if t.lemma_.lower() in MEDIA_NOUNS:  # "in this photo"
            continue
        u = _unknown(t, res)
        if u is None or any(s < u.end and u.start < e for s, e in spans):
            continue
        spans.append((u.start, u.end))
        out.append(u)
        if len(out) >= _LOOSE_MAX:
            break
    return out
