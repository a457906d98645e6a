"""The data model shared by every stage: documents in, coded events out.

Everything here is a plain, frozen-ish dataclass so that batches can be pickled to Dask
workers and written to any store without an ORM.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Modality = Literal["happened", "planned", "hypothetical", "negated"]
MODALITIES: tuple[str, ...] = ("happened", "planned", "hypothetical", "negated")
Granularity = Literal["day", "week", "month", "quarter", "year"]

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode-normalise, collapse whitespace and case-fold: the basis of document identity."""
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip().casefold()


def document_id(text: str) -> str:
    """A document's id: the first 16 hex digits of the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One news report."""

    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # publisher / feed name
    path: str | None = None  # where it was read from
    external_id: str | None = None  # the id the user gave (JSONL ``id``)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)


@dataclass
class ActorRef:
    """An actor as found in one sentence and resolved to CAMEO terms.

    ``code`` is the composed CAMEO actor code (country + sectors, e.g. ``RUSGOV``, ``IGOUNO``, ``WST``).
    ``country`` is the actor's affiliation as the coder composes codes from it: the three-letter country
    code, or an organisation's code for its officials (``IGOUNO`` for the UN Secretary-General, so "his
    spokesman" is ``IGOUNOGOV``). Records and the store get :attr:`country_code`, always a country.
    """

    text: str
    code: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    name: str | None = None  # canonical person name, e.g. "Sergei Lavrov"
    role: str | None = None  # e.g. "foreign minister"
    kind: str = "country"  # country | person | organisation | group | igo | unknown
    start: int = -1  # character offsets in the document
    end: int = -1

    @property
    def country_code(self) -> str | None:
        """The actor's country: ``country`` when it is a country code, else the country the code starts
        with (``IRNMILIRG``, the Revolutionary Guard, is Iran's), else None (``IGOWSTNAT``, ``WST``)."""
        from detente.knowledge.countries import country_code

        found = country_code(self.country) if self.country else None
        return found or (country_code(self.code[:3]) if self.code else None)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sectors"] = list(self.sectors)
        return d


@dataclass
class EventDate:
    """When an event happened (or is expected), with its granularity; ``value`` is ISO text cut to it."""

    value: str  # "2024-05" for a month, "2024-05-03" for a day, "2024" for a year
    granularity: Granularity
    start: date
    end: date
    text: str | None = None  # the phrase it came from; None when it defaulted to the report date


@dataclass
class Place:
    name: str
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | country | region


@dataclass
class CodedEvent:
    """One coded mention of an interaction: who did what to whom, when and where, with evidence."""

    doc_id: str
    source: ActorRef
    target: ActorRef | None
    cameo: str  # string with leading zeros, e.g. "036"
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None
    modality: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_index: int
    sentence_start: int
    event_date: EventDate | None = None
    report_date: date | None = None
    location: Place | None = None
    confidence: float = 0.5
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            key = "|".join(
                [
                    self.doc_id,
                    str(self.trigger_start),
                    self.source.code,
                    str(self.source.start),
                    self.target.code if self.target else "",
                    str(self.target.start) if self.target else "",
                    self.cameo,
                ]
            )
            self.id = hashlib.sha256(key.encode()).hexdigest()[:16]

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_record(self) -> dict[str, Any]:
        """The flat JSON record of ``detente code`` (a stable interface)."""
        t = self.target
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "source_text": self.source.text,
            "source_code": self.source.code,
            "source_country": self.source.country_code,
            "source_name": self.source.name,
            "target_text": t.text if t else None,
            "target_code": t.code if t else None,
            "target_country": t.country_code if t else None,
            "target_name": t.name if t else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "modality": self.modality,
            "event_date": self.event_date.value if self.event_date else None,
            "date_granularity": self.event_date.granularity if self.event_date else None,
            "report_date": self.report_date.isoformat() if self.report_date else None,
            "location": self.location.name if self.location else None,
            "location_country": self.location.country if self.location else None,
            "lat": self.location.lat if self.location else None,
            "lon": self.location.lon if self.location else None,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "source_start": self.source.start,
            "source_end": self.source.end,
            "target_start": t.start if t else None,
            "target_end": t.end if t else None,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "sentence_start": self.sentence_start,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class LearnedActor:
    """A person (or body) the coder learned about from text, e.g. Lavrov -> RUS GOV foreign minister.

    ``key`` is the normalised canonical name ("sergei lavrov"); ``aliases`` holds the surface forms that
    resolve to it ("Lavrov", "Sergei Lavrov").
    """

    key: str
    name: str
    country: str | None
    sectors: tuple[str, ...] = ()
    role: str | None = None
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    first_seen: date | None = None
    last_seen: date | None = None
    evidence: str | None = None  # the sentence that taught it
    evidence_doc: str | None = None
    origin: str = "text"  # text | builtin | petrarch | user
    valid_from: date | None = None  # date-restricted codes: the code holds from..to (inclusive)
    valid_to: date | None = None

    def valid_on(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.valid_from is None or self.valid_from <= when) and (self.valid_to is None or when <= self.valid_to)

    @property
    def code(self) -> str:
        return (self.country or "") + "".join(self.sectors)


def distinct_events(events: Sequence[CodedEvent]) -> list[CodedEvent]:
    """One event per id (same document, trigger, actors and code): the coder can reach one pair twice,
    e.g. as a chosen and as a secondary target. The most confident copy is kept, in first-seen order."""
    best: dict[str, CodedEvent] = {}
    for e in events:
        kept = best.get(e.id)
        if kept is None or e.confidence > kept.confidence:
            best[e.id] = e
    return list(best.values())
