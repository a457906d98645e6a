"""Shards: the coded output of one batch as Arrow tables / Parquet files, and loading them into a store.

A shard holds three tables: ``documents`` (the store's document columns, less ``ingested_at``), ``events``
(the store's event columns) and ``actors`` (what the batch taught the registry). Workers write shards as
Parquet; the client loads each one in a single transaction, skipping documents already stored, exactly as
:meth:`detente.store.base.Store.write_batch` does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from detente.model import CodedEvent, Document, LearnedActor
from detente.store.base import DOCUMENT_COLUMNS, EVENT_COLUMNS, BatchResult, Store, actor_from_row, event_row

PARTS = ("documents", "events", "actors")
_INTS = {"source_start", "source_end", "target_start", "target_end", "quad_class", "trigger_start",
         "trigger_end", "sentence_index", "sentence_start", "n_events"}  # fmt: skip
_FLOATS = {"goldstein", "lat", "lon", "confidence"}
_DATES = {"date_start", "date_end", "report_date", "first_seen", "last_seen"}
SHARD_DOC_COLUMNS = tuple(c for c in DOCUMENT_COLUMNS if c != "ingested_at")
ACTOR_SHARD_COLUMNS = ("key", "name", "country", "sectors", "role", "kind", "aliases", "first_seen",
                       "last_seen", "evidence", "evidence_doc", "origin")  # fmt: skip


def _type(col: str) -> pa.DataType:
    if col in _INTS:
        return pa.int64()
    if col in _FLOATS:
        return pa.float64()
    if col in _DATES:
        return pa.date32()
    if col in ("sectors", "aliases"):
        return pa.list_(pa.string())
    return pa.string()


DOC_SCHEMA = pa.schema([(c, _type(c)) for c in SHARD_DOC_COLUMNS])
EVENT_SCHEMA = pa.schema([(c, _type(c)) for c in EVENT_COLUMNS])
ACTOR_SCHEMA = pa.schema([(c, _type(c)) for c in ACTOR_SHARD_COLUMNS])


@dataclass
class Shard:
    """The coded output of one batch; ``seq`` is the batch's number in its run."""

    seq: int
    documents: pa.Table
    events: pa.Table
    actors: pa.Table

    @property
    def n_documents(self) -> int:
        return self.documents.num_rows


def _table(rows: Sequence[Sequence[Any]], schema: pa.Schema) -> pa.Table:
    cols: list[Any] = list(zip(*rows)) if rows else [[] for _ in schema.names]
    return pa.table([pa.array(list(c), type=f.type) for c, f in zip(cols, schema)], schema=schema)


def _date(value: Any) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def make_shard(seq: int, coded: Sequence[tuple[Document, Sequence[CodedEvent]]],
               learned: Sequence[LearnedActor]) -> Shard:
    """Arrow tables from a coder's output and the actors it learned (documents deduplicated by id)."""
    docs: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    seen: set[str] = set()
    for doc, evs in coded:
        if doc.id in seen:
            continue
        seen.add(doc.id)
        docs.append((doc.id, doc.external_id, doc.title, doc.url, doc.source, doc.path, _date(doc.date),
                     doc.text, len(evs)))
        events.extend(event_row(e) for e in evs)
    actors = [(a.key, a.name, a.country, list(a.sectors), a.role, a.kind, list(a.aliases), a.first_seen,
               a.last_seen, a.evidence, a.evidence_doc, a.origin) for a in learned]
    return Shard(seq, _table(docs, DOC_SCHEMA), _table(events, EVENT_SCHEMA), _table(actors, ACTOR_SCHEMA))


# -- Parquet files ----------------------------------------------------------------------------------
def shard_paths(directory: Path, seq: int) -> dict[str, Path]:
    return {part: directory / f"shard-{seq:08d}.{part}.parquet" for part in PARTS}


def write_shard(shard: Shard, directory: str | os.PathLike[str]) -> dict[str, str]:
    """Write the shard's three Parquet files atomically (temp name, then rename); the documents file last."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = shard_paths(out, shard.seq)
    for part in ("events", "actors", "documents"):
        tmp = paths[part].with_suffix(f".tmp{os.getpid()}")
        pq.write_table(getattr(shard, part), tmp, compression="zstd")
        os.replace(tmp, paths[part])
    return {k: str(v) for k, v in paths.items()}


def read_shard(directory: str | os.PathLike[str], seq: int) -> Shard:
    paths = shard_paths(Path(directory), seq)
    return Shard(seq, *(pq.read_table(paths[p]) for p in PARTS))


def remove_shard(directory: str | os.PathLike[str], seq: int) -> None:
    for p in shard_paths(Path(directory), seq).values():
        p.unlink(missing_ok=True)


def list_shards(directory: str | os.PathLike[str]) -> list[int]:
    """Sequence numbers of the complete shards in a folder, in order."""
    out = []
    for p in Path(directory).glob("shard-*.documents.parquet"):
        out.append(int(p.name.split(".")[0].split("-")[1]))
    return sorted(out)


# -- actors ---------------------------------------------------------------------------------------
def actors_from_table(table: pa.Table) -> list[LearnedActor]:
    return [
        LearnedActor(key=r["key"], name=r["name"], country=r["country"], sectors=tuple(r["sectors"] or ()),
                     role=r["role"], kind=r["kind"] or "person", aliases=tuple(r["aliases"] or ()),
                     first_seen=r["first_seen"], last_seen=r["last_seen"], evidence=r["evidence"],
                     evidence_doc=r["evidence_doc"], origin=r["origin"] or "text")
        for r in table.to_pylist()
    ]


def merge_actor(old: LearnedActor, new: LearnedActor) -> LearnedActor:
    """Fold what one batch learned into the stored entry (the same rules as ``ActorRegistry.learn``)."""
    changed = bool(new.country and new.country != old.country) or bool(new.role and new.role != old.role)
    dates = [d for d in (old.first_seen, new.first_seen) if d is not None]
    last = [d for d in (old.last_seen, new.last_seen) if d is not None]
    return replace(
        old,
        country=new.country or old.country,
        sectors=new.sectors or old.sectors,
        role=new.role or old.role,
        aliases=tuple(dict.fromkeys((*old.aliases, *new.aliases))),
        first_seen=min(dates) if dates else None,
        last_seen=max(last) if last else None,
        evidence=new.evidence if (changed or not old.evidence) and new.evidence else old.evidence,
        evidence_doc=new.evidence_doc if (changed or not old.evidence_doc) and new.evidence_doc else old.evidence_doc,
    )


def stored_actors(store: Store, keys: Sequence[str]) -> dict[str, LearnedActor]:
    out: dict[str, LearnedActor] = {}
    for i in range(0, len(keys), 500):
        chunk = list(keys[i : i + 500])
        marks = ",".join("?" * len(chunk))
        aliases: dict[str, list[str]] = {}
        for r in store.query(f"SELECT alias, actor_key FROM aliases WHERE actor_key IN ({marks}) ORDER BY alias",
                             chunk):
            aliases.setdefault(r["actor_key"], []).append(r["alias"])
        for r in store.query(f"SELECT * FROM actors WHERE key IN ({marks})", chunk):
            out[r["key"]] = actor_from_row(r, aliases.get(r["key"], []))
    return out


def merge_learned(store: Store, learned: Sequence[LearnedActor]) -> int:
    """Merge a batch's learned actors into the store's registry (inside the caller's transaction)."""
    if not learned:
        return 0
    current = stored_actors(store, [a.key for a in learned])
    merged = [merge_actor(current[a.key], a) if a.key in current else a for a in learned]
    changed = [m for m in merged if current.get(m.key) != m]
    if changed:
        store.save_actors(changed)
    return len(changed)


# -- loading --------------------------------------------------------------------------------------
def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _insert_sql(table: str, columns: Sequence[str], conflict: str | None = None) -> str:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"
    return sql + (f" ON CONFLICT ({conflict}) DO NOTHING" if conflict else "")


def _insert_table(store: Store, name: str, table: pa.Table, extra: dict[str, Any], conflict: str | None) -> None:
    if table.num_rows == 0:
        return
    columns = list(table.column_names) + list(extra)
    con = getattr(store, "con", None)
    if store.dialect == "duckdb" and con is not None:  # DuckDB reads Arrow natively: one INSERT ... SELECT
        view = f"_detente_shard_{name}"
        con.register(view, table)
        try:
            marks = ", ".join(["?"] * len(extra))
            select = ", ".join(table.column_names) + (f", {marks}" if extra else "")
            sql = f"INSERT INTO {name} ({', '.join(columns)}) SELECT {select} FROM {view}"
            if conflict:
                sql += f" ON CONFLICT ({conflict}) DO NOTHING"
            con.execute(sql, list(extra.values()))
        finally:
            con.unregister(view)
        return
    tail = tuple(extra.values())
    rows = [tuple(r.values()) + tail for r in table.to_pylist()]
    store.executemany(_insert_sql(name, columns, conflict), rows)


def load_shard(store: Store, shard: Shard, also: Callable[[Store, BatchResult], None] | None = None) -> BatchResult:
    """Store a shard in one transaction; documents already stored are skipped with their events.

    ``also`` runs inside the same transaction (a bulk run records its progress there).
    """
    result = BatchResult()
    with store.transaction():
        docs = shard.documents
        ids = docs.column("id").to_pylist()
        known = store.known_documents(ids)
        result.duplicates = len(known)
        if known:
            docs = docs.filter(pc.invert(pc.is_in(docs.column("id"), value_set=pa.array(sorted(known)))))
        events = shard.events
        if docs.num_rows:
            events = events.filter(pc.is_in(events.column("doc_id"), value_set=docs.column("id")))
            _insert_table(store, "documents", docs, {"ingested_at": _now()}, None)
            if store.secondary_indexes:
                _insert_table(store, "events", events, {}, "id")
            else:  # no index on events.id (DuckDB): a repeated event id is dropped here
                _insert_table(store, "events", _first_per_id(events), {}, None)
        result.stored, result.events = docs.num_rows, (events.num_rows if docs.num_rows else 0)
        merge_learned(store, actors_from_table(shard.actors))
        if also is not None:
            also(store, result)
    return result


def load_shard_dir(store: Store, directory: str | os.PathLike[str], remove: bool = False) -> BatchResult:
    """Load every complete shard of a folder (e.g. written by a Spark job), one transaction each."""
    total = BatchResult()
    for seq in list_shards(directory):
        r = load_shard(store, read_shard(directory, seq))
        total.stored += r.stored
        total.duplicates += r.duplicates
        total.events += r.events
        if remove:
            remove_shard(directory, seq)
    return total


def actor_json(a: LearnedActor) -> str:
    return json.dumps({
        "key": a.key, "name": a.name, "country": a.country, "sectors": list(a.sectors), "role": a.role,
        "kind": a.kind, "aliases": list(a.aliases), "first_seen": a.first_seen.isoformat() if a.first_seen else None,
        "last_seen": a.last_seen.isoformat() if a.last_seen else None, "evidence": a.evidence,
        "evidence_doc": a.evidence_doc, "origin": a.origin,
    }, ensure_ascii=False, sort_keys=True)  # fmt: skip


def actor_from_json(text: str) -> LearnedActor:
    d = json.loads(text)
    return LearnedActor(
        key=d["key"], name=d["name"], country=d["country"], sectors=tuple(d["sectors"]), role=d["role"],
        kind=d["kind"], aliases=tuple(d["aliases"]),
        first_seen=date.fromisoformat(d["first_seen"]) if d["first_seen"] else None,
        last_seen=date.fromisoformat(d["last_seen"]) if d["last_seen"] else None,
        evidence=d["evidence"], evidence_doc=d["evidence_doc"], origin=d["origin"],
    )


def _first_per_id(table: pa.Table) -> pa.Table:
    """The rows of ``table`` whose ``id`` has not appeared in an earlier row."""
    seen: set[str] = set()
    keep: list[bool] = []
    for i in table.column("id").to_pylist():
        keep.append(i not in seen)
        seen.add(i)
    return table if all(keep) else table.filter(pa.array(keep))
