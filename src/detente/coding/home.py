"""The country of actors named only by their role ("police", "protesters", "the government").

CAMEO event data gives domestic actors the country they act in: "police beat journalists in Kampala"
is UGACOP against UGAMED, not COP against MED. After a document is coded, an actor whose code is
made of sector codes only takes, in order:

1. for an act (CAMEO roots 06-20: cooperation, aid, concessions, ..., coercion, assault), the country
   of the event's location ("police beat journalists in Kampala"); statements, appeals and talks
   (roots 01-05) are often made abroad, so their venue says nothing of the parties;
2. the one country its sentence mentions, by name, demonym, city, province or region ("Bavarian",
   "in Laghman province"), or coded actor ("Iran's judiciary chief warned protesters" -> IRNOPP); with
   two or more, nothing is guessed from the sentence (a backer, "Turkish-backed rebels", is not counted);
3. the country of the dateline ("KAMPALA (AFP) - Police officers ..."), when the sentence names no
   country or names that one.

When none of these applies, the unnamed victims of an assault by a country or its forces take the
sentence's other country, if it names exactly one ("Russian soldiers tortured civilians in villages
north of Kyiv" -> UKRCVL). Before all these, an opposition facing a government takes that government's
country ("Maduro accused the opposition"); an actor said to be foreign ("foreign journalists") takes
none. Otherwise it keeps its sector-only code. Organisations without a country (NGO) and multi-country
groups are left alone. Two sides may end up with the same code ("Iceland's president refused a
request from the prime minister": ISLGOV and ISLGOV): domestic politics is coded that way.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from detente.coding import kb
from detente.coding.actors import is_backer
from detente.knowledge.countries import by_code
from detente.knowledge.sectors import SECTOR_CODES
from detente.model import ActorRef, CodedEvent

_ROLES = frozenset(SECTOR_CODES) - {"NGO"}
_VIOLENT_ROOTS = frozenset(("18", "19", "20"))  # assault, fight, mass violence
_FOREIGN = frozenset(("foreign", "international", "overseas", "expatriate"))
_LOCAL_ROOTS = frozenset(f"{r:02d}" for r in range(6, 21))  # CAMEO roots of acts, done where they happen


def role_only(actor: ActorRef | None) -> bool:
    """Whether an actor is coded by its role alone ("COP", "GOVMIL"), with no country."""
    if actor is None or actor.country or not actor.code or len(actor.code) % 3:
        return False
    return all(actor.code[i : i + 3] in _ROLES for i in range(0, len(actor.code), 3))


def _name_country(text: str) -> str | None:
    c = kb.country(text)
    if c is None:  # a province, state or region before a namesake town: "Florida", "Laghman province"
        region = kb.region_country(text)
        if region is not None:
            return region
        c = kb.city_country(text) or kb.city_country(text.title())
    return str(c.cameo) if c is not None else None


def sentence_countries(sent: Span, events: list[CodedEvent]) -> set[str]:
    """Countries a sentence mentions: place and nationality names, and the coded actors of its events."""
    found = {
        c
        for ent in sent.ents
        if ent.label_ in ("GPE", "NORP", "LOC") and not is_backer(ent.root) and (c := _name_country(ent.text))
    }  # not the backer of "Turkish-backed rebels"
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.country:
                found.add(a.country)
            elif a is not None and _is_country_code(a.code[:3]):
                found.add(a.code[:3])  # a national armed group: "Taliban militants" (AFGREB)
    return found


def _is_country_code(code: str) -> bool:
    return len(code) == 3 and by_code(code) is not None


def dateline_country(doc: Doc, blocked: set[int]) -> str | None:
    """The country of the dateline at the start of a document ("KAMPALA (AFP) -"), from its place name."""
    words = [t.text for t in doc[:12] if t.i in blocked and t.is_alpha]
    for n in range(min(3, len(words)), 0, -1):  # "THE HAGUE", "SAN FRANCISCO", "KABUL"
        for i in range(len(words) - n + 1):
            code = _name_country(" ".join(words[i : i + n]))
            if code:
                return code
    return None


def _foreign(actor: ActorRef | None) -> bool:
    """Whether an actor is said to be from abroad ("foreign journalists", "international observers")."""
    return actor is not None and any(w in _FOREIGN for w in actor.text.lower().split())


def _opposed_country(actor: ActorRef | None, other: ActorRef | None) -> str | None:
    """The country of an opposition whose counterpart is a government ("Maduro accused the opposition"):
    an opposition opposes its own government."""
    if actor is None or other is None or not other.country or "OPP" not in actor.code:
        return None
    return other.country if "GOV" in other.code[3:] else None


def _invaded(source: ActorRef, here: set[str]) -> str | None:
    """The other country of a sentence whose foreign forces (or the foreign country itself: "Russian
    shelling killed four civilians") assault unnamed people: the victims' one."""
    if not source.country or source.country not in here:
        return None
    if "MIL" not in source.code[3:] and source.code != source.country:
        return None
    rest = here - {source.country}
    return next(iter(rest)) if len(rest) == 1 else None


def _with_country(actor: ActorRef, country: str) -> ActorRef:
    sectors = actor.sectors or tuple(actor.code[i : i + 3] for i in range(0, len(actor.code), 3))
    return replace(actor, country=country, code=kb.compose(country, sectors))


def fill_home_countries(events: list[CodedEvent], doc: Doc, blocked: set[int]) -> list[CodedEvent]:
    """The events with role-only actors given a country by the rules above (others unchanged, in order)."""
    if not any(role_only(e.source) or role_only(e.target) for e in events):
        return events
    sents = list(doc.sents)
    by_sentence: dict[int, list[CodedEvent]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    mentioned: dict[int, set[str]] = {}
    dateline = dateline_country(doc, blocked)
    out: list[CodedEvent] = []
    for e in events:
        src_open = role_only(e.source) and not _foreign(e.source)
        tgt_open = role_only(e.target) and not _foreign(e.target)
        if not (src_open or tgt_open):
            out.append(e)
            continue
        own = _opposed_country(e.source, e.target) if src_open else None
        own_t = _opposed_country(e.target, e.source) if tgt_open else None
        if own or own_t:  # "Maduro accused the opposition of plotting a coup with U.S. backing"
            src = _with_country(e.source, own) if own else e.source
            tgt = _with_country(e.target, own_t) if own_t and e.target is not None else e.target
            e = replace(e, source=src, target=tgt, id="")
            src_open, tgt_open = src_open and not own, tgt_open and not own_t
            if not (src_open or tgt_open):
                out.append(e)
                continue
        si = e.sentence_index
        if si not in mentioned:
            sent = sents[si] if si < len(sents) and sents[si].start_char == e.sentence_start else None
            mentioned[si] = sentence_countries(sent, by_sentence[si]) if sent is not None else set()
        here = mentioned[si]
        local = e.location.country if e.location is not None and e.cameo[:2] in _LOCAL_ROOTS else None
        home = local or (next(iter(here)) if len(here) == 1 else None) or (
            dateline if dateline and (not here or dateline in here) else None)
        if home is None and tgt_open and not src_open and e.cameo[:2] in _VIOLENT_ROOTS:
            home = _invaded(e.source, here)  # "Russian soldiers tortured civilians in villages north of Kyiv"
        if home is None:
            out.append(e)
            continue
        src = _with_country(e.source, home) if src_open else e.source
        tgt = _with_country(e.target, home) if e.target is not None and tgt_open else e.target
        out.append(replace(e, source=src, target=tgt, id=""))
    return out
