"""The coder's reading (``detente.coding.reading``): what ``detente code`` writes by default."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.factory import make_event
from detente.coding.batch import code_documents
from detente.coding.reading import READING_FLOOR, reading
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


def _at(ev: CodedEvent, sentence: int, confidence: float) -> CodedEvent:
    return replace(ev, sentence_index=sentence, confidence=confidence, id="")


def test_sure_events_kept_and_unsure_sentences_keep_their_best() -> None:
    doc = Document(text="RUS met CHN. IRN threatened ISR.", date=date(2024, 4, 3))
    base = make_event(doc, "RUS", "CHN", "040", 1.0, 1, date(2024, 4, 3))
    evs = [_at(base, 0, 0.9), _at(base, 0, 0.6), _at(base, 0, 0.05), _at(base, 1, 0.45), _at(base, 1, 0.45),
           _at(base, 1, 0.2)]
    kept = reading(evs)
    assert [(e.sentence_index, e.confidence) for e in kept] == [(0, 0.9), (1, 0.45), (1, 0.45)]
    assert [e.confidence for e in reading(evs, floor=0.5)] == [0.9, 0.6, 0.45, 0.45]
    assert reading([]) == []


def test_reading_of_a_coded_sentence_drops_secondary_parties() -> None:
    text = "Turkish troops shelled Kurdish positions near the town of Tal Abyad in northern Syria."
    events = code_documents([Document(text=text)], registry=ActorRegistry())[0][1]
    kept = reading(events)
    assert kept and all(e.confidence >= READING_FLOOR for e in kept)
    assert len(kept) < len(events)  # the town and the region as targets are secondary readings
    assert any(e.target is not None and "Kurdish" in e.target.text for e in kept)
