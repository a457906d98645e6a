"""Modality and CAMEO conventions of a trigger (planned, hypothetical, negated; intents, threats,
rejections) and the (source, target) pairs of reciprocal and mutual acts."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding import kb
from detente.coding import lexicon as lx
from detente.coding.conditional import offered
from detente.coding.triggers import Trigger, noun_code, verb_trigger
from detente.model import ActorRef

_PLAN_HEADS = frozenset(
    "set expect plan schedule due poise intend prepare hope aim slate go scheduled likely anticipate willing "
    "ready prepared eager determined poised".split()
)
_PLAN_ADJ = frozenset(
    "planned anticipated upcoming forthcoming expected proposed scheduled next future "
    "coming prospective impending possible potential pending".split()
)
_HYPO_AUX = frozenset("could would might may should must ought".split())
_REPORTING = frozenset(
    "say announce state declare tell warn confirm add insist vow pledge promise assure guarantee".split()
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MUTUAL_ROOTS = ("03", "04", "05", "06", "19")
_MUTUAL_CODES = ("125", "127", "1211", "0871", "087")  # 0871: "the ceasefire between X and Y"; 087: "X and Y
# signed a cessation of hostilities"
_RECIPROCAL = ("019", "030", "036", "040", "041", "043", "044", "045", "046", "050", "057", "06", "037")


def _recode(trig: Trigger, modality: str) -> tuple[str, str]:
    """CAMEO conventions for unrealised events: a future cooperative act is an intent (03x), a future
    coercive act a threat (13x), a refused or withheld cooperative act a rejection (12x)."""
    code = trig.code
    root = code[:2]
    backing = trig.inner if trig.frame == "03" else trig.token
    if code in ("032", "051", "052", "053") and modality != "negated" and backing is not None and _backs(backing):
        # "vowed to support Ukraine", "will continue to back Kyiv", "will stand by Ukraine": support declared
        return (code if code in ("052", "053") else "051"), modality
    if trig.frame == "03" and modality == "negated" and trig.token.lemma_.lower() in _ASSENT:
        return _REFUSED_INTENT.get(code, "120"), "happened"  # "has not agreed to mediation": a rejection
    if trig.frame in ("02", "10", "12", "13", "03"):
        return code, modality if modality != "negated" or trig.frame != "12" else "happened"
    if modality == "planned" and root in ("04", "05", "06", "07", "08"):
        return lx.frame_code("03", code), modality
    if modality == "hypothetical" and root in ("04", "05", "06", "07", "08") and offered(trig.token):
        return lx.frame_code("03", code), "planned"  # "would lift sanctions if Iran complied": an offer
    if modality == "planned" and root == "14":  # "will hold a protest", "would boycott": 133
        return lx.frame_code("13", code), modality
    if modality == "planned" and root in ("16", "17", "18", "19", "20"):
        threat = lx.frame_code("13", code)
        return (threat if threat != "130" or root in ("18", "19", "20") else code), modality
    if modality == "hypothetical" and root in ("18", "19", "20") and _said_of_own_side(trig.token):
        return lx.frame_code("13", code), "planned"  # "Erdogan said Turkey could launch an operation": a threat
    if modality == "negated" and root in ("03", "04", "05", "06", "07", "08"):
        return lx.frame_code("12", code), "happened"
    return code, modality


_MIGHT = frozenset("could may might".split())


def _said_of_own_side(tok: Token) -> bool:
    """A violent act a speaker says their side could carry out: "Erdogan said Turkey could launch an operation"."""
    node = tok
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING:
            break
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _MIGHT for c in node.children):
        return False
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False
    if subj.pos_ == "PRON" and subj.lower_ in ("we", "it", "they"):
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "our", "its", "their") for c in subj.children):
        return True  # "Putin said his forces could strike Kyiv": the speaker's own forces
    # the speaker's own country named as the doer ("Erdogan said Turkey could", "Iran said Tehran could"), or as
    # the nationality of the forces ("Turkish President Erdogan said Turkish missiles could strike Athens")
    if not any(t.ent_type_ in ("NORP", "GPE") for t in speaker.subtree):
        return False
    if subj.ent_type_ == "GPE":
        return _same_land(subj, speaker)
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and _same_land(c, speaker)
               for c in subj.children)


def _same_land(subj: Token, speaker: Token) -> bool:
    own = kb.country(subj.text)
    if own is None:
        return False
    for t in speaker.subtree:
        if t.ent_type_ in ("NORP", "GPE"):
            c = kb.country(t.text)
            if c is not None and getattr(c, "code", c) == getattr(own, "code", own):
                return True
    return False


_ASSENT = frozenset("agree commit consent accept".split())
# an intent (03x) refused: the rejection (12x) of the same inner act
_REFUSED_INTENT = {
    intent: lx.frame_code("12", inner) for inner, intent in sorted(lx._FAMILY_MAPS["03"].items(), reverse=True)
}

# Verbs of backing someone: pledging or promising to support X declares support now (051), as "pledged support"
# does; CAMEO's 032 (intent to cooperate diplomatically) stays for other diplomatic acts.
_BACKING = frozenset("support back endorse defend champion backing solidarity".split())


def _backs(tok: Token) -> bool:
    """A complement of backing someone: "support", "back", or a phrase the lexicon codes as endorsing or
    defending ("stand by", "side with", "his full backing")."""
    if tok.lemma_.lower() in _BACKING:
        return True
    if tok.pos_ == "NOUN":
        return noun_code(tok) in _BACKING_CODES
    if tok.pos_ == "VERB":
        t = verb_trigger(tok)
        return t is not None and t.code in _BACKING_CODES
    return False


_BACKING_CODES = frozenset({"051", "052", "053"})
_HORIZON = frozenset("horizon offing works pipeline cards".split())


def _on_horizon(tok: Token) -> bool:
    """``tok`` is "the horizon" of "on the horizon" (or "in the offing / works / pipeline", "on the cards")."""
    return tok.lower_ in _HORIZON and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in")


def _modality(trig: Trigger) -> str:
    tok = trig.token
    chain = [tok]
    node = tok
    for _ in range(3):
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and node.head.tag_ in ("VBN", "VB", "VBG"):
            break  # "had never refused to negotiate and praised Beijing": a finite verb of its own, not under
            # the first verb's auxiliary and negation
        if (node.dep_ in ("xcomp", "conj", "acl", "acomp") or purpose) and node.head.i != node.i:
            node = node.head
            chain.append(node)
        else:
            break
    if trig.frame == "03p":
        return "planned"
    neg = (
        any(c.dep_ == "neg" for t in chain for c in t.children)
        or any(  # "has yet to ratify the treaty": not done
            c.dep_ == "advmod" and c.lower_ == "yet"
            for t in chain[1:]
            if t.lemma_ in ("have", "be")
            for c in t.children
        )
        or (trig.is_noun and _governed_negation(tok))
        or any(c.lower_ in ("no",) and c.dep_ == "det" for c in tok.children)
        or any(  # "would no longer accept funding from the EU"
            c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children)
            for t in chain for c in t.children
        )
        or any(  # "would neither accept nor recognise the ruling"
            c.dep_ in ("preconj", "advmod", "cc") and c.lower_ == "neither" for t in chain for c in t.children
        )
        or any(  # "Neither Kyiv nor Moscow accepted ..."
            c.dep_ == "nsubj" and any(d.lower_ == "neither" for d in c.children) for t in chain for c in t.children
        )
    )
    if neg and not (trig.frame == "12" and any(c.dep_ == "neg" for c in tok.children) is False):
        return "negated"
    for t in chain:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return "hypothetical"
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical"
    auxes = [
        c.lower_
        for t in chain
        for c in t.children
        if c.dep_ in ("aux", "auxpass") and not (c.text[:1].isupper() and c.i < t.i and c.ent_type_)  # "May" (a name)
    ]
    top = chain[-1]
    if (
        "would" in auxes
        and not any(a in _HYPO_AUX for a in auxes if a != "would")
        and top.dep_ == "ccomp"
        and top.head.lemma_.lower() in _REPORTING
    ):  # "said they would boycott the vote": reported "will", a plan
        return "planned"
    if any(a in _HYPO_AUX for a in auxes):
        return "hypothetical"
    if any(a in _FUTURE_AUX for a in auxes):
        return "planned"
    headline_subject = any(c.dep_ == "nsubj" for c in top.children) if top.dep_ == "ROOT" else (
        # "Qatar to host Afghan peace talks" parsed as a noun with a relative clause
        top.dep_ in ("relcl", "acl")
        and top.head.dep_ == "ROOT"
        and top.head.pos_ == "PROPN"
        and top.i == top.head.i + 2
    )
    if headline_subject and [c.lower_ for c in top.children if c.dep_ in ("aux", "auxpass")] == ["to"]:
        return "planned"  # the headline future: "Egypt to host Sudan peace talks"
    for below, t in zip(chain, chain[1:]):  # "is set to meet", not "set fire to tyres ... and arrested"
        if t.lemma_.lower() in _PLAN_HEADS and below.dep_ == "xcomp":
            return "planned"
    if trig.is_noun:
        if any(c.dep_ in ("amod", "compound") and c.lower_ in _PLAN_ADJ for c in tok.children):
            return "planned"
        first = tok  # "the meeting ... and the subsequent visit ... will reinforce": the visit too
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN"):
            if _on_horizon(first.head):  # "with talks on the horizon and a visit by X" (parsed as conj)
                return "planned"
            first = first.head
        head = first.head
        if _on_horizon(first) or (first.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and any(_on_horizon(g) for g in c.children) for c in head.children
        )):  # "a visit is on the horizon", "talks are in the works"
            return "planned"
        done = first.dep_ == "nsubj" and head.lemma_.lower() in _CONSEQUENCES and any(
            c.dep_ == "poss" for c in first.children
        )  # "Washington's withdrawal from the WHO will strip it of its largest donor": the withdrawal is done
        if not done and ((
            first.dep_ in ("nsubj", "nsubjpass", "dobj")
            and head.pos_ in ("VERB", "AUX")
            and any(c.lower_ in _FUTURE_AUX for c in head.children if c.dep_ == "aux")
        ) or (first.i == tok.i and head.pos_ in ("VERB", "AUX")
              and any(c.lower_ in _FUTURE_AUX for c in head.children if c.dep_ == "aux"))):
            return "planned"
        if _governed_plan(tok):
            return "planned"
        if tok.dep_ == "pobj":  # "will lead a delegation on a visit to Russia", "will travel to Cairo for talks"
            verb = next((a for a in list(tok.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
                return "planned"
            if tok.head.lower_ in ("for", "on") and tok.head.head.lemma_.lower() in _PROPOSALS:
                return "planned"  # "accepted a proposal for a truce with Hamas": the truce is only proposed
            held = tok.head.head  # "is set to fly to Washington for talks", "is due in Khartoum for meetings"
            if tok.head.lower_ == "for" and held.pos_ in ("VERB", "AUX", "ADJ") and (
                held.lemma_.lower() in _PLAN_HEADS
                or (held.pos_ != "ADJ" and _modality(Trigger(held, "")) == "planned")
            ):
                return "planned"
        if (  # "Kenya is set to host talks", "is expected to hold a summit"
            first.dep_ == "dobj"
            and head.dep_ == "xcomp"
            and head.head.lemma_.lower() in _PLAN_HEADS
        ):
            return "planned"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
        return "planned"
    return "happened"


_PROPOSALS = frozenset(
    "proposal plan framework offer bid call initiative roadmap blueprint formula draft scheme idea push".split()
)
_CONSEQUENCES = frozenset(
    "cost strip hurt harm damage anger weaken boost strengthen deprive leave force mean affect undermine trigger "
    "spark cause push drive cut hit raise dent reshape".split()
)
_PARTAKE = frozenset("take join attend hold participate engage enter sit have resume start begin open continue".split())


def _governed_negation(tok: Token) -> bool:
    """An event noun whose governing verb of taking part is negated: "would not take part in talks with X",
    "did not attend the summit", "will not hold talks", "refuses to join the negotiations" is a frame of its own."""
    if tok.dep_ not in ("pobj", "dobj"):
        return False
    gov = tok.head
    if gov.dep_ == "prep" and gov.head.i != gov.i:
        if gov.head.pos_ == "NOUN" and gov.head.lower_ == "part" and gov.head.head.i != gov.head.i:
            gov = gov.head.head  # "take part in"
        else:
            gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in _PARTAKE:
        return False
    return any(c.dep_ == "neg" for c in gov.children)


def _governed_plan(tok: Token) -> bool:
    """An event noun governed, through prepositions, by a planned verb or a willing adjective: "said it would
    take part in talks with X", "is open to talks", "is ready for negotiations"."""
    gov = tok
    for _ in range(4):
        if gov.dep_ in ("pobj", "prep", "dobj") and gov.head.i != gov.i:
            gov = gov.head
        else:
            break
    if gov.i == tok.i or tok.dep_ != "pobj":
        return False
    if gov.pos_ == "ADJ":
        return gov.lemma_.lower() in _PLAN_HEADS or gov.lower_ == "open"
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in gov.children if c.dep_ == "aux"}
    if auxes & _FUTURE_AUX:
        return True
    return "would" in auxes and gov.dep_ == "ccomp" and gov.head.lemma_.lower() in _REPORTING


def _pairs(
    code: str, sources: list[ActorRef], targets: list[ActorRef], exchange: bool = False, one_way: bool = False
) -> list[tuple[ActorRef, ActorRef | None, bool]]:
    """(source, target, reciprocal) pairs of an act. Agreeing, meeting and cooperating with someone go both
    ways; ``one_way`` acts (a promise, a pledge, an offer made to someone) do not, whatever their code."""
    reciprocal = exchange or (code.startswith(_RECIPROCAL) and not one_way)
    out: list[tuple[ActorRef, ActorRef | None, bool]] = []
    if targets:
        for s in sources:
            for t in targets:
                out.append((s, t, False))
                if reciprocal and t.kind != "unknown":  # a thing agreed on does not agree back
                    out.append((t, s, True))
    # "X and Y clashed" is mutual, "X and Y took control of the town" is not
    mutual = reciprocal or (code[:2] in _MUTUAL_ROOTS and code != "192") or code in _MUTUAL_CODES
    if targets and not (mutual and len(sources) >= 2 and all(t.kind == "unknown" for t in targets)):
        return out
    if mutual and len(sources) >= 2:  # "X and Y agreed / clashed / failed to reach agreement"
        for s in sources:
            for t in sources:
                if s is not t:
                    out.append((s, t, True))
        return out
    return [(s, None, False) for s in sources]
