"""Tables of bulk runs: what each run read, how far it got in every input file, and what failed.

Progress rows are written in the same transaction as the documents and events of a batch, so after a
crash (even ``kill -9``) the store says exactly which records are in it, and a resumed run starts there.
"""

from __future__ import annotations

from detente.store.base import register_schema

RUN_TABLES: tuple[str, ...] = ("ingest_runs", "ingest_progress", "ingest_failures", "ingest_run_actors")


@register_schema
def scale_schema() -> list[str]:
    return [
        """CREATE TABLE IF NOT EXISTS ingest_runs (
            run_id TEXT PRIMARY KEY,        -- hash of the input paths and the options that change results
            paths TEXT NOT NULL,            -- JSON list of the absolute input paths
            options TEXT,                   -- JSON of those options
            status TEXT NOT NULL,           -- running | finished
            started_at TIMESTAMP NOT NULL,  -- documents stored before this are not coded again
            updated_at TIMESTAMP,
            finished_at TIMESTAMP,
            attempts INTEGER NOT NULL DEFAULT 1,
            batches INTEGER NOT NULL DEFAULT 0,
            documents_read BIGINT NOT NULL DEFAULT 0,
            stored BIGINT NOT NULL DEFAULT 0,
            duplicates BIGINT NOT NULL DEFAULT 0,
            failed BIGINT NOT NULL DEFAULT 0,
            events BIGINT NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE IF NOT EXISTS ingest_progress (
            run_id TEXT NOT NULL,
            path TEXT NOT NULL,             -- absolute path of one input file
            size BIGINT,                    -- size and mtime when read: a changed file is read again
            mtime_ns BIGINT,
            position BIGINT NOT NULL,       -- records (lines, rows, members, WARC records) committed
            done BOOLEAN NOT NULL,
            updated_at TIMESTAMP,
            PRIMARY KEY (run_id, path)
        )""",
        """CREATE TABLE IF NOT EXISTS ingest_failures (
            run_id TEXT NOT NULL,
            path TEXT NOT NULL,
            position BIGINT,
            reason TEXT NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS ingest_run_actors (
            run_id TEXT NOT NULL,           -- the learned-actor registry as the run found it (JSON)
            key TEXT NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (run_id, key)
        )""",
    ]
