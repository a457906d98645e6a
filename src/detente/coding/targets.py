"""Target search helpers of the coder: patients, subtree and locative targets, noun arguments, agents
inside a subject, prepositional targets and the attachment of dates and places to triggers."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding import kb
from detente.coding import lexicon as lx
from detente.coding.actors import ActorResolver
from detente.coding.actors import _left_edge as _np_start
from detente.coding.linking import _LOCATIVE, _located, _other, _preps, _unknown
from detente.coding.triggers import (
    Trigger,
    _parenthetical_between,
    _to_infinitive,
    amod_subject,
    aside_between,
    false_acl,
    false_amod,
)
from detente.model import ActorRef

_TARGET_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "at",
    "toward",
    "towards",
    "upon",
    "for",
    "from",
    "into",
    "over",
    "about",
    "between",
    "among",
    "of",
    "in",
)
_IN_ROOTS = frozenset({"14", "15", "17", "18", "19", "20", "042"})


_PATIENT_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})


def _patient(trig: Trigger, t: Token, sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """An uncoded direct object as the target ("freed 37 prisoners", "shelled a village in Idlib"), with the
    country of its owner or of the place the act is done in when the sentence gives one."""
    u = _unknown(t, res)
    if u is None:
        return []
    owner = [r for r in _other(_inside(t, res), sources) if r.country]
    if not owner:
        owner = _located(trig, [u], sources, res)
    if owner and owner[0].country:
        c = owner[0].country
        return [ActorRef(text=u.text, code=c, country=c, kind="unknown", start=u.start, end=u.end)]
    return [u]


def _misparsed_subjects(v: Token) -> list[Token]:
    """Capitalised words left of a subjectless finite verb that the parser hung on it as modifiers."""
    perfect = v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)
    perfect = perfect or (v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in v.children))
    if (v.tag_ not in ("VBD", "VBZ", "VBP") and not perfect) or v.dep_ not in ("ROOT", "conj", "ccomp"):
        return []
    dated = [  # "On 17 July Russia's Supreme Court rejected ...": a date phrase without its comma swallowed the subject
        p
        for c in v.children
        if c.dep_ == "prep" and c.i < v.i and c.lower_ in ("on", "in")
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
        and any(t.ent_type_ == "DATE" and t.i < p.i for t in c.subtree)
    ]
    if dated:
        return dated
    fronted = _fronted_subject(v)
    if fronted is not None:
        return [fronted]
    return [
        c
        for c in v.children
        if c.i < v.i
        and c.dep_ in ("advmod", "npadvmod", "nmod", "dep", "aux")
        and c.text[:1].isupper()
        and (c.i > 0 or c.dep_ == "aux")
        or (c.i == 0 and c.i < v.i and c.dep_ in ("advmod", "npadvmod", "dep") and c.text.isupper())
    ]


_THWARTING = frozenset(
    "block veto reject oppose thwart scuttle derail torpedo condemn criticize criticise denounce slam blast "
    "dismiss rebuff spurn resist obstruct stall delay halt suspend freeze cancel scrap abandon drop".split()
)
_BRIDGE_DEPS = frozenset({"aux", "auxpass", "advmod", "neg", "npadvmod"})


def _fronted_subject(v: Token) -> Token | None:
    """The subject the parser joined to a fronted phrase ("On a visit to Zimbabwe, Ramaphosa voiced ...":
    "Ramaphosa" a conjunct of "Zimbabwe"): a noun after the phrase's comma that runs up to the verb."""
    for c in v.children:
        if c.dep_ != "prep" or c.i >= v.i or c.i != c.left_edge.i:
            continue
        for t in c.subtree:
            if t.dep_ not in ("conj", "appos") or t.pos_ not in ("PROPN", "NOUN") or t.left_edge.i < 1:
                continue
            if t.doc[t.left_edge.i - 1].text != "," or t.right_edge.i >= v.i:
                continue
            if all(b.dep_ in _BRIDGE_DEPS for b in t.doc[t.right_edge.i + 1 : v.i]):
                return t
    return None


_LISTED_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_NAMED_ENTS = _LISTED_ENTS
_UNDERGOING = frozenset("have see get".split())
_BACKING_PARTICIPLES = frozenset("back support".split())
_QUOTING = frozenset("quote cite".split())
_SAY_ONLY = frozenset("say announce claim insist believe think state add report".split())


def _listed(subj: Token) -> list[Token]:
    """Names listed before a subject with a bare comma, as headlines join parties ("Israel, Hamas agree to ..."),
    which the parser hangs on the subject or its verb as modifiers."""
    if subj.ent_type_ not in _LISTED_ENTS:
        return []
    doc = subj.doc
    out: list[Token] = []
    for c in (*subj.children, *subj.head.children):
        if (
            c.dep_ in ("nmod", "npadvmod", "compound", "appos")
            and c.i < subj.i
            and c.ent_type_ in _LISTED_ENTS
            and doc[c.right_edge.i + 1].text == ","
            and c.right_edge.i + 2 <= subj.i
        ):
            out.append(c)
    return out


def _headline_passive(v: Token) -> bool:
    """A headline's passive without its auxiliary, read as an active verb with a "by" agent ("Rappler chief
    arrested in Manila by NBI agents"): a past form with a subject, an agent and no object."""
    return (
        v.tag_ in ("VBD", "VBN")
        and v.dep_ == "ROOT"
        and v.lemma_.lower() not in _BY_VERBS
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "dative", "ccomp", "xcomp") for c in v.children)
    )


_BY_VERBS = frozenset("stand abide swear go drop stop pass come live stick sit".split())  # "stood by Bush"


def _opener_apposition(v: Token) -> list[Token]:
    """The subject a participle opener swallowed as an apposition of its object ("Ending one of France's
    longest trials, a Paris court on Monday sentenced ..."): the apposition right before the verb (only
    the verb's own prepositional phrases between them), or nothing."""
    for c in v.children:
        if c.dep_ != "advcl" or c.i > v.i or c.tag_ != "VBG":
            continue
        for a in c.subtree:
            if a.dep_ != "appos" or a.pos_ not in ("NOUN", "PROPN") or a.right_edge.i >= v.i:
                continue
            between = range(a.right_edge.i + 1, v.i)
            preps = {t.i for p in v.children if p.dep_ == "prep" and p.i < v.i for t in p.subtree}
            if all(i in preps for i in between):
                return [a]
    return []


_APPEALING = frozenset("call appeal plead prevail lean".split())


def _verb_slots(v: Token) -> tuple[list[Token], list[Token]]:
    """Source and target candidate tokens of a verb (passive, participles and controlled subjects)."""
    src: list[Token] = []
    tgt: list[Token] = []
    passive = False
    for c in v.children:
        if c.dep_ == "nsubj":
            src.extend(_listed(c))  # "Armenia, Azerbaijan agree to ...": a headline's comma list
            src.append(_counted(c))
        elif (
            c.dep_ == "nsubjpass"
            and (v.tag_ == "VBD" or (v.tag_ == "VBN" and _parenthetical_between(c, v)))
            and v.dep_ in ("ROOT", "ccomp", "conj")
            and not any(a.dep_ in ("auxpass", "aux") for a in v.children)
        ):  # not "Two journalists arrested in Iran" (a headline's passive without its auxiliary)
            src.append(_counted(c))  # "The government, officials said, conceded to demands": active, misparsed
        elif c.dep_ == "nsubjpass":
            passive = True
            # "the prisoners who were released by Iran": the noun the relative pronoun stands for
            tgt.append(v.head if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl" else _counted(c))
        elif c.dep_ == "agent":  # a "by" on an active verb belongs to its object ("opened an investigation into
            # crimes by the police"): who did what the object names, so a party to the act, not its doer
            active = any(s.dep_ == "nsubj" for s in v.children)
            if active and _headline_passive(v):  # "Rappler chief arrested in Manila by NBI agents"
                src[:] = [t for t in src if t.dep_ != "nsubj"]
                tgt[:0] = [_counted(s) for s in v.children if s.dep_ == "nsubj"]
                passive, active = True, False
            (tgt if active else src).extend(_counted(p) for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative", "iobj"):
            tgt.append(_counted(c))
        elif c.dep_ == "ccomp" and c.i > v.i and _to_infinitive(c):
            # "implored industrialised nations to cut emissions": the addressee parsed as the subject of the
            # infinitive (an infinitive has no subject of its own)
            tgt.extend(_counted(s) for s in c.children if s.dep_ == "nsubj" and v.i < s.i < c.i)
        elif c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "upon"):
            # "pleaded with Netanyahu to accept the deal": the same, inside the preposition
            tgt.extend(_counted(s) for p in c.children if p.dep_ == "pcomp" and _to_infinitive(p)
                       for s in p.children if s.dep_ == "nsubj" and s.i < p.i)
            if v.lemma_.lower() in _APPEALING and any(
                x.dep_ in ("xcomp", "advcl") and x.i > c.i and _to_infinitive(x) for x in v.children
            ):  # "called on Iran to free the sailors": Iran is asked, the sailors are what is asked for
                tgt.extend(_counted(p) for p in c.children if p.dep_ == "pobj")
    if not src and not passive:  # "Ankara has relaxed visa rules": the subject hung on the auxiliary
        src.extend(
            _counted(s) for a in v.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj" and s.i < a.i
        )
    if not src and not passive and v.dep_ == "ROOT":
        src.extend(_opener_apposition(v))  # "Ending the trial, a Paris court on Monday sentenced X"
    if not src and not passive:  # "Malaysia, officials said, has taken in ...": a named subject read as npadvmod
        src.extend(
            c
            for c in v.children
            if c.dep_ == "npadvmod"
            and c.i < v.i
            and c.ent_type_ in _NAMED_ENTS
            and (_parenthetical_between(c, v) or aside_between(c, v))
        )
    if false_acl(v):  # "A report called for sanctions ...": the head noun is the subject
        src.append(_counted(v.head))  # "Hundreds of people protested ...": the people
    elif false_amod(v):  # "investigators on Monday shared evidence with India": subject and object
        src.append(amod_subject(v) or v.head.head)
        tgt.append(v.head)
    elif v.dep_ == "amod" and v.lemma_.lower() in lx.MAKER_PARTICIPLES | _BACKING_PARTICIPLES and v.i < v.head.i:
        # "Saudi-funded schools in Pakistan": the funder gives, the funded receives; "Russian-backed separatists":
        # the backer backs them
        src.extend(x for x in v.children if x.dep_ in ("npadvmod", "compound", "nmod", "nsubj") and x.i < v.i)
        if src:
            tgt.append(v.head)
    elif v.dep_ == "acl" and v.tag_ == "VBG":  # "a statement criticising ...": the statement's author
        src.extend(_doer_of(v.head))
    elif v.dep_ == "acl" and v.tag_ == "VB" and v.head.lemma_.lower() in _INTENT_NOUNS:
        src.extend(c for c in v.head.children if c.dep_ == "poss")  # "Hungary's decision to block the package"
        src.extend(t for p, t in _preps(v.head) if p == "by")  # "the decision by Iran to release them"
        owner = v.head.head if v.head.dep_ in ("dobj", "attr") and v.head.head.pos_ in ("VERB", "AUX") else None
        if owner is not None and owner.lemma_.lower() in _THWARTING:
            owner = None  # "Hungary blocked a plan to provide aid": the plan is not Hungary's
        if all(c.pos_ == "PRON" for c in src) and owner is not None:  # "Ghana expressed its readiness to send ..."
            src = [c for c in owner.children if c.dep_ == "nsubj"] or src
    elif (
        v.dep_ in ("acl", "relcl") and v.tag_ == "VB" and v.head.dep_ == "attr" and _to_infinitive(v)
        and v.head.head.lemma_.lower() in ("be", "become", "remain")
    ):  # "Iceland became the first country to recognise Lithuania": the copula's subject
        src.extend(c for c in v.head.head.children if c.dep_ == "nsubj")
    elif v.dep_ == "acl" and v.tag_ == "VBN" and all(t.head.dep_ == "agent" for t in src):
        # the participle's noun is its patient ("the activists arrested by police", the headline "Opposition leader
        # arrested in Phnom Penh by police"), not "GENEVA: Korea has threatened" (its own subject)
        tgt.insert(0, v.head)
        passive = True
    if passive and not any(c.dep_ == "agent" for c in v.children):
        src = _loose_agent(v)  # "was granted to Somalia by Japan": the agent hung on a preposition
        if not src:  # "was convicted of sodomy and jailed for five years by the court": the agent of both
            src = [p for c in v.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD")
                   for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"][:1]
    if v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children) and (  # "Pakistan had its aid cancelled by
        (v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in _UNDERGOING)  # the Pentagon",
        or (v.dep_ == "ccomp" and v.head.lemma_.lower() in _UNDERGOING)  # "saw its aid cut off by Washington":
    ):  # the one who had it done to them
        holder = v.head.head if v.dep_ == "acl" else v.head
        patients = [c for c in v.children if c.dep_ == "nsubj"]  # "saw [its aid cut off by X]": the aid
        src[:] = [t for t in src if t not in patients] + [
            p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" and p not in src
        ]
        tgt[:] = [c for c in holder.children if c.dep_ == "nsubj"] + [t for t in tgt if t not in src] + patients
    if (
        v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and not tgt and not any(c.dep_ == "dobj" for c in v.children)
        and any(c.dep_ == "agent" for c in v.children) and any(c.dep_ == "auxpass" for c in v.head.children)
    ):  # "... and jailed for five years by the court": the shared patient of a passive pair
        tgt.extend(c for c in v.head.children if c.dep_ == "nsubjpass")
    if any(t.lemma_.lower() in MEDIA_NOUNS for t in src):  # "In this file photo, Kushner attends ...": Kushner
        src = [
            a
            for t in src
            for a in ([c for c in t.children if c.dep_ == "appos"] if t.lemma_.lower() in MEDIA_NOUNS else [t])
        ]
    if not src and not passive:  # controlled or coordinated subjects: "is set to meet", "met and signed"
        node = v
        for _ in range(4):
            if (
                node.dep_ == "pcomp"
                and node.head.dep_ == "prep"
                and node.head.lower_ in _TIME_PREPS
                and not any(c.dep_ == "auxpass" for c in node.children)  # not "resigned after being accused"
            ):
                head = node.head.head  # "recalled its ambassador after accusing Somalia of ...": the subject
                for _ in range(3):  # "X, speaking after meeting Biden, said ...": up through subjectless participles
                    if head.pos_ not in ("VERB", "AUX"):
                        break
                    subj = [c for c in head.children if c.dep_ == "nsubj"]
                    if not subj and head.dep_ == "acl" and head.tag_ == "VBG":
                        subj = [head.head]  # "the prince, speaking after meeting Biden": the one speaking
                    if subj or head.dep_ not in ("advcl", "xcomp", "conj") or head.head.i == head.i:
                        src.extend(subj)
                        break
                    head = head.head
                break
            if (
                node.dep_ == "pcomp"
                and node.head.dep_ == "prep"
                and node.head.lower_ == "as"
                and node.head.head.lemma_.lower() in _QUOTING
            ):  # "Xinhua quoted the minister as saying ...": the one quoted says it
                src.extend(c for c in node.head.head.children if c.dep_ == "dobj")
                break
            if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ in ("of", "for", "in"):
                head = node.head.head  # "are guilty of violating", "accused X of violating": X violated
                obj = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
                subj = obj or [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "X is accused of"
                if subj:
                    src.extend(subj)
                    break
                if head.dep_ != "acomp":
                    break
                node = head
                continue
            if node.dep_ == "attr" and node.pos_ == "VERB" and node.head.lemma_ == "be":
                node = node.head  # "Qatar is mediating": the parser's progressive as an attribute of "is"
                src.extend(c for c in node.children if c.dep_ == "nsubj")
                break
            if node.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acomp") or node.head.i == node.i:
                break
            said = [c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i and c.ent_type_ in _NAMED_ENTS]
            if node.dep_ == "ccomp" and said and node.head.lemma_.lower() in _SAY_ONLY:
                src.extend(said[:1])  # "Cheshirkov said UNHCR on Monday supports ...": UNHCR, hung on "said"
                break
            if node.dep_ == "ccomp" and any(  # "USAID had announced ..., officials said": its own subject
                t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or t.text.isupper() for t in _misparsed_subjects(node)
            ):
                break
            head = node.head
            if node.dep_ == "relcl":
                src.append(head)
                break
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if node.dep_ == "conj" and v.tag_ == "VBN" and subj and subj[0].dep_ == "nsubjpass":
                tgt.insert(0, subj[0])  # "was tortured and killed": the patient of both
                break
            # not "used tear gas to", "visited Kyiv to show solidarity"
            if node.dep_ == "xcomp" and head.lemma_.lower() not in _INSTRUMENT_VERBS | _ERRAND_VERBS:
                obj = [c for c in head.children if c.dep_ == "dobj"]
                subj = obj or subj
            if subj:
                src.extend(subj)
                break
            node = head
    return src, tgt


def _loose_agent(v: Token) -> list[Token]:
    """A passive verb's "by" phrase the parser hung as a plain preposition, on the verb, on its "to" object or
    on its second object."""
    # on the verb, or on its "to"/"for"/"as" object ("was recognised as a state by Washington"), or on the
    # state it was put in ("was placed under house arrest by the police", "taken into custody by troops")
    # "removed from the list by X", "charged with Y by X", "stripped of its licence by X"
    states = ("to", "for", "as", "under", "into", "from", "with", "of")
    heads = [v] + [t for c in v.children if c.dep_ == "prep" and c.lower_ in states for t in c.children]
    heads += [a for t in heads[1:] for a in t.children if a.dep_ == "acl"]  # "of its licence to operate ... by X"
    heads += [c for c in v.children if c.dep_ == "dobj"]  # "was granted a loan by the World Bank": on the object
    heads += [a for c in v.children if c.dep_ == "dobj" for a in c.children if a.dep_ in ("amod", "acl")]
    # "was handed a bailout worth 86 billion euros by its creditors": on the object's modifier
    gerunds = [  # "were barred from entering parliament by the security forces"
        t for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children if t.dep_ == "pcomp"
    ]
    by_gerund = [
        t
        for h in gerunds
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for t in c.children
        if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")
    ]
    if by_gerund:
        return by_gerund[:1]
    found = [
        t
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for t in c.children
        if t.dep_ == "pobj" and _agentive(t)
    ][:1]
    return found or _nested_by(v) or _through_agency(v)


def _agentive(t: Token) -> bool:
    return (
        t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        or t.pos_ == "PROPN"
        or bool(kb.sectors_of(t.lemma_.lower()))
        or t.lemma_.lower() in _BODIES  # "by eurozone creditors", "by the UN refugee agency"
        or any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "ORG", "NORP") for c in t.children)
    )


_BODIES = frozenset(
    "agency organisation organization government ministry authority creditor donor lender bank fund council "
    "committee coalition alliance union administration regulator watchdog commission board".split()
)


def _through_agency(v: Token) -> list[Token]:
    """An organisation a passive act was done through ("the money was sent via the aid agency AusAID to ...",
    "rations reached the refugees through the Red Crescent"), not a country it passed through."""
    return [
        t
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("via", "through")
        for t in c.children
        if t.dep_ == "pobj" and t.ent_type_ == "ORG"
    ][:1]


def _nested_by(v: Token) -> list[Token]:
    """A "by" phrase the parser hung at the end of a chain of the verb's adjuncts ("were handed over on Monday
    at a warehouse outside Lilongwe to the agency by the World Food Programme"): prepositions and their
    objects only, never into a clause."""
    frontier, depth = [v], 0
    while frontier and depth < 8:
        nxt = []
        for h in frontier:
            for c in h.children:
                if c.dep_ != "prep" or c.i < v.i:
                    continue
                for t in c.children:
                    if t.dep_ != "pobj":
                        continue
                    if c.lower_ == "by" and h.i != v.i and _agentive(t):
                        return [t]
                    nxt.append(t)
        frontier, depth = nxt, depth + 1
    return []


_INTENT_NOUNS = frozenset(
    "decision move plan bid attempt effort refusal threat promise pledge vow offer determination readiness "
    "willingness intention failure push call demand request proposal order".split()
)
MEDIA_NOUNS = frozenset("photo photograph picture image file video footage screenshot still".split())


_SKIP_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "punct",
        "cc",
        "mark",
        "neg",
        "advmod",
        "det",
        "case",
        "prt",
        "expl",
        "agent",
        "csubj",
    }
)


def _subtree_target(tok: Token, res: ActorResolver, exclude: set[int], trig: Trigger) -> list[ActorRef]:
    """The nearest actor below the trigger in the parse (breadth-first), when no slot gave a target."""
    frontier = [c for c in tok.children if c.dep_ not in _SKIP_DEPS and c.lower_ != "according"]
    obj = trig.obj.i if trig.obj is not None else -1
    for _ in range(8):
        nxt: list[Token] = []
        for node in frontier:
            locative = (
                node.dep_ == "pobj"
                and node.head.lower_ in _LOCATIVE
                and not (trig.code[:2] in _IN_ROOTS or trig.code in _IN_ROOTS)
            )
            if (node.pos_ in ("PROPN", "NOUN", "PRON") or node.ent_type_) and not locative and node.i != obj:
                refs = [
                    r
                    for r in res.resolve_all(node)
                    if r.start not in exclude and (r.code or r.name or r.kind == "organisation")
                ]
                if refs:
                    return refs
            nxt.extend(
                c
                for c in node.children
                if (c.dep_ not in _SKIP_DEPS or c.dep_ == "agent") and c.dep_ not in ("relcl", "advcl")
                and c.lower_ != "according"  # "..., according to officials": the source of the report, no party
            )
        frontier = nxt
        if not frontier:
            break
    return []


def _locative_target(tok: Token, res: ActorResolver, exclude: set[int]) -> list[ActorRef]:
    """Last resort: the country or place an action is directed at or takes place in ("forces in Europe")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    heads += [t for h in heads[1:] for p, t in _preps(h) if p == "of"]  # "financed the building of a school in X"
    for h in heads:
        for p, t in _preps(h):
            if p in _LOCATIVE and t.ent_type_ in ("GPE", "LOC"):
                r = [a for a in res.resolve_all(t) if a.start not in exclude]
                if r:
                    return r
    for h in heads:  # "stayed on alert in the eastern province", "fighting in border areas": an unnamed area
        for p, t in _preps(h):
            if p in _LOCATIVE and t.lemma_.lower() in AREA_NOUNS and t.ent_type_ not in ("DATE", "TIME"):
                st = t.doc[_np_start(t)].idx
                if st not in exclude:
                    en = t.idx + len(t.text)
                    return [ActorRef(text=res.text[st:en], code="", kind="unknown", start=st, end=en)]
    return []


AREA_NOUNS = frozenset(
    "town city village district area region province zone territory capital island county state "
    "neighbourhood neighborhood camp".split()
)


def _inside(tok: Token, res: ActorResolver) -> list[ActorRef]:
    """Actors inside a non-actor object: "China's proposals", "the release of prisoners"."""
    return _noun_targets(tok, res)


def _noun_targets(tok: Token, res: ActorResolver, sources: list[ActorRef] | None = None) -> list[ActorRef]:
    srcs = sources or []
    for c in tok.children:
        if c.dep_ == "poss":
            r = _other(res.resolve_all(c), srcs)
            if r:
                return r
    preps = _preps(tok)
    for c in tok.children:  # "sanctions imposed on India"
        if c.dep_ == "acl":
            preps += [(p, t) for p, t in _preps(c) if p != "by"]
    for p, t in preps:
        if p in ("of", "on", "against", "to", "with", "for", "from"):
            r = _other(res.resolve_all(t), srcs)
            if r:
                return r
    for c in tok.children:  # "its demand that the US ease sanctions": the subject of the complement
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and c.dep_ != "relcl":
            for s in c.children:
                if s.dep_ == "nsubj":
                    r = _other(res.resolve_all(s), srcs)
                    if r:
                        return r
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            r = _other(res.resolve(c), srcs)
            if r:
                return r
    return []


_TIME_PREPS = frozenset("after before while since upon".split())
_SENT_PEOPLE = frozenset(
    "team delegation doctor medic expert rescuer volunteer engineer specialist worker troop soldier officer "
    "official envoy mission contingent unit force firefighter investigator inspector observer".split()
)


def _agent_inside(tok: Token, res: ActorResolver) -> list[ActorRef]:
    """The actor behind a non-actor subject: its possessor, its "by" agent, its country modifier."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    for c in tok.children:
        if c.dep_ == "poss":
            r = res.resolve_all(c)
            if r:
                return r
        if c.dep_ == "acl":
            for p, t in _preps(c):
                if p == "by":
                    r = res.resolve_all(t)
                    if r:
                        return r
    for p, t in _preps(tok):
        if p == "by" or (p == "from" and tok.lemma_.lower() in _SENT_PEOPLE):  # "rescue teams from Algeria"
            r = res.resolve_all(t)
            if r:
                return r
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "npadvmod") and c.i < tok.i and c.ent_type_ in ("GPE", "NORP", "ORG"):
            r = res.resolve(c)
            if r:
                return r
    return []


def _prep_targets(tok: Token, res: ActorResolver, code: str, skip_of: bool = False) -> list[ActorRef]:
    preps = [(p, t) for p, t in _preps(tok) if not (skip_of and p == "of")]
    for want in _TARGET_PREPS:
        if want == "in" and code[:2] not in _IN_ROOTS and code not in _IN_ROOTS:
            continue
        for p, t in preps:
            if p == want:
                r = res.resolve_all(t)
                if r:
                    return r
    return []


def _attach(sent: Span, ents: list[Span], trig_ids: set[int], own_clause: bool = False) -> dict[int, list[Span]]:
    """Attach entities (dates, places) to the nearest trigger above them in the parse.

    With ``own_clause`` (dates), climbing stops at a verb that is not a trigger: "accused Pakistan of
    violating the understanding the armies renewed in February 2021" dates the renewal, not the
    accusation. A relative clause on a trigger noun still dates it ("the trip, which they expect in May").
    """
    out: dict[int, list[Span]] = {}
    for ent in ents:
        node = ent.root
        for _ in range(8):
            if node.i in trig_ids:
                out.setdefault(node.i, []).append(ent)
                break
            if own_clause and node.i != ent.root.i and node.pos_ in ("VERB", "AUX"):
                if node.dep_ in ("relcl", "acl") and node.head.i in trig_ids:
                    out.setdefault(node.head.i, []).append(ent)
                break
            if node.head.i == node.i:
                for i in trig_ids:  # an unattached phrase belongs to the main clause's events
                    t = sent.doc[i]
                    if node.i in (t.head.i, t.i, t.head.head.i):
                        out.setdefault(i, []).append(ent)
                break
            node = node.head
    return out


_DOCUMENT_NOUNS = frozenset(
    "statement resolution report letter declaration communique communiqué motion decision ruling order "
    "note message video speech editorial op-ed".split()
)


def _doer_of(noun: Token) -> list[Token]:
    """Who does what a participle says of a document ("passed a resolution criticising", "released a
    statement condemning"): its author; nobody for other nouns (left to the usual search)."""
    if noun.lemma_.lower() not in _DOCUMENT_NOUNS:
        return []
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        return owner
    verb = noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX", "ADP"):
        if verb.pos_ == "ADP":
            verb = verb.head
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


_QUANTITY_WORDS = frozenset("thousands hundreds dozens millions scores tens thousand hundred dozen million".split())


def _counted(tok: Token) -> Token:
    """What a quantity counts ("thousands of workers" -> workers, "hundreds of people" -> people)."""
    if not (tok.like_num or tok.ent_type_ == "CARDINAL" or tok.lower_ in _QUANTITY_WORDS):
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return tok


# "X used tear gas to disperse Y": X disperses, the object is the instrument, not the controller.
_INSTRUMENT_VERBS = frozenset("use employ utilize utilise deploy fire".split())
# Verbs whose purpose clause the parser may make an xcomp: the subject does the errand ("visited Kyiv to show
# solidarity with Ukraine", "summoned the envoy to protest"), not the object.
_ERRAND_VERBS = frozenset("visit summon meet tour host convene travel arrive".split())
