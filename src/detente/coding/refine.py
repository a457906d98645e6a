"""The most specific CAMEO code the sentence supports for an event the rules coded more broadly.

The lexicon and the frames give each trigger a code ("accused" 112, "marched" 141, "launched air strikes"
190). CAMEO splits many of those codes by what the act is about or how it is done, and the words that
tell live in the trigger's arguments: what someone is accused *of* (1121 crime, 1122 human-rights abuses,
1123 aggression, 1124 war crimes, 1125 espionage), what a crowd demands (1411 a leader's removal, 1412 a
policy, 1413 rights), which weapons were used (193 small arms, 194 artillery, 195 aircraft), which bomb
(1831 suicide, 1832 car, 1833 roadside), which aid was cut (1621 / 1622 / 1623), which freedom was
restricted (1721 / 1722 / 1723), whether an assassination was only attempted (185), what is investigated
(091-094), how parties consulted (041 by telephone, 045 through a mediator, 046 in talks, 044 in neither
party's country), which aid is asked for or promised (0231-0234, 0331-0334) and which cooperation is
intended (0311-0314).

A refinement never changes the event's PLOVER type: the PLOVER reading is decided by the rules, and the
finer code only sharpens the CAMEO code, its Goldstein score and its name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.coding import kb
from detente.coding.triggers import Trigger
from detente.knowledge.cameo import plover_of
from detente.model import ActorRef, Place

# -- what an accusation is about (the words of its "of" / "over" / "for" phrase) ------------------------
_ACCUSED_OF: tuple[tuple[str, frozenset[str]], ...] = (
    ("1124", frozenset("genocide massacre atrocity ethnic cleansing humanity war-crime".split())),
    ("1125", frozenset("spy spying espionage treason sabotage spies spyware".split())),
    ("1123", frozenset(
        "aggression attack attacking shell shelling invade invasion invading incursion airspace bombard "
        "bombing airstrike airstrikes provocation provocative militarisation militarization annex annexation occupy "
        "occupation".split())),
    ("1122", frozenset(
        "torture torturing abuse abuses repression persecution persecute disappearance rights "
        "discrimination crackdown detention".split())),
    ("1121", frozenset(
        "corruption corrupt bribery bribe fraud embezzlement embezzle launder laundering smuggling smuggle "
        "theft steal stealing crime criminal rig rigging graft extortion terrorism terrorist tax evasion "
        "trafficking".split())),
)
_CHEMICAL = frozenset("chemical biological radiological sarin chlorine nerve".split())

# -- what a protest demands -------------------------------------------------------------------------------
_LEADERSHIP = frozenset("resignation resign ouster oust removal remove step down quit impeachment".split())
_RIGHTS = frozenset("rights freedom freedoms equality suffrage".split())
_INSTITUTIONS = frozenset("constitution constitutional referendum regime monarchy autonomy independence".split())
_POLICY = frozenset(
    "law bill policy plan decision tax taxes reform reforms cut cuts price prices increase hike deal "
    "treaty pension pensions wage wages tariff tariffs ban project construction dam pipeline "
    "budget austerity subsidy subsidies measure measures rules regulation regulations fee fees "
    "privatisation privatization closure visit".split())
#: demonstrations, hunger strikes, strikes and boycotts, blockades, riots: each split by its demand (x1-x4)
_PROTESTS = frozenset(("141", "142", "143", "144", "145"))

# -- weapons ---------------------------------------------------------------------------------------------
_AERIAL = frozenset(
    "airstrike airstrikes warplane warplanes jet jets bomber bombers helicopter helicopters gunship "
    "gunships drone drones aircraft airpower air-strike air-strikes".split())
_ARTILLERY = frozenset("artillery shelling shell shells tank tanks mortar mortars howitzer howitzers".split())
_SMALL_ARMS = frozenset("gunfire gunbattle firefight rifle rifles machine-gun".split())

# -- aid cut, freedoms restricted ---------------------------------------------------------------------------
_MILITARY_AID = frozenset("military security arms weapons defence defense".split())
_HUMANITARIAN = frozenset("humanitarian food relief refugee refugees unrwa".split())
_ECONOMIC = frozenset("economic financial budget loan loans development trade".split())
_FREEDOMS = frozenset(
    "website websites internet media newspaper newspapers broadcaster channel station radio television "
    "tv journalist journalists licence license press rally rallies protest protests demonstration "
    "demonstrations gathering gatherings assembly speech x twitter facebook youtube telegram "
    "whatsapp social".split())

_ATTEMPT = frozenset("try attempt seek plot".split())

# -- what is investigated --------------------------------------------------------------------------------
_PROBED: tuple[tuple[str, frozenset[str]], ...] = (
    ("094", frozenset("genocide massacre massacres atrocity atrocities war-crime humanity".split())),
    ("092", frozenset(
        "torture abuse abuses custody brutality disappearance disappearances rights extrajudicial "
        "mistreatment ill-treatment".split())),
    ("093", frozenset(
        "interception incursion invasion airstrike airstrikes shelling ceasefire truce military troops "
        "fighting clash clashes shootdown downing missile strike strikes bombing".split())),
    ("091", frozenset(
        "corruption bribery bribe bribes fraud embezzlement graft laundering smuggling theft crime crimes "
        "murder killing death deaths assassination rape kidnapping trafficking tax evasion vote-buying "
        "contract contracts procurement scam".split())),
)
_TALKS = frozenset("talk talks discuss discussion discussions negotiate negotiation negotiations".split())
_PHONE = frozenset("phone telephone videoconference video-call".split())
_MEDIATION = frozenset("mediate mediator mediators mediation mediating broker".split())
_REPRESSION = frozenset(
    "punish punishment arrest arrests prison jail imprison imprisonment crackdown prosecute prosecution "
    "detention detain treason".split())
#: the aid kinds of CAMEO's x3 codes (appeal for, intend, demand ... economic, military, humanitarian aid,
#: protection) and of its intents to cooperate materially (0311 economic ... 0314 intelligence)
_AID_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("4", frozenset("peacekeeper peacekeepers peacekeeping protection".split())),
    ("3", frozenset("humanitarian food medicine medicines tent tents shelter relief refugee refugees".split())),
    ("2", frozenset("military weapon weapons arm arms ammunition air-defence defence defense missile missiles "
                    "tank tanks jet jets".split())),
    ("1", frozenset("economic financial finance financing budget loan loans debt money fund funds funding "
                    "investment credit grant grants cash".split())),
)
_COOPERATION_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("4", frozenset("intelligence".split())),
    ("3", frozenset("judicial extradition extradite legal".split())),
    ("2", frozenset("military defence defense peacekeeping brigade exercise exercises drill drills "
                    "security".split())),
    ("1", frozenset("trade economic investment business energy commerce tariff tariffs".split())),
)


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _bigrams(words: list[Token]) -> set[tuple[str, str]]:
    """The lower-cased word pairs of ``words`` ("air strikes" -> ("air", "strikes"))."""
    lowered = [t.lower_ for t in words]
    return set(zip(lowered, lowered[1:]))


def _phrase(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The tokens of ``tok``'s prepositional phrases and clausal complements headed by one of ``preps``."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(c.subtree)
    return out


def _arguments(tok: Token) -> list[Token]:
    """The trigger's own words and those of its objects, modifiers and complements (not its subject)."""
    out: list[Token] = [tok]
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "advcl", "parataxis"):
            continue
        out.extend(c.subtree)
    return out


def _subject(tok: Token) -> list[Token]:
    head = tok
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        if any(c.dep_.startswith("nsubj") for c in head.children):
            break
        head = head.head
    return [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def _accusation(trig: Trigger) -> str | None:
    tok = trig.token
    words = _phrase(tok, frozenset({"of", "over", "for"}))
    for obj in (c for c in tok.children if c.dep_ == "dobj"):  # "accused the mayor of fraud" parsed as one noun phrase
        words.extend(_phrase(obj, frozenset({"of"})))
    if not words and trig.inner is not None:
        words = list(trig.inner.subtree)
    if not words:
        return None
    lem = _lemmas(words)
    if any(a == "war" and b.startswith("crime") for a, b in _bigrams(words)) or (
        lem & _CHEMICAL and "weapon" in lem
    ):
        return "1124"
    if "human" in lem and "rights" in {t.lower_ for t in words}:
        return "1122"
    for code, keys in _ACCUSED_OF:
        if lem & keys:
            return code
    return None


def _demand(tok: Token) -> str | None:
    """1, 2, 3 or 4: what a protest is for (leadership change, policy, rights, institutions), else None."""
    words = _phrase(tok, frozenset({"against", "over", "for"}))
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_ in ("demand", "call", "protest", "oppose", "denounce",
                                                                 "press", "urge", "seek"):
            words.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "protest" for g in c.children):
            words.extend(c.subtree)
        elif c.dep_ == "dobj" and c.lemma_ in ("strike", "rally", "protest", "march", "demonstration", "blockade"):
            words.extend(t for g in c.children if g.dep_ in ("prep", "acl", "relcl") for t in g.subtree)
    if not words:
        return None
    lem = _lemmas(words)
    if lem & _LEADERSHIP or ("step", "down") in _bigrams(words):
        return "1"
    if lem & _RIGHTS:
        return "3"
    if lem & _INSTITUTIONS:
        return "4"
    if lem & _POLICY:
        return "2"
    return None


def _act_words(tok: Token) -> list[Token]:
    """The words of the act and of who did it ("Israeli warplanes struck ...", "detonated a car bomb")."""
    return _arguments(tok) + _subject(tok)


def _weapons(tok: Token, words: list[Token]) -> str | None:
    if tok.lemma_ == "intercept" or any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return None  # shooting down drones or missiles is not using them
    bomb = _bombing(words)
    if bomb is not None:
        return bomb
    lem = _lemmas(words)
    pairs = _bigrams(words)
    if lem & _AERIAL or {("air", "strike"), ("air", "strikes"), ("air", "raid"), ("air", "raids")} & pairs:
        return "195"
    if lem & _ARTILLERY:
        return "194"
    if lem & _SMALL_ARMS or {("exchanged", "fire"), ("gun", "battle"), ("small", "arms")} & pairs:
        return "193"
    return None


def _bombing(words: list[Token]) -> str | None:
    lowered = {t.lower_ for t in words}
    pairs = _bigrams(words)
    if "suicide" in lowered:
        return "1831"
    if {("car", "bomb"), ("car", "bombs"), ("truck", "bomb"), ("truck", "bombs"), ("car", "bombing")} & pairs:
        return "1832"
    if {("roadside", "bomb"), ("roadside", "bombs"), ("roadside", "bombing")} & pairs or "ied" in lowered:
        return "1833"
    return None


def _aid_cut(trig: Trigger) -> str | None:
    lem = _lemmas(_arguments(trig.token))
    if lem & _MILITARY_AID:
        return "1622"
    if lem & _HUMANITARIAN:
        return "1623"
    if lem & _ECONOMIC:
        return "1621"
    return None


def _restriction(trig: Trigger) -> str | None:
    words = _arguments(trig.token)
    lem = _lemmas(words)
    if "curfew" in lem:
        return "1723"
    if "party" in lem or "parties" in lem or ({"candidate", "candidacy"} & lem) or (
        trig.token.lemma_ in ("bar", "disqualify") and {"election", "elections", "vote", "poll", "run"} & lem
    ):
        return "1722"
    if lem & _FREEDOMS:
        return "1721"
    return None


def _third_place(src: ActorRef, tgt: ActorRef | None, where: Place | None) -> bool:
    if where is None or where.country is None or tgt is None or where.feature == "region":
        return False
    countries = {src.country_code, tgt.country_code}
    return None not in countries and where.country not in countries


def _attempted(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ in _ATTEMPT or any(
        c.dep_ == "amod" and c.lemma_ in ("failed", "attempted", "foiled") for c in tok.children)


def _venue_country(tok: Token) -> str | None:
    """The country of the place a meeting is held in: a named place under the trigger's "in" / "at"
    phrases, also down "on the sidelines of a summit in Brussels" and "the Saudi city of Jeddah"."""
    frontier, seen = [tok], 0
    while frontier and seen < 4:
        seen += 1
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "at", "on", "of"):
                    continue
                for obj in (g for g in c.children if g.dep_ == "pobj"):
                    if obj.ent_type_ == "GPE":
                        ent = next(e for e in obj.doc.ents if e.start <= obj.i < e.end)
                        hit = kb.country(ent.text)
                        if hit is not None:
                            return str(hit.cameo)
                        where = kb.place(ent.text, ())
                        if where is not None and where.country:
                            return str(where.country)
                    nxt.append(obj)
        frontier = nxt
    return None


def _consultation(trig: Trigger, src: ActorRef, tgt: ActorRef | None, where: Place | None) -> str | None:
    """041 by telephone, 045 a mediator's meeting, 046 talks (the codebook treats holding talks and
    discussions as negotiation), 044 a meeting in neither party's country."""
    tok = trig.token
    words = _arguments(tok)
    lem = _lemmas(words)
    if lem & _PHONE:
        return "041"
    mediated_by_other = any(t.lemma_ in _MEDIATION and any(c.dep_ == "agent" or c.lower_ == "by" for c in t.children)
                            for t in words)  # "talks mediated by the African Union": the AU mediates, not these
    if (lem & _MEDIATION and not mediated_by_other) or _lemmas(_subject(tok)) & _MEDIATION:
        return "045"
    if tok.lemma_ in _TALKS or tok.lower_ in _TALKS or (trig.obj is not None and trig.obj.lemma_ in _TALKS):
        return "046"
    if tgt is None or src.country_code is None or tgt.country_code is None:
        return None
    if _third_place(src, tgt, where):
        return "044"
    if where is None:
        venue = _venue_country(tok)
        if venue is not None and venue not in (src.country_code, tgt.country_code):
            return "044"
    return None


def _debt_relief(words: list[Token]) -> bool:
    return ("debt", "relief") in _bigrams(words)


def _kind(words: list[Token], kinds: tuple[tuple[str, frozenset[str]], ...]) -> str | None:
    lem = _lemmas(words)
    if _debt_relief(words):
        lem -= {"relief"}  # debt relief is economic aid
    return next((digit for digit, keys in kinds if lem & keys), None)


def _probe(trig: Trigger) -> str | None:
    lem = _lemmas(_arguments(trig.token))
    return next((code for code, keys in _PROBED if lem & keys), None)


def specific_code(trig: Trigger, src: ActorRef, tgt: ActorRef | None, where: Place | None) -> str:
    """The trigger's code made as specific as its arguments allow, keeping its PLOVER type."""
    code = trig.code
    finer = _finer(trig, code, src, tgt, where)
    if finer is None or finer == code or plover_of(finer) != plover_of(code):
        return code
    return finer


def _finer(trig: Trigger, code: str, src: ActorRef, tgt: ActorRef | None, where: Place | None) -> str | None:
    tok = trig.token
    if code == "112":
        return _accusation(trig)
    if code in _PROTESTS:
        aim = _demand(tok)
        return code + aim if aim else None
    if code == "190":
        return _weapons(tok, _act_words(tok))
    if code == "183":  # bombs dropped by aircraft are aerial weapons, not a bombing campaign's devices
        words = _act_words(tok)
        return _bombing(words) or ("195" if _weapons(tok, words) == "195" else None)
    if code == "186" and _attempted(tok):
        return "185"
    if code == "162":
        return _aid_cut(trig)
    if code == "172":
        return _restriction(trig)
    if code == "204":
        lem = _lemmas(_arguments(tok))
        return "2041" if lem & _CHEMICAL else ("2042" if "nuclear" in lem else None)
    if code == "086":
        lem = _lemmas(_arguments(tok))
        return "0863" if {"aid", "convoy", "convoys", "humanitarian", "relief", "truck", "trucks"} & lem else None
    if code == "120" and tok.lemma_ == "veto":
        return "129"
    if code == "040":
        return _consultation(trig, src, tgt, where)
    if code == "090":
        return _probe(trig)
    if code in ("120", "125") and _lemmas(_arguments(tok)) & _MEDIATION:
        return "126"
    if code in ("160", "161") and _lemmas(_arguments(tok)) & _MEDIATION:
        return "165"
    if code == "130" and _lemmas(_arguments(tok)) & _REPRESSION:
        return "137"
    if code in ("020", "100"):  # "appealed to donors for food and medicine": an appeal for aid of that kind
        words = [t for w in _arguments(tok) if w.dep_ == "prep" and w.lower_ == "for" for t in w.subtree]
        kind = _kind(words, _AID_KINDS)
        return ("023" if code == "020" else "103") + kind if kind else None
    if code in ("0233", "0333", "1033") and _debt_relief(_arguments(tok)):  # "relief" read as humanitarian
        return code[:3] + "1"
    if code in ("023", "033", "103"):
        kind = _kind(_arguments(tok), _AID_KINDS)
        return code + kind if kind else None
    if code in ("030", "031"):
        kind = _kind(_arguments(tok), _COOPERATION_KINDS)
        return "031" + kind if kind else None
    return None
