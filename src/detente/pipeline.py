"""Ingest: read documents, code them in batches, store each batch in one transaction.

The per-batch work is :func:`detente.coding.batch.code_documents`, a pure function over documents, so
the same step runs here, in worker processes and on a Dask cluster (``detente.scale``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import SourceError
from detente.model import CodedEvent, Document
from detente.sources import ReadOptions, read_paths
from detente.store.base import BatchResult, Store

# Documents per ingest transaction, and so per parse batch (see detente.coding.batch.PARSE_BATCH).
INGEST_BATCH = 128

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)

    def add_failure(self, err: SourceError) -> None:
        self.failed += 1
        self.failures.append((err.message.split(":", 1)[0], str(err)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "events": self.events,
            "failures": [{"where": w, "reason": r} for w, r in self.failures],
        }


def batched(items: Iterable[Document | SourceError], size: int, report: IngestReport) -> Iterator[list[Document]]:
    """Group documents into batches; read errors go to the report as they stream past."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, SourceError):
            report.add_failure(item)
            continue
        report.read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Ingestor:
    """Codes batches against one store, keeping the learned actor registry in step with it.

    With a backend that offers a second handle (:meth:`Store.writer`, DuckDB), batch *k* is written by
    one background thread while batch *k + 1* is parsed and coded: the database engine works outside
    Python's lock, so the write costs little wall time. Batches are still written one at a time, in
    order, each in one transaction; :meth:`wait` returns when everything handed over is stored and
    raises the first write error.
    """

    def __init__(self, store: Store, n_process: int = 1, background: bool = True) -> None:
        from detente.nlp.registry import ActorRegistry

        self.store = store
        self.n_process = n_process
        self.registry = ActorRegistry(store.load_actors())
        self.registry.mark_clean()
        self._writer = store.writer() if background else None
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="detente-writer") if self._writer else None
        self._pending: Future[BatchResult] | None = None
        self._in_flight: set[str] = set()  # ids of the batch being written (not yet visible to reads)

    def code(self, docs: Sequence[Document]) -> list[tuple[Document, list[CodedEvent]]]:
        from detente.coding.batch import code_documents

        return code_documents(docs, registry=self.registry, n_process=self.n_process)

    def ingest_batch(self, docs: Sequence[Document], report: IngestReport) -> None:
        known = self.store.known_documents([d.id for d in docs])
        fresh: list[Document] = []
        seen: set[str] = set()
        for d in docs:
            if d.id in known or d.id in seen or d.id in self._in_flight:
                report.duplicates += 1
            else:
                seen.add(d.id)
                fresh.append(d)
        if not fresh:
            return
        coded = self.code(fresh)
        actors = self.registry.dirty()  # learning replaces entries, never mutates them: safe to hand over
        self.registry.mark_clean()
        if self._pool is None or self._writer is None:
            _count(self.store.write_batch(coded, actors), report)
            return
        self.wait(report)
        self._in_flight = seen
        self._pending = self._pool.submit(self._writer.write_batch, coded, actors)

    def wait(self, report: IngestReport) -> None:
        """Block until the batch being written is stored; count it in ``report``."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._in_flight = set()
            _count(pending.result(), report)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        if self._writer is not None:
            self._writer.close()


def _count(result: BatchResult, report: IngestReport) -> None:
    report.stored += result.stored
    report.duplicates += result.duplicates
    report.events += result.events


def ingest_documents(
    store: Store,
    documents: Iterable[Document | SourceError],
    batch_size: int = INGEST_BATCH,
    n_process: int = 1,
    progress: Progress | None = None,
    group: bool = True,
) -> IngestReport:
    """Code and store documents; each batch is one transaction. Returns what happened.

    ``group`` runs event grouping and anticipation statuses afterwards (``detente group`` does it
    later for a bulk load; its memory grows with the store, the streaming ingest's does not).
    """
    report = IngestReport()
    ingestor = Ingestor(store, n_process=n_process)
    try:
        with store.bulk_load():
            for batch in batched(documents, batch_size, report):
                ingestor.ingest_batch(batch, report)
                if progress:
                    progress(len(batch))
            ingestor.wait(report)
    finally:
        ingestor.close()
    if group:
        after_ingest(store)
    return report


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    opts: ReadOptions | None = None,
    batch_size: int = INGEST_BATCH,
    n_process: int = 1,
    progress: Progress | None = None,
    group: bool = True,
) -> IngestReport:
    return ingest_documents(store, read_paths(paths, opts), batch_size, n_process, progress, group)


def after_ingest(store: Store) -> None:
    """Post-ingest maintenance: event grouping and anticipation statuses, when that module is present."""
    try:
        from detente.events import update_after_ingest
    except ImportError:
        return
    update_after_ingest(store)
