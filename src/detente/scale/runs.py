"""Resumable bulk runs: a run's identity, its progress per input file, and the batches still to do.

A run is identified by its input paths and the options that change what gets stored (dates, checks,
batch size, coder). Running the same command again finds the run and continues after its last committed
batch; files already finished (same size and mtime) are skipped, a changed file is read again from its
start (documents already stored are skipped, so nothing is duplicated).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from detente.errors import SourceError
from detente.model import Document, LearnedActor
from detente.sources.bulk import iter_positioned
from detente.sources.read import _load_optional_readers, iter_files
from detente.sources.registry import ReadOptions
from detente.store.base import BatchResult, Store

MAX_FAILURES_PER_BATCH = 1000


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class FileState:
    path: str
    size: int
    mtime_ns: int
    position: int = 0
    done: bool = False


@dataclass
class Batch:
    """The next documents of a run, with the progress to commit alongside them."""

    seq: int
    docs: list[Document]  # to code: not stored before the run started, no repeats within the batch
    read: int  # documents read (including those skipped before coding)
    skipped: int  # documents already stored before the run or repeated within the batch
    progress: list[FileState] = field(default_factory=list)
    failures: list[tuple[str, int, str]] = field(default_factory=list)  # (path, position, reason)


def run_key(paths: Sequence[str], opts: ReadOptions, batch_size: int, coder: str) -> str:
    spec = {
        "paths": paths, "batch_size": batch_size, "coder": coder,
        "default_date": opts.default_date.isoformat() if opts.default_date else None,
        "require_date": opts.require_date, "language_check": opts.language_check, "max_bytes": opts.max_bytes,
    }  # fmt: skip
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


class Run:
    """One bulk run as recorded in the store (tables of :mod:`detente.scale.schema`)."""

    def __init__(self, store: Store, paths: Sequence[str | Path], opts: ReadOptions, batch_size: int,
                 coder: str, restart: bool = False) -> None:
        from detente.scale.shards import actor_from_json, actor_json

        self.paths = [str(p) for p in paths]
        self.opts, self.batch_size = opts, batch_size
        abs_paths = [str(Path(p).resolve()) for p in self.paths]
        self.options = {"batch_size": batch_size, "coder": coder,
                        "default_date": opts.default_date.isoformat() if opts.default_date else None,
                        "require_date": opts.require_date, "language_check": opts.language_check}
        self.run_id = run_key(abs_paths, opts, batch_size, coder)
        rid = self.run_id
        with store.transaction():
            rows = store.query("SELECT * FROM ingest_runs WHERE run_id = ?", [rid])
            if rows and restart:
                for table in ("ingest_progress", "ingest_failures", "ingest_run_actors", "ingest_runs"):
                    store.execute(f"DELETE FROM {table} WHERE run_id = ?", [rid])
                rows = []
            self.resumed = bool(rows)
            if rows:
                self.started_at: datetime = rows[0]["started_at"]
                self.attempts = int(rows[0]["attempts"]) + 1
                store.execute("UPDATE ingest_runs SET attempts = ?, status = 'running', updated_at = ? "
                              "WHERE run_id = ?", [self.attempts, _now(), rid])
                found = store.query("SELECT actor FROM ingest_run_actors WHERE run_id = ? ORDER BY key", [rid])
                self.snapshot: list[LearnedActor] = [actor_from_json(r["actor"]) for r in found]
            else:
                self.started_at, self.attempts = _now(), 1
                store.execute(
                    "INSERT INTO ingest_runs (run_id, paths, options, status, started_at, updated_at, attempts) "
                    "VALUES (?, ?, ?, 'running', ?, ?, 1)",
                    [rid, json.dumps(abs_paths), json.dumps(self.options), self.started_at, self.started_at],
                )
                self.snapshot = store.load_actors()
                store.executemany("INSERT INTO ingest_run_actors (run_id, key, actor) VALUES (?, ?, ?)",
                                  [(rid, a.key, actor_json(a)) for a in self.snapshot])
        self.token = f"{rid}:{self.started_at.isoformat()}"
        # documents stored before the run began are not coded again; when there are none (a first run into a
        # fresh store, or its resumption), the per-batch lookup is skipped
        self._older_documents = bool(store.query("SELECT 1 AS x FROM documents WHERE ingested_at < ? LIMIT 1",
                                                 [self.started_at]))
        self.skipped_files = 0
        self.resumed_records = 0

    # -- reading --------------------------------------------------------------------------------
    def file_state(self, store: Store, path: str) -> FileState | None:
        """The committed progress of one input file (looked up one by one: memory stays flat)."""
        if not self.resumed:
            return None
        rows = store.query("SELECT size, mtime_ns, position, done FROM ingest_progress WHERE run_id = ? AND path = ?",
                           [self.run_id, path])
        if not rows:
            return None
        r = rows[0]
        return FileState(path, r["size"], r["mtime_ns"], int(r["position"]), bool(r["done"]))

    def _known_before_run(self, store: Store, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        if not self._older_documents:
            return found
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r["id"] for r in store.query(
                f"SELECT id FROM documents WHERE id IN ({marks}) AND ingested_at < ?", [*chunk, self.started_at]))
        return found

    def _make_batch(self, store: Store, seq: int, docs: list[Document], pending: dict[str, FileState],
                    failures: list[tuple[str, int, str]]) -> Batch:
        known = self._known_before_run(store, [d.id for d in docs])
        fresh: list[Document] = []
        seen: set[str] = set()
        for d in docs:
            if d.id not in known and d.id not in seen:
                seen.add(d.id)
                fresh.append(d)
        return Batch(seq, fresh, len(docs), len(docs) - len(fresh), list(pending.values()), list(failures))

    def batches(self, store: Store) -> Iterator[Batch]:
        """The batches still to do, in order; each carries the progress to commit with it.

        Batch boundaries depend only on the input (and on where the last attempt stopped, which is always
        a boundary), so a resumed run codes exactly the batches an uninterrupted run would have.
        """
        _load_optional_readers()
        seq = 0
        docs: list[Document] = []
        pending: dict[str, FileState] = {}
        failures: list[tuple[str, int, str]] = []
        for f in iter_files(self.paths):
            if isinstance(f, SourceError):
                failures.append((f.message.split(":", 1)[0], 0, str(f)))
                continue
            key = str(f.resolve())
            st = f.stat()
            prev = self.file_state(store, key)
            start = 0
            if prev is not None and prev.size == st.st_size and prev.mtime_ns == st.st_mtime_ns:
                if prev.done:
                    self.skipped_files += 1
                    continue
                start = prev.position
                self.resumed_records += start
            state = FileState(key, st.st_size, st.st_mtime_ns, start, False)
            pending[key] = replace(state)
            for pos, item in iter_positioned(f, self.opts, start):
                if pos >= 0:
                    state.position = pos
                pending[key] = replace(state)
                if isinstance(item, SourceError):
                    failures.append((key, state.position, str(item)))
                elif item is not None:
                    docs.append(item)
                if len(docs) >= self.batch_size or len(failures) >= MAX_FAILURES_PER_BATCH:
                    seq += 1
                    yield self._make_batch(store, seq, docs, pending, failures)
                    docs, pending, failures = [], {}, []
            state.done = True
            pending[key] = replace(state)
        if docs or pending or failures:
            seq += 1
            yield self._make_batch(store, seq, docs, pending, failures)

    # -- recording ------------------------------------------------------------------------------
    def record(self, store: Store, batch: Batch, result: BatchResult) -> None:
        """Commit a batch's progress, failures and counts (call inside the batch's transaction)."""
        now = _now()
        if batch.progress:
            store.executemany(
                "INSERT INTO ingest_progress (run_id, path, size, mtime_ns, position, done, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, path) DO UPDATE SET size = excluded.size, "
                "mtime_ns = excluded.mtime_ns, position = excluded.position, done = excluded.done, "
                "updated_at = excluded.updated_at",
                [(self.run_id, s.path, s.size, s.mtime_ns, s.position, s.done, now) for s in batch.progress],
            )
        if batch.failures:
            store.executemany("INSERT INTO ingest_failures (run_id, path, position, reason) VALUES (?, ?, ?, ?)",
                              [(self.run_id, p, pos, r) for p, pos, r in batch.failures])
        store.execute(
            "UPDATE ingest_runs SET batches = batches + 1, documents_read = documents_read + ?, "
            "stored = stored + ?, duplicates = duplicates + ?, failed = failed + ?, events = events + ?, "
            "updated_at = ? WHERE run_id = ?",
            [batch.read, result.stored, result.duplicates + batch.skipped, len(batch.failures), result.events,
             now, self.run_id],
        )

    def finish(self, store: Store) -> dict[str, Any]:
        now = _now()
        with store.transaction():
            store.execute("UPDATE ingest_runs SET status = 'finished', finished_at = ?, updated_at = ? "
                          "WHERE run_id = ?", [now, now, self.run_id])
        return run_status(store, self.run_id) or {}


def unfinished_batch_size(store: Store, paths: Sequence[str | Path], opts: ReadOptions, coder: str) -> int | None:
    """The batch size of the latest unfinished run over these paths with these options, if any.

    ``--resume`` uses it, so resuming with a different (or default) ``--batch-size`` continues that run.
    """
    abs_paths = json.dumps([str(Path(p).resolve()) for p in paths])
    rows = store.query("SELECT options FROM ingest_runs WHERE paths = ? AND status = 'running' "
                       "ORDER BY updated_at DESC", [abs_paths])
    want = {"coder": coder, "default_date": opts.default_date.isoformat() if opts.default_date else None,
            "require_date": opts.require_date, "language_check": opts.language_check}
    for r in rows:
        o = json.loads(r["options"] or "{}")
        if all(o.get(k) == v for k, v in want.items()) and isinstance(o.get("batch_size"), int):
            return int(o["batch_size"])
    return None


def run_status(store: Store, run_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM ingest_runs WHERE run_id = ?", [run_id])
    return rows[0] if rows else None


def list_runs(store: Store) -> list[dict[str, Any]]:
    """Every bulk run recorded in the store, newest first, with its files done and to go."""
    runs = store.query("SELECT * FROM ingest_runs ORDER BY started_at DESC")
    for r in runs:
        files = store.query("SELECT count(*) AS n, sum(CASE WHEN done THEN 1 ELSE 0 END) AS done "
                            "FROM ingest_progress WHERE run_id = ?", [r["run_id"]])[0]
        r["files"], r["files_done"] = int(files["n"] or 0), int(files["done"] or 0)
    return runs
