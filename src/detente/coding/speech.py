"""Reported speech: the speaker of a statement as a party to what it reports.

"Taliban leaders said the fighters will lay down their arms in Mazar" reports an event whose subject is
the fighters; news coders also credit the speaker with it (the speaker announces, promises or threatens
it). "Critics say he has used the coup as an excuse", "the government said rebels were responsible"
carry an accusation by the speaker against the reported subject, as does a reported hostile act ("said X
could not be allowed to flout the inspections", "said the rebels shelled the town": an accusation of X,
of the rebels) against its doer. All are added as events from the speaker,
less confident than the events the clause codes itself; the inner events are kept.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding import kb
from detente.coding.actors import ActorResolver
from detente.coding.linking import _other, _unknown_all
from detente.model import ActorRef, CodedEvent

SPEAKER_PENALTY = 0.35  # below an event the clause codes for its own parties
_ACCUSE_CODE = "112"
_BLAME_WORDS = frozenset("responsible guilty culpable complicit behind blame excuse pretext cover lie lies".split())
_CRITIC_WORDS = frozenset("critic critics opponent opponents detractor detractors".split())
_REPORT_CLAUSE = ("ccomp",)
_ADDRESSED = frozenset({"010", "01"})  # plain statements, also when told to someone


_MEDIUM_NOUNS = frozenset("report statement interview speech letter post tweet address briefing communique".split())


def _standing_by(tok: Token) -> bool:
    """"behind" as in "stand (firmly) behind X", "remain behind X": support, not blame ("was behind the attack")."""
    return tok.lower_ == "behind" and tok.head.lemma_.lower() in ("stand", "remain", "stay", "line", "rally", "unite")


def _report_clauses(tok: Token) -> list[Token]:
    """The clauses a statement verb reports, also the "that" clause the parser hung on its medium ("said in a
    report that Israel had ...")."""
    out = [c for c in tok.children if c.dep_ in _REPORT_CLAUSE]
    if out:
        return out
    media = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
             if p.lemma_.lower() in _MEDIUM_NOUNS]
    return [
        c for m in media for c in m.children
        if c.dep_ in ("acl", "ccomp", "relcl") and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
    ]


def speaker_events(sent: Span, events: list[CodedEvent], res: ActorResolver) -> list[CodedEvent]:
    """Events from the speakers of the sentence's statements (code 01) to the parties of what they report."""
    # one statement per (verb, speaker): the bare one, else one addressed to someone ("told parliament that X
    # was responsible": the addressee is no party to what is reported)
    reps: dict[tuple[int, int], CodedEvent] = {}
    addressed: dict[tuple[int, int], list[CodedEvent]] = {}
    for e in events:
        if e.cameo in _ADDRESSED and e.target is not None:
            addressed.setdefault((e.trigger_start, e.source.start), []).append(e)
        if e.cameo.startswith("01") and (e.target is None or e.cameo in _ADDRESSED):
            cur = reps.get((e.trigger_start, e.source.start))
            if cur is None or (cur.target is not None and e.target is None):
                reps[(e.trigger_start, e.source.start)] = e
    statements = {k[0] for k in reps}
    if not statements:
        return _according(sent, events, res)
    by_trigger: dict[int, list[CodedEvent]] = {}
    for e in events:
        by_trigger.setdefault(e.trigger_start, []).append(e)
    tokens = {t.idx: t for t in sent if t.idx in statements}
    out: list[CodedEvent] = []
    seen: set[tuple[int, int, str]] = set()
    for stmt in reps.values():  # a statement reports
        tok = tokens.get(stmt.trigger_start)
        if tok is None:
            continue
        speaker = stmt.source
        first = len(out)
        own: list[CodedEvent] = []
        promised: list[CodedEvent] = []  # what the speaker says it will do, however confidently
        for clause in _report_clauses(tok):
            span = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
            in_clause = [
                e for start, es in by_trigger.items() if span[0] <= start < span[1] for e in es
                if not e.cameo.startswith("01")
            ]
            promised += [e for e in in_clause if not _other([e.source], [speaker]) or _same_state(e.source, speaker)]
            inner = [e for e in in_clause if e.confidence > 0.3]
            own += [e for e in inner if not _other([e.source], [speaker])]
            for e in inner:
                for party in (e.target, e.source):
                    if party is None or not _other([party], [speaker]):
                        continue
                    key = (party.start, party.end, e.cameo)
                    if key in seen:
                        continue
                    seen.add(key)
                    if party is e.source and _hostile(e.cameo) and stmt.cameo in ("01", "010", "012"):
                        accusation = _accusation(stmt, speaker, party)
                        accusation.confidence = max(0.05, round(e.confidence - SPEAKER_PENALTY + 0.05, 3))
                        out.append(accusation)
                        continue
                    out.append(
                        replace(
                            e,
                            source=speaker,
                            target=party,
                            confidence=max(0.05, round(e.confidence - SPEAKER_PENALTY, 3)),
                            id="",  # a new event (its own id), not a copy of the reported one
                        )
                    )
            denied = _denied(clause, speaker, res)
            for party in denied:  # "said the US accusations were baseless": a denial (016) of the US
                out.append(_accusation(stmt, speaker, party, _DENY_CODE))
            accused = [] if denied else _accused(tok, clause, speaker, res)
            for party in accused:
                out.append(_accusation(stmt, speaker, party))
        reported = [e.confidence for e in own + out[first:] if not e.cameo.startswith("01")]
        if reported:  # "X said they will not end the strike": what X says it does outranks the bare statement
            stmt.confidence = max(0.05, min(stmt.confidence, round(max(reported) - 0.01, 3)))
        for told in addressed.get((stmt.trigger_start, stmt.source.start), []):
            _below_promise(told, promised + [e for e in out[first:] if not e.cameo.startswith("01")])
    return out + _according(sent, events, res)


def _same_state(a: ActorRef, b: ActorRef) -> bool:
    """Two mentions of one state: the country or its government ("Sudan told the AU that Khartoum would ...")."""
    country = a.country_code
    if not country or country != b.country_code:
        return False
    return all(r.code in (country, country + "GOV") for r in (a, b))


def _below_promise(told: CodedEvent, promised: list[CodedEvent]) -> None:
    """ "Hamas told Egyptian mediators that it was ready to extend the truce": what the speaker tells the
    addressee it will do, coded with the addressee as target, outranks the bare telling of that pair (the
    speaker's own event first, else its government's: "told Annan that Baghdad would allow inspectors")."""
    assert told.target is not None
    span = (told.target.start, told.target.end)
    to_addressee = [e for e in promised if e.target is not None and e.target.start < span[1] and span[0] < e.target.end]
    mine = [e.confidence for e in to_addressee if e.source.start == told.source.start]
    best = max(mine or [e.confidence for e in to_addressee], default=None)
    if best is not None:
        told.confidence = max(0.05, min(told.confidence, round(best - 0.01, 3)))


def _according(sent: Span, events: list[CodedEvent], res: ActorResolver) -> list[CodedEvent]:
    """ "According to the army, its forces killed 15 militants": the source a clause is attributed to is its
    speaker, credited (less confidently) with what the clause reports, as a statement's speaker is."""
    out: list[CodedEvent] = []
    if res.text.find("ccording", sent.start_char, sent.end_char) < 0:  # res.text: doc.text re-joins every token
        return out
    for tok in sent:
        if tok.lower_ != "according" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            continue
        speakers = [r for r in res.resolve_all(obj) if r.code or r.name or r.kind != "unknown"]
        if not speakers:
            continue
        clause = tok.head
        left, right = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        skip = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        for e in events:
            if e.cameo.startswith("01") or not left <= e.trigger_start < right or skip[0] <= e.trigger_start < skip[1]:
                continue
            for speaker in speakers:
                if e.confidence > 0.3 and _hostile(e.cameo) and _foreign(e.source, speaker) and not any(
                    a.target is e.source and a.source is speaker for a in out
                ):  # "According to the ministry, Turkish forces violated ...": the ministry accuses them
                    accusation = _accusation(e, speaker, e.source)
                    accusation.confidence = max(0.05, round(e.confidence - SPEAKER_PENALTY + 0.05, 3))
                    out.append(accusation)
                if e.target is None or not _other([e.target], [speaker]) or e.confidence <= 0.3:
                    continue
                out.append(
                    replace(
                        e, source=speaker, confidence=max(0.05, round(e.confidence - SPEAKER_PENALTY, 3)), id=""
                    )
                )
    return out


def _accused(verb: Token, clause: Token, speaker: ActorRef, res: ActorResolver) -> list[ActorRef]:
    """The subject of a reported clause that blames it ("said X was responsible"; critics say X ...)."""
    words = {t.lemma_.lower() for t in clause.subtree if not _standing_by(t)}
    critic = any(t.lemma_.lower() in _CRITIC_WORDS for t in verb.children if t.dep_ == "nsubj" for t in t.subtree)
    if not (critic or words & _BLAME_WORDS or _wrongdoing(clause, words)):
        return []
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    if subj.dep_ == "nsubjpass":  # "said the election was rigged by the ruling party": the agent did it
        agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agents:
            return _other(_unknown_all(agents[0], res), [speaker])[:2]
    if verb.lemma_.lower() in _TELLING and not any(r.code or r.name for r in res.resolve_all(subj)):
        return []  # "told reporters that the talks had failed": no one accused
    if not any(r.code or r.name for r in res.resolve_all(subj)):  # "said the election in Venezuela was not fair",
        owners = [  # "said the move by Moscow was unjustified": whose act or affair it is
            a
            for c in subj.children
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _AFFAIR_PREPS)
            for t in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
            for a in res.resolve_all(t)
            if a.code
        ]
        if owners:
            return _other(owners, [speaker])[:2]
    return _other(_unknown_all(subj, res), [speaker])[:2]


_AFFAIR_PREPS = frozenset({"by", "of", "in", "from"})  # "the move by Moscow", "the election in Venezuela"


_TELLING = frozenset("tell inform brief assure".split())


# Reported verbs and predicates of wrongdoing ("said Washington was meddling in its affairs", "said the
# government had rigged the election", "said the move was illegal"); aiding verbs only with terror
# ("said Pakistan was sponsoring terrorism").
_WRONG_VERBS = frozenset(
    "meddle interfere rig violate breach plot sabotage provoke incite destabilize destabilise undermine fabricate "
    "falsify distort lie cheat smuggle spy obstruct stoke fuel escalate bully intimidate oppress repress "
    "persecute blackmail fail neglect mismanage embezzle loot contain encircle weaponize weaponise exploit "
    "politicize politicise hijack misuse abuse steal divert mishandle squander flout disregard betray deceive "
    "mislead manipulate endanger jeopardize jeopardise harass poison wreck torpedo inflame aggravate exacerbate "
    "militarize militarise collude conspire whitewash demonize demonise slander defame extort terrorize terrorise "
    "plunder pillage usurp trample renege backtrack hamper hinder impede instigate orchestrate mastermind".split()
)
_BREAKING = frozenset("break breach".split())
_BROKEN = frozenset(
    "law rule ceasefire truce promise pledge agreement deal treaty accord sanction embargo resolution norm".split()
)
_AMOUNT_VERBS = frozenset("amount constitute equal represent".split())
_BEARING = frozenset("bear shoulder carry".split())
_WRONG_NOUNS = frozenset(
    "provocation violation crime aggression terrorism piracy blackmail hypocrisy interference meddling "
    "bullying genocide atrocity sabotage threat menace danger mistake disgrace travesty farce punishment "
    "massacre apartheid cleansing invasion occupation failure betrayal fraud propaganda insult affront outrage "
    "scandal sham charade troublemaker tool puppet pawn aggressor bully liar hypocrite criminal thief thug enemy "
    "obstacle spoiler warmonger instigator culprit perpetrator occupier oppressor dictator tyrant murderer killer "
    "terrorist extremist fascist racist warlord".split()
)
# Wrongs done (the object of any verb): "had staged a provocation", "had committed war crimes", "paid kickbacks".
_DONE_WRONGS = frozenset(
    "provocation violation crime atrocity massacre genocide kickback bribe fraud abuse torture manipulation "
    "cover-up coverup aggression sabotage".split()
)
# A noun made wrongful by its modifier: "a terrorist state", "a rogue regime", "an occupying army".
_WRONG_MODIFIERS = frozenset("terrorist rogue occupying criminal pariah puppet illegitimate fascist".split())
_LIKE_VERBS = frozenset("behave act operate".split())  # "had behaved like an occupying army"
_WRONG_ADJ = frozenset(
    "illegal unlawful illegitimate criminal provocative irresponsible reckless unacceptable deplorable outrageous "
    "shameful disgraceful regrettable hypocritical dangerous unjust unfair fraudulent corrupt rigged undemocratic "
    "unconstitutional inhumane brutal barbaric aggressive hostile destabilizing destabilising counterproductive "
    "unjustified unwarranted excessive disproportionate discriminatory arbitrary".split()
)
# Praise denied is blame: "said the election was neither free nor fair", "was not credible".
_DUE_ADJ = frozenset("free fair credible legitimate transparent democratic acceptable justified lawful".split())
_TERROR_AID = frozenset("sponsor harbor harbour finance fund arm shelter export support tolerate protect".split())
_TERROR_WORDS = frozenset("terrorism terrorist terror militant militancy insurgent extremist".split())


def _wrongdoing(clause: Token, words: set[str]) -> bool:
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")]
    lemmas = {v.lemma_.lower() for v in verbs}
    if lemmas & _WRONG_VERBS:
        return True
    if any(  # "said Meta broke competition law", "had violated the truce"
        v.lemma_.lower() in _BREAKING and any(c.dep_ == "dobj" and c.lemma_.lower() in _BROKEN for c in v.children)
        for v in verbs
    ):
        return True
    if lemmas & _TERROR_AID and words & _TERROR_WORDS:
        return True
    if any(c.dep_ == "attr" and _wrong_noun(c) for v in verbs for c in v.children):
        return True  # "said Pyongyang's launch was a clear provocation", "had become a tool of the West"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _DONE_WRONGS for v in verbs for c in v.children):
        return True  # "said London had staged a provocation", "had paid kickbacks to politicians"
    if any(
        v.lemma_.lower() in _LIKE_VERBS
        and c.dep_ == "prep"
        and c.lower_ == "like"
        and any(_wrong_noun(p) for p in c.children)
        for v in verbs
        for c in v.children
    ):
        return True  # "said the police had behaved like an occupying army"
    if any(  # "said Israel's actions amounted to collective punishment", "constituted a violation"
        v.lemma_.lower() in _AMOUNT_VERBS
        and any(
            (c.dep_ == "dobj" and c.lemma_.lower() in _WRONG_NOUNS)
            or (c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() in _WRONG_NOUNS for p in c.children))
            for c in v.children
        )
        for v in verbs
    ):
        return True
    if any(  # "said New Delhi bore full responsibility for the breakdown": blame
        v.lemma_.lower() in _BEARING
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in v.children)
        for v in verbs
    ):
        return True
    if any(  # "said Sweden had not done enough": a failure
        v.lemma_.lower() == "do" and any(c.dep_ == "neg" for c in v.children) and any(
            c.lower_ == "enough" for c in v.children
        )
        for v in verbs
    ):
        return True
    if any(c.dep_ == "acomp" and c.lemma_.lower() in _WRONG_ADJ for v in verbs for c in v.children):
        return True
    return any(  # "was neither free nor fair", "was not credible"
        c.dep_ == "acomp" and c.lemma_.lower() in _DUE_ADJ
        and (any(n.dep_ == "neg" for n in v.children) or any(n.lower_ == "neither" for n in c.children))
        for v in verbs
        for c in v.children
    )


def _wrong_noun(noun: Token) -> bool:
    """A noun that blames whoever it is said of: "a provocation", "a tool of the West", "a rogue state"."""
    return noun.lemma_.lower() in _WRONG_NOUNS or any(
        m.dep_ in ("amod", "compound") and m.lower_ in _WRONG_MODIFIERS for m in noun.children
    )


# Denials: a reported claim called baseless or a lie ("said the US accusations were baseless") is a denial
# (016) aimed at whoever made the claim (its owner, national adjective or "by" agent, else the claim).
_DENY_CODE = "016"
_CLAIM_NOUNS = frozenset("accusation claim allegation charge report assertion suggestion rumour rumor".split())
_DENIAL_ADJ = frozenset(
    "baseless groundless false untrue unfounded fabricated absurd ridiculous inaccurate misleading".split()
)
_DENIAL_NOUNS = frozenset("lie fabrication fiction nonsense slander smear falsehood fake".split())


def _denied(clause: Token, speaker: ActorRef, res: ActorResolver) -> list[ActorRef]:
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _CLAIM_NOUNS:
        return []
    denial = any(
        (c.dep_ == "acomp" and c.lemma_.lower() in _DENIAL_ADJ)
        or (c.dep_ == "attr" and c.lemma_.lower() in _DENIAL_NOUNS)
        for c in clause.children
    )
    if not denial:
        return []
    owners = [
        r
        for c in subj.children
        if c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "by")
        for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
        for r in res.resolve_all(t)
        if r.code or r.name
    ]
    return _other(owners or _unknown_all(subj, res), [speaker])[:2]


_OWN = ("its ", "their ", "his ", "her ", "our ")


def _foreign(doer: ActorRef, speaker: ActorRef) -> bool:
    """A doer who is not the speaker's own side (not "its forces", not the same country)."""
    if not _other([doer], [speaker]) or doer.text.lower().startswith(_OWN):
        return False
    return not (doer.country and doer.country == speaker.country)


def _accusation(stmt: CodedEvent, speaker: ActorRef, party: ActorRef, code: str = _ACCUSE_CODE) -> CodedEvent:
    return replace(
        stmt,
        source=speaker,
        target=party,
        **kb.code_fields(code),
        confidence=min(0.95, stmt.confidence + 0.1),
        id="",  # its own id, not the statement's
    )


# Acts a speaker holds against their doer when reporting them: defying norms and laws (128), coercion,
# violence and the reduction of relations (15-20).
_HOSTILE_ROOTS = ("15", "16", "17", "18", "19", "20")


def _hostile(code: str) -> bool:
    """Whether reporting that someone did ``code`` blames them for it (an accusation, 112)."""
    return code.startswith("128") or code[:2] in _HOSTILE_ROOTS
