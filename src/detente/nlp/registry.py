"""The actor registry: people and bodies the coder knows, seeded from the leaders table and learned from text.

"Russian Foreign Minister Sergei Lavrov" teaches that Sergei Lavrov (alias "Lavrov") is RUS GOV, foreign
minister; a later bare "Lavrov" then resolves to him, whatever label NER gave it.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from detente.model import LearnedActor

# Countries whose personal names are written surname first ("Wang Yi", "Xi Jinping", "Kim Jong Un").
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "MNG", "KHM"})
_TITLES = frozenset(
    "mr mrs ms dr sir madam mister president premier minister gen general col colonel sheikh prince king "
    "queen lord lady prof professor sen senator rep secretary chancellor ambassador".split()
)
# name particles ("Ursula von der Leyen", "Mohammed bin Salman"): never a surname of their own
NAME_PARTICLES = frozenset("von van der den de del della di da dos das du le la al el bin ibn ben".split())
_NONWORD = re.compile(r"[^\w\s\-]")
_WS = re.compile(r"\s+")
_RECENT_DAYS = 730


def norm_name(text: str) -> str:
    """Normalise a name for lookup: NFKC, no possessive, no punctuation, case-folded, no leading titles."""
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    t = re.sub(r"'s?$", "", t.strip())
    t = _WS.sub(" ", _NONWORD.sub(" ", t)).strip().casefold()
    words = t.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def name_aliases(name: str, country: str | None) -> tuple[str, ...]:
    """The surface forms a person's name is referred to by: the full name and the family name."""
    words = name.split()
    out = [name]
    if len(words) >= 2 and words[-1] not in NAME_PARTICLES:  # no "der" for a name cut after its particle
        if country in SURNAME_FIRST:
            out.append(words[0])
            if len(words) == 2:
                out.append(words[1])
        else:
            out.append(words[-1])
    return tuple(dict.fromkeys(out))


@dataclass
class _Builtin:
    actor: LearnedActor
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class ActorRegistry:
    """Lookup by surface form (``lookup``) and learning from text (``learn``), with a dirty set to persist."""

    def __init__(self, actors: Iterable[LearnedActor] = (), seed_builtin: bool = True) -> None:
        self._actors: dict[str, LearnedActor] = {}
        self._alias: dict[str, list[str]] = {}
        self._builtin: dict[str, list[_Builtin]] = {}
        self._dirty: set[str] = set()
        if seed_builtin:
            self._seed_builtin()
        for a in actors:
            self._put(a)

    # -- seeding -------------------------------------------------------------------------------
    def _seed_builtin(self) -> None:
        try:
            from detente.knowledge.leaders import leaders
        except ImportError:  # the knowledge tables are optional for the registry itself
            return
        for ld in leaders():
            aliases = tuple(dict.fromkeys((ld.name, *ld.aliases, *name_aliases(ld.name, ld.country))))
            actor = LearnedActor(
                key=norm_name(ld.name),
                name=ld.name,
                country=ld.country,
                sectors=tuple(ld.sectors),
                role=ld.role,
                kind="person",
                aliases=aliases,
                origin="builtin",
            )
            entry = _Builtin(actor, getattr(ld, "start", None), getattr(ld, "end", None))
            for al in aliases:
                self._builtin.setdefault(norm_name(al), []).append(entry)

    def _put(self, actor: LearnedActor) -> None:
        self._actors[actor.key] = actor
        for al in (actor.name, *actor.aliases):
            keys = self._alias.setdefault(norm_name(al), [])
            if actor.key not in keys:
                keys.append(actor.key)

    # -- lookup --------------------------------------------------------------------------------
    def lookup(self, surface: str, on: date | None = None) -> LearnedActor | None:
        """The actor a surface form refers to on a date (``on``), or None.

        Actors learned from text and seen recently win; otherwise a built-in leader whose term covers the
        date; otherwise the closest built-in entry; otherwise any learned actor with that alias.
        """
        key = norm_name(surface)
        if not key:
            return None
        learned = [self._actors[k] for k in self._alias.get(key, ())]
        learned = [a for a in learned if _valid(a, on)]
        learned.sort(key=lambda a: a.last_seen or date.min, reverse=True)
        from_text = [a for a in learned if a.origin == "text" and _recent(a, on)]
        if from_text:
            return from_text[0]
        builtins = self._builtin.get(key, [])
        if on is not None:
            for b in builtins:
                if b.covers(on):
                    return b.actor
        loaded = [a for a in learned if a.origin != "text"]
        if loaded:  # PETRARCH / user dictionaries, valid on that date
            return loaded[0]
        if builtins:
            if on is not None:
                return min(builtins, key=lambda b: _distance(b, on)).actor
            current = [b for b in builtins if b.end is None]
            return (current or builtins)[-1].actor
        return learned[0] if learned else None

    # -- learning ------------------------------------------------------------------------------
    def learn(
        self,
        name: str,
        country: str | None,
        sectors: Iterable[str] = (),
        role: str | None = None,
        kind: str = "person",
        on: date | None = None,
        evidence: str | None = None,
        doc_id: str | None = None,
        aliases: Iterable[str] = (),
        origin: str = "text",
    ) -> LearnedActor:
        """Record (or refresh) what the text says about an actor and return the stored entry."""
        key = norm_name(name)
        sectors = tuple(sectors)
        all_aliases = tuple(dict.fromkeys((*name_aliases(name, country), *aliases)))
        old = self._actors.get(key)
        if old is None:
            actor = LearnedActor(
                key=key,
                name=name,
                country=country,
                sectors=sectors,
                role=role,
                kind=kind,
                aliases=all_aliases,
                first_seen=on,
                last_seen=on,
                evidence=evidence,
                evidence_doc=doc_id,
                origin=origin,
            )
        else:
            changed_identity = bool(country and country != old.country) or bool(role and role != old.role)
            actor = replace(
                old,
                country=country or old.country,
                sectors=sectors or old.sectors,
                role=role or old.role,
                aliases=tuple(dict.fromkeys((*old.aliases, *all_aliases))),
                first_seen=_min_date(old.first_seen, on),
                last_seen=_max_date(old.last_seen, on),
                evidence=evidence if (changed_identity or not old.evidence) and evidence else old.evidence,
                evidence_doc=doc_id if (changed_identity or not old.evidence_doc) and doc_id else old.evidence_doc,
            )
            if actor == old:
                return old
        self._put(actor)
        self._dirty.add(key)
        return actor

    def all(self) -> list[LearnedActor]:
        """Every actor learned or loaded (built-in leaders are not listed)."""
        return list(self._actors.values())

    def dirty(self) -> list[LearnedActor]:
        """Actors learned or updated since the last ``mark_clean()``."""
        return [self._actors[k] for k in sorted(self._dirty) if k in self._actors]

    def mark_clean(self) -> None:
        self._dirty.clear()

    def fork(self) -> ActorRegistry:
        """A registry that starts from this one and learns independently of it (built-ins are shared:
        they are read-only after seeding; learning replaces entries, it never mutates them)."""
        new = copy.copy(self)
        new._actors = dict(self._actors)
        new._alias = {k: list(v) for k, v in self._alias.items()}
        new._dirty = set(self._dirty)
        return new


def _valid(a: LearnedActor, on: date | None) -> bool:
    check = getattr(a, "valid_on", None)
    return bool(check(on)) if check is not None else True


def _recent(a: LearnedActor, on: date | None) -> bool:
    return on is None or a.last_seen is None or abs((on - a.last_seen).days) <= _RECENT_DAYS


def _distance(b: _Builtin, on: date) -> int:
    if b.start is not None and on < b.start:
        return (b.start - on).days
    if b.end is not None and on > b.end:
        return (on - b.end).days
    return 0


def _min_date(a: date | None, b: date | None) -> date | None:
    return min(x for x in (a, b) if x is not None) if (a or b) else None


def _max_date(a: date | None, b: date | None) -> date | None:
    return max(x for x in (a, b) if x is not None) if (a or b) else None
