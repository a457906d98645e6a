"""Finding event triggers in a parsed sentence and choosing their CAMEO code from the lexicon."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from detente.coding import kb
from detente.coding import lexicon as lx
from detente.knowledge.countries import lookup_country
from detente.knowledge.organisations import lookup_organisation
from detente.knowledge.places import city_candidates

_SAY_VERBS = frozenset("say state tell insist stress declare add warn note argue believe".split())
_MUST = frozenset({"must", "should", "need", "ought"})
_GENERIC_HEADS = frozenset(
    "effort process operation campaign program programme mission initiative plan "
    "package measure move action activity order rule".split()
)
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOT_EVENT_OBJ = frozenset({"statement", "report", "speech", "address", "book", "film", "video"})
_RECORD_NOUNS = frozenset(
    "recording footage video photo photograph image picture tape audio transcript document evidence".split()
)
_ROUNDS = frozenset({"round", "series", "cycle", "session"})
_ENVOYS = frozenset("envoy ambassador diplomat charge chargé consul representative attache attaché".split())
_NOT_JOINT_VERBS = frozenset("be come stand get live remain sit say go put bring".split())
_JOINTLY = frozenset({"jointly", "together"})
_AS_PURPOSE = frozenset({"warning", "message", "signal", "reminder", "gesture", "sign"})
SWAP_RECEIVE = frozenset({"receive", "get", "obtain", "accept", "secure", "borrow"})
REFUSE_OBJ_CODES = {
    "proposal": "120",
    "plan": "127",
    "offer": "120",
    "request": "120",
    "demand": "120",
    "call": "120",
    "appeal": "120",
    "invitation": "125",
    "idea": "120",
    "initiative": "120",
    "claim": "120",
    "accusation": "016",
    "allegation": "016",
    "charge": "016",
}


@dataclass
class Trigger:
    """An event trigger with its code and the tokens its code came from."""

    token: Token
    code: str
    frame: str | None = None  # the frame family when the code came from a frame ("12", "13", ...)
    inner: Token | None = None  # the complement of a frame (its arguments may give the target)
    obj: Token | None = None  # the event-noun object of a light verb ("talks" in "held talks")
    swap: bool = False  # "received aid from X": X is the source
    consumed: set[int] = field(default_factory=set)
    is_noun: bool = False
    nested: bool = False  # an act named inside another's object ("condemned Russia's invasion of Ukraine")


_STATE_OF = {
    "state": {"emergency": "1724", "siege": "1724", "alert": "152"},
    "declaration": {"emergency": "1724"},
}


def _verb_as_subject(tok: Token) -> bool:
    """A sentence-initial noun the tagger took for a verb ("Aid from the UAE to Somalia has increased"): a
    bare verb form that is the subject of another verb, with no subject, auxiliary or object of its own."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ in ("VB", "VBP", "NN")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.i == tok.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj", "mark") for c in tok.children)
    )


def noun_key(tok: Token) -> str:
    """The lexicon key of a noun: "modifier lemma" when that two-word noun is known, else the lemma."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            for m in (c, *c.conjuncts):  # "a search and rescue team": "rescue team"
                k = f"{m.lemma_.lower()} {lemma}"
                if k in lx.COMPOUND_NOUNS:
                    return k
    return lemma


_OPENING_NOUNS = frozenset(
    "establishment restoration normalisation normalization resumption re-establishment restoring".split()
)


def noun_code(tok: Token) -> str | None:
    """The event code of a noun ("talks" -> 040, "air strike" -> 195), else None."""
    if (tok.pos_ not in ("NOUN", "PROPN") and not _verb_as_subject(tok)) or (
        tok.ent_type_ in _ACTOR_ENTS and tok.lower_ not in lx.NAMED_ACCORDS
    ):
        return None
    if tok.ent_type_ in ("DATE", "TIME"):  # "the end of March" is no end of a march
        return None
    k = noun_key(tok)
    if k in _STATE_OF:  # "a state of emergency / siege / war": the code of what the state is of
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in _STATE_OF[k]:
                        return _STATE_OF[k][p.lemma_.lower()]
    code = lx.COMPOUND_NOUNS.get(k) or lx.NOUNS.get(k)
    if code == "0874" and any(
        c.dep_ == "prep" and c.lower_ == "from" and p.dep_ == "pobj"
        and (p.lemma_.lower() in lx.MEMBERSHIP_BODIES or p.ent_type_ == "ORG" or kb.group(p.text) is not None)
        for c in tok.children for p in c.children
    ):
        return "160"  # "announced their withdrawal from ECOWAS": leaving a bloc, as "quit ECOWAS"
    if k in _STOP_NOUNS:  # "a suspension of aid" 162, "an end to the strike" 082: what is stopped decides
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "in"):
                for p in c.children:
                    inner = noun_code(p) if p.dep_ == "pobj" else None
                    if inner:
                        return lx.reduce_code(inner) or lx.stop_code(inner) or code or None
    if k in _OPENING_NOUNS and any(
        p.lemma_.lower() in ("tie", "relation", "relations")
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"
    ):  # "the establishment / restoration of diplomatic ties between X and Y"
        return "054"
    if k in _EASE_NOUNS:  # "the lifting of sanctions on Syria" 085, "the easing of restrictions" 081
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    eased = lx.VERB_OBJ.get(("lift", noun_key(p))) if p.dep_ == "pobj" else None
                    if eased:
                        return eased
    if k in lx.JOINT_HEADS and any(c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in tok.children):
        return lx.JOINT_HEADS[k]  # "a joint project", "joint patrols", "a joint investigation": cooperation
    if not code and k in _GENERIC_HEADS:  # "mediation efforts", "peace process", "relief operation"
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i < tok.i and c.pos_ == "NOUN":
                code = lx.NOUNS.get(c.lemma_.lower())
                if code:
                    break
    if not code and k in lx.ARMS_TRADE_HEADS:  # "the sale of fighter jets to Taiwan", "arms sales": military aid
        goods = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        goods = [p for p in goods if p.dep_ == "pobj"]
        goods += [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if any(_weaponry(g) for g in goods):
            return "072"
    if not code and k in _MEASURES:  # "13 tons of medicine", "a shipment of arms": what is measured
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "NOUN":
                        # "a consignment of tents", "tonnes of flour": relief goods only when carried
                        return noun_code(p) or ("073" if p.lemma_.lower() in lx.RELIEF_GOODS else None)
            if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN":  # "food parcels", "medicine boxes"
                inner = lx.NOUNS.get(c.lemma_.lower())
                if inner and inner.startswith("07"):
                    return inner
    return code or None


# words that count or carry what their "of" names: "treated thousands of patients", "a cable of condolences"
_STOP_NOUNS = frozenset("suspension halt freeze cut cuts end cessation cancellation termination reduction".split())
_EASE_NOUNS = frozenset("lifting easing removal relaxation loosening".split())
_COUNTS = frozenset(
    "thousand hundred dozen million billion trillion score number cable message letter telegram note".split()
)
# Nouns of quantity or kind that stand for what they are of ("a wide range of sanctions", "a raft of measures").
_QUANTIFIERS = frozenset("range series set raft host slew array variety spate string".split())
# Portions of money named by what they are of ("a line of credit", "a tranche of the loan"), for verb objects.
_PORTIONS = frozenset("line tranche instalment installment first second third".split())
_MEASURES = frozenset(
    "ton tonne kilogram kilo pound litre liter gallon barrel shipment consignment batch load cargo convoy "
    "planeload truckload boatload package parcel crate box bag sack basket dose worth quantity amount supply team "
    "contingent group unit truck lorry planeload shipload container squadron battalion battery fleet".split()
) | {"dos"}  # the lemmatizer's lemma of "doses"


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _preps(tok: Token) -> list[tuple[str, Token]]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append((c.lower_, p))
                elif p.dep_ == "prep" and c.lower_ in ("out", "away") and p.lower_ in ("of", "from"):
                    out.extend((p.lower_, q) for q in p.children if q.dep_ == "pobj")  # "pulled out of the treaty"
                elif p.dep_ == "pcomp" and p.tag_ == "VBG" and c.lower_ in _AIMED_PREPS:
                    # "fired tear gas at students marching on parliament": the students, subject of the participle
                    out.extend((c.lower_, q) for q in p.children if q.dep_ == "nsubj" and q.pos_ in ("NOUN", "PROPN"))
    return out


_AIMED_PREPS = frozenset("at on against to with upon toward towards into for".split())


def _is_actorish(tok: Token) -> bool:
    return tok.ent_type_ in _ACTOR_ENTS or tok.pos_ == "PRON"


_REFUGEES = frozenset("refugee migrant asylum-seeker evacuee exile displaced".split())


def _refugees(t: Token) -> bool:
    """Whether a noun names refugees: "refugees", "migrants", "displaced Afghans", "people fleeing"."""
    return t.lemma_.lower() in _REFUGEES or any(
        c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() in ("displace", "displaced", "flee", "uproot")
        for c in t.children
    )


def false_acl(v: Token) -> bool:
    """A verb the parser hung under a verbless sentence's subject ("A report called for sanctions ...",
    "Report urges Chile to ..."): active, its head noun is the subject, not a participle's patient."""
    if v.dep_ != "acl" or v.head.pos_ not in ("NOUN", "PROPN") or v.i < v.head.i:
        return False
    if v.tag_ == "VBD" and v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in _SAY_VERBS:
        return True  # "Diplomats said Khodorkovsky, a tycoon, called for sanctions": the reported subject's act
    if v.tag_ == "VBD" and v.head.dep_ == "appos" and _child(v, "dobj") is not None:
        return True  # "DHAHRAN (Reuters) - Coalition aircraft bombed Baghdad": a past tense with its object
    dated = _after_dateline(v.head)  # "GENEVA: The group released 19 Christians": hung on the dateline
    if dated and (v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "dobj", "xcomp") for c in v.children)):
        return True
    two_subjects = v.head.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in v.head.head.children) >= 2
    of_root = (  # "A coalition of French NGOs called on TotalEnergies to ...": hung on the root noun's "of" object
        v.head.dep_ == "pobj" and v.head.head.lower_ == "of" and v.head.head.head.dep_ == "ROOT"
        and v.head.head.head.pos_ in ("NOUN", "PROPN") and v.tag_ == "VBD"
    )
    if not dated and v.head.dep_ not in ("ROOT", "dep", "ccomp") and not two_subjects and not of_root:
        return False  # "dep", "ccomp": "(X said that) a report called for sanctions" hangs the report on "said";
        # two subjects: "a report called for sanctions ..., officials said" made the report a subject of "said"
    if any(c.dep_ == "agent" for c in v.children):
        return False
    if _child(v, "dobj") is not None:
        return True
    if v.head.dep_ == "ROOT" and _parenthetical_between(v.head, v):
        return True  # "The junta, diplomats said, conceded to demands ...": the subject before the report
    if v.head.dep_ == "ROOT" and v.tag_ in ("VBD", "VBN") and aside_between(v.head, v):
        return True  # "Seoul, a close ally of Washington, offered to hold talks": the subject and its apposition
    if v.head.dep_ == "ROOT" and v.lemma_.lower() in _CROWD_VERBS and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children
    ):
        return True  # "Hundreds of people protested outside the embassy": a crowd's act, never a participle
    if v.head.dep_ == "ROOT" and v.tag_ == "VBD" and any(
        c.dep_ in ("xcomp", "advcl") and c.i > v.i and c.tag_ == "VB" and _to_infinitive(c) for c in v.children
    ):
        return True  # "Rebels threatened on Monday to strike Kenya": a past tense with its infinitive, not a participle
    if v.head.dep_ == "ROOT" and v.lemma_.lower() in _WITH_VERBS and any(p == "with" for p, _ in _preps(v)):
        return True  # "The UN special envoy consulted with Houthi leaders": no participle takes "with" so
    return v.lemma_.lower() == "call" and any(p in ("for", "on", "upon") for p, _ in _preps(v))


_WITH_VERBS = frozenset("consult meet talk negotiate confer cooperate clash side speak parley".split())
_SAY_VERBS = frozenset("say tell report claim announce confirm add".split())
_CROWD_VERBS = frozenset("protest demonstrate rally march riot clash gather strike picket".split())


def false_amod(v: Token) -> bool:
    """A finite verb the parser made a modifier of its object, with the subject as a verbless root ("U.S.
    investigators on Monday shared evidence with India": "shared" amod of "evidence", appos of the subject)."""
    if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBN"):
        return amod_subject(v) is not None
    obj, subj = v.head, v.head.head
    if v.tag_ == "VBN" and not (_parenthetical_between(subj, v) or aside_between(subj, v)):
        # "Russia, officials said, massed troops", "Russia, a close ally of Syria, massed troops"
        return amod_subject(v) is not None
    return (
        obj.dep_ in ("appos", "dobj", "npadvmod")
        and subj.dep_ == "ROOT"
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.i < v.i < obj.i
    ) or amod_subject(v) is not None


def _parenthetical_between(a: Token, v: Token) -> bool:
    """Whether the words between a noun and a later verb are only a parenthetical report (", officials said,")."""
    end = a.right_edge.i if a.right_edge.i < v.i else a.i  # a root subject spans the sentence: its own word
    between = a.doc[end + 1 : v.i]
    if not between:
        return False
    said = [t for t in between if t.dep_ in ("parataxis", "ccomp") and t.lemma_.lower() in _SAY_VERBS]
    inside = {x.i for t in said for x in t.subtree}
    verbal = {c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}  # "..., has taken in"
    return bool(said) and all(t.is_punct or t.i in inside or t.i in verbal for t in between)


def aside_between(a: Token, v: Token) -> bool:
    """Whether the words between a noun and a later verb are only an aside set off by commas: the noun's
    apposition or relative clause ("Egypt, a close ally of Washington, shared ...", "Russia, which had been
    under pressure, massed ...") or the verb's participle clause ("Turkey, speaking in Geneva, airlifted ...")."""
    between = a.doc[a.i + 1 : v.i]
    if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
        return False
    asides = [c for c in a.children if c.dep_ in ("appos", "relcl", "acl") and a.i < c.i < v.i]
    asides += [c for c in v.children if c.dep_ == "advcl" and a.i < c.i < v.i]
    inside = {x.i for c in asides for x in c.subtree}
    return bool(inside) and all(t.is_punct or t.i in inside for t in between)


def amod_subject(v: Token) -> Token | None:
    """The subject of a finite verb the parser made a modifier of its object, the object being the root ("The
    coalition relaxed restrictions on Yemen": the subject an npadvmod of "restrictions"; "Ankara has relaxed visa
    rules": the subject hung on the auxiliary)."""
    if v.dep_ == "amod" and v.pos_ == "VERB" and v.tag_ == "VBN" and v.head.dep_ == "dobj" and (
        v.head.head.lemma_.lower() == "have" and v.head.head.i == v.i - 1
    ):  # "(X said) Ankara has relaxed visa rules": "has" read as the main verb
        return next((c for c in v.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    reported = v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in _SAY_VERBS  # "said the coalition relaxed"
    if v.dep_ != "amod" or v.pos_ != "VERB" or (v.head.dep_ not in ("ROOT", "ccomp") and not reported):
        return None  # the object a verbless root or reported clause ("Ankara has relaxed visa rules, X said")
    if v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    obj = v.head
    aux = next((c for c in v.children if c.dep_ == "aux" and c.lemma_.lower() == "have"), None)
    if aux is not None and v.tag_ == "VBN":  # "Ankara has relaxed visa rules"
        return next((c for c in aux.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if v.tag_ not in ("VBD", "VBN"):
        return None
    return next(
        (
            c
            for c in (*v.children, *obj.children)
            if c.dep_ in ("npadvmod", "nsubj", "compound", "nmod")
            and c.pos_ in ("NOUN", "PROPN")
            and (c.right_edge.i + 1 == v.i or _parenthetical_between(c, v))
            and (c.dep_ != "nmod" or c.i < v.i)
            # "The coalition relaxed restrictions on Aden": a compound before a finite verb is its subject;
            # "The US, officials said, reduced military aid": the subject before a parenthetical report
        ),
        None,
    )


def _patients(obj: Token) -> bool:
    """People in need of care: "wounded soldiers", "hundreds of injured refugees", "the sick"."""
    nodes = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(
        n.lemma_.lower() in lx.CARE_PATIENTS
        or (n.lemma_.lower() in lx.TREAT_PATIENTS and n.i != obj.i)
        or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lx.CARE_PATIENTS for c in n.children)
        for n in nodes
    )


_MODALS = frozenset("will would could might may shall should can 'll wo ca must".split())


def _told_fact(v: Token) -> bool:
    """A "that" clause in the past or present with no modal and no condition: a charge, not a threat."""
    comp = _child(v, "ccomp")
    if comp is None or comp.pos_ not in ("VERB", "AUX") or comp.tag_ in ("VB", "MD") or _child(v, "dobj"):
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (  # someone is charged: "Western arms", "Israel", "Chinese patrols", not "inflation"
        subj.ent_type_ in _ACTOR_ENTS
        or any(
            c.dep_ in ("amod", "compound", "poss", "nmod")
            and (c.ent_type_ in _ACTOR_ENTS or c.lemma_.lower() in lx.ACTOR_NOUNS | lx.ACTOR_MODIFIERS)
            for c in subj.children
        )
        or subj.lemma_.lower() in lx.ACTOR_NOUNS
    ):
        return False
    return not any(
        (t.dep_ == "aux" and t.lower_ in _MODALS) or (t.dep_ == "mark" and t.lower_ in ("if", "unless"))
        or t.lower_ in ("risk", "danger", "threat", "going")
        for t in comp.subtree
    )


def _made_available(v: Token) -> bool:
    """ "made X available (to Y)": the adjective as the object's modifier or the verb's complement."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i]
    adjs = [a for o in objs for a in o.children if a.lower_ == "available" and a.dep_ == "amod" and a.i > o.i]
    adjs += [c for c in v.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ == "available"]
    if not adjs:
        return False
    aid = any(_money(o) or (noun_code(o) or "").startswith("07") for o in objs)
    recipient = any(p in ("to", "for") for a in adjs for p, _ in _preps(a))
    purpose = any(c.dep_ in ("xcomp", "advcl") and _to_infinitive(c) for a in adjs for c in a.children)
    return aid or recipient or purpose


def _official(tok: Token) -> bool:
    """An office holder named by title ("the Saudi crown prince", "his Russian counterpart")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in lx.OFFICIAL_HEADS:
        return True
    return tok.lemma_.lower() in _BODIES_OF and any(  # "the people of Iran", "the government of Sudan"
        p.ent_type_ in _ACTOR_ENTS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    )


_BODIES_OF = frozenset("people government citizen nation leadership authority".split())


_SHELTER_FOUND = frozenset("shelter refuge sanctuary asylum haven".split())
# Modifiers of a mission or force that make it a joint (UN, regional, multinational) one troops are lent to.
_MISSION_MODS = frozenset(
    "un u.n. au ecowas sadc igad un-backed un-led un-mandated multinational international stabilisation "
    "stabilization support".split()
)


def _joint_mission(v: Token) -> bool:
    """Troops sent "as part of the UN-backed multinational mission" or "to the African Union force": lent to a
    joint mission, aid rather than a show of force."""
    for t in v.subtree:
        # "to join the UN force": the force joined as well as the one sent to
        joined = t.dep_ == "dobj" and t.head.lemma_.lower() in ("join", "reinforce", "bolster")
        if t.lemma_.lower() in ("mission", "force") and (t.dep_ == "pobj" or joined) and t.i > v.i and any(
            c.lower_ in _MISSION_MODS for c in t.subtree if c.i < t.i
        ):
            return True
    return False
# Weapons (not units or ships) sent, shipped or delivered to a state are handed over to it.
_HANDOVER_VERBS = frozenset("send ship deliver supply transfer give rush airlift".split())
_HANDED_ARMS = frozenset("tank missile launcher artillery howitzer jet fighter drone weapon rocket".split())
# People evacuated, airlifted or rescued (not positions or bases): brought to safety, humanitarian aid (073).
_EVACUEES = frozenset(
    "national citizen civilian resident people foreigner tourist worker student pilgrim family child children "
    "woman women refugee migrant evacuee diplomat staff employee passenger crew survivor villager".split()
)


def is_evacuee(tok: Token) -> bool:
    """People who can be evacuated or rescued ("foreign nationals", "villagers"), not positions or bases."""
    return tok.lemma_.lower() in _EVACUEES or tok.lower_ in _EVACUEES
# What someone is told they will face or pay: a threat ("would face severe consequences", "will pay a heavy price").
_PENALTIES = frozenset("consequence retaliation response punishment price wrath reprisal retribution".split())


_ESCORT_VERBS = frozenset("back support accompany escort cover supply".split())
_ARMOUR = frozenset(
    "tank aircraft helicopter gunship artillery jet warplane drone armour armor warship plane vehicle".split()
)


def verb_trigger(v: Token) -> Trigger | None:
    """The trigger a verb makes, or None when the lexicon has nothing for it."""
    if v.dep_ == "acl" and v.lemma_.lower() in _ESCORT_VERBS and any(
        p.lemma_.lower() in _ARMOUR for c in v.children if c.dep_ == "agent" for p in c.children
    ):
        return None  # "Iraqi troops backed by tanks invaded Kuwait": how they went, not support given
    lemma = verb_lemma(v)
    if lemma in ("assure", "guarantee") and _future_clause(v):
        # "Kim assured Moon that he would visit Seoul": a promise, framed as "promised X that ..." is; an assurance
        # about the present ("assured him that Iran believes ...") stays an optimistic comment (013)
        promised = frame_trigger(v, "03")
        if promised is not None:
            return promised
    fight = _ended_fight(v) if lemma in ("declare", "announce", "proclaim") else None
    if fight is not None:  # "ETA declared a definitive end to its armed campaign against the Spanish state"
        return Trigger(v, "087", obj=fight, consumed={fight.head.head.i})
    grata = _staff_non_grata(v) if lemma in ("declare", "designate", "name") else None
    if grata is not None:  # "declared seven UN officials persona non grata": expelled (166), the label no party
        return Trigger(v, "166", consumed={grata.i - 2, grata.i - 1, grata.i})
    trig = _verb_trigger(v)
    if trig is None and lemma in ("send", "dispatch", "move", "rush") and _armed_cargo(v) and _show_of_force(v):
        return Trigger(v, "154")  # "sent a column of tanks into Afrin": a deployment
    armed = trig is not None and (trig.code == "072" or trig.code == "070" and _armed_cargo(v))
    if trig is not None and armed and not trig.swap and _show_of_force(v) and not _helping_purpose(v):
        trig = replace(trig, code="154")  # "sent warplanes toward Taiwan": a show of force, not military aid
    if trig is not None and trig.code == "070" and lemma == "extend" and _verbal_support(v):
        trig = replace(trig, code="051")  # "extended her full support to the farmers": backing, not aid
    if trig is not None and trig.code == "154" and _relief_carrier(v):
        trig = replace(trig, code="073")  # "dispatched two aid aircraft carrying food": relief, not a deployment
    if trig is not None and trig.code[:2] in ("12", "16") and not trig.consumed:
        left = _pacts_left(v)
        if left:  # "pulled the US out of the nuclear deal with Iran": no deal signed with Iran
            trig = replace(trig, consumed=left)
    return trig


#: people whose being declared persona non grata expels a mission's staff (166); others declared so are deported
_MISSION_STAFF = frozenset("official diplomat ambassador envoy representative consul attache staff".split())


def _staff_non_grata(v: Token) -> Token | None:
    """The "grata" of "persona non grata" after the verb when those so declared are a mission's staff, else None."""
    grata = next((t for t in v.subtree if t.lower_ == "grata" and t.i > v.i and t.nbor(-1).lower_ == "non"), None)
    if grata is None or not any(t.lemma_.lower() in _MISSION_STAFF for t in v.doc[v.i + 1 : grata.i]):
        return None
    return grata


def _right_after_noun(v: Token) -> bool:
    """The clause's subject follows its noun at once, or after "that"/"which" ("the sit-in that protesters began",
    "the shells Washington shipped"), not a clause hung on a distant noun."""
    subj = _child(v, "nsubj")
    if subj is None:
        return False
    gap = subj.left_edge.i - v.head.i
    return gap == 1 or gap == 2 and v.doc[v.head.i + 1].lower_ in ("that", "which")


def _named_subject(v: Token) -> bool:
    """A clause with a subject of its own, not a relative pronoun ("which Washington had imposed")."""
    subj = _child(v, "nsubj")
    return subj is not None and subj.tag_ not in ("WDT", "WP", "WP$")


_FIGHTS_ENDED = frozenset(
    "campaign struggle fighting war hostility insurgency violence attack offensive rebellion".split()
)


def _through_round(t: Token) -> Token:
    """What a "round" or "session" is of ("the latest round of talks": the talks), else the token itself."""
    if t.lemma_.lower() not in _ROUNDS:
        return t
    return next((u for q, u in _preps(t) if q == "of"), t)


def _future_clause(v: Token) -> bool:
    """The verb's "that" clause says what will be done ("that he would visit", "that India will extend")."""
    comp = _child(v, "ccomp")
    return comp is not None and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in comp.children
    )


def _ended_fight(v: Token) -> Token | None:
    """"declared an end to its armed campaign": the fight "to" an object "end", else None."""
    obj = _child(v, "dobj")
    if obj is None or obj.lemma_.lower() != "end":
        return None
    return next((t for p, t in _preps(obj) if p == "to" and t.lemma_.lower() in _FIGHTS_ENDED), None)


_MATERIAL = frozenset("financial military material logistical logistic technical economic budget".split())
_RELIEF_MODS = frozenset("aid relief humanitarian mercy medical hospital rescue".split())


def _verbal_support(v: Token) -> bool:
    """Support "extended" with no material kind named ("her full support", "solidarity and support")."""
    obj = _child(v, "dobj")
    if obj is None or obj.lemma_.lower() not in ("support", "backing"):
        return False
    return not any(c.lemma_.lower() in _MATERIAL or c.lemma_.lower() in ("aid", "fund") for c in obj.subtree)


def _relief_carrier(v: Token) -> bool:
    """Aircraft, ships or convoys sent that are named as relief carriers ("two aid aircraft", "a mercy ship")."""
    obj = _child(v, "dobj")
    return obj is not None and any(
        c.lemma_.lower() in _RELIEF_MODS for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i
    )


def _pacts_left(v: Token) -> set[int]:
    """Pact nouns a verb of leaving or suspending takes as its complement ("out of the deal", "its participation
    in the treaty", "withdrew from the accord"): they are what is left, not agreements made."""
    heads = [v, *[c for c in v.children if c.dep_ in ("dobj", "prt", "prep")]]
    found: set[int] = set()
    for h in heads:
        for p, t in _preps(h):
            if p in ("of", "from", "in") and t.lemma_.lower() in _PACTS:
                found.add(t.i)
        if h.dep_ == "dobj" and h.lemma_.lower() in _PACTS:
            found.add(h.i)
    # only a pact with a named party: "withdrew from the INF treaty" keeps the treaty as what is left
    return {i for i in found if any(p == "with" for p, _ in _preps(v.doc[i]))}


def _done_by_other(clause: Token) -> bool:
    """A reported clause about what a named third party did or is doing ("that X were funding Y", "that X had
    armed the rebels"), not what will or may happen and not the speaker's own doing."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_MODALS or auxes & {"should", "must", "can", "might", "going"}:
        return False
    if not (clause.tag_ == "VBD" or auxes & {"was", "were", "had", "has", "have", "is", "are"}):
        return False
    subj = _clause_subject(clause)
    return (
        subj is not None and subj.pos_ in ("NOUN", "PROPN")
        and (not noun_code(subj) or bool(kb.sectors_of(subj.lemma_.lower())))  # "the ceasefire was collapsing"
        and clause.lemma_.lower() not in ("be", "have")
    )


def _with_funds(v: Token, obj: Token | None) -> bool:
    """Backing given "with" money or aid ("backed Kyiv with $2 billion", "its support for X with grants")."""
    withs = [t for h in (v, obj) if h is not None for p, t in _preps(h) if p == "with"]
    return any(_money(t) or (t.pos_ == "NOUN" and t.lemma_.lower() in _FUNDS) for t in withs)


_FUNDS = frozenset("aid assistance grant loan funding fund credit donation package weapon arm".split())


def _armed_cargo(v: Token) -> bool:
    """What a verb sends holds weapons or forces ("a column of tanks and commandos")."""
    dobj = _child(v, "dobj")
    return dobj is not None and any(
        t.lemma_.lower() in lx.WEAPON_OBJECTS or t.lemma_.lower() in _DEPLOYED_FORCES or t.lower_ in ("commandos",)
        for t in dobj.subtree
    )


def _verb_trigger(v: Token) -> Trigger | None:
    lemma = verb_lemma(v)
    prt = _child(v, "prt") or _loose_particle(v)
    preps = _preps(v)
    dobj = _child(v, "dobj")
    if dobj is not None and dobj.lemma_.lower() in _SHARE_WORDS:  # "suspended most of its sanctions": the sanctions
        dobj = next((t for p, t in _preps(dobj) if p == "of" and t.pos_ in ("NOUN", "PROPN")), dobj)
    if lemma in ("ask", "question", "press") and v.tag_ == "VBN" and v.dep_ == "advcl" and not any(
        c.dep_ == "agent" for c in v.children
    ):
        return None  # "Asked about Ukraine, Putin said ...": a question put to Putin by no one named
    if lemma in ("take", "assume") and dobj is not None and dobj.lemma_.lower() in _OFFICES:
        return None  # "took over the rotating presidency of the EU", "assumed the chairmanship": an office, not a
        # place seized
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if len(objects) == 2 and lemma in _DITRANSITIVE and not any(  # not an apposition or a second clause's object
        t.is_punct or t.dep_ == "cc" for t in v.doc[objects[0].right_edge.i + 1 : objects[1].left_edge.i]
    ):
        dobj = objects[1]  # "gave the junta in Niger a one-week ultimatum": the first receives the second
    if v.dep_ == "acl" and v.tag_ == "VBN" and not false_acl(v) and _child(v, "nsubj") is None:
        dobj = v.head
    elif false_amod(v):
        dobj = v.head
    elif dobj is None and any(c.dep_ == "nsubjpass" for c in v.children):
        dobj = _child(v, "nsubjpass")
        if dobj is not None and dobj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
            dobj = v.head  # "the peacekeepers who were deployed to Mali": the noun the clause is about
    elif v.dep_ == "relcl" and v.head.pos_ == "NOUN" and _named_subject(v) and (
        dobj is not None and dobj.tag_ in ("WP", "WDT") or dobj is None and v.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("prep", "advmod") and c.tag_ in ("WP", "WDT", "WRB") for c in v.children)
        and _right_after_noun(v)
    ):  # "the sanctions which Washington had imposed on PDVSA", "the shells Washington shipped": the noun
        dobj = v.head
    obj_key = (  # an adjective as a direct object is a noun ("expelled a Chinese national", "the wounded")
        noun_key(dobj)
        if dobj is not None
        and (dobj.pos_ in ("NOUN", "PROPN") or _mistagged_noun(dobj) or (dobj.pos_ == "ADJ" and dobj.dep_ == "dobj")
             or (dobj.pos_ == "NUM" and dobj.lemma_.lower() in _COUNTS))  # "froze $18 million in assets"
        else None
    )
    if obj_key in _QUANTIFIERS and dobj is not None and (lemma, obj_key) not in lx.VERB_OBJ:  # "revoked a wide
        # range of sanctions": the sanctions
        of = next((p for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if of is not None:
            dobj, obj_key = of, noun_key(of)
    # "the batch of 200 peacekeepers", "a line of credit"
    # "forgave 500 million euros of debt": a sum named by what it is of
    counted = obj_key in _MEASURES | _COUNTS | _PORTIONS or (dobj is not None and obj_key is not None and _money(dobj))
    if counted and (lemma, obj_key) not in lx.VERB_OBJ:
        measured = next((p for c in dobj.children  # type: ignore[union-attr]  # "$18 million in assets"
                         if c.dep_ == "prep" and c.lower_ in ("of", "in")
                         for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        keys = [lemma] + ([f"{lemma}_{prt.lower_}", f"{lemma} {prt.lower_}"] if prt is not None else [])
        if measured is not None and any((k, noun_key(measured)) in lx.VERB_OBJ for k in keys):
            obj_key = noun_key(measured)
        elif measured is not None and lemma in lx.EASE_VERBS | {"lift"} and (
            ("lift", noun_key(measured)) in lx.VERB_OBJ or ("lift", measured.lemma_.lower()) in lx.VERB_OBJ
        ):  # "lifted a number of economic sanctions": the sanctions
            dobj, obj_key = measured, noun_key(measured)
        elif measured is not None and lemma in lx.GIVING_VERBS and not _money(dobj) and (  # type: ignore[arg-type]
            ((measured_code := noun_code(measured) or "").startswith("07") and measured_code != "075")
            or _weaponry(measured)
        ):  # "sent thousands of tents and blankets to", "shipped tens of thousands of barrels of oil": the goods;
            dobj, obj_key = measured, noun_key(measured)  # refugees sent on are people ("millions of refugees")
    if lemma in ("speak", "talk", "write", "think") and any(p == "of" for p, _ in preps):
        manner = {c.lower_ for c in v.children if c.dep_ == "advmod"}
        if manner & lx.PRAISE_ADVERBS:  # "spoke approvingly of Brazil's plan": praise
            return Trigger(v, "051")
        if manner & lx.BLAME_ADVERBS:  # "spoke disparagingly of the opposition": criticism
            return Trigger(v, "111")
    if lemma in ("inform", "notify", "brief") and dobj is None and not any(c.dep_ in ("dative", "nsubjpass")
                                                                         for c in v.children) and any(
        c.dep_ == "ccomp" for c in v.children
    ):
        return Trigger(v, "010")  # "the ministry informed that it had lifted the ban": a statement, informing no one
    if lemma in ("name", "declare", "list", "identify", "designate") and any(
        t.lemma_.lower() in _SUSPECT_WORDS
        for t in [c for c in v.children if c.dep_ in ("oprd", "ccomp", "xcomp")] + [t for p, t in preps if p == "as"]
    ):  # "named the speaker of parliament a suspect in the graft case" (the named one an object or a predicate)
        named = dobj or next((c for c in v.children if c.dep_ == "oprd" and c.lemma_.lower() not in _SUSPECT_WORDS),
                             None)
        return Trigger(v, "112", obj=named)
    if lemma == "dismiss" and dobj is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
        return Trigger(v, "120", obj=dobj)  # "dismissed the court's case against him as politically motivated"
    if lemma == "go" and dobj is not None and any(c.lower_ == "let" for c in v.children if c.dep_ == "aux"):
        return Trigger(v, "0841")  # "Israel let go 90 prisoners": released
    if lemma == "say" and any(
        c.lower_ == "no" and c.dep_ in ("intj", "dobj", "advmod")
        for h in (v, *(c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"))
        for c in h.children
    ) and any(p == "to" for p, _ in preps):
        return Trigger(v, "120")  # "said no to a request from Berlin": a rejection
    out = prt if prt is not None else next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "out"), None)
    if lemma == "order" and out is not None and out.lower_ == "out":  # "were ordered out of the country"
        return Trigger(v, "166" if dobj is not None and dobj.lemma_.lower() in _MISSIONS else "174")
    if lemma in lx.GIVING_VERBS | {"surrender", "turn", "lay"} and dobj is not None and _own_arms(dobj):
        return Trigger(v, "0873", obj=dobj)  # "the rebels handed over their last weapons to the UN": disarmed
    if lemma == "order" and dobj is not None and dobj.lemma_.lower() in _DEPLOYED_FORCES and _show_of_force(v):
        return Trigger(v, "154", obj=dobj)  # "ordered ten battalions to the border with Colombia": a build-up
    if lemma == "expel" and dobj is not None and _nationals(dobj):
        return Trigger(v, "174", obj=dobj)  # "expelled thousands of Palestinians": people deported
    if lemma == "provide" and dobj is None and _child(v, "nsubj") is None and any(
        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in v.children
    ):
        return None  # "would withdraw provided that Cuban forces leave": a condition, nothing given
    if lemma == "recall" and (
        (dobj is not None and dobj.lemma_.lower() not in _ENVOYS | _MISSIONS | _RECALLED and dobj.pos_ != "PROPN")
        or (dobj is None and any(c.dep_ == "ccomp" for c in v.children))
    ):
        return None  # "ordered ARC to recall 52 million inflators", "recalled that they had met": no envoy recalled
    if lemma in ("give", "issue", "deliver", "hand") and any(
        t.dep_ == "dobj" and t.lemma_.lower() == "ultimatum" and t.head.head.i == v.i
        and t.head.dep_ in ("dobj", "dative")
        for t in v.subtree
    ):
        return Trigger(v, "139")  # "gave Prime Minister Laisenia Qarase an ultimatum": the parser hung it on the name
    if lemma == "give" and _deadline_given(v):
        return Trigger(v, "139")  # "gave Damascus until the end of October to expel Ocalan": an ultimatum
    if lemma == "expel" and (deported := _deported(v, dobj)) is not None:
        return Trigger(v, "174", obj=deported)  # "expelled BBC correspondent Sarah Rainsford": a person deported
    if lemma == "add" and any(p == "to" and _blacklist(t) for p, t in preps):
        return Trigger(v, "163")  # "added Huawei to its Entity List": blacklisted
    if lemma in ("take", "haul", "drag") and dobj is not None and (any(
        p in ("to", "before") and t.lemma_.lower() in lx.COURT_NOUNS for p, t in preps
    ) or any(c.dep_ == "xcomp" and c.lower_ == "court" for c in v.children) or (  # "to court" read as a verb
        dobj.lemma_.lower() in _DISPUTES  # "took its dispute (with India over subsidies) to the WTO"
        and any(t.dep_ == "prep" and t.lower_ == "to" and t.i > dobj.i for t in v.subtree)
    )):
        party = next((t for p, t in _preps(dobj) if p in ("with", "against")), None)
        if party is not None and dobj.lemma_.lower() in _DISPUTES:  # "took its dispute with China to the WTO"
            return Trigger(v, "115", obj=party)
        return Trigger(v, "115")  # "took Poland to the EU Court of Justice": a lawsuit
    if lemma in ("throw", "kick", "boot") and out is not None and dobj is not None and dobj.lemma_.lower() in _ENVOYS:
        return Trigger(v, "166")  # "threw out diplomats from seven countries": diplomats expelled
    if lemma in ("greet", "meet", "welcome", "receive") and _greeted_by_protest(v):
        return Trigger(v, "141")  # "the minister was greeted by hundreds of protesters": they protested
    if dobj is not None and _pact_ended(v, lemma, prt, dobj):
        return Trigger(v, "160", obj=dobj, consumed={dobj.i})  # "scrapped its defence accords with France"
    if lemma in _TRANSFER_VERBS and dobj is not None and _handed_for_trial(v, dobj, prt):
        return Trigger(v, "063")  # "handed over three suspects to Afghan authorities", "deported X to face trial"
    # 1. phrasal verbs and verb + preposition
    if prt is not None:
        code = lx.PHRASAL.get(f"{lemma} {prt.lower_}")
        if obj_key and (f"{lemma}_{prt.lower_}", obj_key) in lx.VERB_OBJ:
            return Trigger(v, lx.VERB_OBJ[(f"{lemma}_{prt.lower_}", obj_key)], obj=dobj)  # "wrote off its debt"
        aid = noun_code(dobj) if code and dobj is not None and lemma in lx.GIVING_VERBS else None
        if aid and aid.startswith("07"):  # "handed over vaccines to": aid, not a return
            return Trigger(v, aid, obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
        if (
            code == "111"
            and lemma in ("speak", "come", "stand")
            and any((p in ("in", "on") and t.lemma_.lower() in lx.SUPPORT_PHRASES) or p == "for" for p, t in preps)
        ):
            return Trigger(v, "051")  # "spoke out in defence of the migrants", "spoke out for the strikers"
        if code and dobj is not None and f"{lemma}_{prt.lower_}" in lx.STOP_VERBS:  # "called off its crackdown"
            stopped = noun_code(dobj)
            st = lx.stop_code(stopped) if stopped else None
            if st:
                return Trigger(v, st, obj=dobj, consumed={dobj.i})
        if code:
            if code in ("020", "100") and lemma in lx.FRAME_VERBS:
                return frame_trigger(v, lx.FRAME_VERBS[lemma] if lemma != "call" else "02")
            if obj_key and (f"{lemma} {prt.lower_}", obj_key) in lx.VERB_OBJ:
                return Trigger(v, lx.VERB_OBJ[(f"{lemma} {prt.lower_}", obj_key)], obj=dobj)
            return Trigger(v, code)
    sheltered = dobj is not None and dobj.lemma_.lower() in _SHELTER_FOUND
    if lemma == "find" and dobj is not None and sheltered and any(p == "in" for p, _ in preps):
        return Trigger(v, "075", obj=dobj, consumed={dobj.i}, swap=True)  # "refugees found shelter in Moldova"
    if lemma == "gas" and any(c.lower_ == "tear" for c in v.children):
        return Trigger(v, "175")  # "police tear-gassed the protesters": riot control, not a chemical attack
    if lemma in ("set", "let") and dobj is not None and (any(
        c.lower_ == "free" and c.dep_ in ("advcl", "acomp", "oprd", "xcomp", "advmod", "ccomp") for c in v.children
    ) or any(c.lower_ == "free" and c.dep_ == "amod" and c.i == v.i + 1 for c in dobj.children)):
        return Trigger(v, "0841")  # "set free the Italian priest", "let free 74 political leaders"
    if lemma == "welcome" and dobj is not None and any(c.lower_ == "visiting" for c in dobj.children):
        return Trigger(v, "043")  # "welcomed the visiting Chinese delegation": a visit hosted
    if lemma in lx.LABEL_VERBS and dobj is not None:  # "described the deal as a betrayal", "branded X a liar"
        label = next((p for prep, p in preps + _preps(dobj) if prep == "as"), None) or _child(v, "oprd")
        if label is None and _merged_label(dobj):
            label = dobj  # "branded the protesters rioters": the named and the label parsed as one compound
        if label is None:  # "branded the protesters rioters" parsed as two direct objects
            label = next((c for c in v.children if c.dep_ == "dobj" and c.i > dobj.i and c.pos_ == "NOUN"), None)
        if label is None and lemma in _BRANDING:  # "branded the opposition fascists": branding is labelling
            return Trigger(v, "111")  # (the label lost in the parse; branding is rarely praise)
        if label is not None:
            praise = any(t.lemma_.lower() in lx.PRAISE_WORDS for t in label.subtree)
            return Trigger(v, "051" if praise else "111")
    if lemma in ("designate", "declare", "list", "classify", "proscribe"):
        comp = _child(v, "oprd", "ccomp")
        named = dobj if dobj is not None else _child(comp, "nsubj") if comp is not None else None
        label = next((p for prep, p in preps if prep == "as"), None) or comp
        if named is not None and label is None:
            label = _child(named, "appos")
        if named is not None and label is None:  # "designated the newspaper a foreign agent": two objects
            label = next((c for c in v.children if c.dep_ == "dobj" and c.i > named.i), None)
        if label is not None and named is not None and label.i > named.i:
            if label.pos_ in ("NOUN", "PROPN", "ADJ") and any(t.lemma_.lower() in lx.BAN_LABELS for t in label.subtree):
                return Trigger(v, "172")  # "designated the group a terrorist organisation": a ban
    if lemma in _REGARD_VERBS or lemma == "call":  # "called the sanctions illegal", "considers X a terrorist group"
        judged = _judgement(v, dobj)
        if judged is not None:
            return Trigger(v, judged)
    if lemma == "want":  # "wants the president to step down": a demand on him
        comp = _child(v, "ccomp", "xcomp")
        asked = comp is not None and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in comp.children)
        if comp is not None and asked and _to_infinitive(comp):
            t = frame_trigger(v, "10")
            if t is not None:
                return t
    if lemma in _REGARD_VERBS and dobj is not None:  # "sees Iran as the biggest threat": criticism
        label = next((p for prep, p in preps if prep == "as"), None)
        if label is not None and label.lemma_.lower() in _HOSTILE_LABELS:
            return Trigger(v, "111")
    if lemma in lx.GATHER_VERBS and _protesters(v):  # "protesters gathered outside parliament"
        return Trigger(v, "141")
    if dobj is not None and dobj.lemma_.lower() == "strike" and lemma in lx.LIGHT_VERBS and _labour_strike(dobj):
        return Trigger(v, "143", obj=dobj, consumed={dobj.i})  # "railway workers launched an open-ended strike"
    if lemma in ("free", "pull", "dig", "extract", "rescue") and dobj is not None and any(
        c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in ("trap", "bury", "strand", "trapped", "buried")
        for c in dobj.children
    ):
        return Trigger(v, "073")  # "rescuers freed a dozen villagers trapped under rubble": rescue is relief
    if lemma in ("respond", "react", "reply", "answer", "retaliate"):  # "would respond with military measures"
        means = next(
            (
                t
                for p, t in preps + [x for _, o in preps for x in _preps(o)]
                if p == "with"
                and t.lemma_.lower() in _FORCE_REPLIES
                and (t.lemma_.lower() == "force" or any(c.lower_ in _FORCE_MODS for c in t.children))
            ),
            None,
        )
        if means is not None:
            return Trigger(v, "190", consumed={means.i})  # use of force in answer to something: a threat if planned
    if lemma in ("retaliate", "respond", "react", "reply", "hit_back"):  # "retaliated by expelling ten diplomats"
        act = next((c for p in v.children if p.dep_ == "prep" and p.lower_ == "by"
                    for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        by_act = verb_trigger(act) if act is not None else None
        if act is not None and by_act is not None and by_act.frame is None:
            return Trigger(v, by_act.code, obj=by_act.obj, consumed={act.i} | by_act.consumed)
    if lemma == "withdraw" and dobj is None and _police_subject(v) and any(p == "from" for p, _ in preps):
        return Trigger(v, "0874")  # "the police withdrew from the campus": security forces pulling back
    if lemma in ("pull", "dig", "free", "rescue", "extract", "haul") and dobj is not None and any(
        p in ("from", "out") and t.lemma_.lower() in _RUBBLE
        for h in (v, *dobj.children, *(c for c in v.children if c.pos_ == "ADJ"))
        for p, t in _preps(h)
    ):
        return Trigger(v, "073")  # "pulled a girl alive from the rubble": "from" hung on "alive"
    if lemma in ("work", "serve", "volunteer") and dobj is None and _medic_subject(v) and any(
        p in ("in", "at") for p, _ in preps
    ):
        return Trigger(v, "073")  # "Cuban doctors have been working in Italian hospitals": medical help
    if lemma in ("join", "partner") and not lx.VERBS.get(lemma):  # "joined Norway in a joint procurement programme"
        joint = next((t for p, t in preps if p in ("in", "on") and any(
            c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS and c.i < t.i for c in t.subtree)), None)
        if joint is not None:
            return Trigger(v, noun_code(joint) or "060", consumed={joint.i})
    if lemma in ("fire", "launch") and dobj is not None and dobj.lemma_.lower() in ("missile", "rocket") and any(
        p in ("into", "toward", "towards", "off") and t.lemma_.lower() in _SEA_WORDS for p, t in preps
    ):
        return Trigger(v, "150", obj=dobj, consumed={dobj.i})  # "fired a ballistic missile into the sea": a show
    if lemma in _RIOT_VERBS and _crowd_subject(v) and not (dobj is not None and (lemma, noun_key(dobj)) in lx.VERB_OBJ):
        return Trigger(v, "145")  # "protesters torched police cars", "opponents clashed with police": a riot
    if lemma in ("blockade", "barricade", "block") and _civilian_subject(v) and dobj is not None:
        return Trigger(v, "144")  # "students blockaded the state broadcaster", "farmers blocked roads": a protest
    if lemma in _HITTING_VERBS and (  # "blasted a supply boat with water cannon": the weapon names the act
        weapon := next((t for p, t in preps if p == "with" and (noun_code(t) or "")[:2] in ("17", "18", "19", "20")),
                       None)
    ) is not None:
        return Trigger(v, noun_code(weapon) or "190", consumed={weapon.i})
    if lemma == "raid" and _police_subject(v):
        return Trigger(v, "170")  # "police raided the offices of the rights group": a police action, not an attack
    if lemma in _IMPACT_VERBS and any(p in ("into", "onto") for p, _ in preps) and _weapon_subject(v):
        return Trigger(v, "190")  # "Russian missiles slammed into a hospital": a strike, not criticism
    if lemma in ("speak", "talk", "confer", "chat"):  # "spoke by telephone with Zelensky": "with" hung on the phone
        phone = next((t for p, t in preps if p in ("by", "over", "via") and t.lemma_.lower() in _PHONES), None)
        if phone is not None:
            return Trigger(v, "041", obj=phone)
    if lemma in lx.ARRIVE_VERBS and lemma != "flow" and _helping_purpose(v) and not _child(v, "dobj"):
        return Trigger(v, "074" if _armed_subject(v) or _police_subject(v) else "070")  # "arrived in X to help Y"
    if lemma == "raid" and _police_subject(v) or lemma == "raid" and _subject_lemma(v) in _OFFICIALS:
        return Trigger(v, "170", obj=dobj)  # "tax officials raided the BBC's offices": a search, not an attack
    if lemma == "rally" and (dobj is None or _crowd_count(v)) and not any(
        p in ("behind", "for", "around", "to") and t.ent_type_ not in ("DATE", "TIME") for p, t in preps
    ):  # "rallied for a third Sunday" is a time, "thousands rallied outside parliament" no object
        return Trigger(v, "141")  # "supporters rallied in the capital (against X)": a demonstration
    if lemma in lx.EASE_VERBS and obj_key is not None and dobj is not None and (
        ("lift", obj_key) in lx.VERB_OBJ or ("lift", dobj.lemma_.lower()) in lx.VERB_OBJ  # "economic sanctions"
    ):
        eased = lx.VERB_OBJ.get(("lift", obj_key)) or lx.VERB_OBJ[("lift", dobj.lemma_.lower())]
        return Trigger(v, eased, obj=dobj, consumed={dobj.i})
    if lemma in ("give", "hand") and dobj is not None and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in v.children
    ):  # "gave the Sinai back to Egypt": returned, not given
        known = lx.VERB_OBJ.get((f"{lemma}_back", obj_key or "")) or lx.VERB_OBJ.get(("hand_back", obj_key or ""))
        people = dobj.lemma_.lower() in lx.PEOPLE_OBJECTS | _CAPTIVES or dobj.ent_type_ == "PERSON"
        return Trigger(v, known or ("0841" if people else "0842"), obj=dobj)
    if lemma == "sign" and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.lemma_.lower() in _SIGNED_PAPERS:
        return None  # "banners signed by the cartel", "a letter signed by 40 senators": a signature, no accord
    if lemma in ("switch", "shift", "transfer") and dobj is not None and dobj.lemma_.lower() in (
        "recognition", "allegiance"
    ) and any(p == "to" for p, _ in _deep_preps(v, dobj)):
        return Trigger(v, "054", obj=dobj, consumed={dobj.i})  # "switched recognition to Beijing": Beijing recognised
    if lemma in ("order", "announce", "decree", "approve") and dobj is not None and dobj.lemma_.lower() == "closure" \
            and any(p == "of" and t.lemma_.lower() in _ENVOY_POSTS for p, t in _preps(dobj)):
        return Trigger(v, "161", obj=dobj, consumed={dobj.i})  # "ordered the closure of China's consulate": ties cut
    given_up = _hostile_bid(dobj) if lemma in _GIVING_UP and dobj is not None else None
    if given_up is not None:  # "dropped its bid to deport the grandmother": a concession to her
        return Trigger(v, "080", frame="P", inner=given_up, consumed={dobj.i, given_up.i})  # type: ignore[union-attr]
    if lemma in ("order", "tell", "instruct") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("stay", "remain") and any(
            a.lower_ in ("indoors", "inside", "home") for a in c.subtree) for c in v.children
    ):
        return Trigger(v, "1723")  # "ordered residents to stay indoors": a curfew
    if lemma in ("shelve", "bury", "table") and dobj is not None and _others_proposal(dobj):
        return Trigger(v, "120")  # "Congress shelved a proposal by the president": rejected, not conceded
    ceased = _attacks_ceased(v) if lemma in _CEASING_VERBS else None
    if ceased is not None:  # "the Houthis stopped attacking ships": fighting scaled down, no attack
        return Trigger(v, "087", consumed={ceased.i})
    if lemma in _HALTING_VERBS and dobj is not None and _burden(dobj):
        return Trigger(v, "081", obj=dobj, consumed={dobj.i})  # "suspended a planned rise in fuel taxes": eased
    if lemma in _HALTING_VERBS and dobj is not None and _raised(dobj) & _AIDS:
        return Trigger(v, "162", obj=dobj, consumed={dobj.i})  # "cancelled a planned increase in military aid"
    if lemma == "hold" and any(c.lower_ in lx.BLAME_ADJ for c in v.children if c.dep_ in ("oprd", "ccomp", "acomp")):
        return Trigger(v, "112")  # "holds Washington responsible for the attack"
    if lemma == "hold" and dobj is not None and any(
        c.dep_ == "amod" and c.i > dobj.i and c.lower_ in lx.BLAME_ADJ for c in dobj.children
    ):
        return Trigger(v, "112")  # "held the ruling party responsible": the adjective hung on the object
    if lemma == "declare" and {"persona", "grata"} <= {t.lower_ for t in v.subtree}:
        # "declared the ambassador persona non grata": envoys expelled reduce relations (166), others are deported
        envoy = any(t.lemma_.lower() in _ENVOYS for t in v.subtree if t.i > v.i)
        return Trigger(v, "166" if envoy else "174")
    if lemma in _EXPEL_ORDERS:  # "ordered French troops to leave", "gave the ambassador 72 hours to leave"
        who = _child(v, "dative") if lemma == "give" else (
            dobj if dobj is not None and dobj.dep_ in ("dobj", "nsubjpass") else None)  # "were ordered to leave"
        time_span = next((c for c in v.children if c.dep_ == "npadvmod" and c.ent_type_ in ("TIME", "DATE")
                          and _duration(c)), None)  # "gave X one week to ...", not "gave $5m last year to"
        if lemma == "give" and who is None and time_span is not None and dobj is not None and dobj.dep_ == "dobj":
            who = dobj  # "gave Niger's coup leaders one week to reinstate ...": the week hung on the verb
        timed = dobj is not None or time_span is not None
        if lemma == "give" and (not timed or (dobj is not None and dobj.lemma_.lower() in ("deadline", "ultimatum"))):
            who = None  # "gave Uganda a deadline to withdraw": an ultimatum (139)
        scope = list(v.children) + (list(dobj.subtree) if dobj is not None else [])
        scope += list(time_span.children) if time_span is not None else []  # "a week to reinstate": on the week
        go = next(
            (
                c
                for c in scope
                if c.dep_ in ("xcomp", "ccomp", "relcl", "acl", "advcl") and c.lemma_.lower() in _GO_VERBS
                and not any(s.dep_ == "nsubj" and (s.pos_ != "PRON" or c.dep_ == "ccomp") for s in c.children)
            ),  # not "told parliament that the army would withdraw", "told Haig it would not withdraw": a report
            None,
        )
        if go is not None and who is not None and go.i > who.i:
            if _own_forces(who):  # "ordered the army to withdraw from the border": a pull-back, not an expulsion
                return Trigger(v, "0874", consumed={go.i})
            sent_off = who.lemma_.lower() in _MISSIONS or any(  # "U.N. special envoy Jan Pronk": the title
                c.dep_ == "compound" and c.lemma_.lower() in _MISSIONS for c in who.children
            )
            envoy = who.lemma_.lower() in _ENVOYS or any(
                c.dep_ == "compound" and c.lemma_.lower() in _ENVOYS for c in who.children)
            if lemma != "ask" or envoy:  # "asked the ambassador to leave": expelled; not "asked its citizens to"
                return Trigger(v, "166" if sent_off or envoy else "174", consumed={go.i})
        span = (dobj if dobj is not None and dobj.ent_type_ in ("TIME", "DATE") else None) or time_span or dobj
        if lemma == "give" and who is not None and span is not None and span.ent_type_ in ("TIME", "DATE"):
            act = next((c for c in scope if c.dep_ in ("xcomp", "relcl", "acl", "advcl") and c.pos_ == "VERB"), None)
            if act is not None:  # "gave the government 48 hours to meet their demands": an ultimatum
                return Trigger(v, "139", consumed={act.i})
    if lemma in _RULING_VERBS and v.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and (c.i < v.i or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in v.children
    ):  # "the court ruled that Russia had violated ...", "Google abused its dominance, the Commission ruled"
        return Trigger(v, "010")  # a finding, read as a statement
    if lemma in ("fire", "launch") and any(c.lower_ == "test" and c.i == v.i - 2 for c in v.children):
        return Trigger(v, "150", obj=dobj, consumed={dobj.i} if dobj is not None else set())  # "test-fired"
    if lemma in ("hit", "strike") and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in v.children):
        arms = [t for p, t in preps if p == "with" and (noun_code(t) or "")[:2] in ("18", "19")]
        if arms or lemma == "strike":  # "struck back with airstrikes": the attack; "hit back at critics": words
            return Trigger(v, noun_code(arms[0]) or "190" if arms else "190", consumed={t.i for t in arms})
        return Trigger(v, "111")
    if lemma in _HELP_VERBS:  # "supporting farmers with seeds and fertiliser": the aid given
        goods = [t for p, t in preps if p == "with" for t in (t, *t.conjuncts) if (noun_code(t) or "").startswith("07")]
        if goods:
            return Trigger(v, noun_code(goods[0]) or "070", consumed={t.i for t in goods})
        if any(p == "with" and (_money(t) or any(_money(c) for c in t.children)) for p, t in preps):
            return Trigger(v, "071")  # "supported Egypt with a $2 billion deposit": money given
    if lemma in ("serve", "station") and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.lemma_.lower() in lx.PEACEKEEPERS for t in c.subtree)
        for c in v.children
    ):
        return Trigger(v, "074")  # "Nepalese peacekeepers have served in South Sudan": protection given
    if lemma in lx.RETURN_VERBS and any(c.dep_ == "advmod" and c.lower_ in lx.FORCED_WORDS for c in v.children):
        return Trigger(v, "174")  # "were forcibly returned to China": a deportation, not a release
    if lemma in ("speak", "talk", "think", "write") and any(
        c.dep_ == "advmod" and c.lower_ in ("highly", "warmly", "glowingly", "positively", "fondly") for c in v.children
    ):
        return Trigger(v, "051")  # "spoke highly of the Gulf states' role": praise
    if lemma == "make" and _made_available(v):  # "made 50 million euros available to Syrian refugees": aid
        given = next((c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i), None)
        inner = noun_code(given) if given is not None else None
        return Trigger(v, inner if inner and inner.startswith("07") else ("071" if given is not None and _money(given)
                                                                             else "070"))
    if lemma in lx.ADOPT_VERBS and _in_support(v, dobj):  # "passed a resolution in support of Taiwan": backing
        return Trigger(v, "051")
    if lemma in lx.ARRIVE_VERBS and any(  # "a shipment of arms arrived in Kyiv": the aid noun is the event
        c.dep_ == "nsubj" and (c.lemma_.lower() in _MEASURES or (noun_code(c) or "").startswith("07"))
        for c in v.children
    ):
        return None
    if lemma in lx.GIVING_VERBS and dobj is not None and dobj.dep_ == "dobj" and _helping_purpose(v) and not (
        noun_code(dobj) or (lemma, noun_key(dobj)) in lx.VERB_OBJ
    ):
        return Trigger(v, "070")  # "sent firefighting planes to Greece to tackle the wildfires": help given
    if lemma in lx.TREAT_VERBS and dobj is not None and dobj.dep_ == "dobj" and _patients(dobj):
        return Trigger(v, "073")  # "medics treated hundreds of wounded refugees": humanitarian aid
    if lemma in lx.PARTAKE_VERBS and any(
        t.lemma_.lower().startswith("peacekeep") for p, o in preps if p == "in" for t in o.subtree
    ):
        return Trigger(v, "074")  # "Bangladeshi troops take part in the UN peacekeeping mission in Mali"
    if lemma in ("evacuate", "airlift", "rescue") and dobj is not None and dobj.dep_ == "dobj" and (
        is_evacuee(dobj)
    ):  # "the navy evacuated 600 foreign nationals from Yemen": people brought to safety
        return Trigger(v, "073", obj=dobj)
    if lemma in _FLYING and dobj is not None and dobj.dep_ == "dobj" and (
        is_evacuee(dobj)
    ) and any(
        c.lower_ in ("home", "out") and c.dep_ in ("advmod", "prt", "prep") for c in [*v.children, *dobj.children]
    ):
        return Trigger(v, "073", obj=dobj)  # "Britain flew its nationals home from Wuhan": an evacuation
    loads = [dobj] if dobj is not None and dobj.dep_ == "dobj" else []
    loads += [t for p, t in preps if p == "in" and lemma in _FLYING]  # "flew in medicines"
    if lemma in _FLYING | _HAULING and any(_relief(t) for t in loads):
        return Trigger(v, "073")  # "airlifted food to", "helicopters flew in medicines for flood victims"
    if lemma in lx.CARE_VERBS and dobj is not None and dobj.dep_ == "dobj":  # "flew wounded soldiers to hospitals"
        if dobj.lemma_.lower() in lx.CARE_PATIENTS or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in lx.CARE_PATIENTS for c in dobj.children
        ):
            return Trigger(v, "073")
    if lemma in ("fly", "send") and any(
        p in ("into", "over", "through") and t.lemma_.lower() in lx.AIRSPACE_WORDS for p, t in preps
    ):
        return Trigger(v, "150")  # "flew 30 warplanes into Taiwan's air defence zone": a show of force
    if lemma in ("rip", "tear") and any(p == "through" for p, _ in preps) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.BLAST_WORDS for c in v.children
    ):
        return Trigger(v, "183")  # "an explosion ripped through a market": a bombing
    if lemma in _WALK_VERBS:  # "walked out of the talks with Israel", "left a meeting with the president": 164
        abrupt = any(c.lower_ in _ABRUPT for c in v.children)
        abrupt = abrupt or any(p == "in" and t.lower_ == "protest" for p, t in preps)
        left = [dobj] if dobj is not None and lemma in ("leave", "quit", "abandon") and abrupt else []
        left += [p for o in v.children if o.lower_ == "out" for c in o.children if c.lower_ == "of" for p in c.children]
        left += [p for c in v.children if c.dep_ == "prt" and c.lower_ == "out" for q in v.children
                 if q.dep_ == "prep" and q.lower_ == "of" for p in q.children]
        if lemma == "withdraw":  # "withdrew from the talks with X"
            left += [t for p, t in preps if p == "from"]
        left = [_through_round(t) for t in left]
        talks = next((t for t in left if (noun_code(t) or "")[:2] == "04"), None)
        if talks is not None:
            return Trigger(v, "164", obj=talks, consumed={talks.i})
        if lemma in ("walk", "storm") and any(t.lemma_.lower() in _SITTINGS for t in left):
            return Trigger(v, "140")  # "opposition lawmakers walked out of parliament": a walkout in protest
        work = next((t for t in left if t.lemma_.lower() in _WORKPLACES), None)
        if lemma == "walk" and work is not None:
            return Trigger(v, "143", obj=work)  # "nurses walked out of hospitals across England": a strike
    if (
        lemma in ("fly", "airlift")
        and dobj is not None
        and dobj.pos_ == "NOUN"
        and any(p == "to" for p, _ in preps)
        and (lemma, noun_key(dobj)) not in lx.VERB_OBJ
        and not noun_code(dobj)
        and not _weaponry(dobj, aircraft=True)
        and not _official(dobj)
        and dobj.ent_type_ not in _ACTOR_ENTS
        and dobj.lemma_.lower() not in lx.PEOPLE_OBJECTS
    ):  # "flew oxygen cylinders to hospitals in Manaus": goods carried to those in need
        return Trigger(v, "070", obj=dobj)
    if lemma in _SILENCING_VERBS and dobj is not None and dobj.lemma_.lower() in _RUNNING_WORDS:
        owners = [c for c in dobj.children if c.dep_ == "poss"] + [t for p, t in _preps(dobj) if p == "of"]
        outlet = next((o for o in owners if o.lemma_.lower() in lx.SILENCED_MEDIA), None)
        if outlet is not None:  # "suspended the operations of Twitter in Nigeria": the platform silenced
            return Trigger(v, "1721", obj=outlet)
    if lemma in ("strip", "deprive") and dobj is not None:  # "stripped the leader of his citizenship": 172
        held = [dobj] + [t for p, t in _preps(dobj) if p == "of"]  # "stripped hundreds of critics of their ..."
        pairs = preps + [x for h in held for x in _preps(h)]
        owned = [t for p, t in pairs if p == "of" and t.lemma_.lower() in lx.STRIPPED]
        if owned:
            return Trigger(v, "172", consumed={owned[0].i})
    # 2. verb + object noun pairs
    controlled = next((t for p, t in _preps(dobj) if p in ("of", "over")), None) if (
        dobj is not None and dobj.lemma_.lower() == "control"
    ) else None
    if lemma in lx.TAKE_VERBS | _GAINING and controlled is not None and any(
        _territory(t) or _town_name(t) for t in (controlled, *(c for c in controlled.children if c.dep_ == "compound"))
    ) and (_armed_subject(v) or lemma in lx.TAKE_VERBS):
        # "took full control of Afrin city center", "seized control of the airport": territory taken (192)
        return Trigger(v, "192", obj=controlled, consumed={dobj.i})  # type: ignore[union-attr]
    if lemma in lx.TAKE_VERBS and dobj is not None and (  # "captured two towns": 192
        _territory(dobj) or _armed_subject(v) and _town_name(dobj) and dobj.ent_type_ != "PERSON"
    ) and not any(  # "took Senator Leila de Lima into custody": an arrest, whatever the name
        p == "into" and t.lemma_.lower() in ("custody", "detention") for p, t in preps
    ) and not any(  # "was taken off the terror list"
        p in ("off", "from") and t.lemma_.lower() in lx.LIST_NOUNS
        for p, t in preps + ([(prt.lower_, c) for c in prt.children if c.dep_ == "pobj"] if prt is not None else [])
    ):
        return Trigger(v, "192")
    out = prt or next((c for c in v.children if c.lower_ in ("out", "away") and c.dep_ in ("prep", "advmod")), None)
    pulled_out = lemma in ("pull", "back", "opt", "walk") and out is not None and out.lower_ in ("out", "away")
    if (lemma in _QUIT_VERBS or pulled_out) and not _armed_subject(v):  # "Mali withdrew from the G5 Sahel alliance"
        bodies = [t for p, t in preps if p == "from" or (pulled_out and p in ("of", "from"))] + (
            [dobj] if dobj is not None and lemma != "withdraw" else []
        )  # "Russia pulled out of the arms control treaty": 160
        if pulled_out and out is not None:
            bodies += [t for p, t in _preps(out) if p in ("of", "from")]
        if any(t.lemma_.lower() in lx.MEMBERSHIP_BODIES or t.ent_type_ == "ORG" or (t.pos_ == "PROPN" or t.is_upper)
               and kb.group(t.text) is not None for t in bodies):  # "quit ECOWAS" (tagged a plain noun)
            return Trigger(v, "160")
        if lemma == "back" and pulled_out and bodies:  # "backed out of a Russian-drafted plan": rejected it
            return Trigger(v, "120")
    vacated = dobj  # "abandoned the last of their bases": the bases (read above)
    if lemma in ("cross", "move") and any(p == "into" for p, _ in preps) and _armed_subject(v):
        return Trigger(v, "154")  # "Kenyan troops crossed into southern Somalia": forces moved in
    if lemma in lx.LEAVE_VERBS and vacated is not None and _armed_subject(v) and (
        _territory(vacated) or vacated.lemma_.lower() in lx.HELD_POSTS or vacated.lower_[:-1] in lx.HELD_POSTS
    ):  # "bases" (lemmatised "basis")
        return Trigger(v, "0874")  # "troops began leaving Afghanistan": a military withdrawal
    if lemma in _SHELTERING and dobj is not None and dobj.dep_ == "dobj" and _refugees(dobj):
        return Trigger(v, "075", obj=dobj, consumed={dobj.i})  # "hosts four million Syrians who fled the war"
    got = _received_act(v, lemma, dobj, preps)
    if got is not None and dobj is not None:  # "won a commitment from the MILF to hand over the suspects",
        return Trigger(v, got, obj=dobj, consumed={dobj.i}, swap=True)  # "received strong backing from Pakistan"
    given = _given_by(dobj) if lemma in SWAP_RECEIVE and dobj is not None and dobj.dep_ == "dobj" else None
    if given is not None and dobj is not None:  # "received 2 million doses of vaccine gifted by India": India's aid
        code = lx.VERBS.get(given.lemma_.lower()) or "070"
        if _weaponry(dobj):
            code = "072"
        return Trigger(v, code if code.startswith("07") else "070", obj=given, consumed={given.i, dobj.i}, swap=True)
    if lemma in SWAP_RECEIVE and dobj is not None and dobj.dep_ == "dobj" and not _refugees(dobj):
        # "received logistics and support from X" (not "will not accept refugees from Myanmar": they come from there)
        for c in (dobj, *dobj.conjuncts):  # "received food and blankets from X": aid from X
            code = lx.VERB_OBJ.get((lemma, noun_key(c))) or noun_code(c)
            if not code and _weaponry(c, aircraft=True) and any(p == "from" for p, _ in (*preps, *_preps(c))):
                code = "072"  # "received its first A-29 attack aircraft from the United States": arms from X
            if code and code.startswith("07") and (lemma, obj_key) not in lx.VERB_OBJ:
                return Trigger(v, code, obj=c, consumed={c.i}, swap=True)
    if (
        lemma in _MONEY_RELEASE
        and dobj is not None
        and (_money(dobj) or (dobj.lemma_.lower() in _PACKAGES and any(_money(t) for t in dobj.subtree)))
    ):  # "announced a new package of 75 million euros in humanitarian aid for X"
        in_aid = [t for t in dobj.subtree if (noun_code(t) or "").startswith("07")]
        in_aid += [t for p, t in preps if p in ("in", "as") and (noun_code(t) or "").startswith("07")]
        if in_aid:  # "released / announced 5 million euros in aid (for X)": the aid itself
            return Trigger(v, noun_code(in_aid[0]) or "071", obj=dobj, consumed={dobj.i} | {t.i for t in in_aid})
    if lemma in SWAP_RECEIVE and dobj is not None and _money(dobj) and any(
        p == "from" for p, _ in _deep_preps(v, dobj)
    ):  # "obtained 1.8 billion yen in emergency grants from Japan": the "from" on the grants
        aid_ids = {t.i for t in dobj.subtree if (noun_code(t) or "").startswith("07")}  # "in aid": the same act
        return Trigger(v, "071", obj=dobj, consumed={dobj.i} | aid_ids, swap=True)  # "received $5 million from X"
    if (
        dobj is not None and obj_key in lx.JOINT_HEADS and not _judges_act(lemma)
        and any(c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in dobj.children)
    ):
        return Trigger(v, lx.JOINT_HEADS[obj_key], obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
    if (
        dobj is not None
        and dobj.lemma_.lower() in _JOINT_STRIKES
        and any(c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in dobj.children)
        and any(p == "with" for p, _ in (*preps, *_preps(dobj)))
    ):  # "carried out a joint raid with the coalition": cooperation with the partner (whoever is raided)
        return Trigger(v, "062", obj=dobj, consumed={dobj.i})
    if obj_key is not None:
        pair = (lemma, obj_key) if (lemma, obj_key) in lx.VERB_OBJ else (lemma, dobj.lemma_.lower())  # type: ignore[union-attr]
        if prt is not None and (f"{lemma}_{prt.lower_}", obj_key) in lx.VERB_OBJ:  # "carried out joint patrols"
            pair = (f"{lemma}_{prt.lower_}", obj_key)
        elif prt is not None and (f"{lemma}_{prt.lower_}", pair[1]) in lx.VERB_OBJ:  # "scaled back military operations"
            pair = (f"{lemma}_{prt.lower_}", pair[1])
        code = lx.VERB_OBJ.get(pair)
        if code == "" and pair in lx.VERB_OBJ:
            return None
        if code in ("050", "060") and (lx.COMPOUND_NOUNS.get(obj_key) or "").startswith("06"):  # type: ignore[arg-type]
            code = lx.COMPOUND_NOUNS[obj_key]  # type: ignore[index]  # "expanded their defence cooperation": 062
        if code == "154" and (
            any(t.lower_.startswith("peacekeep") for t in v.subtree) or _helping_purpose(v) or _joint_mission(v)
        ):
            code = "074"  # troops sent on a peacekeeping mission, or to help someone, are aid, not a show of force
        elif code == "154" and lemma in _HANDOVER_VERBS and obj_key in _HANDED_ARMS and not _show_of_force(v) and (
            any(p == "to" and t.ent_type_ == "GPE" for p, t in preps)
            or any(c.dep_ in ("dative", "iobj") and c.ent_type_ == "GPE" for c in v.children)  # "send Ukraine tanks"
        ):
            code = "072"  # "sent 14 Leopard tanks to Ukraine": weapons handed to another state, military aid
        elif code == "086" and any(p == "to" and _refugees(t) for p, t in preps):
            code = "075"  # "opened its borders to refugees": asylum
        if code:
            dropped = code == "081" and obj_key in lx.LEGAL_ACTIONS  # "dropped their investigation into a rape
            return Trigger(  # allegation against X": no allegation made now
                v,
                code,
                obj=dobj,
                consumed={t.i for t in dobj.subtree} if dropped else {dobj.i},  # type: ignore[union-attr]
                swap=(lemma in SWAP_RECEIVE or lemma in ("win", "earn"))
                and (
                    code[:2] in ("07",)  # "received death threats from a militia": the militia threatened
                    or code in lx.RECEIVED_ACTS and any(p in ("from", "by") for h in (v, dobj) for p, _ in _preps(h))  # type: ignore[arg-type]
                ),
            )
        inner = noun_code(dobj) if dobj is not None else None
        sum_of = [t for p, t in _preps(dobj) if p in ("in", "of") and (noun_code(t) or "").startswith("07")] if (
            inner is None and dobj is not None and _money(dobj)
        ) else []
        if sum_of and lemma in lx.STOP_VERBS | lx.REDUCE_VERBS:  # "withheld $10 million in aid to Tanzania"
            inner = noun_code(sum_of[0])
            st = lx.stop_code(inner or "") if lemma in lx.STOP_VERBS else lx.reduce_code(inner or "")
            if st:
                return Trigger(v, st, obj=dobj, consumed=_stopped(dobj) | {sum_of[0].i})  # type: ignore[arg-type]
        if inner and inner.startswith("07") and lemma in lx.INCREASE_VERBS:  # "increased its aid to Afghanistan"
            return Trigger(v, inner, obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
        if inner and lemma in lx.REDUCE_VERBS:
            red = lx.reduce_code(inner)
            if red:
                return Trigger(v, red, obj=dobj, consumed=_stopped(dobj))  # type: ignore[arg-type]
        stop_key = f"{lemma}_{prt.lower_}" if prt is not None else lemma
        if inner and stop_key in lx.STOP_VERBS:
            st = lx.stop_code(inner)
            if st:
                return Trigger(v, st, obj=dobj, consumed=_stopped(dobj))  # type: ignore[arg-type]
        if inner and inner.startswith("07") and lemma in lx.GIVING_VERBS:
            purpose = _purpose_trigger(v) if _people_sent(dobj) else None  # type: ignore[arg-type]
            if purpose is not None:  # "sent a team of experts to X to investigate": the investigation
                return purpose
            return Trigger(v, inner, obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
        if not inner and lemma in lx.GIVING_VERBS and dobj is not None:  # "sent a plane carrying medical supplies"
            cargo = [o for c in dobj.children if c.dep_ == "acl" for o in c.children if o.dep_ == "dobj"]
            cargo += [p for c in dobj.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
            if {dobj.lemma_.lower(), dobj.lower_, dobj.lower_[:-1]} & _MEASURES:  # "sent two million doses of
                cargo += [p for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj"]  # the vaccine" (lemmatised "dos")
            cargo += [  # "sent two planes loaded with medicine"
                p
                for c in dobj.children
                if c.dep_ == "acl"
                for q in c.children
                if q.dep_ == "prep" and q.lower_ == "with"
                for p in q.children
            ]
            carried = next((noun_code(o) for o in cargo if (noun_code(o) or "").startswith("07")), None)
            if carried:
                return Trigger(v, carried, obj=dobj, consumed={dobj.i} | {o.i for o in cargo})
        if not inner and lemma in lx.GIVING_VERBS and dobj is not None:  # "sent doctors, nurses and drugs"
            for c in dobj.conjuncts:
                cc = noun_code(c)
                if cc and cc.startswith("07"):
                    return Trigger(v, cc, obj=dobj, consumed={dobj.i, c.i})
        if inner and lemma == "claim" and inner[:2] in ("18", "19", "20"):  # "claimed the bombing of a mosque"
            return Trigger(v, lx.concrete(inner), obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
        if inner and lemma in lx.PASS_VERBS:
            return Trigger(v, lx.concrete(inner), obj=dobj, consumed={dobj.i})  # type: ignore[union-attr]
    promised = lemma in _PLEDGING and v.dep_ != "acl"  # not "Tanks promised by Germany to Ukraine arrived"
    if dobj is not None and _money(dobj) and lemma in lx.MONEY_VERBS:  # "gave $5 million to", "earmarked 50m euros"
        # a sum pledged or promised is aid promised (0331, CAMEO's "express intent to provide economic aid")
        return Trigger(v, "0331" if promised else "071", obj=dobj, consumed={dobj.i})
    if (
        dobj is not None and lemma in _PLEDGING and any(p == "to" for p, _ in preps)
        and _weaponry(dobj, aircraft=True)
    ):  # "pledged 19 F-16 fighter jets to Ukraine": military aid promised (0332), as a sum pledged is aid promised
        return Trigger(v, "0332" if promised else "072", obj=dobj, consumed={dobj.i})
    if (
        dobj is not None and promised and dobj.lemma_.lower() in _TROOP_NOUNS
        and any(p == "to" for p, _ in preps)
    ):  # "committed 2,000 troops to the AU force": protection promised (0334), one way
        return Trigger(v, "0334", obj=dobj, consumed={dobj.i})
    if dobj is not None and lemma == "hang" and prt is None and _captive_person(dobj):
        return Trigger(v, "1823", obj=dobj, consumed={dobj.i})  # "Iran hanged a 23-year-old protester": executed
    if dobj is not None and lemma in ("take", "hold") and any(
        c.dep_ in _HOSTAGE_DEPS and c.lemma_.lower() in _HOSTAGE and c.i > dobj.i for c in v.children
    ):  # "took about 240 people hostage"
        return Trigger(v, "181", obj=dobj, consumed={dobj.i})
    if lemma in ("hand", "give") and dobj is not None and not _money(dobj):
        sum_ = _sum_handed(v)  # "handed the government in Gaza $15 million in cash": the sum hung on the place
        if sum_ is not None:
            return Trigger(v, "071", obj=sum_, consumed={sum_.i})
    # 3. verb + preposition + object ("accused X of corruption"), also a particle with an object ("was taken off
    # the air by the regulator")
    prt_preps = [(prt.lower_, p) for p in prt.children if p.dep_ == "pobj"] if prt is not None else []
    for prep, pobj in preps + prt_preps:
        if prep == "to" and _range_end(pobj):
            continue  # "in cities from Lagos to Abuja": a range of places, not someone protested to
        pobj = _through_round(pobj)
        k = (
            lx.VERB_PREP_OBJ.get((lemma, prep, noun_key(pobj)))
            or lx.VERB_PREP_OBJ.get((lemma, prep, pobj.lemma_.lower()))
            or lx.VERB_PREP_OBJ.get((lemma, prep, "*"))
        )
        if k and prep == "with" and lemma in lx.PUNISHING_VERBS and _agentless_passive(v):
            return None  # "Syria was hit with new Canadian sanctions": the sanctions' own event names who imposed them
        if k:  # the noun is kept as the complement: "conceded to the demands of the drivers"
            return Trigger(v, k, inner=pobj, consumed={pobj.i} if noun_code(pobj) else set())
    for c in v.children:  # "warned its citizens against travelling to Lebanon": a gerund after the preposition
        if c.dep_ == "prep":
            for g in c.children:
                k = lx.VERB_PREP_OBJ.get((lemma, c.lower_, g.lemma_.lower())) if g.dep_ == "pcomp" else None
                if k:
                    return Trigger(v, k, consumed={g.i})
    for prep, pobj in _preps(dobj) if dobj is not None and dobj.dep_ == "dobj" else []:
        k = lx.VERB_PREP_OBJ.get((lemma, prep, noun_key(pobj)))
        k = k or lx.VERB_PREP_OBJ.get((lemma, prep, pobj.lemma_.lower()))
        if k:  # "held the opposition leader in solitary confinement": the phrase hung on the object
            return Trigger(v, k, consumed={pobj.i} if noun_code(pobj) else set())
    if lemma == "find" and any(  # "found Serbia responsible for failing to prevent genocide": a finding of guilt
        c.lower_ in lx.BLAME_ADJ for c in v.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")
    ):
        return Trigger(v, "116")
    # 4. frames: call for, urge to, refuse to, threaten to, agree to ...
    if lemma == "call":
        for p, pobj in preps:  # "called for an inquiry into X" accuses X, "called for sanctions against X" threatens
            if p == "for" and pobj.lemma_.lower() in lx.PUNITIVE_CALLS:
                return Trigger(v, lx.PUNITIVE_CALLS[pobj.lemma_.lower()], inner=pobj, consumed={pobj.i})
        label = _call_label(v, dobj)
        if label is not None:  # "called the envoy a dangerous fool": name-calling (or praise)
            praise = any(t.lemma_.lower() in lx.PRAISE_WORDS for t in label.subtree)
            return Trigger(v, "051" if praise else "111")
        if dobj is not None and not any(p in ("for", "on", "upon") for p, _ in preps) and prt is None:
            purpose = _support_purpose(v)  # "called the new premier to congratulate her": the call congratulates
            if purpose is not None:
                return purpose
        if (
            any(p in ("for", "on", "upon") and o.ent_type_ != "DATE" for p, o in preps)
            or _child(v, "xcomp")
            or _for_to_clause(v) is not None
        ):
            return frame_trigger(v, "02")
        named = _child(v, "oprd")
        if dobj is None and named is not None and named.ent_type_ in ("PERSON", "GPE", "ORG"):
            return _purpose_trigger(v) or Trigger(v, "041")  # "Rivlin called President Zawde": a name, no label
        if dobj is not None and _child(v, "oprd", "ccomp") is None and (_is_actorish(dobj) or _addressee(dobj)):
            purpose = _purpose_trigger(v)  # "called X to congratulate him": the call is the congratulation
            if purpose is not None:
                return purpose
            return Trigger(v, "041")
        return None
    if lemma in ("agree", "settle") and _child(v, "xcomp") is None:  # "agreed on the text of a deal": 057
        for p, pobj in preps:
            if p in ("on", "upon") and _agreement_text(pobj):
                return Trigger(v, "057", inner=pobj, consumed={pobj.i})
        # "have agreed a new fisheries deal": an accord concluded (like "agreed on its text"), not a pledge
        settled = [dobj] if dobj is not None and dobj.dep_ == "dobj" else []
        for obj in settled:
            if obj.lemma_.lower() in _AGREEMENT_NOUNS - {"text", "draft", "terms"} and not _child(obj, "acl", "relcl"):
                return Trigger(v, "057", inner=obj, consumed={obj.i})
    if lemma in lx.PRESSURE_VERBS and (
        _child(v, "xcomp") is not None or any(p == "for" for p, _ in preps) or _for_to_clause(v) is not None
    ):
        t = frame_trigger(v, "10")  # "pressured the workers to call off the strike": a demand
        if t is not None:
            return t
    if lemma == "warn" and _told_fact(v):  # "warned that Western arms were prolonging the war": a reproach
        comp = _child(v, "ccomp")
        return Trigger(v, "111", inner=comp, consumed={comp.i})  # type: ignore[union-attr]
    if lemma == "tell" and dobj is not None and dobj.dep_ == "dobj" and any(
        c.dep_ == "xcomp" and c.i > dobj.i and c.tag_ == "VB" and _to_infinitive(c) for c in v.children
    ):  # "told the junta to hand power back": a demand, not a statement ("told X that ..." stays one)
        t = frame_trigger(v, "10")
        if t is not None:  # "told X to drop the referendum": a demand even when what is demanded has no code
            return t if t.code.startswith("10") else replace(t, code="100")
    perpetrated = lemma == "commit" and dobj is not None and dobj.dep_ == "dobj" and dobj.pos_ == "NOUN"
    claimed = lemma == "insist" and _asserted(v)  # "insisted that X was treating ...": a claim, not a demand
    if lemma in lx.FRAME_VERBS and not perpetrated and not claimed:  # "committed genocide" is no commitment
        t = frame_trigger(v, lx.FRAME_VERBS[lemma])
        if t is not None:
            return t
    if lemma in _SAY_VERBS:  # "X said Y must end attacks": a demand on Y
        comp = _child(v, "ccomp")
        if (
            comp is not None
            and any(c.dep_ == "aux" and c.lower_ in _MUST for c in comp.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
        ):
            t = verb_trigger(comp) if comp.pos_ in ("VERB", "AUX") else None
            inner_code = t.code if t is not None and t.frame is None else None
            consumed = {comp.i} | (t.consumed if t is not None else set())
            return Trigger(v, lx.frame_code("10", inner_code), frame="10", inner=comp, consumed=consumed)
        obliged = _obliged(comp) if comp is not None else None
        if obliged is not None:  # "said Russia needed to / had to stop the war": a demand on Russia
            t = verb_trigger(obliged)
            inner_code = t.code if t is not None and t.frame is None else None
            consumed = {comp.i, obliged.i} | (t.consumed if t is not None else set())  # type: ignore[union-attr]
            inner_tok = obliged if obliged.dep_ in ("relcl", "acl") else comp  # "time for Y to V": Y is in the clause
            return Trigger(v, lx.frame_code("10", inner_code), frame="10", inner=inner_tok, consumed=consumed)
        faced = _child(comp, "dobj") if comp is not None and comp.lemma_.lower() in ("face", "pay", "suffer") else None
        if (
            faced is not None
            and faced.lemma_.lower() in _PENALTIES
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in comp.children)  # type: ignore[union-attr]
            and any(c.dep_ == "nsubj" and (c.ent_type_ in _ACTOR_ENTS or c.pos_ == "PROPN") for c in comp.children)  # type: ignore[union-attr]
        ):  # "said Iran would face severe consequences if it attacked": a threat against Iran
            return Trigger(v, "130", frame="13", inner=comp, consumed={comp.i, faced.i})  # type: ignore[union-attr]
        if comp is not None and _needed(comp):  # "said a reform of the agency was needed": a demand
            return Trigger(v, "100", frame="10", inner=comp, consumed={comp.i})
        if comp is not None and _told_threat(v, comp):  # "told Ankara it would face consequences if ..."
            inner_t = verb_trigger(comp) if comp.pos_ in ("VERB", "AUX") else None
            inner_code = inner_t.code if inner_t is not None and inner_t.frame is None else None
            consumed = {comp.i} | (inner_t.consumed if inner_t is not None else set())
            return Trigger(v, lx.frame_code("13", inner_code), frame="13", inner=comp, consumed=consumed)
    # 5. plain verbs, then light verbs with an event noun object
    code = lx.VERBS.get(lemma)
    if claimed:
        code = "010"  # "insisted that Macron was treating the Amazon ...": a claim, not a demand
    light = lemma in lx.LIGHT_VERBS or (prt is not None and f"{lemma}_{prt.lower_}" in lx.LIGHT_VERBS)  # carry_out
    if light and lemma in lx.ASPECT_VERBS and (
        v.dep_ in ("acl", "relcl", "amod") or any(c.dep_ == "auxpass" for c in v.children)
    ):  # "the delivery, completed on Tuesday, ...", "the withdrawal was completed": the noun is the event
        light = False
    if dobj is not None and light and dobj.lemma_.lower() in _ROUNDS:  # "held a new round of talks with X"
        dobj = next((t for p, t in _preps(dobj) if p == "of" and noun_code(t)), dobj)
    if dobj is not None and light:
        inner = noun_code(dobj)
        if inner == "072" and lemma in ("deploy", "station", "position") and not _helping_purpose(v):
            inner = "154"  # "deployed S-400 missile systems on the peninsula": its own weapons, a build-up
        if inner and dobj.lemma_.lower() not in _NOT_EVENT_OBJ:
            swap = lemma in SWAP_RECEIVE and inner.startswith("07")
            swap = swap or (lemma in _HOLD_VERBS and inner in ("051", "052") and any(  # "has the backing of Kenya"
                p in ("of", "from") for p, _ in _preps(dobj)
            ))
            return Trigger(v, lx.concrete(inner), obj=dobj, consumed={dobj.i}, swap=swap)
    if lemma == "summon" and dobj is not None and dobj.lemma_.lower() in _ENVOYS and lx.VERBS.get("summon"):
        return Trigger(v, lx.VERBS["summon"])  # "summoned the Swiss envoy to protest ...": the summons (114)
    if lemma in ("order", "authorize", "authorise", "approve", "instruct", "direct", "summon", "command"):
        for c in v.children:  # "ordered the newspaper to suspend publication", "ordered them jailed"
            if c.dep_ in ("xcomp", "ccomp", "oprd") and c.pos_ == "VERB":
                t = verb_trigger(c)
                if t is not None:
                    return Trigger(v, t.code, frame="P", inner=c, consumed={c.i} | t.consumed)
                if lemma != "approve" and (dobj is not None or v.dep_ == "acl" or _child(v, "nsubjpass")):
                    return Trigger(v, "100", frame="10", inner=c)  # "ordered the mayor to appear": a demand
    if code:
        if lemma == "strike" and (dobj is not None or _armed_subject(v) or _strike_weapon(v) or _child(v, "ccomp")):
            code = "190"  # "jets struck what the army called Hamas targets": an attack, not a labour strike
        consumed = (
            {dobj.i}
            if dobj is not None and dobj.dep_ == "dobj" and noun_code(dobj) and dobj.lemma_.lower() not in lx.HELPERS
            else set()
        )  # "kidnapped three engineers": people acted on are the patient, not an event noun
        if lemma in ("return", "travel", "fly", "arrive") and dobj is None and not preps:
            return None
        return Trigger(v, code, consumed=consumed)
    if prt is None:  # "worked with Interpol", "sided with Kyiv", "spoke with Putin": PHRASAL with a preposition
        for prep, pobj in preps:
            key = f"{lemma} {prep}"
            pcode = lx.PHRASAL.get(key)
            if not pcode or key in lx.PREP_PHRASAL_SKIP:
                continue
            misread = pobj.pos_ == "PROPN" and pobj.ent_type_ in ("", "PRODUCT", "WORK_OF_ART")  # "Cyprus" a product
            actorish = pobj.ent_type_ in _ACTOR_ENTS or _official(pobj) or misread or any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in pobj.children
            )  # "the Palestinian people", "Ukraine's farmers"
            if lemma in lx.PREP_PHRASAL_ACTOR_ONLY and not actorish:
                continue
            return Trigger(v, pcode)
    if lemma not in _NOT_JOINT_VERBS and any(c.dep_ == "advmod" and c.lower_ in _JOINTLY for c in v.children):
        subj = _subject(v)
        if (subj is not None and any(c.dep_ == "conj" for c in subj.subtree)) or any(p == "with" for p, _ in preps):
            return Trigger(v, "060")  # "Interpol and Brazilian police worked together to ...": cooperation
    return None


_PEJORATIVE = frozenset(
    "illegal illegitimate unlawful unacceptable absurd ridiculous provocative irresponsible dangerous baseless "
    "unfounded hostile outrageous shameful disgraceful racist reckless criminal barbaric cowardly hypocritical "
    "unjust aggressive inhumane cynical false void invalid discriminatory biased".split()
)


def _judgement(v: Token, dobj: Token | None) -> str | None:
    """A verb of calling or regarding that judges someone or something: "called the sanctions illegal",
    "considers Hezbollah a terrorist organization" (111); praise ("called the deal historic") is 051."""
    label = _child(v, "oprd")
    named = dobj
    if label is None:
        comp = _child(v, "ccomp", "xcomp")
        subj = _child(comp, "nsubj") if comp is not None and comp.pos_ in ("NOUN", "ADJ") else None
        if subj is None:
            return None
        label, named = comp, subj
    if named is None or label is None or label.i < named.i:
        return None
    if label.pos_ == "ADJ":
        low = label.lemma_.lower()
        return "111" if low in _PEJORATIVE else "051" if low in lx.PRAISE_WORDS else None
    if label.pos_ == "NOUN":
        words = {t.lemma_.lower() for t in label.subtree}
        if v.lemma_.lower() != "call" and words & (_HOSTILE_LABELS | _PEJORATIVE):
            return "111"
        if label.lemma_.lower() in _PRAISE_NOUNS and not words & (_HOSTILE_LABELS | _PEJORATIVE):
            return "051"  # "calling them an example of solidarity", "called him a true friend of Kenya"
    return None


_PRAISE_NOUNS = frozenset("hero heroine friend ally champion brother example inspiration beacon model visionary "
                          "genius statesman patriot".split())


_TOWARD = frozenset("toward towards near around off encircling surrounding".split())
def _aimed_toward(v: Token) -> bool:
    """Arms or forces moved toward or around a party ("sent warplanes and ships toward Taiwan")."""
    if verb_lemma(v) not in lx.GIVING_VERBS:
        return False
    obj = _child(v, "dobj")
    heads = [v] + ([obj, *obj.conjuncts] if obj is not None else [])
    if obj is None or not any(
        (noun_code(h) or "").startswith("072") or h.lemma_.lower() in _FORCE_NOUNS for h in heads[1:]
    ):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _TOWARD for h in heads for c in h.children)


_FORCE_NOUNS = frozenset("ship warship warplane jet bomber troop soldier force submarine carrier destroyer".split())
_PACKAGES = frozenset("package tranche round batch envelope total sum installment instalment".split())


def _money(tok: Token) -> bool:
    """A sum of money ("$5 million", "50 million euros" even when tagged a cardinal)."""
    if tok.ent_type_ == "MONEY" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _CURRENCIES):
        return True
    return tok.lemma_.lower() in ("billion", "million", "trillion") and any(  # "billions of dollars"
        p.lemma_.lower() in _CURRENCIES for c in tok.children if c.lower_ == "of" for p in c.children
    )


_FRONTIERS = lx.FRONTIER_NOUNS | {"coast", "waters", "airspace"}
_ARG_DEPS = frozenset({"dobj", "dative", "prep", "pobj", "npadvmod", "quantmod", "compound", "nummod", "appos"})


def _range_end(pobj: Token) -> bool:
    """The end of a "from X to Y" range ("from Lagos to Abuja"): the "to" follows a "from" phrase's noun."""
    to = pobj.head
    if to.i < 2:
        return False
    before = to.doc[to.i - 1]
    return any(t.lower_ == "from" for t in to.doc[max(0, to.i - 5) : to.i]) and before.pos_ in ("PROPN", "NOUN", "NUM")


_AIRCRAFT = frozenset({"aircraft", "helicopter", "jet", "drone", "warplane", "plane"})
_MATERIAL = frozenset("financial military material logistical logistic economic technical humanitarian".split())
_ACTOR_COMPOUNDS = frozenset({"aid agency", "aid worker", "riot police", "political prisoner"})
_GETTING = SWAP_RECEIVE | {"win", "earn", "gain", "extract", "wring", "draw", "have", "take", "face"}
_GIFTS = frozenset({"gift", "donation", "grant", "present"})
_OFFICES = frozenset(
    "presidency premiership chairmanship chair helm leadership portfolio role mandate post job office position seat"
    .split()
)
_PLEDGING = frozenset({"pledge", "promise", "commit"})
_TROOP_NOUNS = frozenset({"troop", "soldier", "peacekeeper", "battalion", "contingent", "personnel", "police officer",
                          "officer", "policeman", "force"})
#: what a receiver gets from someone, as the giver's act
_RECEIVED = {
    **dict.fromkeys("commitment pledge promise assurance assurances guarantee undertaking".split(), "030"),
    **dict.fromkeys("backing support endorsement praise blessing".split(), "051"),
    "visit": "042",
    "apology": "055",
    "invitation": "036",
    "delivery": "070",  # "took delivery of 150,000 doses from China"
    "call": "041",  # "took a call from the South African president": a telephone call
    "congratulations": "051",
    "request": "020",  # "received a formal request from Spain"
    "appeal": "020",
    "plea": "020",
    "demand": "100",  # "received a demand from ECOWAS to hold elections"
    "pressure": "100",  # "faces mounting pressure from the WHO to share data"
    "warning": "130",  # "received a stern warning from Washington"
    "ultimatum": "139",
    "offer": "030",  # "received an offer from Norway to mediate"
    "recognition": "054",
    "training": "062",  # "are receiving counter-insurgency training from Portuguese instructors"
    "charge": "1121",  # "faced homicide charges from prosecutors"
    "lawsuit": "115",  # "faces a lawsuit from Apple"
}


def _received_act(v: Token, lemma: str, dobj: Token | None, preps: list[tuple[str, Token]]) -> str | None:
    """The code of what a receiver got "from" someone, as the giver's act ("won a commitment from the MILF",
    "had a rare visit from the UN envoy", "received doses as a gift from India"), else None. Material help
    ("training and financial support") is left to the aid rules."""
    if lemma not in _GETTING or dobj is None:
        return None
    gifted = [t for p, t in preps if p == "as" and t.lemma_.lower() in _GIFTS]
    if gifted:
        got: str | None = "070"
    elif dobj.conjuncts or any(t.lower_ in _MATERIAL and t.i < dobj.i for t in dobj.subtree) or any(
        c.dep_ == "nmod" and c.conjuncts for c in dobj.children
    ):
        return None
    else:
        got = _RECEIVED.get(dobj.lemma_.lower()) or _kind_of_message(dobj)
        if lemma == "accept" and got in _ASKED:
            return None  # "accepted demands from the army": a concession, not the demand
        if got == "041" and any(c.dep_ in ("acl", "relcl") and _child(c, "aux") is not None for c in dobj.children):
            got = "020"  # "faced calls from Western donors to repeal the law": appeals, not telephone calls
    return got if got is not None and any(p == "from" for p, _ in _deep_preps(v, dobj, *gifted)) else None


_ASKED = frozenset({"020", "100", "139"})
_GOODWILL = frozenset(
    "congratulatory congratulation congratulations condolence condolences support solidarity sympathy goodwill "
    "greeting greetings".split()
)


def _kind_of_message(msg: Token) -> str | None:
    """A message of goodwill ("a congratulatory message", "messages of solidarity", "a letter of support") is
    praise (051); other messages are left alone."""
    if msg.lemma_.lower() not in _MESSAGES:
        return None
    words = [c for c in msg.children if c.dep_ in ("amod", "compound")]
    words += [t for p, t in _preps(msg) if p == "of"]
    return "051" if any(w.lower_ in _GOODWILL or w.lemma_.lower() in _GOODWILL for w in words) else None


def _deep_preps(*heads: Token) -> list[tuple[str, Token]]:
    """The prepositional phrases of ``heads`` and of their prepositions' objects ("obtained 1.8 billion yen in
    emergency grants from Japan": "from" on "grants"; "took delivery of its tanks from Poland": on "tanks")."""
    near = [pp for h in heads for pp in _preps(h)]
    return near + [q for _, t in near for q in _preps(t)]


def _weaponry(tok: Token, aircraft: bool = False) -> bool:
    """Arms named by a noun ("fighter jets", "tanks"); with ``aircraft`` any aircraft too."""
    kinds = lx.WEAPON_OBJECTS | _AIRCRAFT if aircraft else lx.WEAPON_OBJECTS
    return noun_key(tok) in lx.WEAPON_OBJECTS or tok.lemma_.lower() in kinds


def _given_by(obj: Token) -> Token | None:
    """A giving participle with its giver on what was received ("doses of vaccine gifted by India",
    "tanks supplied by Poland"), else None."""
    for t in obj.subtree:
        if (
            t.dep_ == "acl"
            and t.tag_ == "VBN"
            and t.lemma_.lower() in lx.GIVING_VERBS | lx.MONEY_VERBS
            and any(c.dep_ == "agent" for c in t.children)
        ):
            return t
    return None


def _sum_handed(v: Token) -> Token | None:
    """A sum of money among a giving verb's own arguments (not inside a clause under it), else None."""
    for t in v.subtree:
        if t.i <= v.i or not _money(t):
            continue
        node = t
        while node.i != v.i and node.dep_ in _ARG_DEPS:
            node = node.head
        if node.i == v.i:
            return t
    return None


def _show_of_force(v: Token) -> bool:
    """Forces sent toward someone or to the frontier with them ("sent warships toward Taiwan", "ordered tank
    battalions to the border with Colombia"): a build-up against them, not aid to them."""
    for c in v.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in ("toward", "towards"):
            return True
        if c.lower_ in ("to", "near", "along", "into"):
            for t in c.children:
                if t.dep_ == "pobj" and t.lemma_.lower() in _FRONTIERS:
                    return True
                if t.dep_ == "pobj" and (c.lower_ == "into" or t.lemma_.lower() in _THEATRES or t.ent_type_ == "LOC"):
                    return True  # "sent commandos into Idlib", "jets to eastern Europe", "to the Gulf region"
    return False


_THEATRES = frozenset("province region flank theatre theater front zone area enclave".split())


_DITRANSITIVE = lx.GIVING_VERBS | {"offer", "grant", "promise", "show", "award", "issue", "lend", "pay", "deny",
                                   "assure", "owe"}
_DEPLOYED_FORCES = frozenset(
    "troop soldier battalion brigade division unit force tank warship reservist carrier fleet destroyer frigate "
    "submarine bomber group".split()
)


def _duration(t: Token) -> bool:
    """A span of time given ("48 hours", "one week", "a month"), not a point in time ("last year")."""
    return not any(c.lower_ in ("last", "this", "next", "past", "previous", "ago") for c in t.subtree)


def _stopped(obj: Token) -> set[int]:
    """What a stopping or reducing verb stops: its object, what the object is of, and their conjuncts ("halted
    the delivery of F-16 jets and some military aid": the aid is halted too, not given)."""
    heads = [obj, *(t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children
                    if t.dep_ == "pobj")]
    return {t.i for h in heads for t in (h, *h.conjuncts)}


def _own_arms(obj: Token) -> bool:
    """Weapons that are the giver's own ("their weapons", "its arsenal"): given up, not given as aid."""
    return obj.lemma_.lower() in ("weapon", "arm", "rifle", "gun", "arsenal") and any(
        c.dep_ == "poss" and c.lower_ in ("their", "its") for c in obj.children
    )


def _nationals(obj: Token) -> bool:
    """People of a nation or group, counted or not ("Palestinians", "thousands of Afghans")."""
    inner = [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children if t.dep_ == "pobj"]
    return any(t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS") for t in (obj, *inner))


def _clause_subject(clause: Token) -> Token | None:
    """The clause's subject, also where the parser hung it on the auxiliary ("that Russian forces were ...")."""
    return _child(clause, "nsubj") or next(
        (s for a in clause.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"), None
    )


def _actor_subject(clause: Token) -> bool:
    """The clause's subject names a party ("that Ethiopian forces were destabilising the region")."""
    subj = _clause_subject(clause)
    return subj is not None and (_named_party(subj) or bool(kb.sectors_of(subj.lemma_.lower())))


def _deadline_given(v: Token) -> bool:
    """ "gave X until Friday to leave", "gave X 48 hours to leave or face an attack": a date by which someone
    must act, or a span with a penalty named (a plain span, "72 hours to leave", is an expulsion, read with the
    orders to leave)."""
    untils = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("until", "till")]
    until = bool(untils)
    dates = [d for u in untils for d in u.children if d.dep_ == "pobj"]  # "until the end of the year to leave"
    acts = [c for t in (v, *v.children, *dates) for c in t.children
            if c.dep_ in ("xcomp", "advcl", "ccomp", "acl") and _to_infinitive(c)]
    penalty = any(c.dep_ == "conj" and c.lemma_.lower() in _PENALTY_VERBS for a in acts for c in a.children)
    return bool(acts) and (until or penalty)


_PENALTY_VERBS = frozenset({"face", "risk", "suffer", "bear"})  # "... or face a military attack"


def _deported(v: Token, obj: Token | None) -> Token | None:
    """The individuals an "expel" verb sends away, when they are named as such: by a noun for people who are
    deported, not diplomats ("BBC correspondent Sarah Rainsford", "the country's Asian community"), also
    where the parser made them the subject of a participle ("expelled journalists working for ...")."""
    cands = [obj] if obj is not None else []
    cands += [s for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
              for s in c.children if s.dep_ == "nsubj"]
    for t in cands:
        lemmas = {t.lemma_.lower(), *(c.lemma_.lower() for c in t.children if c.dep_ == "compound")}
        if lemmas & _ENVOYS:
            return None
        if lemmas & _DEPORTED_PEOPLE:
            return t
    return None


_DEPORTED_PEOPLE = frozenset(lx.DEPORTEES) | {"community", "minority", "family"}


def _blacklist(t: Token) -> bool:
    """A list whose entries are sanctioned: "its Entity List", "a terror list", "the blacklist"."""
    lemma = t.lemma_.lower()
    return lemma == "blacklist" or (
        lemma == "list" and any(c.lemma_.lower() in lx.BLACKLIST_MODIFIERS for c in t.children
                                if c.dep_ in ("compound", "amod"))
    )


def _helping_purpose(v: Token) -> bool:
    """A purpose clause of helping ("deployed troops to Mozambique to help fight the insurgency")."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _HELP_VERBS and _to_infinitive(c) for c in v.children
    )


def _mistagged_noun(tok: Token) -> bool:
    """An object the tagger took for a verb ("conducted missile drills": "drills" VBZ as a direct object)."""
    return tok.dep_ == "dobj" and tok.tag_ == "VBZ" and not any(
        c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children
    )


_JOINT_STRIKES = frozenset("raid strike airstrike attack assault sweep bombardment".split())
#: joint undertakings that fight whoever they are "against" ("joint operations against the PKK": an attack on it)
JOINT_FIGHTS = frozenset("operation offensive campaign mission patrol sweep raid".split())
TRAVEL_VERBS = frozenset({"travel", "go", "visit", "trip", "travelling", "traveling"})


def _travel_warned(v: Token, xcomp: Token | None) -> Token | None:
    """The trip an appeal warns against ("urged citizens to avoid travelling to Japan", "not to travel to
    X"), else None."""
    against = [t for p, o in _preps(v) if p == "against" for t in (o, *o.conjuncts)]
    trips = [t for t in against if t.lemma_.lower() in TRAVEL_VERBS and any(p == "to" for p, _ in _preps(t))]
    if trips:  # "advised against all but essential travel to Kenya's coast"
        return trips[0]
    if xcomp is None:  # "advised citizens on Friday to avoid ...": the infinitive hung on the verb
        xcomp = next((c for c in v.children if c.dep_ == "advcl" and c.i > v.i and _to_infinitive(c)), None)
    if xcomp is None:
        return None
    if xcomp.lemma_.lower() in ("avoid", "reconsider", "postpone", "defer"):
        trips = [c for c in xcomp.children if c.dep_ in ("xcomp", "dobj", "pcomp") and c.lemma_.lower() in TRAVEL_VERBS]
    elif xcomp.lemma_.lower() in TRAVEL_VERBS and any(c.dep_ == "neg" for c in xcomp.children):
        trips = [xcomp]
    else:
        return None
    return next((t for t in trips if any(p == "to" for p, _ in _preps(t))), None)


def frame_trigger(v: Token, family: str) -> Trigger | None:
    """A frame verb with its complement: "threatened to impose sanctions" -> 1312 ("13" + 163)."""
    lemma = v.lemma_.lower()
    inner_tok: Token | None = None
    inner_code: str | None = None
    extra: set[int] = set()
    framed = False
    xcomp = _child(v, "xcomp")
    if xcomp is None and family == "13" and lemma in ("warn", "caution") and not any(
        c.dep_ in ("dobj", "nsubjpass", "dative") for c in v.children
    ):  # not "warned Taipei that ...", "was warned by X that ...": a warning addressed to someone is a threat
        said = _child(v, "ccomp")
        if said is not None and said.pos_ in ("VERB", "AUX") and _done_by_other(said) and (
            verb_trigger(said) or _actor_subject(said)
        ):
            return Trigger(v, "112", frame="11", inner=said)  # "warned that politicians were funding Boko Haram":
            # a charge about what others did, not a threat
    if xcomp is None and family in ("02", "10", "03"):  # "demanded that the minister resign"
        ccomp = _child(v, "ccomp")
        if family == "03" and ccomp is not None and ccomp.i < v.i and ccomp.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in ccomp.children
        ):  # "Mexico will send food to Cuba, the minister promised": the promise reported is the event
            return None
        if ccomp is not None and (any(c.dep_ == "nsubj" for c in ccomp.children) or (
            family != "03" and _prosecution_sought(ccomp)  # "recommended that Netanyahu be indicted"
        )):
            xcomp = ccomp
        elif ccomp is None:  # "called for the president to resign": a "for Y to V" clause
            xcomp = _for_to_clause(v)
    if xcomp is None and family == "02" and lemma == "call":  # "called on Egypt to release him" (an adverbial)
        purpose = next((c for c in v.children if c.dep_ == "advcl" and _to_infinitive(c)), None)
        inner_t = verb_trigger(purpose) if purpose is not None and purpose.pos_ == "VERB" else None
        if inner_t is not None and inner_t.code.startswith("04"):
            return Trigger(v, "041")  # "called on the president to discuss ...": a call paid, to consult
        xcomp = purpose if inner_t is not None else None
    if xcomp is None and family in ("13", "12", "03"):  # "threatened on Monday to strike Kenya": the infinitive
        xcomp = next(  # after a time phrase parsed as an adverbial clause
            (c for c in v.children if c.dep_ == "advcl" and c.i > v.i and c.tag_ == "VB" and _to_infinitive(c)
             and not any(m.dep_ == "mark" for m in c.children)),
            None,
        )
    if xcomp is None and family == "03":  # "is committed to supporting Haiti", "pledged to continuing talks"
        xcomp = next(
            (p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
             if p.dep_ == "pcomp" and p.tag_ == "VBG"),
            None,
        )
    for _ in range(2):  # "vowed to keep attacking Kenya", "threatened to continue the strikes": the act kept up
        if xcomp is None or xcomp.lemma_.lower() not in _KEEP_VERBS:
            break
        nxt = next((c for c in xcomp.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        xcomp = nxt
    trip = _travel_warned(v, xcomp) if family in ("02", "13") else None
    if trip is not None:  # "advised its citizens to avoid travelling to Japan": a travel warning against Japan
        taken = {t.i for t in trip.subtree} | ({trip.head.i} - {v.i})  # the trip and what governs it ("avoid")
        return Trigger(v, "160", frame=family, inner=trip, consumed=taken)
    if family in ("02", "10") and xcomp is not None and xcomp.pos_ in ("VERB", "AUX") and _prosecution_sought(xcomp):
        # "recommended that Netanyahu be indicted", "demanded that the management be held accountable": a charge
        # against the one to be prosecuted (1121)
        return Trigger(v, "1121", frame=family, inner=xcomp, consumed={xcomp.i})
    if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
        t = verb_trigger(xcomp)
        if t is not None and t.frame in (None, "P"):
            inner_tok, inner_code = xcomp, t.code
            extra = t.consumed
        framed = t is not None and t.frame not in (None, "P")  # "called on China to press Russia"
    if inner_code is None:
        dobj = _child(v, "dobj")
        cands = [dobj] if dobj is not None else []
        cands += [p for prep, p in _preps(v) if prep in ("for", "to", "of", "on", "against")]
        if xcomp is not None and xcomp.tag_ == "VBG" and xcomp.i == v.i + 1:  # "pledged unwavering backing":
            cands += [c for c in xcomp.children if c.dep_ == "dobj"]  # an adjective read as a participle
        for c in cands:
            nc = noun_code(c) if c is not None else None
            if nc:
                inner_tok, inner_code = c, nc
                break
            if c is not None and family == "12" and c.lemma_.lower() in REFUSE_OBJ_CODES:
                return Trigger(v, REFUSE_OBJ_CODES[c.lemma_.lower()], frame=family, obj=c, consumed={c.i})
    offered = _child(v, "dobj") if lemma == "offer" and inner_tok is None else None
    if offered is not None:  # "offered the US an armored regiment, attack helicopters and fighter jets"
        goods = [offered, *offered.conjuncts]
        goods += [t for g in list(goods) for p, t in _preps(g) if p == "of"]  # "a squadron of fighter jets"
        for c in goods:
            nc = noun_code(c) or ""
            if nc.startswith("07") or _weaponry(c):
                inner_tok, inner_code = offered, nc if nc.startswith("07") else "072"
                break
    if lemma == "offer" and inner_tok is not None and inner_tok.dep_ == "dobj" and (inner_code or "").startswith("07"):
        return Trigger(v, inner_code, obj=inner_tok, consumed={inner_tok.i})  # type: ignore[arg-type]
        # "offered shelter to the refugees", "offered Vietnam a loan": the aid itself, put at their disposal
    if inner_code is None:
        if lemma == "fail" and xcomp is not None and xcomp.lemma_.lower() in ("agree", "settle", "compromise"):
            agreed = {xcomp.i} | {t.i for p, t in _preps(xcomp) if p in ("on", "to", "over")}
            return Trigger(v, "127", frame=family, inner=xcomp, consumed=agreed)  # "failed to agree on a truce":
            # the truce never came
        if lemma in ("fail", "decide", "plan", "attempt", "resist"):
            return None
        base = lx.VERBS.get(lemma)
        if framed and base and base[:2] != family[:2]:  # "called on China to press Russia": an appeal, not a visit
            base = None
        if base and family == "02" and lemma == "call" and any(
            t.lower_ == "to" and t.dep_ == "aux" for t in v.subtree if t.i > v.i
        ):  # "called on X to de-escalate" with the infinitive misparsed: still an appeal
            base = None
        return Trigger(v, base or lx.frame_code(family, None), frame=family)
    if family in ("02", "10") and inner_tok is not None and _prosecution_sought(inner_tok):
        # "asked for a 12-year prison sentence for X", "called for the trial of X": a charge against them (1121)
        return Trigger(v, "1121", frame=family, inner=inner_tok, consumed={inner_tok.i} | extra)
    if lemma == "decide":  # "decided to lift the sanctions": the decision is the act itself
        consumed = ({inner_tok.i} if inner_tok else set()) | extra
        return Trigger(v, lx.concrete(inner_code), frame="P", inner=inner_tok, consumed=consumed)
    if family == "02" and inner_tok is not None and inner_tok.pos_ == "VERB" and (
        inner_code == "113" or ((inner_code or "")[:2] == "14" and any(p == "against" for p, _ in _preps(inner_tok)))
    ):  # "called on workers to mobilize / protest against X": rallying opposition against X (113)
        return Trigger(v, "113", inner=inner_tok, consumed={inner_tok.i} | extra)
    if family == "03" and inner_code[:2] in ("15", "18", "19", "20") and inner_tok is not None and any(
        c.dep_ == "neg" for c in inner_tok.children
    ):  # "pledged not to use force against each other": a promise to de-escalate, not a threat
        return Trigger(v, "0356", frame=family, inner=inner_tok, consumed={inner_tok.i} | extra)
    code = lx.frame_code(family, inner_code)
    if family == "03" and code == "030" and inner_code[:2] in ("16", "17") and _own_object(inner_tok):
        # "agreed to curb its nuclear programme": a pledge about its own affairs, not a threat
        return Trigger(v, "030", frame=family, inner=inner_tok, consumed={inner_tok.i})  # type: ignore[union-attr]
    if family == "03" and lemma == "offer" and inner_code[:2] in ("16", "17"):  # "offered to freeze the results of
        return Trigger(v, "030", frame=family, inner=inner_tok, consumed={inner_tok.i})  # type: ignore[union-attr]
        # the referendum": an offer is a concession, never a threat
    if family == "03" and code == "030" and lemma in ("agree", "consent"):  # "agreed to send a force to X": an accord
        agreed = ({inner_tok.i} if inner_tok else set()) | extra
        return Trigger(v, "030", frame=family, inner=inner_tok, consumed=agreed)
    if family == "03" and code == "030" and inner_code.startswith("15") and lemma in _PROMISING and any(
        p == "to" for p, _ in _preps(inner_tok)  # type: ignore[arg-type]
    ):  # "pledged to send a tank battalion to Ukraine": military aid promised (0332), not a build-up planned
        return Trigger(v, "0332", frame=family, inner=inner_tok, consumed={inner_tok.i})  # type: ignore[union-attr]
    if family == "03" and code == "030" and inner_code not in ("030",):
        code = lx.concrete(inner_code)  # "decided to send troops": the inner event, planned
        return Trigger(v, code, frame="03p", inner=inner_tok, consumed={inner_tok.i} if inner_tok else set())
    if family == "12" and lemma == "fail" and not inner_code.startswith(("03", "04", "05", "057", "S")):
        return None
    return Trigger(v, code, frame=family, inner=inner_tok, consumed=({inner_tok.i} if inner_tok else set()) | extra)


_PROSECUTING = frozenset("charge indict prosecute try impeach convict jail imprison punish".split())
_PROSECUTIONS = frozenset("prosecution indictment trial conviction sentence punishment impeachment".split())
_ANSWERABLE = frozenset("accountable responsible liable".split())


def _prosecution_sought(inner: Token) -> bool:
    """What a demand asks for is someone's prosecution: a passive legal verb ("that X be charged"), being held
    accountable, or a prosecution noun ("a 12-year prison sentence for X", "the trial of X")."""
    lemma = inner.lemma_.lower()
    if inner.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in inner.children)
        if lemma == "hold":
            return passive and any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in _ANSWERABLE
                                   for c in inner.children)
        return passive and lemma in _PROSECUTING
    return lemma in _PROSECUTIONS and any(p in ("for", "of", "against") for p, _ in _preps(inner))


_SHARE_WORDS = frozenset("most some all part rest remainder half bulk majority last".split())  # "most of"
_RECALLED = frozenset("technician expert adviser advisor specialist team delegation citizen national".split())
_PROMISING = frozenset({"pledge", "promise", "offer", "commit", "agree", "volunteer", "undertake"})
_KEEP_VERBS = frozenset({"keep", "continue", "go"})  # aspect verbs between a frame and its act
_CALLING_OFF = ("12", "16")  # rejections and reductions of relations: their object event did not take place
_CALLED_OFF_ROOTS = frozenset({"03", "04", "05", "06", "07"})  # talks, visits, deals, cooperation, aid (an
# accusation or appeal that is rejected was still made)


_TOLD_VERBS = frozenset("tell warn caution inform".split())
_FUTURE_MODALS = frozenset({"will", "would", "could", "might", "'ll", "may"})
_AUDIENCES = frozenset("reporter journalist press correspondent audience crowd supporter viewer listener".split())
_HOSTILE_ROOTS = ("13", "15", "18", "19", "20")


def _told_threat(v: Token, comp: Token) -> bool:
    """Someone told (not reporters) that they risk or would face something, or that a hostile act would come
    if or unless they do something: a threat against the one told."""
    if v.lemma_.lower() not in _TOLD_VERBS:
        return False
    told = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
    if told is None or told.lemma_.lower() in _AUDIENCES:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in comp.children)
    if comp.lemma_.lower() in ("risk", "face") and (modal or comp.lemma_.lower() == "risk"):
        faced = _child(comp, "dobj") or _child(comp, "xcomp")
        return faced is not None and (faced.lemma_.lower() in _PENALTIES or comp.lemma_.lower() == "risk")
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in comp.children
    )
    inner = verb_trigger(comp) if modal and conditional and comp.pos_ in ("VERB", "AUX") else None
    return inner is not None and inner.code.startswith(_HOSTILE_ROOTS)


def _greeted_by_protest(v: Token) -> bool:
    """A passive greeting whose agent is a crowd of protesters ("was met by angry demonstrators")."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return False
    agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    agents += [t for a in list(agents) for p, t in _preps(a) if p == "of"]  # "hundreds of protesters"
    return any(t.lemma_.lower() in ("protester", "demonstrator", "protestor") for t in agents)


def _made_gift(v: Token) -> bool:
    """The thing handed over was funded, built or donated by someone ("a Japanese-funded bridge")."""
    return any(
        c.dep_ == "amod" and c.lemma_.lower() in lx.MAKER_PARTICIPLES and any(x.i < c.i for x in c.children)
        for o in v.children
        if o.dep_ in ("nsubjpass", "dobj")
        for c in o.children
    )


def _in_known_names(sent: list[Token]) -> set[int]:
    """The tokens after the first of named entities that are known groups or organisations ("the Committee to
    Protect Journalists", "Movement for Democratic Change"): words of a name, not acts."""
    out: set[int] = set()
    for k, tok in enumerate(sent):  # the sentence's own entities, not every entity of the document
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("ORG", "NORP", "FAC"):
            continue
        end = k + 1
        while end < len(sent) and sent[end].ent_iob_ == "I":
            end += 1
        if end - k < 3:
            continue
        ent = tok.doc[tok.i : sent[end - 1].i + 1]
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if kb.group(name) is not None or lookup_organisation(name) is not None:
            out.update(t.i for t in ent[1:])
    return out


_GIVEN_PASSIVES = frozenset("hand give grant offer award promise send pay lend loan".split())
_GIFT_ROOTS = ("02", "03", "05", "07", "10", "13")


def _passive_gift(tok: Token) -> Trigger | None:
    """A passive giving verb whose subject received the object ("was handed an ultimatum by NATO", "were given
    food rations by the agency"): the object's act (ultimatum 139, aid 07x), else None."""
    if tok.lemma_.lower() not in _GIVEN_PASSIVES or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    code = noun_code(thing)
    if not (code and code[:2] in _GIFT_ROOTS):
        code = "071" if _money(thing) else "073" if _relief(thing) else None
    if code and tok.lemma_.lower() == "promise":  # "was promised $11 billion by donors": an intent to give
        return Trigger(tok, lx.frame_code("03", code), frame="03", obj=thing, consumed={thing.i})
    return Trigger(tok, code, obj=thing, consumed={thing.i}) if code else None


# an act with no code or a plain one done in protest is the protest; "recalled its envoy in protest" stays a sanction
_PLAIN_ROOTS = ("01", "05", "06", "07", "08")


def _in_protest(tok: Token) -> bool:
    """The act is done "in protest at / against / over" someone or something."""
    return any(
        p == "in" and o.lemma_.lower() == "protest" and any(q in ("at", "against", "over") for q, _ in _preps(o))
        for p, o in _preps(tok)
    )


def _in_concession(tok: Token) -> bool:
    """The act is done "in (a) concession to" someone: a concession (080), whatever it is."""
    return any(
        p == "in" and o.lemma_.lower() == "concession" and any(q == "to" for q, _ in _preps(o)) for p, o in _preps(tok)
    )


def _applied_to_join(tok: Token) -> Token | None:
    """The "join" of "applied to join NATO" (membership asked for), else None."""
    if tok.lemma_.lower() != "apply":
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "enter")), None)


def _to_participle(tok: Token) -> bool:
    """A participle the parser read as an infinitive after "to": "offered asylum to ousted President Morales",
    "handed the prize to jailed dissident X" (an adjective of the receiver, not an act)."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.tag_ == "TO" and before.dep_ == "aux" and before.head.i == tok.i


def find_triggers(sent: list[Token]) -> list[Trigger]:
    """All triggers of a sentence: verbs first (their frames consume complements), then event nouns."""
    out: list[Trigger] = []
    consumed: set[int] = _in_known_names(sent)  # "the Committee to Protect Journalists": no act of protecting
    halts, halted = _halted_attacks(sent)  # "a halt to air strikes": the strikes are not coded as attacks
    consumed |= halted
    for tok in sent:
        if tok.pos_ == "VERB" and tok.i not in consumed and not _verb_as_subject(tok) and not _to_participle(tok):
            t = verb_trigger(tok)
            if t is not None and _in_concession(tok):  # "suspended the bill in a concession to the protesters"
                t.code = "080"
            protest = _in_protest(tok)
            if protest and t is not None and t.code == "164" and tok.lemma_.lower() == "walk":
                t.code = "143"  # "miners walked out in protest at the pit closure": a strike
            elif protest and (t is None or t.code[:2] in _PLAIN_ROOTS):
                t = Trigger(tok, "140")  # "downed tools in protest against the government", "kept shops shut in
                # protest at the decision": a protest, whatever the act
            received = _passive_gift(tok)
            if received is not None:  # "Greece was handed a bailout by its creditors": the giver's act
                t = received
            joined = _applied_to_join(tok)
            if joined is not None:  # "Finland applied to join NATO": a request for membership
                t = Trigger(tok, "020", frame="02", inner=joined)
            if t is not None and t.code.startswith("04") and t.code != "042" and t.frame is None:
                # "phoned the president to offer condolences", "held a call with X, expressing condolences",
                # "received the premier and praised his efforts": the meeting is the backing
                t = _support_purpose(tok) or _support_sibling(tok) or t
            if t is not None and _owned_passive_object(tok, t):
                continue  # "the expulsion of four diplomats by Estonia was announced": coded on the noun
            if t is not None:
                t.code = lx.concrete(t.code)  # "settled their dispute": the pseudo-code "S" is an agreement
                if t.code == "154" and _joint_mission(tok):
                    t.code = "074"  # "deployed police officers to Haiti as part of the UN-backed mission"
                if t.code.startswith("084") and _made_gift(tok):
                    t.code = "070"  # "a Chinese-built hospital was handed over to Cambodia": a gift, not a return
                if t.code.startswith("07") and _aimed_toward(tok):
                    t.code = "154"  # "sent 71 warplanes toward Taiwan": a show of force, not military aid
                if t.code.startswith("14") and _in_support(t.token, t.obj):
                    t.code = "051"  # "rallied in support of the jailed leader": backing, not dissent
                if t.code.startswith("05") and _with_funds(tok, t.obj):
                    t.code = "071"  # "stepped up its support for Moldova with 295 million euros in grants": aid
                if t.code == "062" and _lone_drill(t):
                    t.code = "150"  # "Russia conducted nuclear drills in its southern district": a show of force
                family = _noun_frame(tok)
                if family is not None and t.frame is None:  # "Hungary's refusal to approve the aid package": 12x
                    t.code, t.frame = lx.frame_code(family, t.code), family
                out.append(t)
                consumed |= t.consumed
                if t.code == "054" and any(p == "from" for p, _ in _deep_preps(tok, *(t.obj,) if t.obj else ())):
                    out.append(Trigger(tok, "161", obj=t.obj))  # "switched recognition from Taipei to Beijing":
                    # ties with Taipei cut too
    for t in out:  # "broke off talks", "cancelled the visit", "rejected the deal": not talks, a visit, a deal
        if t.code.startswith(_CALLING_OFF):
            consumed |= {
                c.i
                for c in t.token.children
                if c.dep_ in ("dobj", "nsubjpass") and (noun_code(c) or "")[:2] in _CALLED_OFF_ROOTS
            }
    out = [t for t in out if t.token.i not in consumed and not _reversed_intent(t.token)]
    nested = {i for t in out for i in _owned_object_act(t)}
    consumed -= nested
    given = {t.token.i for t in out if t.code.startswith(("07", "08")) and t.frame is None}
    out = [  # "pledged and delivered $5 million in aid": the delivery, not the pledge
        t
        for t in out
        if not (
            t.frame == "03" and t.inner is None and any(c.dep_ == "conj" and c.i in given for c in t.token.children)
        )
    ]
    for tok in sent:
        if (tok.pos_ == "NOUN" or _verb_as_subject(tok)) and tok.i not in consumed:
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _STATE_OF:
                if tok.lemma_.lower() in _STATE_OF[tok.head.head.lemma_.lower()]:
                    continue  # "a state of siege" is one event, coded on "state"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and noun_key(tok.head.head) in _EASE_NOUNS:
                if noun_code(tok.head.head):
                    continue  # "the lifting of sanctions": one event, coded on "lifting"
            if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "in") and noun_key(tok.head.head) in _STOP_NOUNS:
                if noun_code(tok.head.head):
                    continue  # "a suspension of aid": one event, coded on "suspension"
            if tok.i in halts:
                out.append(Trigger(tok, "087", is_noun=True, nested=tok.i in nested, inner=halts[tok.i]))
                continue  # "ordered a halt to air strikes against the FARC": fighting scaled down
            if _framed_of(tok):
                continue  # "the threat of sanctions": coded on "threat"
            if tok.dep_ == "compound" and tok.lemma_.lower() == "rescue":
                continue  # "a Turkish rescue team": who they are, not an act
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if noun_key(tok) in _ACTOR_COMPOUNDS or (
                tok.dep_ == "compound" and f"{tok.lemma_.lower()} {tok.head.lemma_.lower()}" in _ACTOR_COMPOUNDS
            ) or (nxt is not None and f"{tok.lemma_.lower()} {nxt.lemma_.lower()}" in _ACTOR_COMPOUNDS):
                continue  # "the Australian aid agency", "riot police": who they are (keys for "expelled aid workers")
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.lemma_.lower() in _AS_PURPOSE and any(
                t.token.i == tok.head.head.i for t in out
            ):
                continue  # "tested a missile as a warning to India": the act, not a second event
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in lx.LABEL_AS_VERBS:
                continue  # "dismissed the case as a political exercise": a label, not a drill
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in _AGENT_HEADS:
                continue  # "a human rights group", "a peace envoy", "aid workers": who they are, not an act
            if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _EQUIPMENT_HEADS:
                continue  # "attack helicopters", "infantry fighting vehicles": what they are, not an act
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _RECORD_NOUNS:
                continue  # "shared recordings of the killing": the record is handed on, the killing is not theirs
            code = noun_code(tok)
            if code == "057" and _talked_about(tok):
                continue  # "suspended negotiations on a trade deal with India": the topic, no deal made
            if code is not None and tok.lemma_.lower() in _OF_FRAMES:
                inner = next((noun_code(t) for p, t in _preps(tok) if p == "of" and noun_code(t)), None)
                if inner:  # "Washington's threat of sanctions against Turkey": 1312
                    code = lx.frame_code(_OF_FRAMES[tok.lemma_.lower()], inner)
            if code is None and tok.dep_ == "pobj" and tok.head.lower_ == "under" and not _child(tok, "amod"):
                code = _UNDER_NOUNS.get(tok.lemma_.lower())  # "came under fire / pressure from X"
                if code == "111" and _gunfire(tok):
                    code = "190"  # "the convoy came under fire from gunmen": an attack, not criticism
            if code is None and tok.dep_ == "attr" and any(p == "of" for p, _ in _preps(tok)):
                code = lx.STANCE_NOUNS.get(tok.lemma_.lower())  # "is a firm supporter of X's bid"
            if code == "166" and tok.lemma_.lower() == "expulsion" and any(  # "the expulsion of foreign journalists"
                p == "of" and t.lemma_.lower() in lx.DEPORTEES for p, t in _preps(tok)
            ) or code == "166" and any(  # "the journalist's expulsion from Russia"
                c.dep_ == "poss" and c.lemma_.lower() in lx.DEPORTEES for c in tok.children
            ):
                code = "174"
            if code == "0842" and any(  # "the handover of 12 suspected traffickers to Morocco": judicial cooperation
                p == "of" and (t.lemma_.lower() in lx.SUSPECT_NOUNS or any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("suspect", "suspected", "wanted")
                    for c in t.children
                ))
                for p, t in _preps(tok)
            ):
                code = "063"
            if code is None and _one_of(tok) and tok.lemma_.lower() in _GIVER_NOUNS:
                code = "070"  # "Britain is one of the biggest donors to Ukraine"
            if code is None and tok.dep_ == "attr" and tok.lemma_.lower() in _GIVER_NOUNS:
                code = "070"  # "Japan is the biggest donor to the agency": aid given
            if code == "143" and tok.lemma_.lower() == "strike" and _military_strike(tok):
                code = "190"
            if code and code.startswith("13") and _predicate_noun(tok):
                continue  # "North Korea is a grave threat": a characterisation, not a threat made
            if code is not None and code.startswith("04") and code != "042":
                code = _backing_in_meeting(tok) or code  # "in a call with Erdogan, Putin offered condolences"
            if code is not None and code[:2] in ("05", "07") and _thanked_for(tok):
                continue  # "thanked India for its help", "expressed gratitude to Taiwan for the donation"
            if code is None and (done := _gerund_act(tok)) is not None:  # "the lifting of sanctions on Syria by
                out.append(Trigger(tok, done, is_noun=True, nested=tok.i in nested))  # the EU": the act named
                continue
            gift = _given_nominal(tok) if code is None or code.startswith("07") else None
            if gift is not None:  # "the delivery of medicine by Turkey to Libya", "Canada's funding for X"
                out.append(Trigger(tok, gift, is_noun=True))
                continue
            if code in ("051", "070", "071") and _given_with(tok):
                code = code if code != "051" else "070"  # "with the support of Russian advisers": help given
            elif (
                tok.lemma_.lower() in lx.NOT_NOUN_TRIGGERS
                and not _owned_act(tok)
                and not _called_with(tok, code)
                and sent_message(tok) is None
            ):
                continue
            if code and code not in ("010",):
                out.append(Trigger(tok, lx.concrete(code), is_noun=True, nested=tok.i in nested))
    return out


_JUDGING_ROOTS = ("05", "11")  # praise or criticism of an act names that act too
_MATERIAL_ROOTS = ("07", "08", "16", "17", "18", "19", "20")


def _owned_object_act(t: Trigger) -> list[int]:
    """The object noun of a verb of praise or criticism that names a material act with its doer ("condemned
    Russia's invasion of Ukraine", "welcomed the release of prisoners by Iran"): an event of its own, nested."""
    if t.is_noun or not t.code.startswith(_JUDGING_ROOTS):
        return []
    return [
        o.i for o in t.token.children
        if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN"
        and (noun_code(o) or _gerund_act(o) or "").startswith(_MATERIAL_ROOTS)
        and (any(c.dep_ == "poss" for c in o.children) or any(p == "by" for p, _ in _preps(o)))
    ]


# Frame nouns whose "of" complement is the act framed ("the threat of sanctions", "a promise of aid").
_OF_FRAMES = {"threat": "13", "promise": "03", "offer": "03", "pledge": "03", "refusal": "12", "rejection": "12"}


_EQUIPMENT_HEADS = frozenset(
    "helicopter vehicle rifle aircraft jet plane submarine drone boat ship craft vessel gun weapon system "
    "carrier tank force unit squadron brigade battalion".split()
)
_AGENT_HEADS = frozenset(
    "group organisation organization activist lawyer watchdog defender campaigner body commission council agency "
    "office official chief minister ministry envoy expert worker monitor observer committee leader spokesman "
    "spokeswoman spokesperson negotiator delegation director coordinator commissioner ombudsman rapporteur "
    "adviser advisor secretary".split()
)


def _one_of(tok: Token) -> bool:
    """The noun of "is one of the biggest donors": the "of" complement of a predicate "one"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" and (
        tok.head.head.dep_ == "attr"
    )


def _framed_of(tok: Token) -> bool:
    """An event noun that is the "of" complement of a frame noun ("the threat of sanctions")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    frame = tok.head.head
    return frame.pos_ == "NOUN" and frame.lemma_.lower() in _OF_FRAMES and noun_code(tok) is not None


_QUIT_VERBS = frozenset("withdraw quit exit leave".split())
_HOLD_VERBS = frozenset("have win earn gain enjoy get receive garner secure".split())
_GIVER_NOUNS = frozenset("donor provider contributor benefactor funder financier".split())
_MESSAGES = frozenset("message letter note cable telegram statement expression declaration".split())
_SENDING = frozenset("send convey deliver extend express issue pass relay transmit voice offer address".split())


def sent_message(tok: Token) -> Token | None:
    """The verb that sends a message carrying ``tok`` ("sent a message of support to Maduro", "conveyed a letter
    of solidarity": what the message carries is the sender's act), else None."""
    msg = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if (
        msg is not None
        and msg.lemma_.lower() in _MESSAGES
        and msg.dep_ in ("dobj", "nsubjpass")
        and msg.head.lemma_.lower() in _SENDING
    ):
        return msg.head
    return None


#: places of work walked out of in a strike ("walked out of hospitals", "of the car plant")
_WORKPLACES = frozenset(
    "hospital clinic factory plant mill mine pit school classroom office workplace job work port dock shipyard "
    "warehouse depot station court courtroom".split()
)
_SILENCING_VERBS = frozenset("suspend ban block halt stop shut_down close".split())
#: what an outlet does, stopped in its place ("suspended the operations of Twitter")
_RUNNING_WORDS = frozenset("operation activity service broadcast broadcasting publication".split())
_SITTINGS = frozenset(
    "parliament assembly hall chamber session sitting plenary meeting ceremony conference hearing debate summit "
    "speech room court house senate congress council commission committee vote".split()
)
_FLYING = frozenset("fly airlift airdrop".split())
_HAULING = frozenset("truck ship ferry barge haul".split())
_RELIEF_NOUNS = frozenset("medicine food supply aid water relief ration provision".split())


def _relief(t: Token) -> bool:
    """Relief goods: "medicines", "food", "water", "tents", "medical supplies"."""
    lemma = t.lemma_.lower()
    return lemma in _RELIEF_NOUNS or lemma in lx.RELIEF_GOODS or lx.NOUNS.get(lemma) == "073" or any(
        c.dep_ == "conj" and c.lemma_.lower() in _RELIEF_NOUNS for c in t.children
    )


# walk-outs halt negotiations (CAMEO 164)
_WALK_VERBS = frozenset("walk storm leave quit abandon pull withdraw".split())
_ABRUPT = frozenset("abruptly angrily suddenly prematurely".split())


_PARTICLES = frozenset("back off down up out over aside".split())


def _loose_particle(v: Token) -> Token | None:
    """A particle the parser attached as an adverb ("rolled back tariffs"), when the phrasal verb is known."""
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if nxt is not None and nxt.head.i == v.i and nxt.dep_ == "advmod" and nxt.lower_ in _PARTICLES:
        if f"{verb_lemma(v)} {nxt.lower_}" in lx.PHRASAL:
            return nxt
    return None


_PLAN_NOUNS = frozenset("plan intention intent desire wish interest".split())
_FRAME_NOUNS_OF_ACTS = {
    **dict.fromkeys(("refusal", "failure"), "12"),
    **dict.fromkeys(("threat", "ultimatum"), "13"),
    **dict.fromkeys(("pledge", "promise", "offer", "commitment", "vow", "readiness", "willingness"), "03"),
    **dict.fromkeys(("call", "appeal", "plea", "demand", "request"), "02"),  # "X's call on Britain to open talks"
}


def _to_infinitive(v: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)


def _noun_frame(v: Token) -> str | None:
    """The frame family of the noun a to-infinitive hangs on ("refusal to", "threat to", "pledge to")."""
    if v.dep_ != "acl" or v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    head = v.head.lemma_.lower()
    if (head in _PLAN_NOUNS or head in _FRAME_NOUNS_OF_ACTS) and any(
        c.dep_ == "det" and c.lower_ == "no" for c in v.head.children
    ):
        return "12"  # "had no plans to send weapons", "has no intention to meet him": a refusal
    return _FRAME_NOUNS_OF_ACTS.get(head)


_DATELINE_MARKS = frozenset({"-", "--", ":", "\u2014", "\u2013"})


def _after_dateline(noun: Token) -> bool:
    """Whether a noun is the subject of a sentence the parser hung on its dateline ("GENEVA: The group ...",
    "NAIROBI (Reuters) - A report ...")."""
    head = noun.head
    if noun.dep_ not in ("appos", "dep", "npadvmod", "conj") or head.dep_ != "ROOT" or head.i >= noun.i:
        return False
    if not (head.is_upper and len(head.text) > 1):
        return False
    start = noun.left_edge.i  # where the phrase starts ("MOGADISHU, Oct. 17 (AFP) - Somalia's rebels")
    return any(t.text in _DATELINE_MARKS for t in noun.doc[head.i + 1 : start]) and start - head.i <= 12


def _for_to_clause(v: Token) -> Token | None:
    """The clause of "called / pushed for Y to V", which the parser makes an adverbial clause marked "for"."""
    for c in v.children:
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.i > v.i:
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and any(
                m.dep_ in ("nsubj", "nsubjpass") for m in c.children
            ):
                return c
    return None


def _given_with(tok: Token) -> bool:
    """Whether an aid noun says whose help an act was done with ("with funding from Japan", "with the help of
    Russian advisers", "with Turkish support")."""
    if _thanks_to(tok):  # "thanks to funding from USAID, farmers received seeds"
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(p in ("from", "of") and _is_actorish(t) or p in ("from", "of") and t.pos_ == "NOUN" for p, t in _preps(tok)):
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _ACTOR_ENTS for c in tok.children)


# Nouns naming a handing-over; with a giver and a recipient named they are aid given. The first group names
# any transfer ("the delivery of a letter"), so it counts as aid only when what is handed over is aid or money.
_CARRY_NOUNS = frozenset("delivery transfer shipment supply provision dispatch consignment airlift".split())
_GIFT_NOUNS = frozenset("contribution donation gift funding help assistance aid grant loan".split())


def _owned_passive_object(v: Token, t: Trigger) -> bool:
    """A passive verb with no agent whose subject is an event noun naming its own doer ("Estonia's expulsion
    of ...", "the expulsion of ... by Estonia"): the noun carries the event and its parties."""
    obj = t.obj
    if obj is None or obj.dep_ != "nsubjpass" or obj.head.i != v.i or any(c.dep_ == "agent" for c in v.children):
        return False
    own = noun_code(obj)
    if t.code[:2] in ("01", "02") or not own or lx.concrete(own) != lx.concrete(t.code):
        return False  # "Japan's aid to Myanmar was suspended": the verb changes what the noun names
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children):
        return True
    held = [obj] + [x for p, x in _preps(obj) if p == "of"]
    agent_preps = ("by", "from") if own.startswith("07") else ("by",)  # "a loan from China to Kenya was approved"
    return any(p in agent_preps and x.ent_type_ in _ACTOR_ENTS for h in held for p, x in _preps(h))


def _called_with(tok: Token, code: str | None) -> bool:
    """A "phone call" (a two-word noun the lexicon codes) with someone named: "in a phone call with Erdogan"."""
    if code is None or noun_key(tok) == tok.lemma_.lower() or noun_key(tok) in lx.NOT_NOUN_TRIGGERS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "Lula's phone call to Maduro lasted an hour": the call is the event
        return any(p in ("with", "to", "between") and (_named_party(t) or _official(t)) for p, t in _preps(tok))
    return tok.dep_ == "pobj" and any(  # "held a phone call with X" is the verb's event
        p == "with" and (_named_party(t) or _official(t)) for p, t in _preps(tok)
    )


def _backing_in_meeting(tok: Token) -> str | None:
    """The backing voiced in a meeting or call ("In a phone call with Erdogan, Putin offered his condolences",
    "during talks with Zelensky, the premier expressed solidarity"): the meeting carries that code, towards
    the one met."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during") or tok.head.head.pos_ != "VERB":
        return None
    if not any(p == "with" for p, _ in _preps(tok)):
        return None
    t = verb_trigger(tok.head.head)
    if t is not None and t.frame is None and t.code.startswith(("05", "018")) and t.code != "057":
        return t.code
    return None


def _thanked_for(tok: Token) -> bool:
    """A noun after "for" that names what someone is thanked or praised for: "thanked Japan for its aid",
    "expressed gratitude to Taiwan for the donation"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    head = tok.head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in lx.THANK_NOUNS:
        return True
    return head.pos_ == "VERB" and (
        head.lemma_.lower() in lx.THANK_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in lx.THANK_NOUNS for c in head.children)
    )


def _named_party(t: Token) -> bool:
    """A noun naming an actor or people: "Libya", "the WFP", "Haitian hospitals", "Ukrainian refugees"."""
    if _is_actorish(t) and t.pos_ != "PRON" or t.pos_ == "PROPN" or _refugees(t) or _patients(t):
        return True
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in _ACTOR_ENTS for c in t.children)


_QUANTITIES = frozenset("hundred thousand dozen million score number batch shipment consignment load tonne ton".split())


def _gerund_act(tok: Token) -> str | None:
    """The code of a verb + object pair named as a gerund with its doer ("the lifting of sanctions on Syria by
    the EU", "the severing of ties with Qatar by Saudi Arabia"): the verb read off the "-ing" noun, the object
    from its "of" phrase, the doer a "by" phrase or a possessor that names a party."""
    text = tok.lower_
    if tok.pos_ != "NOUN" or not text.endswith("ing") or len(text) < 6:
        return None
    preps = _preps(tok)
    if not any(p == "by" and _named_party(t) for p, t in preps) and not any(
        c.dep_ == "poss" and _named_party(c) for c in tok.children
    ):
        return None
    objs = [t for p, t in preps if p == "of"]
    if not objs:
        return None
    known = _known_verbs()
    stem = text[:-3]
    verbs = [v for v in (stem, stem + "e", stem[:-1]) if v in known]
    for v in verbs:
        for key in (noun_key(objs[0]), objs[0].lemma_.lower()):  # "economic sanctions": also "sanction"
            code = lx.VERB_OBJ.get((v, key))
            if code:
                return code
    return None


def _given_nominal(tok: Token) -> str | None:
    """The aid code of a giving noun whose giver (possessor, "by" or "from") and recipient ("to", "for") are
    both named: "Germany's contribution of 40 million euros to the WFP", "the delivery of 40 tonnes of
    medicine by Turkey to Libya", "Poland's help for Ukrainian refugees"."""
    lemma = tok.lemma_.lower()
    if lemma not in _CARRY_NOUNS and lemma not in _GIFT_NOUNS:
        return None
    if tok.dep_ == "compound" or tok.ent_type_ in _ACTOR_ENTS:
        return None
    preps = _preps(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    giver = owner is not None and _named_party(owner)
    giver = giver or any(p in ("by", "from") and _named_party(t) for p, t in preps)
    if not giver or not any(p in ("to", "for") and _named_party(t) for p, t in preps):
        return None
    goods = [t for p, t in preps if p == "of"]
    goods += [q for g in goods if g.lemma_.lower() in _QUANTITIES for p, q in _preps(g) if p == "of"]
    # "the delivery of hundreds of drones": what the hundreds are
    inner = next((c for g in goods if (c := noun_code(g)) and c.startswith("07")), None)
    if inner is None and any(_weaponry(g) for g in goods):
        inner = "072"
    if inner is None and any(_money(g) or any(_money(c) for c in g.children) for g in goods):
        inner = "071"
    if lemma in _CARRY_NOUNS:
        return inner
    own = lx.NOUNS.get(lemma, "")
    if own.startswith("07") and inner == "071":  # "a donation of $10 million": the noun's own code
        return own
    return inner or (own if own.startswith("07") else "070")


def _thanks_to(tok: Token) -> bool:
    """An aid noun after "thanks to" whose giver is named: "thanks to funding from USAID"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and tok.head.head.lower_ in ("thanks", "owing", "due")
        and tok.head.head.head.pos_ in ("VERB", "AUX")
        and any(p in ("from", "of") for p, _ in _preps(tok))
    )


def _in_support(v: Token, obj: Token | None) -> bool:
    """Whether a demonstration is held "in support of" / "in solidarity with" someone."""
    for h in (v, obj):
        if h is None:
            continue
        for p, t in _preps(h):
            if p == "in" and t.lemma_.lower() in lx.SUPPORT_RALLY:
                return True
    return False


def _own_object(inner: Token | None) -> bool:
    """Whether a complement acts on the subject's own thing ("to curb its nuclear programme")."""
    obj = _child(inner, "dobj") if inner is not None and inner.pos_ in ("VERB", "AUX") else None
    own = ("its", "their", "his", "her", "our")
    return obj is not None and any(c.dep_ == "poss" and c.lower_ in own for c in obj.children)


def _predicate_noun(tok: Token) -> bool:
    """A noun said of its subject ("X was a threat", "called X a menace", "regards X as a danger")."""
    if tok.dep_ in ("attr", "oprd"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in _REGARD_VERBS


_REGARD_VERBS = frozenset("see view regard consider describe perceive treat brand label portray".split())
_HOSTILE_LABELS = frozenset(
    "threat menace danger enemy adversary aggressor terrorist criminal pariah foe provocation".split()
)


_HELP_VERBS = frozenset(
    "support help assist aid back equip tackle rebuild rescue evacuate protect distribute treat feed shelter "
    "prop bolster shore".split()  # "sent troops to Angola to prop up the MPLA government"
)


# Ordering someone out of the country expels them: official missions and forces 166, other people 174.
_EXPEL_ORDERS = frozenset("order tell force instruct compel give ask".split())
_GO_VERBS = frozenset("leave depart exit quit withdraw".split())
_OWN_FORCES = frozenset("army military troop force soldier navy police".split())


def _own_forces(who: Token) -> bool:
    """The orderer's own forces: "the army", "its troops" (not "French troops", "the Russian military")."""
    if who.lemma_.lower() not in _OWN_FORCES:
        return False
    mods = [c for c in who.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.ent_type_ in _ACTOR_ENTS or (c.dep_ == "poss" and c.pos_ != "PRON") for c in mods):
        return False
    return any(c.lower_ in ("its", "their", "his", "her", "the", "our") for c in who.children)
_MISSIONS = frozenset(
    "troop force soldier diplomat ambassador envoy peacekeeper mission staff personnel inspector observer "
    "contingent attache attaché embassy official".split()
)


# Verbs that make money available: with "$X in aid / of assistance" as object they code the aid.
_MONEY_RELEASE = frozenset(
    "release announce approve unveil earmark allocate disburse provide give send grant donate contribute "
    "channel transfer spend".split()
)
_CURRENCIES = frozenset(
    "dollar euro pound yen yuan renminbi rupee franc shilling naira rand ruble rouble dinar riyal dirham peso won "
    "lira krona krone real ringgit rupiah baht taka cedi kwacha birr".split()
)
_UNDER_NOUNS = {"fire": "111", "pressure": "100", "scrutiny": "090"}
_SHOOTERS = frozenset(
    "gunman gunmen militant rebel insurgent jihadist fighter troop soldier sniper attacker assailant force militia "
    "army tank artillery".split()
)
_GUNFIRE_MODS = frozenset("heavy sustained artillery mortar rocket sniper machine-gun gun enemy hostile".split())


def _gunfire(tok: Token) -> bool:
    """"Fire" that is shooting: from armed men ("under fire from gunmen") or named as gunfire ("heavy fire")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _GUNFIRE_MODS for c in tok.children):
        return True
    froms = [t for p, t in _preps(tok) if p == "from"] + [t for p, t in _preps(tok.head.head) if p == "from"]
    return any(t.lemma_.lower() in _SHOOTERS or t.lower_ in _SHOOTERS for t in froms)
_OWNED_ACTS = frozenset("support appeal plea request offer pledge promise cooperation".split())


def _owned_act(tok: Token) -> bool:
    """An otherwise ambiguous event noun with its doer and its other party: "India's support for Israel",
    "Ukraine's appeal to Germany", "Egypt's offer to Sudan"."""
    if tok.lemma_.lower() not in _OWNED_ACTS or tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(p in ("for", "to", "with") and (t.ent_type_ in _ACTOR_ENTS or t.pos_ == "PROPN") for p, t in _preps(tok))


def _halted_attacks(sent: list[Token]) -> tuple[dict[int, Token], set[int]]:
    """Nouns of stopping whose object is an attack ("a halt to air strikes", "a pause in the shelling", also with
    the phrase hung on the verb: "ordered a halt | to bombing raids"), each with the attack it halts, and the
    tokens of the attacks halted."""
    halts: dict[int, Token] = {}
    halted: set[int] = set()
    for tok in sent:
        if tok.pos_ != "NOUN" or noun_key(tok) not in _STOP_NOUNS | {"pause", "moratorium"} or noun_code(tok):
            continue
        preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "on", "in")]
        cands = [t for p in preps for t in p.children if t.dep_ in ("pobj", "pcomp")]
        if tok.dep_ == "dobj":  # "ordered a halt to air strikes", the phrase hung on the verb or misparsed
            preps = [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > tok.i]
            cands += [t for p in preps for t in p.children if t.dep_ in ("pobj", "pcomp")]
            cands += [t for t in tok.head.children if t.dep_ == "dobj" and t.i > tok.i and (
                t.doc[t.left_edge.i - 1].lower_ == "to" or any(x.lower_ == "to" and x.i < t.i for x in t.subtree))]
        for t in cands:
            if (noun_code(t) or "")[:2] in ("18", "19", "20"):
                halts[tok.i] = t
                halted |= {x.i for x in t.subtree}
    return halts, halted


_CEASING_VERBS = frozenset("stop halt cease end suspend pause".split())


def _attacks_ceased(v: Token) -> Token | None:
    """The attack in the gerund that a verb of stopping ends ("stopped attacking ships", "ceased firing on the
    town"), if any."""
    for c in v.children:
        if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and c.pos_ == "VERB":
            t = verb_trigger(c)
            if t is not None and t.code[:2] in ("18", "19", "20"):
                return c
    return None


_HALTING_VERBS = frozenset(
    "suspend postpone delay defer freeze shelve scrap cancel withdraw abandon drop reverse halt rescind waive".split()
)
_RAISES = frozenset("increase rise hike raise".split())
_CHARGES = frozenset("tax levy tariff duty fare fee price rate rent toll charge cost premium surcharge".split())
_FINES = frozenset("penalty fine".split())


def _burden(obj: Token) -> bool:
    """A charge raised or a penalty imposed, which a government that suspends it eases ("a planned rise in fuel
    taxes", "the fuel tax increase", "administrative penalties against striking doctors")."""
    return obj.lemma_.lower() in _FINES or bool(_raised(obj) & _CHARGES)


_AIDS = frozenset("aid assistance funding spending".split())


def _raised(obj: Token) -> set[str]:
    """What an increase named by ``obj`` raises ("a rise in fuel taxes", "the fare hike"); empty for other nouns."""
    if obj.lemma_.lower() not in _RAISES:
        return set()
    mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
    return mods | {t.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "to")
                   for t in p.children if t.dep_ == "pobj"}


_PROPOSALS = frozenset("proposal plan bill motion initiative offer request bid demand draft".split())


def _others_proposal(obj: Token) -> bool:
    """A proposal made by someone else than the doer: "a proposal by the president", "Vizcarra's plan"."""
    if obj.lemma_.lower() not in _PROPOSALS:
        return False
    if any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in obj.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("by", "from") and any(t.dep_ == "pobj" for t in p.children)
               for p in obj.children)


_TALK_NOUNS = frozenset("talk negotiation discussion consultation dialogue meeting".split())


def _talked_about(tok: Token) -> bool:
    """An agreement that is what talks are about ("talks on a free trade deal with X", "discussed a deal"), not
    one signed or reached."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "about", "for", "toward", "towards"):
        return tok.head.head.lemma_.lower() in _TALK_NOUNS
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() == "discuss"


def _military_strike(tok: Token) -> bool:
    """A "strike" aimed at something ("strike on a bus", "Saudi-led strike") is an attack, not a walkout."""
    if _labour_strike(tok):
        return False
    if any(p in ("on", "against") for p, _ in _preps(tok)):
        return True
    return any(  # "Saudi-led strikes", "India's strikes" (a country's walkouts are one "strike")
        (c.dep_ in ("amod", "compound") or (c.dep_ == "poss" and tok.tag_ == "NNS"))
        and (c.ent_type_ in ("GPE", "NORP") or c.lower_ in ("led", "backed"))
        for c in tok.children
    )


_LABOUR_MODS = frozenset(
    "general open-ended indefinite nationwide national labour labor wildcat warning day-long hunger commercial "
    "shopkeepers merchants traders sit-down".split()
)
_WORKERS = frozenset(
    "worker union employee staff teacher doctor nurse driver miner docker pilot lecturer trader farmer prisoner "
    "merchant shopkeeper "
    "detainee student".split()
)


def _labour_strike(tok: Token) -> bool:
    """A walkout: "an open-ended strike", "railway workers launched a strike against the plans"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _LABOUR_MODS for c in tok.children):
        return True
    verb = tok.head if tok.dep_ == "dobj" else None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "during"):
        verb = tok.head.head if tok.head.head.pos_ == "VERB" else None  # "walked off the job in a strike against X"
    subj = _subject(verb) if verb is not None else None
    if subj is None:
        return False
    # "SEOUL (Reuters) - Samsung's largest union launched a strike": the dateline took the subject
    return any(s.lemma_.lower() in _WORKERS for s in (subj, *(c for c in subj.children if c.dep_ == "appos")))


_GAINING = frozenset("gain wrest assume establish".split())


def _territory(tok: Token) -> bool:
    """A place taken by force: a named place or a territory noun ("two towns", "an army base")."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in lx.TERRITORY_NOUNS:
        return True
    return tok.pos_ == "PROPN" and kb.country(tok.text) is not None  # a country NER took for a person


def _town_name(tok: Token) -> bool:
    """A one-word name the gazetteer knows as a town, whatever NER took it for ("M23 rebels captured Goma")."""
    if tok.pos_ != "PROPN":
        return False
    whole = tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    return (whole or not tok.ent_type_) and kb.city_country(tok.text) is not None


def _agentless_passive(v: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)


# refugees hosted, accepted or resettled are given refuge (075)
_SHELTERING = frozenset({"host", "shelter", "house", "accommodate", "accept", "admit", "resettle"})
_BRANDING = frozenset({"brand", "label", "dub"})  # label verbs that label whatever the parse of the label


def _merged_label(dobj: Token) -> bool:
    """Two objects the parser merged into one compound ("branded the protesters rioters"): the first noun has
    its own determiner or is a name, and the label after it is a plain noun."""
    if dobj.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "compound"
        and c.i < dobj.i
        and (
            c.pos_ == "PROPN"
            or any(d.dep_ in ("det", "poss") for d in c.children)
            or (c.tag_ == dobj.tag_ == "NNS" and c.lemma_.lower() not in _PLURAL_MODIFIERS)  # "the protesters rioters"
        )
        for c in dobj.children
    )


_PLURAL_MODIFIERS = frozenset("arm right good news service affair force security sale communication".split())


def _call_label(v: Token, dobj: Token | None) -> Token | None:
    """What "call" names its object ("called X a dangerous fool" -> guy), else None."""
    if _child(v, "xcomp", "ccomp") is not None or any(
        p in ("for", "on", "upon") and o.ent_type_ != "DATE" for p, o in _preps(v)
    ):
        return None
    oprd = _child(v, "oprd")
    if oprd is None or oprd.pos_ != "NOUN" and oprd.pos_ != "PROPN":
        return None
    if dobj is not None and dobj.lower_ in ("what", "which", "whom", "that"):
        return None  # "struck what the army called Hamas targets": the speaker's naming, not name-calling
    if dobj is not None and oprd.i > dobj.i:
        return oprd
    return next((c for c in oprd.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _addressee(tok: Token) -> bool:
    """A noun that can be phoned: a person or body, not an event ("called a meeting", "called an election")."""
    return tok.pos_ in ("NOUN", "PROPN") and noun_code(tok) is None and tok.lemma_.lower() not in _NOT_EVENT_OBJ


_SUPPORT_ERRANDS = frozenset(
    "congratulate thank express offer convey extend reassure assure praise commend wish show voice pledge".split()
)


def _support_sibling(v: Token) -> Trigger | None:
    """A meeting or call whose participle or conjunct backs the other party ("held a call with Putin, expressing
    condolences", "received the premier and praised his efforts"): the backing, on the meeting verb."""
    for c in v.children:
        own_subject = any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        if c.pos_ != "VERB" or own_subject:
            continue
        if (c.dep_ == "advcl" and c.tag_ == "VBG") or c.dep_ == "conj":
            t = verb_trigger(c)
            if t is not None and t.frame is None and t.code.startswith(("05", "018")) and t.code != "057":
                return Trigger(v, t.code, consumed={c.i} | t.consumed)
    head = v.head
    if v.dep_ == "advcl" and v.tag_ == "VBG" and head.pos_ == "VERB" and head.i > v.i and _child(v, "dobj"):
        # "Meeting the Libyan premier in Rome, Meloni pledged Italy's backing": the backing, given to the one met
        t = verb_trigger(head)
        if t is not None and t.frame is None and t.code.startswith(("05", "018")) and t.code != "057":
            return Trigger(v, t.code)
    return None


def _support_purpose(v: Token) -> Trigger | None:
    """A call, phone call or meeting made to congratulate, thank, condole or back someone: that act (05x, 018)."""
    if not any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _SUPPORT_ERRANDS for c in v.children
    ):
        return None
    purpose = _purpose_trigger(v)
    if purpose is not None and purpose.code.startswith(("05", "018")) and purpose.code != "057":
        return purpose
    return None


def _purpose_trigger(v: Token) -> Trigger | None:
    """The coded act of a purpose clause ("called X to congratulate him", "to assure him that ..."), on
    the calling verb, consuming the clause; None when there is none or it is a statement or a meeting."""
    for c in v.children:
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            t = verb_trigger(c)
            if t is not None and t.frame is None and t.code not in ("01", "010") and not t.code.startswith("04"):
                return Trigger(v, t.code, consumed={c.i} | t.consumed)
    return None


_HOSTAGE = frozenset({"hostage", "captive"})
_HOSTAGE_DEPS = frozenset({"oprd", "npadvmod", "advmod", "advcl", "xcomp", "acomp", "attr", "dobj"})
_PERSONS = frozenset(lx.DEPORTEES) | frozenset(
    "man woman person people detainee prisoner inmate convict protester protestor opponent militant member spy "
    "soldier officer youth teenager boy".split()
)


_DEMAND_MODALS = frozenset("must should shall need".split())


def _asserted(v: Token) -> bool:
    """Whether a "that" clause asserts what is or was ("insisted that Athens would not accept"), rather than
    demanding what must be ("insisted that Iran must stop", "insisted that the talks be held in Geneva")."""
    comp = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return False
    if comp.tag_ in ("VB", "VBP") and not any(c.dep_ == "aux" for c in comp.children):
        return False  # a subjunctive: "insisted that he resign", "that Japan free the captain" (tagged VBP)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in comp.children):
        return False  # "insisted that the talks be held in Geneva"
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DEMAND_MODALS for c in comp.children) and not any(
        c.lemma_.lower() == "have" and c.dep_ == "aux" and c.nbor(1).lower_ == "to" for c in comp.children
    )


def _judges_act(lemma: str) -> bool:
    """A verb that judges, opposes or stops the act it takes ("denounced the joint drills", "suspended joint
    patrols"), not one that carries it out."""
    own = lx.VERBS.get(lemma, "")
    return lemma in lx.STOP_VERBS or lemma in lx.REDUCE_VERBS or own[:2] in (
        "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"
    )


def _captive_person(obj: Token) -> bool:
    """A person or people as an object ("hanged Mohsen Shekari", "hanged as many as 13,000 detainees")."""
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in _PERSONS


def _people_sent(obj: Token) -> bool:
    """Whether an aid object is people ("a team of experts", "doctors"), whose errand may be coded."""
    people = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(t.lemma_.lower() in lx.HELPERS for t in people)


_STRIKE_WEAPONS = frozenset(
    "jet warplane plane aircraft drone missile rocket shell bomb artillery helicopter airstrike strike".split()
)


def _strike_weapon(v: Token) -> bool:
    """Whether the subject of "struck" is a weapon or warplane ("Israeli warplanes struck ...")."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _STRIKE_WEAPONS


_ARMED_HEADS = frozenset(
    "troop force soldier army military peacekeeper militant rebel fighter insurgent militia marine contingent".split()
)


_RULING_VERBS = frozenset("rule conclude determine find establish".split())
def _armed_subject(v: Token) -> bool:
    """Whether the (possibly controlling) subject of a verb is an armed body ("troops", "the army")."""
    node = v
    for _ in range(3):
        subjs = [c for c in node.children if c.dep_ == "nsubj"]  # a dateline can be a second "subject"
        if subjs:
            return any(  # "the Royal Moroccan Armed Forces": a proper name's plural keeps its "s" as lemma
                subj.lemma_.lower() in _ARMED_HEADS or subj.lower_.removesuffix("s") in _ARMED_HEADS for subj in subjs
            )
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


_ENVOY_POSTS = frozenset("embassy consulate legation mission".split())
_HITTING_VERBS = frozenset("blast hit spray douse pound pummel bombard target strike drench".split())
_GIVING_UP = frozenset("drop abandon scrap shelve withdraw end halt suspend".split())
_BIDS = frozenset("bid plan attempt effort move push threat campaign".split())


def _hostile_bid(obj: Token) -> Token | None:
    """The hostile act a bid or plan given up was for ("its bid to deport a grandmother": "deport"), if any."""
    if obj.lemma_.lower() not in _BIDS:
        return None
    for c in obj.children:
        if c.dep_ in ("acl", "relcl") and _to_infinitive(c) and c.pos_ == "VERB":
            t = verb_trigger(c)
            if t is not None and t.frame is None and t.code[:2] in ("11", "12", "13", "15", "16", "17", "18", "19",
                                                                    "20"):
                return c
    return None


_CAPTIVES = frozenset("hostage captive prisoner detainee body remains abductee".split())
_SIGNED_PAPERS = frozenset(
    "banner letter note petition statement message leaflet poster sign placard open_letter order decree cheque "
    "check document photo photograph book card".split()
)
_AGREEMENT_NOUNS = frozenset(
    "deal agreement accord treaty pact text draft terms framework roadmap compromise settlement declaration "
    "communique communiqué charter protocol memorandum".split()
)


def _agreement_text(tok: Token) -> bool:
    """An agreement or its text ("the final text of a border treaty", "a new accord")."""
    if tok.lemma_.lower() in _AGREEMENT_NOUNS:
        return True
    return any(
        p.lemma_.lower() in _AGREEMENT_NOUNS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    """Every verb the lexicon knows, for repairing the lemmatizer's mistakes."""
    known = set(lx.VERBS) | set(lx.FRAME_VERBS) | set(lx.LIGHT_VERBS) | set(lx.PASS_VERBS) | set(lx.GIVING_VERBS)
    known |= {k.split()[0] for k in lx.PHRASAL} | {k[0] for k in lx.VERB_OBJ} | {k[0] for k in lx.VERB_PREP_OBJ}
    return frozenset(known)


# Irregular past forms the small model's lemmatizer sometimes leaves unchanged.
_IRREGULAR_PAST = {
    "forgave": "forgive", "forgiven": "forgive", "froze": "freeze", "frozen": "freeze", "unfroze": "unfreeze",
    "unfrozen": "unfreeze", "withdrew": "withdraw", "withdrawn": "withdraw", "overthrew": "overthrow",
    "overthrown": "overthrow", "upheld": "uphold", "forbade": "forbid", "forbidden": "forbid", "foreswore": "forswear",
    "forswore": "forswear", "wrote": "write", "written": "write", "stole": "steal", "stolen": "steal",
    "shot": "shoot", "slew": "slay", "slain": "slay", "fled": "flee", "lent": "lend", "sought": "seek",
    "fought": "fight", "struck": "strike", "stricken": "strike", "bore": "bear", "borne": "bear",
    "swore": "swear", "sworn": "swear", "undertook": "undertake", "undertaken": "undertake",
    "rebuilt": "rebuild", "overran": "overrun", "outlawed": "outlaw",
}


def repair_mistagged_verbs(doc: Doc) -> None:
    """Retag a past-tense verb the tagger took for a noun although the parser gave it a subject and a
    direct object ("Farmers petitioned the government": "petitioned" NOUN, ROOT), so it is coded as the
    verb it is. Only clause heads with both are touched; the lemma is the known verb of the form."""
    known = _known_verbs()
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "conj") or not tok.lower_.endswith("ed"):
            continue
        deps = {c.dep_ for c in tok.children}
        if "nsubj" not in deps or "dobj" not in deps or any(c.dep_ == "det" for c in tok.children):
            continue
        _retag_past(tok, _past_lemma(tok.lower_, known))
    for sent in doc.sents:
        _repair_reported(sent, known)
        _repair_verbless(sent, known)


def _past_lemma(text: str, known: frozenset[str]) -> str | None:
    """The known verb a regular past form ("petitioned", "relaxed", "banned") is made from, else None."""
    return next((c for c in (text[:-1], text[:-2], text[:-3]) if c in known), None)


def _retag_past(tok: Token, lemma: str | None) -> bool:
    """Read ``tok`` as the past tense of ``lemma`` (nothing when there is no lemma); whether it was."""
    if lemma is None:
        return False
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    return True


def _repair_verbless(sent: Span, known: frozenset[str]) -> None:
    """In a sentence whose root is a noun, retag the past-tense verb the tagger read as an adjective of its
    object, itself hung on the subject ("Egypt, a close ally of Washington, shared intelligence with Israel":
    "shared" JJ, "intelligence" an apposition of "Egypt"), so the coder reads the verb, its subject and
    object (``false_amod``)."""
    if sent.root.pos_ not in ("NOUN", "PROPN"):
        return
    for tok in sent:
        obj = tok.head
        if (
            tok.tag_ not in ("JJ", "VBN")
            or tok.dep_ != "amod"
            or not tok.lower_.endswith("ed")
            or obj.dep_ not in ("appos", "dobj", "npadvmod")
            or obj.head.dep_ != "ROOT"
            or obj.head.pos_ not in ("NOUN", "PROPN")
            or not obj.head.i < tok.i < obj.i
            or not aside_between(obj.head, tok)
        ):
            continue
        lemma = tok.lemma_.lower() if tok.tag_ == "VBN" else None
        if _retag_past(tok, lemma if lemma in known else _past_lemma(tok.lower_, known)):
            return


def _repair_reported(sent: Span, known: frozenset[str]) -> None:
    """Retag a past-tense verb read as an adjective inside a report: "Officials said the coalition relaxed
    restrictions ...", with "restrictions" the object of "said", "relaxed" an adjective of it and
    "coalition" hung on "relaxed"."""
    for tok in sent:
        obj = tok.head
        if (
            tok.tag_ != "JJ"
            or tok.dep_ != "amod"
            or not tok.lower_.endswith("ed")
            or obj.dep_ != "dobj"
            or obj.head.lemma_.lower() not in _SAY_VERBS
            or not obj.head.i < tok.i < obj.i
            or not any(c.dep_ in ("npadvmod", "nsubj", "compound") and c.pos_ in ("NOUN", "PROPN") and c.i < tok.i
                       for c in tok.children)
        ):
            continue
        _retag_past(tok, _past_lemma(tok.lower_, known))


_NOMINAL_DEPS = frozenset("nsubj nsubjpass dobj dative pobj conj appos".split())


def repair_mistagged_acronyms(doc: Doc) -> None:
    """Retag an acronym the tagger took for a verb where the parser put a noun ("promised ECOWAS it
    would ...": "ECOWAS" VERB, dobj), so the actor resolver sees the name."""
    for tok in doc:
        if (
            tok.pos_ == "VERB"
            and tok.dep_ in _NOMINAL_DEPS
            and tok.is_upper
            and tok.is_alpha
            and len(tok) >= 2
            and not any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass") for c in tok.children)
        ):
            tok.pos_, tok.tag_ = "PROPN", "NNP"
        elif (  # "ECOWAS imposed sanctions": the body read as the verb, its verb as a modifier
            tok.pos_ == "VERB" and tok.dep_ == "ROOT" and tok.i == tok.sent.start and tok.is_upper and tok.is_alpha
            and tok.i + 1 < len(tok.doc) and tok.nbor(1).dep_ == "amod" and tok.nbor(1).tag_ in ("VBN", "VBD")
            and _named_body(tok)
        ):
            tok.pos_, tok.tag_ = "PROPN", "NNP"


def _named_body(tok: Token) -> bool:
    """An acronym the actor tables know as a body ("ECOWAS imposed sanctions": "ECOWAS" read as the verb)."""
    return kb.group(tok.text) is not None


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def repair_month_names(doc: Doc) -> None:
    """A person named like a month that the recognizer took for a date ("Theresa May said ...", "May told
    parliament ..."): a lone month with a first name before it, or a lone month doing something as a subject,
    becomes a PERSON entity (with the first name), so the actor resolver sees the person."""
    ents: list[Span | None] = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent is None or ent.label_ != "DATE" or len(ent) != 1 or ent[0].lower_ not in _MONTHS:
            continue
        tok = ent[0]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.like_num or nxt.lower_ in _MONTHS):
            continue  # "May 2024", "May 5"
        prev = doc[tok.i - 1] if tok.i > 0 else None
        first = (
            prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.lower_ not in _MONTHS
            and prev.ent_type_ in ("", "PERSON") and prev.dep_ == "compound" and prev.head.i == tok.i
        )
        if first and prev is not None and prev.ent_type_ == "PERSON":  # "Prime Minister Theresa" + "May"
            owner = next(e for e in ents if e is not None and e.start <= prev.i < e.end)
            ents[ents.index(owner)] = Span(doc, owner.start, tok.i + 1, label="PERSON")
            ents[i] = None
            changed = True
            continue
        acting = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and (prev is None or not prev.like_num)
        if not (first or acting):
            continue
        start = prev.i if first and prev is not None else tok.i
        ents[i] = Span(doc, start, tok.i + 1, label="PERSON")
        changed = True
    if changed:
        try:
            doc.set_ents([e for e in ents if e is not None])
        except ValueError:  # overlapping entities: leave the document as the recognizer made it
            return


_TIME_WORDS = frozenset("overnight tonight today yesterday tomorrow this last early late earlier later".split())


def repair_place_times(doc: Doc) -> None:
    """A place the recognizer swallowed into a time ("fired 40 missiles at Kyiv overnight" as one TIME entity): the
    leading proper nouns, when they name a country, capital or city and a time word follows, become a GPE entity
    and the rest stays the time, so the actor resolver sees the place."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        cut = next((t.i for t in ent if t.pos_ != "PROPN"), ent.end)
        if (
            ent.label_ in ("TIME", "DATE") and len(ent) >= 2 and ent[0].pos_ == "PROPN" and cut < ent.end
            and doc[cut].lower_ in _TIME_WORDS
            and (lookup_country(doc[ent.start:cut].text) is not None or city_candidates(doc[ent.start:cut].text))
        ):
            ents += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label=ent.label_)]
            changed = True
        else:
            ents.append(ent)
    if changed:
        try:
            doc.set_ents(ents)
        except ValueError:  # overlapping entities: leave the document as the recognizer made it
            return


def verb_lemma(v: Token) -> str:
    """The verb's lemma, repaired when the lemmatizer cut a past form wrongly ("staged" -> "stag")."""
    lemma = v.lemma_.lower()
    known = _known_verbs()
    if v.lower_ == "wound" and any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in v.children):
        return "wind"  # "wound down its aid to Bolivia": not an injury
    if lemma in ("throw", "fling") and any(c.lower_ == "open" and c.i == v.i + 1 for c in v.children):
        return "open"  # "threw open its border crossings": opened
    if lemma == v.lower_ and lemma in _IRREGULAR_PAST:  # "forgave", "unfroze" left as they are by the lemmatizer
        return _IRREGULAR_PAST[lemma]
    if lemma in known:
        return lemma
    text = v.lower_
    if v.tag_ == "VBG" and text.endswith("ing"):  # "began airdropping food": "airdrop"
        for cand in (text[:-3], text[:-3] + "e", text[:-4]):
            if cand in known:
                return cand
        return lemma
    if v.tag_ not in ("VBD", "VBN") or not text.endswith("ed"):
        return lemma
    return _past_lemma(text, known) or lemma


_RIOT_VERBS = frozenset("clash torch burn stone pelt smash vandalise vandalize loot ransack attack hurl".split())
_RIOTERS = frozenset("protester demonstrator rioter mob crowd opponent marcher".split())
_POLICE = frozenset("police policeman policemen officer investigator agent prosecutor detective".split())
_IMPACT_VERBS = frozenset("slam crash smash plough plow rain".split())
_WEAPONS = frozenset("missile rocket drone shell bomb projectile mortar munition".split())
_PHONES = frozenset("phone telephone videoconference video teleconference videolink link".split())


def _subject(v: Token) -> Token | None:
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "conj":  # "torched police cars and attacked a hotel"
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    return subj


_CIVILIANS = _RIOTERS | _WORKERS | frozenset("resident villager activist trucker youth fisherman".split())


def _civilian_subject(v: Token) -> bool:
    """Whether the doer is a crowd of civilians ("thousands of students", "truckers", "farmers"), who blockade in
    protest where an army blockades by force."""
    subj = _subject(v)
    if subj is not None and subj.lemma_.lower() in ("thousand", "hundred", "dozen", "scores", "score"):
        subj = next((t for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for t in p.children if t.dep_ == "pobj"), subj)
    return subj is not None and subj.lemma_.lower() in _CIVILIANS


def _crowd_subject(v: Token) -> bool:
    """Whether the doer is a crowd of protesters or opponents ("rioters", "political opponents of the government")."""
    subj = _subject(v)
    if subj is not None and subj.lemma_.lower() in ("thousand", "hundred", "dozen", "scores", "score"):
        subj = next((t for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"  # "thousands of protesters"
                     for t in p.children if t.dep_ == "pobj"), subj)
    return subj is not None and (subj.lemma_.lower() in _RIOTERS or subj.lower_[:-1] in _RIOTERS)  # "Rioters" PROPN


def _crowd_count(v: Token) -> bool:
    """Whether the doer is counted by the crowd ("tens of thousands of Georgians", "hundreds of people")."""
    subj = _subject(v)
    return subj is not None and subj.lemma_.lower() in ("thousand", "hundred", "ten", "dozen", "crowd", "people",
                                                         "protester", "demonstrator", "supporter")


_SUSPECT_WORDS = frozenset("suspect culprit perpetrator mastermind accused".split())
_OFFICIALS = frozenset("official authority inspector investigator prosecutor agent officer regulator".split())


def _subject_lemma(v: Token) -> str:
    subj = _subject(v)
    return subj.lemma_.lower() if subj is not None else ""


def _police_subject(v: Token) -> bool:
    """Whether the doer is the police or its investigators ("investigators from the federal police")."""
    subj = _subject(v)
    if subj is None:
        return False
    heads = [subj] + [p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children]
    return any(h.lemma_.lower() in _POLICE for h in heads)


def _weapon_subject(v: Token) -> bool:
    subj = _subject(v)
    return subj is not None and subj.lemma_.lower() in _WEAPONS


_TRANSFER_VERBS = frozenset("hand transfer surrender turn deport extradite send return".split())
_TRIAL_WORDS = frozenset("trial charge justice prosecution court sentence".split())
# Whom a person is handed to for justice: a court, or another state's police, agents or prosecutors.
_JUSTICE_HANDS = frozenset("court tribunal icc agents agent police prosecutors investigators fbi interpol".split())


_DISPUTES = frozenset("dispute case complaint grievance claim".split())
_ENDING_VERBS = frozenset(
    "end scrap revoke terminate suspend cancel abrogate annul rescind freeze tear_up break_off ditch".split()
)
_PACTS = frozenset("agreement accord pact treaty deal partnership alliance cooperation arrangement".split())


def _pact_ended(v: Token, lemma: str, prt: Token | None, dobj: Token) -> bool:
    """An agreement or cooperation with a named party ended, suspended or revoked: relations reduced (CAMEO 160),
    not a proposal rejected ("scrapped its defence accords with France", "ended its deal with Neymar")."""
    key = f"{lemma}_{prt.lower_}" if prt is not None else lemma
    if key not in _ENDING_VERBS or dobj.lemma_.lower() not in _PACTS:
        return False
    partner = [t for h in (dobj, v) for p, t in _preps(h) if p == "with"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for t in partner)


_WANTED_ROLES = frozenset(
    "militant terrorist mobster gangster warlord jihadist assassin hijacker bomber operative extremist "
    "insurgent".split()
)


def _handed_for_trial(v: Token, dobj: Token, prt: Token | None) -> bool:
    """People handed over to another state or a court as suspects, or sent to face trial there."""
    lemma = v.lemma_.lower()
    given_to = any(c.dep_ in ("dative", "iobj") for c in v.children)  # "handed Uganda two suspects"
    if lemma in ("hand", "turn") and (prt is None or prt.lower_ != "over") and not (lemma == "hand" and given_to):
        return False
    purpose = any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "face" and any(
            o.lemma_.lower() in _TRIAL_WORDS for o in c.children if o.dep_ == "dobj"
        )
        for c in v.children
    )
    if purpose:  # "deported the commander to El Salvador to face trial"
        return True
    if lemma not in ("hand", "turn", "transfer", "surrender"):
        return False
    to_court = any(p == "to" and any(t.lower_ in _JUSTICE_HANDS for t in o.subtree) for p, o in _preps(v))
    named_by = [t for t in dobj.subtree if t.i < dobj.i] + [  # "drug lord Joaquin Guzman", "the militant known as"
        c for c in dobj.children if c.dep_ in ("amod", "acl", "compound")]
    wanted = dobj.lemma_.lower() in lx.SUSPECT_NOUNS | _WANTED_ROLES or any(
        t.lemma_.lower() in ("suspect", "wanted", "accuse", "drug", "cartel") or t.lower_ == "wanted" or (
            t.dep_ in ("compound", "amod") and t.lemma_.lower() in lx.SUSPECT_NOUNS | _WANTED_ROLES)
        for t in named_by
    )
    return wanted or (to_court and dobj.ent_type_ == "PERSON")


_RUBBLE = frozenset("rubble debris wreckage ruin ruins".split())
_FORCE_REPLIES = frozenset("force measure countermeasure action strike response means".split())
_FORCE_MODS = frozenset("military armed forceful decisive overwhelming crushing retaliatory".split())
_SEA_WORDS = frozenset("sea water waters ocean coast".split())
_MEDICS = frozenset("doctor medic nurse surgeon paramedic physician".split())


def _medic_subject(v: Token) -> bool:
    subj = _subject(v)
    return subj is not None and subj.lemma_.lower() in _MEDICS


_JOINT_MARKS = frozenset("joint combined bilateral trilateral multinational allied".split())
_PARTNER_NOUNS = frozenset("side country nation ally partner navy army military".split())


def _lone_drill(t: Trigger) -> bool:
    """Drills one actor holds, with no partner named or implied, wherever they are held."""
    noun = t.obj
    if noun is None or noun.lemma_.lower() not in lx.DRILL_NOUNS:
        return False
    if any(c.lower_ in _JOINT_MARKS for c in noun.subtree):
        return False
    if any(p in ("with", "alongside", "between", "among") for h in (t.token, noun) for p, _ in _preps(h)):
        return False
    subj = _subject(t.token)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.subtree) or any(c.dep_ == "nummod" for c in subj.children) or (
        subj.tag_ == "NNS" and subj.lemma_.lower() in _PARTNER_NOUNS
    ):
        return False  # "Egypt and Sudan held drills", "the two navies held exercises"
    return True


_REVERSING = frozenset("reverse revoke rescind overturn cancel scrap drop abandon shelve ditch annul suspend".split())
_INTENDED = frozenset("decision plan order move".split())


def _reversed_intent(v: Token) -> bool:
    """An act inside a decision or plan that is reversed or dropped ("reversed its decision to expel the
    lawmakers"): the reversal is the event, the act never happens."""
    head = v.head
    return (
        v.dep_ == "acl"
        and head.lemma_.lower() in _INTENDED
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.lemma_.lower() in _REVERSING
    )


def _protesters(v: Token) -> bool:
    """Whether the subject of a verb is a crowd of protesters, supporters or citizens."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    heads = {subj.lemma_.lower()} | {p.lemma_.lower() for c in subj.children if c.lower_ == "of" for p in c.children}
    return bool(heads & lx.CROWD_NOUNS)


_NEEDED = frozenset("necessary essential needed required vital imperative indispensable urgent".split())


def _obliged(comp: Token) -> Token | None:
    """The verb of "Y needed to / has to V" in a reported clause whose subject is a named or noun party, or
    of "it was time for Y to V"."""
    if comp.lemma_.lower() == "be":
        attr = _child(comp, "attr")
        x = _child(attr, "relcl", "acl") if attr is not None and attr.lemma_.lower() == "time" else None
        if x is None or x.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in x.children):
            return None
        subj = _child(x, "nsubj")
        return x if subj is not None and subj.pos_ != "PRON" else None
    if comp.lemma_.lower() not in ("need", "have") or comp.pos_ not in ("VERB", "AUX"):
        return None
    subj = _child(comp, "nsubj")
    if subj is None or subj.pos_ == "PRON":
        return None
    x = _child(comp, "xcomp", "advcl")
    if x is None or x.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        return None
    return x


def _needed(comp: Token) -> bool:
    """A reported clause saying its subject is needed ("a reform was needed", "talks are essential")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return False
    if comp.lemma_.lower() in ("need", "require") and any(c.dep_ == "nsubjpass" for c in comp.children):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in _NEEDED for c in comp.children)
