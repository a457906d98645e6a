"""``bulk_ingest``: resumable, exactly-once ingest of large corpora, in one process or on Dask."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.pipeline import INGEST_BATCH, IngestReport, Progress, after_ingest
from detente.scale.executors import make_executor
from detente.scale.runs import Run, unfinished_batch_size
from detente.scale.shards import load_shard
from detente.scale.work import CoderSpec, coder_name
from detente.sources.registry import ReadOptions
from detente.store.base import Store

MAX_REPORTED_FAILURES = 100  # the report keeps the first ones; all are in the ingest_failures table


@dataclass
class BulkReport(IngestReport):
    """What one invocation did (``read``, ``stored``... count this invocation only) and the run's totals."""

    run_id: str = ""
    resumed: bool = False
    attempts: int = 1
    batches: int = 0
    skipped_files: int = 0  # finished by an earlier attempt and unchanged
    resumed_records: int = 0  # records of unfinished files committed by earlier attempts
    backend: str = "local"
    workers: int = 1
    seconds: float = 0.0
    run_totals: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(run_id=self.run_id, resumed=self.resumed, attempts=self.attempts, batches=self.batches,
                 skipped_files=self.skipped_files, resumed_records=self.resumed_records, backend=self.backend,
                 workers=self.workers, seconds=round(self.seconds, 3),
                 documents_per_second=round(self.read / self.seconds, 2) if self.seconds else None,
                 run_totals={k: (v.isoformat() if hasattr(v, "isoformat") else v)
                             for k, v in self.run_totals.items()},
                 notes=self.notes)
        return d


def bulk_ingest(
    paths: Sequence[str | Path],
    store: Store,
    opts: ReadOptions | None = None,
    *,
    workers: int = 0,
    scheduler: str | None = None,
    batch_size: int = INGEST_BATCH,
    resume: bool = False,
    restart: bool = False,
    progress: Progress | None = None,
    coder: CoderSpec | None = None,
    shard_dir: str | Path | None = None,
    keep_shards: bool = False,
    after: bool = True,
) -> BulkReport:
    """Read, code and store a corpus as a resumable bulk run; returns what this invocation did.

    - ``workers=0`` and no ``scheduler``: code in this process; ``workers=N``: a local Dask cluster of N
      worker processes (one thread each); ``scheduler="tcp://HOST:8786"``: an existing Dask cluster (then
      ``shard_dir`` must be on a file system the workers share with this machine).
    - Each batch is stored in one transaction together with the run's progress, so a run killed at any
      point continues where it stopped when the same call is made again. With ``resume``, an unfinished
      run over the same paths is continued even when ``batch_size`` differs (its own is used); a note
      says when there was nothing to resume. ``restart`` forgets the run's progress (stored documents are
      still skipped, so nothing is duplicated).
    - ``after``: run the post-ingest step (event grouping) at the end, as ``ingest_documents`` does.
    - Every backend codes the same batches against the same registry snapshot: the stored events are the
      same whichever backend ran, and whether or not the run was interrupted.
    """
    opts = opts or ReadOptions()
    t0 = time.perf_counter()
    notes = []
    if resume and not restart:
        found = unfinished_batch_size(store, paths, opts, coder_name(coder))
        if found is not None and found != batch_size:
            notes.append(f"resuming the unfinished run with its batch size {found} (not {batch_size})")
            batch_size = found
    run = Run(store, paths, opts, batch_size, coder_name(coder), restart=restart)
    report = BulkReport(run_id=run.run_id, resumed=run.resumed, attempts=run.attempts, notes=notes)
    if resume and not run.resumed:
        report.notes.append("no earlier run of these paths with these options was found: started a new run")
    executor = make_executor(workers, scheduler, shard_dir, keep_shards)
    report.backend = executor.name
    with executor, store.bulk_load():
        report.workers = executor.workers
        for batch, shard in executor.map(run.batches(store), run.snapshot, run.token, coder):

            def record(s: Store, result: Any, batch: Any = batch) -> None:
                run.record(s, batch, result)

            result = load_shard(store, shard, also=record)
            report.batches += 1
            report.read += batch.read
            report.stored += result.stored
            report.duplicates += result.duplicates + batch.skipped
            report.events += result.events
            report.failed += len(batch.failures)
            for path, _pos, reason in batch.failures:
                if len(report.failures) < MAX_REPORTED_FAILURES:
                    report.failures.append((path, reason))
            if progress:
                progress(batch.read)
    if keep_shards and getattr(executor, "shard_dir", None):
        report.notes.append(f"Parquet shards kept in {executor.shard_dir}")
    report.skipped_files, report.resumed_records = run.skipped_files, run.resumed_records
    report.run_totals = run.finish(store)
    if report.failed > MAX_REPORTED_FAILURES:
        report.notes.append(f"{report.failed} failures; the first {MAX_REPORTED_FAILURES} are listed, all are "
                            f"in the ingest_failures table (run_id {run.run_id})")
    if after:
        after_ingest(store)
    report.seconds = time.perf_counter() - t0
    return report
