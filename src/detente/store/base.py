"""The store interface shared by the DuckDB and PostgreSQL backends.

SQL in detente is written once with ``?`` placeholders; each backend adapts it to its driver.
Writes go through :meth:`Store.write_batch`, one transaction per batch: a batch is stored whole or not
at all, so the database is never left half-written.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from detente.model import CodedEvent, Document, LearnedActor

DEFAULT_DB = "detente.duckdb"

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "doc_id",
    "source_text", "source_code", "source_country", "source_name", "source_sectors",
    "source_start", "source_end",
    "target_text", "target_code", "target_country", "target_name", "target_sectors",
    "target_start", "target_end",
    "cameo", "cameo_root", "plover", "plover_mode", "quad_class", "goldstein", "modality",
    "event_date", "date_granularity", "date_start", "date_end", "report_date",
    "location", "location_country", "lat", "lon",
    "trigger", "trigger_start", "trigger_end",
    "sentence", "sentence_index", "sentence_start", "confidence",
)  # fmt: skip

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id", "external_id", "title", "url", "source", "path", "report_date", "text", "n_events", "ingested_at",
)
ACTOR_COLUMNS: tuple[str, ...] = (
    "key", "name", "code", "country", "sectors", "role", "kind", "first_seen", "last_seen",
    "evidence", "evidence_doc", "origin", "valid_from", "valid_to",
)  # fmt: skip


def schema_sql() -> list[str]:
    text = resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def event_row(ev: CodedEvent) -> tuple[Any, ...]:
    s, t, d, loc = ev.source, ev.target, ev.event_date, ev.location
    return (
        ev.id, ev.doc_id,
        s.text, s.code, s.country_code, s.name, " ".join(s.sectors), s.start, s.end,
        t.text if t else None, t.code if t else None, t.country_code if t else None, t.name if t else None,
        " ".join(t.sectors) if t else None, t.start if t else None, t.end if t else None,
        ev.cameo, ev.cameo[:2], ev.plover, ev.plover_mode, ev.quad_class, ev.goldstein, ev.modality,
        d.value if d else None, d.granularity if d else None, d.start if d else None, d.end if d else None,
        ev.report_date,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None,
        ev.trigger, ev.trigger_start, ev.trigger_end,
        ev.sentence, ev.sentence_index, ev.sentence_start, ev.confidence,
    )  # fmt: skip


def document_row(doc: Document, n_events: int) -> tuple[Any, ...]:
    return (
        doc.id, doc.external_id, doc.title, doc.url, doc.source, doc.path, doc.date, doc.text, n_events,
        datetime.now(timezone.utc).replace(tzinfo=None),
    )


def actor_row(a: LearnedActor) -> tuple[Any, ...]:
    return (
        a.key, a.name, a.code, a.country, " ".join(a.sectors), a.role, a.kind, a.first_seen, a.last_seen,
        a.evidence, a.evidence_doc, a.origin, a.valid_from, a.valid_to,
    )


def actor_from_row(row: dict[str, Any], aliases: Sequence[str]) -> LearnedActor:
    return LearnedActor(
        key=row["key"], name=row["name"], country=row["country"],
        sectors=tuple((row["sectors"] or "").split()), role=row["role"], kind=row["kind"] or "person",
        aliases=tuple(aliases), first_seen=row["first_seen"], last_seen=row["last_seen"],
        evidence=row["evidence"], evidence_doc=row["evidence_doc"], origin=row["origin"] or "text",
        valid_from=row.get("valid_from"), valid_to=row.get("valid_to"),
    )  # fmt: skip


@dataclass
class BatchResult:
    stored: int = 0
    duplicates: int = 0
    events: int = 0


class Store(ABC):
    """An open event store. Use as a context manager; ``close()`` releases it."""

    url: str

    # -- low level -------------------------------------------------------------------------------
    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query (``?`` placeholders) and return rows as dicts."""

    def query_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a read query and return rows as tuples in column order (lighter than dicts)."""
        return [tuple(r.values()) for r in self.query(sql, params)]

    def iter_rows(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[tuple[Any, ...]]:
        """:meth:`query_rows` as a stream, fetched ``size`` rows at a time where the backend can (so a
        large result is never held whole as Python objects). Consume it before the next statement."""
        yield from self.query_rows(sql, params)

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]: ...

    @abstractmethod
    def close(self) -> None: ...

    def writer(self) -> Store | None:
        """A second handle on the same database, for one background thread that writes batches while
        this handle keeps reading; None when the backend has none (the caller then writes in line)."""
        return None

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Settings for a long run of batch writes (restored afterwards); none by default."""
        yield

    dialect: str = "duckdb"
    # Indexes beyond the primary keys (``CREATE [UNIQUE] INDEX``) help PostgreSQL; DuckDB scans columns
    # fast without them, and its ART indexes cost memory and insert time in proportion to the table
    # (docs/schema.md). Without them, ``events.id`` is unique by construction: a hash under the
    # document's id, and each document is stored once, checked in the batch's transaction.
    secondary_indexes: bool = True
    # Full rebuilds of derived tables (event groups) are written to new tables and swapped in by one
    # short transaction where the backend holds a transaction's inserts in memory (DuckDB); PostgreSQL
    # spills them to disk, so a rebuild there is one plain transaction.
    swap_rebuilds: bool = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------------
    def init_schema(self) -> None:
        with self.transaction():
            for stmt in [*schema_sql(), *(st for hook in _SCHEMA_HOOKS for st in hook())]:
                if self.secondary_indexes or not stmt.lstrip().upper().startswith(("CREATE INDEX",
                                                                                    "CREATE UNIQUE INDEX")):
                    self.execute(stmt)

    # -- writes ----------------------------------------------------------------------------------
    def known_documents(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r["id"] for r in self.query(f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return found

    def write_batch(
        self,
        coded: Sequence[tuple[Document, Sequence[CodedEvent]]],
        actors: Sequence[LearnedActor] = (),
    ) -> BatchResult:
        """Store documents with their events and the actors learned, in one transaction.

        Documents already stored (same id) are skipped, so re-ingesting a corpus adds nothing.
        """
        result = BatchResult()
        with self.transaction():
            known = self.known_documents([d.id for d, _ in coded])
            seen: set[str] = set()
            docs: list[tuple[Any, ...]] = []
            events: dict[str, tuple[Any, ...]] = {}  # by id: the coder may tell one event twice
            for doc, evs in coded:
                if doc.id in known or doc.id in seen:
                    result.duplicates += 1
                    continue
                seen.add(doc.id)
                before = len(events)
                for e in evs:
                    if e.id not in events:
                        events[e.id] = event_row(e)
                docs.append(document_row(doc, len(events) - before))
            if docs:
                self.executemany(_insert("documents", DOCUMENT_COLUMNS), docs)
            if events:
                conflict = "id" if self.secondary_indexes else None  # DuckDB: unique by construction
                self.executemany(_insert("events", EVENT_COLUMNS, conflict=conflict), list(events.values()))
            if actors:
                self.save_actors(actors)
            result.stored, result.events = len(docs), len(events)
        return result

    def save_actors(self, actors: Sequence[LearnedActor]) -> None:
        """Upsert learned actors and their aliases (call inside a transaction or alone)."""
        keys = [a.key for a in actors]
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            self.execute(f"DELETE FROM actors WHERE key IN ({marks})", chunk)
        self.executemany(_insert("actors", ACTOR_COLUMNS), [actor_row(a) for a in actors])
        alias_rows = {(al, a.key) for a in actors for al in a.aliases}
        if alias_rows:
            self.executemany(_insert("aliases", ("alias", "actor_key"), conflict="alias, actor_key"),
                             sorted(alias_rows))

    def load_actors(self) -> list[LearnedActor]:
        aliases: dict[str, list[str]] = {}
        for r in self.query("SELECT alias, actor_key FROM aliases ORDER BY alias"):
            aliases.setdefault(r["actor_key"], []).append(r["alias"])
        rows = self.query("SELECT * FROM actors ORDER BY key")
        return [actor_from_row(r, aliases.get(r["key"], [])) for r in rows]

    def stats(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "events", "actors"):
            out[table] = int(self.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])
        return out


def _insert(table: str, columns: Sequence[str], conflict: str | None = None) -> str:
    marks = ",".join("?" * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    if conflict:
        sql += f" ON CONFLICT ({conflict}) DO NOTHING"
    return sql


# Extra tables declared by other modules (event grouping, bulk runs): functions returning DDL.
_SCHEMA_HOOKS: list[Any] = []


def register_schema(fn: Any) -> Any:
    """Decorator: a module adds its own tables to every store (portable DDL, IF NOT EXISTS)."""
    _SCHEMA_HOOKS.append(fn)
    return fn


def store_target(url: str | os.PathLike[str] | None = None) -> str:
    """The store a command means: ``url``, else ``$DETENTE_DB``, else ``./detente.duckdb``."""
    return str(url) if url is not None else os.environ.get("DETENTE_DB") or DEFAULT_DB


def is_postgres(target: str) -> bool:
    """Whether a store target is a PostgreSQL URL (else a DuckDB file)."""
    return target.startswith(("postgresql://", "postgres://"))


def open_store(url: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
    """Open (and create) a store: a DuckDB file path or a ``postgresql://`` URL.

    ``None`` means ``$DETENTE_DB`` or ``./detente.duckdb``.
    """
    target = store_target(url)
    _load_plugins()
    if is_postgres(target):
        from detente.store.postgres import PostgresStore

        store: Store = PostgresStore(target)
    else:
        from detente.store.duckdb import DuckDBStore

        store = DuckDBStore(target, read_only=read_only)
    if not read_only:
        store.init_schema()
    return store


def _load_plugins() -> None:
    """Import modules that register extra tables, so every store has them."""
    import importlib

    for name in ("detente.events.schema", "detente.scale.schema"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
