"""Helpers shared by the events tests (imported as a top-level module by pytest's rootdir import)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from detente.model import CodedEvent, Document
from detente.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "grouping_corpus"


def ingest(store: Store, events: Sequence[CodedEvent]) -> None:
    """Store hand-built mentions, one document per doc_id (as the ingest pipeline would)."""
    by_doc: dict[str, list[CodedEvent]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    batch = [(Document(text=f"report {d}", date=evs[0].report_date or date(2024, 1, 1), id=d), evs)
             for d, evs in by_doc.items()]
    store.write_batch(batch)
