"""Temporal knowledge graphs: loading the ICEWS/RE-GCN folder format and the event store.

A :class:`TKGDataset` holds integer quadruples ``(subject, relation, object, time)`` split
chronologically into train / valid / test, plus the entity and relation names. Times are
integers in *steps* (one step = the smallest gap between two timestamps, e.g. one day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from math import gcd
from pathlib import Path

import numpy as np

Quads = np.ndarray  # int64 array of shape (n, 4): s, r, o, t


class DatasetError(ValueError):
    """A dataset folder or an event table cannot be turned into a temporal KG."""


@dataclass
class TKGDataset:
    """Chronological splits of a temporal KG (object facts only; inverses are added by the protocol)."""

    train: Quads
    valid: Quads
    test: Quads
    entities: list[str]
    relations: list[str]
    name: str = "tkg"
    time_step: int = 1
    time_origin: int = 0
    ordinal_origin: int | None = None  # proleptic ordinal of time 0 when times are calendar days
    _entity_index: dict[str, int] = field(default_factory=dict, repr=False)
    _relation_index: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def num_entities(self) -> int:
        return len(self.entities)

    @property
    def num_relations(self) -> int:
        return len(self.relations)

    def all_facts(self) -> Quads:
        return np.concatenate([self.train, self.valid, self.test])

    def time_label(self, t: int) -> str:
        """ISO date of step ``t`` when known, else ``t<timestamp as in the input files>``."""
        if self.ordinal_origin is not None:
            return dt.date.fromordinal(self.ordinal_origin + int(t)).isoformat()
        return f"t{self.time_origin + int(t) * self.time_step}"

    def entity_id(self, key: str | int) -> int:
        """Resolve an entity given by id, exact name, or name with spaces for underscores."""
        return _resolve(key, self.entities, self._entity_index, "entity")

    def relation_id(self, key: str | int) -> int:
        return _resolve(key, self.relations, self._relation_index, "relation")


def _resolve(key: str | int, names: list[str], index: dict[str, int], kind: str) -> int:
    if not index:
        for i, name in enumerate(names):
            index.setdefault(name, i)
            index.setdefault(name.replace("_", " "), i)
            index.setdefault(name.lower(), i)
            index.setdefault(name.replace("_", " ").lower(), i)
    if isinstance(key, int) or (isinstance(key, str) and key.strip().isdigit() and key.strip() not in index):
        i = int(key)
        if 0 <= i < len(names):
            return i
        raise DatasetError(f"{kind} id {i} is out of range 0..{len(names) - 1}")
    for cand in (key, key.replace("_", " "), key.lower(), key.replace("_", " ").lower()):
        if cand in index:
            return index[cand]
    close = [n for n in names if key.lower() in n.lower()][:5]
    hint = f"; did you mean one of {close}?" if close else "; give a name from the id file or an integer id"
    raise DatasetError(f"unknown {kind} {key!r}{hint}")


def _read_quads(path: Path) -> Quads:
    if not path.is_file():
        raise DatasetError(f"missing {path}; a dataset folder needs train.txt, valid.txt and test.txt")
    rows: list[list[int]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) < 4:
                raise DatasetError(f"{path}:{lineno}: expected 's r o t', got {line.strip()!r}")
            try:
                rows.append([int(parts[0]), int(parts[1]), int(parts[2]), int(parts[3])])
            except ValueError as exc:
                raise DatasetError(f"{path}:{lineno}: non-integer column in {line.strip()!r}") from exc
    return np.asarray(rows, dtype=np.int64).reshape(-1, 4)


def _read_names(path: Path) -> dict[int, str]:
    out: dict[int, str] = {}
    if not path.is_file():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if "\t" in line:
                name, _, idx = line.rpartition("\t")
            else:
                name, _, idx = line.rstrip().rpartition(" ")
            out[int(idx.strip())] = name.strip()
    return out


def _names(found: dict[int, str], count: int, prefix: str) -> list[str]:
    return [found.get(i, f"{prefix}{i}") for i in range(count)]


def normalise_times(splits: Sequence[Quads]) -> tuple[list[Quads], int, int]:
    """Map raw timestamps to steps: ``(t - min) // gcd`` (ICEWS18 stores hours in steps of 24)."""
    times = np.unique(np.concatenate([q[:, 3] for q in splits]))
    if len(times) == 0:
        return list(splits), 1, 0
    origin = int(times[0])
    step = 0
    for d in np.diff(times).tolist():
        step = gcd(step, int(d))
    step = max(step, 1)
    out = []
    for q in splits:
        q = q.copy()
        q[:, 3] = (q[:, 3] - origin) // step
        out.append(q)
    return out, step, origin


def load_dataset(folder: str | Path) -> TKGDataset:
    """Load a folder in the ICEWS / RE-GCN format (train/valid/test + entity2id/relation2id/stat)."""
    root = Path(folder)
    if not root.is_dir():
        raise DatasetError(f"{root} is not a folder; pass --data DIR with train.txt/valid.txt/test.txt")
    splits = [_read_quads(root / f"{name}.txt") for name in ("train", "valid", "test")]
    ents, rels = _read_names(root / "entity2id.txt"), _read_names(root / "relation2id.txt")
    n_ent = max([len(ents), *(int(q[:, [0, 2]].max()) + 1 for q in splits if len(q))], default=0)
    n_rel = max([len(rels), *(int(q[:, 1].max()) + 1 for q in splits if len(q))], default=0)
    stat = root / "stat.txt"
    if stat.is_file():
        parts = stat.read_text(encoding="utf-8").split()
        if len(parts) >= 2:
            n_ent, n_rel = max(n_ent, int(parts[0])), max(n_rel, int(parts[1]))
    for q in splits:
        if len(q) and q[:, :3].min() < 0:
            raise DatasetError(f"negative ids in {root}; ids must be 0-based integers")
    norm, step, origin = normalise_times(splits)
    return TKGDataset(norm[0], norm[1], norm[2], entities=_names(ents, n_ent, "entity"),
                      relations=_names(rels, n_rel, "relation"), name=root.name, time_step=step,
                      time_origin=origin)


def _to_day(value: object) -> int:
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()[:10]).toordinal()
    raise DatasetError(f"date_start must be a date or an ISO string, got {value!r}")


def from_events(rows: Iterable[Mapping[str, object]], valid_frac: float = 0.1,
                test_frac: float = 0.1, name: str = "events") -> TKGDataset:
    """Turn event rows (``source_code, target_code, cameo, date_start``) into a TKG split by day.

    Entities are actor codes, relations CAMEO codes, time = day. Rows missing a target or a date are
    skipped. The last ``test_frac`` / ``valid_frac`` of the distinct days become test / valid.
    """
    ent: dict[str, int] = {}
    rel: dict[str, int] = {}
    quads: list[tuple[int, int, int, int]] = []
    for row in rows:
        src, tgt, code, day = (row.get(k) for k in ("source_code", "target_code", "cameo", "date_start"))
        if src is None or tgt is None or code is None or day is None or src == "" or tgt == "":
            continue
        s = ent.setdefault(str(src), len(ent))
        o = ent.setdefault(str(tgt), len(ent))
        r = rel.setdefault(str(code), len(rel))
        quads.append((s, r, o, _to_day(day)))
    if not quads:
        raise DatasetError("no usable events: rows need source_code, target_code, cameo and date_start")
    arr = np.asarray(quads, dtype=np.int64)
    arr = arr[np.argsort(arr[:, 3], kind="stable")]
    days = np.unique(arr[:, 3])
    n_test = int(round(len(days) * test_frac)) if len(days) >= 3 else 0
    n_valid = int(round(len(days) * valid_frac)) if len(days) >= 3 else 0
    if len(days) >= 3:
        n_test, n_valid = max(n_test, 1), max(n_valid, 1)
    cut_test = days[len(days) - n_test] if n_test else days[-1] + 1
    cut_valid = days[len(days) - n_test - n_valid] if n_valid else cut_test
    origin = int(days[0])
    arr[:, 3] -= origin
    cut_test -= origin
    cut_valid -= origin
    train = arr[arr[:, 3] < cut_valid]
    valid = arr[(arr[:, 3] >= cut_valid) & (arr[:, 3] < cut_test)]
    test = arr[arr[:, 3] >= cut_test]
    return TKGDataset(train, valid, test, entities=list(ent), relations=list(rel), name=name,
                      time_step=1, time_origin=origin, ordinal_origin=origin)


# The facts a forecaster learns from: events that happened (not planned, hypothetical or negated), with
# both actors coded, dated no later than the report that tells them.
EVENTS_SQL = ("SELECT source_code, target_code, cameo, date_start FROM events "
              "WHERE target_code IS NOT NULL AND target_code <> '' AND date_start IS NOT NULL "
              "AND modality = 'happened' AND (report_date IS NULL OR date_start <= report_date)")


def from_duckdb(path: str | Path, **kwargs: object) -> TKGDataset:
    """Read the ``events`` table of a detente DuckDB store as a TKG (see :func:`from_events`)."""
    import duckdb

    if not Path(path).exists():
        raise DatasetError(f"no database at {path}; pass --db PATH to an existing detente store")
    con = duckdb.connect(str(path), read_only=True)
    try:
        cur = con.execute(EVENTS_SQL)
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, rec, strict=True)) for rec in cur.fetchall()]
    finally:
        con.close()
    return from_events(rows, name=Path(path).stem, **kwargs)  # type: ignore[arg-type]
