-- detente store schema (DuckDB and PostgreSQL). Documented in docs/schema.md.
-- Portable SQL only: both backends run this file as it is.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,            -- sha256 of the normalised text, 16 hex
    external_id TEXT,
    title TEXT,
    url TEXT,
    source TEXT,
    path TEXT,
    report_date DATE,
    text TEXT NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at TIMESTAMP
);

-- One row per coded mention (an event as one sentence of one report tells it).
CREATE TABLE IF NOT EXISTS events (
    id TEXT NOT NULL,               -- sha256 of doc id, trigger, actors and code, 16 hex (unique: events_id)
    doc_id TEXT NOT NULL,
    source_text TEXT, source_code TEXT, source_country TEXT, source_name TEXT, source_sectors TEXT,
    source_start INTEGER, source_end INTEGER,
    target_text TEXT, target_code TEXT, target_country TEXT, target_name TEXT, target_sectors TEXT,
    target_start INTEGER, target_end INTEGER,
    cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, plover TEXT, plover_mode TEXT,
    quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION,
    modality TEXT NOT NULL,
    event_date TEXT, date_granularity TEXT, date_start DATE, date_end DATE,
    report_date DATE,
    location TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
    sentence TEXT, sentence_index INTEGER, sentence_start INTEGER,
    confidence DOUBLE PRECISION
);
CREATE UNIQUE INDEX IF NOT EXISTS events_id ON events (id);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country, date_start);
CREATE INDEX IF NOT EXISTS events_date ON events (date_start);

-- The learned actor registry: who a name is, and the sentence that taught it.
CREATE TABLE IF NOT EXISTS actors (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT,
    country TEXT,
    sectors TEXT,
    role TEXT,
    kind TEXT,
    first_seen DATE,
    last_seen DATE,
    evidence TEXT,
    evidence_doc TEXT,
    origin TEXT,
    valid_from DATE,
    valid_to DATE
);

CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT NOT NULL,
    actor_key TEXT NOT NULL,
    PRIMARY KEY (alias, actor_key)
);
