"""Ingest with the background writer: same store as writing in line, duplicates across consecutive
batches caught, a failed write stops the run with every earlier batch stored whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.errors import StoreError
from detente.model import Document
from detente.pipeline import Ingestor, IngestReport, batched, ingest_documents
from detente.store import open_store
from detente.store.duckdb import DuckDBStore

TEXTS = [
    "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing.",
    "Kenya and Uganda signed a trade agreement in Nairobi.",
    "Israeli aircraft struck targets in Lebanon.",
    "The United States imposed sanctions on Iran.",
]


def corpus() -> list[Document]:
    docs = [Document(text=t, date=date(2024, 4, i + 1)) for i, t in enumerate(TEXTS)]
    # a document told again in the very next batch, and once more later
    return [docs[0], docs[0], docs[1], docs[2], docs[0], docs[3], docs[3]]


def snapshot(path: Path) -> tuple[list[Any], list[Any]]:
    with open_store(path, read_only=True) as s:
        docs = s.query_rows("SELECT id, n_events FROM documents ORDER BY id")
        events = s.query_rows("SELECT id, doc_id, cameo, source_code, target_code FROM events ORDER BY id")
    return docs, events


def test_background_writer_stores_what_inline_writing_stores(tmp_path: Path) -> None:
    reports = {}
    for background in (True, False):
        store = open_store(tmp_path / f"{background}.duckdb")
        report = IngestReport()
        ingestor = Ingestor(store, background=background)
        assert (ingestor._writer is not None) is background
        for batch in batched(corpus(), 1, report):
            ingestor.ingest_batch(batch, report)
        ingestor.wait(report)
        ingestor.close()
        store.close()
        reports[background] = report
    a, b = reports[True], reports[False]
    assert (a.read, a.stored, a.duplicates, a.events) == (b.read, b.stored, b.duplicates, b.events)
    assert (a.stored, a.duplicates) == (4, 3)
    assert snapshot(tmp_path / "True.duckdb") == snapshot(tmp_path / "False.duckdb")


def test_a_failed_write_stops_the_run_and_keeps_earlier_batches(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = DuckDBStore.write_batch

    def flaky(self: DuckDBStore, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            with self.transaction():  # fail inside the transaction, after writing part of it
                self.execute("INSERT INTO documents (id, text) VALUES ('half', 'half written')")
                raise StoreError("disk full", "free some space")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DuckDBStore, "write_batch", flaky)
    store = open_store(tmp_path / "f.duckdb")
    docs = [Document(text=t, date=date(2024, 4, 1)) for t in TEXTS]
    with pytest.raises(StoreError, match="disk full"):
        ingest_documents(store, docs, batch_size=1, group=False)
    stored = {r[0] for r in store.query_rows("SELECT id FROM documents")}
    assert stored == {docs[0].id, docs[1].id}  # the two batches before the failure, nothing of the third
    orphans = store.query_rows("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)")
    assert orphans == [(0,)]
    store.close()
