"""The coder's reading of a document: the events it stands behind, out of every candidate it scored.

The coder emits one event per plausible (source, target) pair of a predicate, ranked by confidence: its
chosen targets (0.7 and more), secondary parties the predicate governs (0.6), low-ranked guesses (fallback
and orphan pairings, 0.05-0.45). Stores keep them all, so that views can trade recall for precision; an
event *data set* wants the reading: per sentence, the events at or above :data:`READING_FLOOR`, and for a
sentence with none that sure, its most confident events (so a sentence the coder could only guess at still
says what it guessed). On the project's CAMEO-triple sets the reading keeps the precision of the 0.7 floor
and most of the recall of the lower tiers (``detente evaluate cameo``, row ``reading``).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.model import CodedEvent

#: the confidence of the coder's chosen targets (secondary parties score 0.6)
READING_FLOOR = 0.7


def reading(events: Sequence[CodedEvent], floor: float = READING_FLOOR) -> list[CodedEvent]:
    """Per sentence, the events at or above ``floor``, else the sentence's most confident events; the
    order of ``events`` is kept."""
    best: dict[tuple[str, int], float] = {}
    for e in events:
        key = (e.doc_id, e.sentence_index)
        best[key] = max(best.get(key, 0.0), e.confidence)
    return [e for e in events if e.confidence >= min(floor, best[(e.doc_id, e.sentence_index)])]
