"""Synthetic, realistic-looking coded events: for tests, demos and the API benchmark.

Documents are short English reports whose events point back into the text with correct offsets
(source, target, trigger, sentence), so the document view and the evidence highlighting can be
tested end to end without the NLP pipeline. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from detente.model import ActorRef, CodedEvent, Document, EventDate, LearnedActor, Place

# (ISO3, name, capital, lat, lon): facts, enough for dyads, a map and a network.
COUNTRIES: tuple[tuple[str, str, str, float, float], ...] = (
    ("RUS", "Russia", "Moscow", 55.75, 37.62), ("USA", "the United States", "Washington", 38.9, -77.04),
    ("CHN", "China", "Beijing", 39.9, 116.4), ("UKR", "Ukraine", "Kyiv", 50.45, 30.52),
    ("FRA", "France", "Paris", 48.86, 2.35), ("DEU", "Germany", "Berlin", 52.52, 13.4),
    ("GBR", "Britain", "London", 51.51, -0.13), ("IRN", "Iran", "Tehran", 35.69, 51.39),
    ("ISR", "Israel", "Jerusalem", 31.77, 35.21), ("TUR", "Turkey", "Ankara", 39.93, 32.86),
    ("IND", "India", "New Delhi", 28.61, 77.21), ("PAK", "Pakistan", "Islamabad", 33.69, 73.06),
    ("JPN", "Japan", "Tokyo", 35.68, 139.69), ("PRK", "North Korea", "Pyongyang", 39.04, 125.76),
    ("KOR", "South Korea", "Seoul", 37.57, 126.98), ("BRA", "Brazil", "Brasilia", -15.79, -47.88),
    ("EGY", "Egypt", "Cairo", 30.04, 31.24), ("SAU", "Saudi Arabia", "Riyadh", 24.71, 46.68),
    ("ZAF", "South Africa", "Pretoria", -25.75, 28.19), ("POL", "Poland", "Warsaw", 52.23, 21.01),
)  # fmt: skip

# (CAMEO code, verb phrase, Goldstein, QuadClass, PLOVER): facts from the CAMEO codebook.
VERBS: tuple[tuple[str, str, float, int, str], ...] = (
    ("036", "expressed intent to meet", 4.0, 1, "CONSULT"), ("040", "consulted", 1.0, 1, "CONSULT"),
    ("042", "visited", 1.9, 1, "CONSULT"), ("043", "hosted", 2.8, 1, "CONSULT"),
    ("051", "praised", 3.4, 1, "CONSULT"), ("057", "signed an agreement with", 8.0, 1, "AGREE"),
    ("061", "cooperated economically with", 6.4, 2, "COOPERATE"), ("070", "sent aid to", 7.0, 2, "AID"),
    ("071", "sent economic aid to", 7.4, 2, "AID"), ("111", "criticised", -2.0, 3, "ACCUSE"),
    ("112", "accused", -2.0, 3, "ACCUSE"), ("130", "threatened", -4.4, 3, "THREATEN"),
    ("163", "imposed an embargo on", -8.0, 4, "SANCTION"), ("172", "imposed sanctions on", -5.0, 4, "SANCTION"),
    ("190", "used force against", -10.0, 4, "FIGHT"), ("195", "launched air strikes on", -10.0, 4, "FIGHT"),
)  # fmt: skip

SECTORS = (("GOV", "government"), ("MIL", "military"), ("", ""), ("BUS", "business"))
PEOPLE = (
    ("sergei lavrov", "Sergei Lavrov", "RUS", "foreign minister", ("Lavrov", "Sergei Lavrov")),
    ("wang yi", "Wang Yi", "CHN", "foreign minister", ("Wang Yi", "Councilor Wang Yi")),
    ("antony blinken", "Antony Blinken", "USA", "secretary of state", ("Blinken",)),
)


@dataclass
class SynthConfig:
    documents: int = 50
    events_per_doc: int = 3
    start: date = date(2024, 1, 1)
    days: int = 365
    seed: int = 7


def _actor(rng: random.Random, iso: str, name: str) -> tuple[str, str, tuple[str, ...]]:
    sec, word = rng.choice(SECTORS)
    text = f"the {name.removeprefix('the ')} {word}".replace("  ", " ").strip() if word else name
    return text, iso + sec, ((sec,) if sec else ())


def _pair(rng: random.Random) -> tuple[int, int]:
    # A few dyads dominate, as in real news: skew towards the first countries.
    n = len(COUNTRIES)
    i = min(int(rng.expovariate(0.35)), n - 1)
    j = min(int(rng.expovariate(0.25)), n - 1)
    if i == j:
        j = (j + 1 + rng.randrange(n - 1)) % n
    return i, j


@dataclass
class _Pending:
    sentence: str
    start: int
    index: int
    source: ActorRef
    target: ActorRef
    trigger: str
    trigger_start: int
    cameo: str
    goldstein: float
    quad_class: int
    plover: str
    place: Place
    modality: str


def synth_document(rng: random.Random, index: int, cfg: SynthConfig) -> tuple[Document, list[CodedEvent]]:
    """One report with ``cfg.events_per_doc`` coded events and exact offsets into its text."""
    day = cfg.start + timedelta(days=rng.randrange(cfg.days))
    parts: list[str] = []
    pos = 0
    pending: list[_Pending] = []
    for k in range(cfg.events_per_doc):
        i, j = _pair(rng)
        s_iso, s_name, s_cap, lat, lon = COUNTRIES[i]
        t_iso, t_name, *_ = COUNTRIES[j]
        cameo, verb, gold, quad, plover = rng.choice(VERBS)
        s_text, s_code, s_sec = _actor(rng, s_iso, s_name)
        t_text, t_code, t_sec = _actor(rng, t_iso, t_name)
        s_text = s_text[0].upper() + s_text[1:]
        sentence = f"{s_text} {verb} {t_text} in {s_cap} (report {index}.{k})."
        s0 = pos
        t0 = s0 + len(s_text) + 1
        g0 = t0 + len(verb) + 1
        pending.append(_Pending(
            sentence=sentence, start=s0, index=k,
            source=ActorRef(s_text, s_code, s_iso, s_sec, start=s0, end=s0 + len(s_text)),
            target=ActorRef(t_text, t_code, t_iso, t_sec, start=g0, end=g0 + len(t_text)),
            trigger=verb, trigger_start=t0, cameo=cameo, goldstein=gold, quad_class=quad, plover=plover,
            place=Place(s_cap, s_iso, lat, lon, feature="city"),
            modality="planned" if cameo == "036" else "happened",
        ))  # fmt: skip
        parts.append(sentence)
        pos += len(sentence) + 1
    text = " ".join(parts)
    doc = Document(text=text, date=day, title=f"Report {index}", url=f"https://news.example/{index}",
                   source=rng.choice(("Wire A", "Wire B", "Daily C")), external_id=f"synth-{index}")
    events = []
    for p in pending:
        events.append(CodedEvent(
            doc_id=doc.id, source=p.source, target=p.target, cameo=p.cameo, goldstein=p.goldstein,
            quad_class=p.quad_class, plover=p.plover, plover_mode=None, modality=p.modality,
            trigger=p.trigger, trigger_start=p.trigger_start, trigger_end=p.trigger_start + len(p.trigger),
            sentence=p.sentence, sentence_index=p.index, sentence_start=p.start,
            event_date=EventDate(day.isoformat(), "day", day, day), report_date=day, location=p.place,
            confidence=round(rng.uniform(0.4, 0.95), 3),
        ))  # fmt: skip
    return doc, events


def synth_corpus(cfg: SynthConfig | None = None) -> Iterator[tuple[Document, list[CodedEvent]]]:
    cfg = cfg or SynthConfig()
    rng = random.Random(cfg.seed)
    for i in range(cfg.documents):
        yield synth_document(rng, i, cfg)


def synth_actors() -> list[LearnedActor]:
    return [
        LearnedActor(key=k, name=n, country=c, sectors=("GOV",), role=r, aliases=al,
                     first_seen=date(2024, 1, 2), last_seen=date(2024, 6, 1),
                     evidence=f"{n}, the {r} of {c}, said on Monday.", evidence_doc=None)
        for k, n, c, r, al in PEOPLE
    ]  # fmt: skip
