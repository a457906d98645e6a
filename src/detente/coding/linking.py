"""Argument linking helpers of the coder: uncoded actors, recipients, places, speakers and the like, for
when the plain subject and object slots of a trigger give no (or only a weak) source or target."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding import kb
from detente.coding.actors import ActorResolver
from detente.coding.actors import _left_edge as _np_start
from detente.coding.triggers import Trigger, _preps
from detente.coding.triggers import noun_code as noun_code_of
from detente.model import ActorRef

_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})


_NOT_ARG = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


_OBJ_PREPS = ("with", "on", "against", "to", "toward", "towards", "into", "upon", "at", "for")  # "support for X" last


def _weak(r: ActorRef) -> bool:
    """A target that names no country, person or known body: "people", "a new company", "troops"."""
    return not r.country and not r.name and r.kind in ("unknown", "agent") and len(r.code) <= 3


def _located(trig: Trigger, targets: list[ActorRef], sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The coded place a weakly-targeted act is done in ("contributed troops to a force in Somalia" -> SOM):
    a locative attached to the trigger, its complement or object, or the weak target and its clauses."""
    doc = trig.token.doc
    ends = {r.end for r in targets}
    heads = {trig.token.i}
    for t in (trig.inner, trig.obj):
        if t is not None:
            heads.add(t.i)
    for t in trig.token.subtree:
        if t.idx + len(t.text) in ends:
            heads.add(t.i)
            heads.update(c.i for c in t.children if c.dep_ in ("acl", "relcl"))
            if t.dep_ in ("dobj", "dative") and t.head.pos_ == "VERB":
                heads.add(t.head.i)
    src_spans = [(a.start, a.end) for a in sources]
    for p in sorted(heads):
        for prep, t in _preps(doc[p]):
            if prep not in _LOCATIVE or t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "ORG", ""):
                continue
            if any(s <= t.idx < e for s, e in src_spans):
                continue
            found = [r for r in _other(res.resolve_all(t), sources) if r.country]
            if found:
                return found
    return []


_REPORT_VERBS = frozenset("say announce state declare tell add confirm report insist claim".split())


def _speaker_side(tok: Token, src_toks: list[Token], sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """A definite generic subject of a reported clause is on the speaker's side ("Kenya said the police
    arrested ...": Kenyan police, KENCOP): its span, with the speaker's country composed into its code."""
    speaker = _speaker(tok, src_toks, res)
    country = next((r.country for r in speaker if r.country), None)
    if country is None:
        return sources
    return [
        ActorRef(
            text=r.text,
            code=kb.compose(country, r.sectors),
            country=country,
            sectors=r.sectors,
            role=r.role,
            kind=r.kind,
            start=r.start,
            end=r.end,
        )
        for r in sources
    ]


def _speaker(tok: Token, src_toks: list[Token], res: ActorResolver) -> list[ActorRef]:
    """The coded speaker of the reported clause a trigger sits in, when its subject is definite."""
    if not src_toks or not all(any(c.lower_ == "the" for c in t.children) for t in src_toks):
        return []
    node = tok
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORT_VERBS:
            subj = [c for c in node.head.children if c.dep_ == "nsubj"]
            found = [r for c in subj for r in res.resolve_all(c) if r.code and not _weak(r)]
            return found
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return []


def _condition_party(tok: Token, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The party a refusal or a demand waits on: the subject of an "until"/"unless" clause."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "till") for m in c.children):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    found = _other(res.resolve_all(s), sources)
                    if found:
                        return found
    return []


def _recipient(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The actor a thing is given, sent or returned to: "to X" on the trigger or its complement."""
    heads = [h for h in (trig.token, trig.inner) if h is not None]
    heads += [t for p, t in _preps(trig.token) if p == "for"]  # "mobilized troops for a war against X"
    for head in heads:
        for prep, t in _preps(head):
            if prep in ("to", "into", "toward", "towards", "against"):
                found = _other(res.resolve_all(t), sources)
                if not found and t.pos_ == "PROPN":
                    found = _other(_unknown_all(t, res), sources)
                if found:
                    return found
    return []


def _place_actor(tok: Token, res: ActorResolver) -> list[ActorRef]:
    """The state an agentless act is done in ("was detained in a prison in Iran" -> IRN)."""
    frontier = [t for v in (tok, *tok.conjuncts) for p, t in _preps(v) if p in _LOCATIVE]
    for _ in range(3):
        nxt: list[Token] = []
        for t in frontier:
            if t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN":  # NER may call a country a person
                found = [r for r in res.resolve_all(t) if r.country]
                if found:
                    return found
            nxt += [x for p, x in _preps(t) if p in _LOCATIVE]
        frontier = nxt
    return []


def _unknown(tok: Token, res: ActorResolver) -> ActorRef | None:
    """The noun phrase headed by ``tok`` as an actor without a code (kind "unknown"), when it is one."""
    nominal = tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass")
    if not nominal or tok.ent_type_ in _NOT_ARG or tok.i in res.blocked:  # "U.S. airstrikes have killed": a noun
        return None
    start = tok.doc[_np_start(tok)].idx
    end = tok.idx + len(tok.text)
    return ActorRef(text=res.text[start:end], code="", kind="unknown", start=start, end=end)


def _unknown_all(tok: Token, res: ActorResolver) -> list[ActorRef]:
    """The actors a phrase names, else the phrase itself as an unknown actor ("the watchdog agency")."""
    found = res.resolve_all(tok)
    if found:
        return found
    u = _unknown(tok, res)
    return [u] if u is not None else []


def _obj_targets(obj: Token, res: ActorResolver, sources: list[ActorRef]) -> list[ActorRef]:
    """The target an event-noun object names with a preposition: "talks with X", "an attack on X"."""
    preps = _preps(obj)
    for c in obj.children:  # "sanctions imposed on X", "a mission designed to help X"
        if c.dep_ == "acl":
            preps += [(p, t) for p, t in _preps(c) if p != "by"]
    for want in _OBJ_PREPS:
        for p, t in preps:
            if p == want:
                found = _other(res.resolve_all(t), sources)
                if not found and (
                    want in ("on", "against", "at", "into", "to", "with")
                    or want == "for" and obj.lemma_.lower() in _BACKING_NOUNS  # "its backing for the candidate"
                ):
                    u = _unknown(t, res)
                    found = _other([u], sources) if u is not None else []
                if found:
                    return found
    for p, t in preps:  # "voiced concern over China's drills": the owner of the topic
        if p in ("over", "about"):
            owner = [r for c in t.children if c.dep_ == "poss" for r in res.resolve_all(c)]
            found = _other(res.resolve_all(t) or owner, sources)
            if found:
                return found
    for c in obj.children:  # "accepted the mediators' offer of talks": the owner of what is answered
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() in _ANSWERED:
            u = _unknown(c, res)
            found = _other(res.resolve_all(c) or ([u] if u is not None else []), sources)
            if found:
                return found
    return []


_BACKING_NOUNS = frozenset("support backing endorsement solidarity sympathy admiration respect praise".split())
_ANSWERED = frozenset(
    "offer proposal plan demand request call appeal initiative bid invitation plea ultimatum terms idea "
    "proposition suggestion overture condition".split()
)


def _other(targets: list[ActorRef], sources: list[ActorRef]) -> list[ActorRef]:
    """Targets that are not one of the sources ("his support for X": "his" is the source again)."""
    return [t for t in targets if not any(_same_actor(t, s) for s in sources)]


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.start == b.start and a.code == b.code and (a.code or a.end == b.end):
        return True
    if a.name and a.name == b.name:
        return True
    owners = ("its", "their")  # "the assembly declared its solidarity": "its" is the assembly again
    if a.text.lower() in owners and a.country and a.country == b.country and b.text.lower() not in owners:
        return True
    if not a.code or a.code != b.code:
        return False
    if not a.country and a.kind == b.kind == "agent" and a.role and b.role and a.role.lower() != b.role.lower():
        return False  # "the leaders" and "the prime minister": two roles of no named country
    if a.kind == b.kind == "organisation" and "" != _proper(a.text) != _proper(b.text) != "":
        return False  # "Sony and Honda formed a joint venture": two companies of one country
    if a.kind != "person" and b.kind != "person":
        return True
    pronouns = {"he", "him", "his", "she", "her", "it", "its", "they", "their", "them"}
    return a.text.lower() in pronouns or b.text.lower() in pronouns


def _proper(text: str) -> str:
    """A name without its article ("the BBC" -> "BBC"), or "" for a common noun phrase ("the company")."""
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) if words and words[0][:1].isupper() else ""


_AGENT_ROOTS = ("11", "12", "16", "08", "02", "10", "05")


def _object_agent(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The author of the thing acted on: "dismissed the complaint filed by X", "overturned rulings issued by X",
    "granted the injunction requested by X" (rejections, accusations, concessions and the like of someone's act)."""
    if trig.is_noun or trig.code[:2] not in _AGENT_ROOTS:
        return []
    objs = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objs:
        for c in obj.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                found = _other([r for t in agents for r in _unknown_all(t, res)], sources)
                if found:
                    return found
    return []


_VICTIM_VERBS = frozenset("die succumb perish".split())
_CUSTODY = frozenset("prison jail gaol custody detention cell camp station penitentiary".split())


def _victim_clause(tok: Token, res: ActorResolver) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """A violent act named as the cause of a death ("X died in a police cell after torture", "died as a result of
    the torture to which he was subjected in a detention centre"): the dead is the target, the place of
    custody the source (an ``unknown`` actor); None when the noun is not in such a clause or no custody."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        verb = verb.head
    if verb.lemma_.lower() not in _VICTIM_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    scope = [t for t in (*verb.subtree,) if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "inside")]
    for t in scope:
        words = {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.dep_ == "compound"}
        if words & _CUSTODY:
            place = _unknown(t, res)
            victims = _unknown_all(subj, res)
            if place is not None and victims:
                return [place], victims
    return None


_ARMED_SECTORS = ("MIL", "REB", "INS", "UAF", "SPY")
_ARMED_WORDS = frozenset(
    "attacker attackers gunman gunmen militant militants fighter fighters insurgent insurgents rebel rebels "
    "troops soldiers militia militiamen terrorist terrorists jihadist jihadists commando commandos".split()
)


def _armed(sources: list[ActorRef]) -> bool:
    """Whether the actors are armed ones (military, rebels, insurgents, gunmen): what they storm they attack."""
    for s in sources:
        if any(x in s.code[3:] or x in s.sectors for x in _ARMED_SECTORS):
            return True
        if any(w in _ARMED_WORDS for w in s.text.lower().split()):
            return True
    return False


_CIVIC_SECTORS = ("OPP", "CVL", "LAB", "EDU", "AGR")


def civic(sources: list[ActorRef]) -> bool:
    """Whether every actor is an unarmed part of society (opposition, civilians, workers, students, farmers):
    what they occupy they hold as a protest ("protesters occupied the parliament building")."""
    return bool(sources) and not _armed(sources) and all(
        any(x in s.code[3:] or x in s.sectors for x in _CIVIC_SECTORS) for s in sources
    )


# Restrictions of movement and their easing are imposed on a place: "a curfew in the town", "a state of
# emergency in Chad", "blockades in the port city", "eased restrictions in border areas".
RESTRICT_CODES = ("172", "1723", "1724", "191", "081", "0811", "0813", "0814", "0872", "1312")
_IN_PREPS = ("in", "across", "throughout", "on", "over")


def _restricted_place(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The place a restriction is imposed on (named or not), from the trigger, its object or the
    object's modifiers; [] when the code is no restriction or no such place is said."""
    if not trig.code.startswith(RESTRICT_CODES):
        return []
    heads = [trig.token] + ([trig.obj] if trig.obj is not None else [])
    heads += [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
    for h in heads:
        for p, t in _preps(h):
            if p in _IN_PREPS and t.ent_type_ not in ("DATE", "TIME") and t.pos_ in ("NOUN", "PROPN"):
                if p in ("on", "over") and not (t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _AREAS):
                    continue
                found = _other(_unknown_all(t, res), sources)
                if found:
                    return found
    return []


_AREAS = frozenset(
    "town city village district area region province zone port ports border territory capital state island".split()
)


def _demand_holder(inner: Token, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """Whom a demand is about: the subject of its clause ("conceded to demands that X be freed to vote")."""
    for c in inner.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN"):
                    found = _other(_unknown_all(s, res), sources)
                    if found:
                        return found
    return []


_TAKING_UP = frozenset("accept embrace welcome endorse back support praise hail".split())


def _object_author(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """Whose proposal, terms or plan is accepted or welcomed ("accepted the terms laid down by its creditors",
    "welcomed the plan put forward by Egypt"): the author named on the object's participle, else []."""
    if trig.is_noun or not trig.code.startswith(("03", "05", "08")) or trig.token.lemma_.lower() not in _TAKING_UP:
        return []
    for obj in (c for c in trig.token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        authors = [t for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for p, t in _preps(c) if p == "by"]
        found = _other([r for t in authors for r in res.resolve_all(t) or _unknown_all(t, res)], sources)
        if found:
            return found
    return []


def _denied_claim(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The target of a denial (016) of a claim: its author ("denied the accusations made by X", "rejected the
    allegations by X", "denied X's claims"), else the claim itself ("denied the allegations")."""
    if trig.is_noun or trig.code != "016":
        return []
    for obj in (c for c in trig.token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        authors = [c for c in obj.children if c.dep_ == "poss"]
        authors += [t for p, t in _preps(obj) if p in ("by", "from")]
        if obj.lemma_.lower() in _CLAIMS:  # "denied accusations by London that ...": "by" hung on the verb
            authors += [t for p, t in _preps(trig.token) if p == "by"]
        for c in obj.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                authors += [t for p, t in _preps(c) if p in ("by", "from")]
        found = _other([r for t in authors for r in _unknown_all(t, res)], sources)
        if found:
            return found
        if obj.lemma_.lower() in _INVOLVEMENT:  # "denied any involvement in the poisoning": what it is blamed for
            topics = [t for p, t in _preps(obj) if p in ("in", "with", "for")]
            found = _other([r for t in topics for r in _unknown_all(t, res)], sources)
            if found:
                return found
        u = _unknown(obj, res) if obj.lemma_.lower() in _CLAIMS else None  # not "denied responsibility"
        return _other([u], sources) if u is not None else []
    return []


_INVOLVEMENT = frozenset("involvement role part responsibility link links hand complicity".split())
_CLAIMS = frozenset(
    "allegation accusation charge claim report rumour rumor assertion suggestion insinuation story "
    "account statement".split()
)


_BENEFICIARIES = frozenset(
    "people civilians refugees migrants victims survivors families children women students workers farmers "
    "residents villagers patients orphans veterans displaced poor needy population communities hospitals "
    "schools".split()
)


def _beneficiary(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """Whom aid is for: "$5 million in aid as compensation for Holocaust survivors", "food for refugees",
    "provided loans for Kenya" (the trigger, its object and the nouns of its "as"/"in"/"of" phrases)."""
    if not trig.code.startswith("07"):
        return []
    heads = [h for h in (trig.token, trig.obj) if h is not None]
    heads += [c for c in trig.token.children if c.dep_ == "dobj"]
    heads += [t for h in list(heads) for p, t in _preps(h) if p in ("as", "in", "of")]
    for head in heads:
        for prep, t in _preps(head):
            if prep != "for":
                continue
            found = _other(res.resolve_all(t), sources)
            if not found and (t.pos_ == "PROPN" or t.lemma_.lower() in _BENEFICIARIES or t.lower_ in _BENEFICIARIES):
                found = _other(_unknown_all(t, res), sources)
            if found:
                return found
    return []


def _concern_topic(trig: Trigger, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """What a pessimistic comment (012) is about: "raised concerns about the new security law", "voiced
    alarm over the arrests" (the trigger's or its object's over/about/at/regarding phrase)."""
    if trig.is_noun or trig.code != "012":
        return []
    heads = [trig.token, *(c for c in trig.token.children if c.dep_ == "dobj")]
    for head in heads:
        for p, t in _preps(head):
            if p in ("about", "over", "at", "regarding", "on"):
                owner = [r for c in t.children if c.dep_ == "poss" for r in res.resolve_all(c)]
                # "concern over the arrest of opposition leaders in Tanzania": the act's doer or its state
                held = [t, *(x for q, x in _preps(t) if q in ("of", "on", "against"))]
                doers = [r for h in held for q, x in _preps(h) if q == "by" for r in res.resolve_all(x)]
                if not doers and noun_code_of(t):
                    places = [x for h in held for q, x in _preps(h) if q == "in"]
                    doers = [r for x in places for r in res.resolve_all(x) if r.country]
                found = _other(res.resolve_all(t) or owner or doers or _unknown_all(t, res), sources)
                if found:
                    return found
    return []

