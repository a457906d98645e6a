"""Group coded mentions into events: one row in ``event_groups`` per real-world event.

Mentions are blocked by modality and unordered dyad (so the work is near-linear in the number of
mentions), then, inside a block, clustered greedily with complete linkage: the most specific mentions
(day-dated) are placed first, each joins the nearest existing group whose every member it is
compatible with (:func:`detente.events.mention.same_event`), or founds a new group. Coarse mentions
("in May") come last and join the largest matching group, so they never bridge two distinct events.

The result is a pure function of the mentions in a block, so regrouping is idempotent and
incremental regrouping (only the blocks that received new mentions) equals a full regroup.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from detente.events.mention import (
    GroupingConfig,
    Mention,
    block_key,
    effective_interval,
    expand,
    interval_gap,
    is_partial,
    mention_from_row,
    same_event,
    side_sql,
)
from detente.events.schema import GROUP_COLUMNS, MEMBER_COLUMNS
from detente.store.base import EVENT_COLUMNS, Store

CONFIG_KEY = "events.grouping_config"
_BUCKET = 7  # days per date bucket of the candidate index


@dataclass
class Group:
    members: list[tuple[Mention, int]] = field(default_factory=list)  # (mention, reversed)

    @property
    def anchor(self) -> Mention:
        return self.members[0][0]

    @property
    def group_id(self) -> str:
        return "g" + min(m.id for m, _ in self.members)


@dataclass
class GroupingStats:
    mentions: int = 0  # mentions (re)grouped in this run
    new_mentions: int = 0
    blocks: int = 0
    groups: int = 0  # groups written in this run
    total_groups: int = 0
    total_mentions: int = 0
    full: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sort_key(m: Mention, cfg: GroupingConfig) -> tuple[Any, ...]:
    iv, _ = effective_interval(m, cfg)
    # an undated plan ("is expected to visit") is the least specific of all
    spec = 6 if (m.modality == "planned" and m.defaulted) else m.specificity
    return (spec, iv[0] if iv else date.max, m.report_date or date.max, m.id)


def _buckets(iv: tuple[date, date]) -> range:
    return range(iv[0].toordinal() // _BUCKET, iv[1].toordinal() // _BUCKET + 1)


def cluster_block(mentions: Iterable[Mention], cfg: GroupingConfig) -> list[Group]:
    """Cluster the mentions of one block (or any set: blocks are respected by ``same_event``)."""
    groups: list[Group] = []
    index: dict[int, set[int]] = {}
    undated: set[int] = set()
    reach = max(cfg.window_days, cfg.coarse_window_days)
    for m in sorted(mentions, key=lambda x: _sort_key(x, cfg)):
        iv, _ = effective_interval(m, cfg)
        if iv is None:
            cands: set[int] = set(range(len(groups)))
        else:
            cands = set(undated)
            for b in _buckets(iv):
                cands |= index.get(b, set())
        best: tuple[Any, ...] | None = None
        for gi in sorted(cands):
            g = groups[gi]
            rev = same_event(g.anchor, m, cfg)
            if rev is None or any(same_event(x, m, cfg) is None for x, _ in g.members[1:]):
                continue
            aiv, _ = effective_interval(g.anchor, cfg)
            gap = interval_gap(aiv, iv) if (aiv and iv) else 0
            key = (gap, -len(g.members), gi, rev)
            if best is None or key < best:
                best = key
        if best is None:
            groups.append(Group([(m, 0)]))
            gi = len(groups) - 1
        else:
            gi, rev = best[2], best[3]
            groups[gi].members.append((m, rev))
        if iv is None:
            undated.add(gi)
        else:
            for b in _buckets(expand(iv, reach)):
                index.setdefault(b, set()).add(gi)
    for g in groups:  # orient each group like most of its mentions (ties: like its anchor)
        if 2 * sum(rev for _, rev in g.members) > len(g.members):
            g.members = [(m, 1 - rev) for m, rev in g.members]
    return groups


def group_mentions(mentions: Iterable[Mention], cfg: GroupingConfig | None = None) -> list[Group]:
    """Block then cluster any mentions (in memory): the grouping used by :func:`regroup`."""
    cfg = (cfg or GroupingConfig()).validate()
    blocks: dict[str, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(block_key(m, cfg), []).append(m)
    full: list[Group] = []
    partial: list[Group] = []
    for key in sorted(blocks):
        for g in cluster_block(blocks[key], cfg):
            (partial if is_partial(g.anchor) else full).append(g)
    if cfg.attach_partial:
        partial = _attach(full, partial, cfg)
    return full + partial


def _attach(full: list[Group], partial: list[Group], cfg: GroupingConfig) -> list[Group]:
    """Merge each one-sided group into the two-sided group it fits best; return those left alone."""
    index: dict[tuple[str, str], list[int]] = {}
    for i, g in enumerate(full):
        a = g.anchor
        for k in {a.source_key, a.target_key}:
            index.setdefault((a.modality, k), []).append(i)
    left: list[Group] = []
    for p in partial:
        a = p.anchor
        known = a.source_key or a.target_key
        best: tuple[Any, ...] | None = None
        for i in index.get((a.modality, known), []) if known else []:
            g = full[i]
            # Anchors are members: when they don't match, the full check below cannot pass either.
            if same_event(g.anchor, a, cfg) is None:
                continue
            if any(same_event(x, m, cfg) is None for x, _ in g.members if not is_partial(x) for m, _ in p.members):
                continue
            giv, _ = effective_interval(g.anchor, cfg)
            piv, _ = effective_interval(a, cfg)
            key = (interval_gap(giv, piv) if giv and piv else 0, -len(g.members), i)
            if best is None or key < best:
                best = key
        if best is None:
            left.append(p)
            continue
        g = full[best[2]]
        for m, _ in p.members:
            g.members.append((m, same_event(g.anchor, m, cfg) or 0))
    return left


def _mode(values: Iterable[Any]) -> Any:
    c = Counter(v for v in values if v not in (None, ""))
    if not c:
        return None
    top = max(c.values())
    return sorted((str(v), v) for v, n in c.items() if n == top)[0][1]


def group_row(g: Group, cfg: GroupingConfig) -> tuple[Any, ...]:
    """The representative fields of a group (oriented like most of its mentions)."""
    rows = []
    for m, rev in g.members:
        r = dict(m.row or {})
        if rev:
            for f in ("text", "code", "country", "name"):
                r[f"source_{f}"], r[f"target_{f}"] = r.get(f"target_{f}"), r.get(f"source_{f}")
        rows.append(r)
    a = g.anchor
    cameo = _mode(m.cameo for m, _ in g.members) or a.cameo
    by_cameo = next(m for m, _ in g.members if m.cameo == cameo)
    reports = [m.report_date for m, _ in g.members if m.report_date]
    ar = a.row or {}
    return (
        g.group_id, block_key(a, cfg), a.modality,
        *[_mode(r.get(f"{side}_{f}") for r in rows) for side in ("source", "target")
          for f in ("text", "code", "country", "name")],
        cameo, cameo[:2], by_cameo.plover, by_cameo.quad_class, by_cameo.goldstein,
        ar.get("event_date"), a.granularity, a.start, a.end,
        _mode(r.get("location") for r in rows), _mode(r.get("location_country") for r in rows),
        min(reports) if reports else None, max(reports) if reports else None,
        len(g.members), len({m.doc_id for m, _ in g.members}),
    )  # fmt: skip




# Grouping reads only what matching and group rows need: not the evidence sentence, which would
# make memory grow with the corpus for nothing.
_GROUPING_COLUMNS = ", ".join(c for c in EVENT_COLUMNS if c != "sentence")


def _load_rows(store: Store, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return store.query(f"SELECT {_GROUPING_COLUMNS} FROM events{where}", params)


def _rows_for_blocks(store: Store, blocks: set[str], cfg: GroupingConfig) -> list[dict[str, Any]]:
    sides = sorted({s for b in blocks for s in b.split("|", 1)[1].split("~")})
    out: list[dict[str, Any]] = []
    src = side_sql("source")  # a block's mentions have one of its two sides as source
    for i in range(0, len(sides), 400):
        chunk = sides[i : i + 400]
        marks = ",".join("?" * len(chunk))
        out.extend(_load_rows(store, f" WHERE {src} IN ({marks})", chunk))
    seen: set[str] = set()
    rows = []
    for r in out:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        if block_key(mention_from_row(r), cfg) in blocks:
            rows.append(r)
    return rows


def _touches_partial(store: Store, blocks: set[str]) -> bool:
    """Whether one-sided mentions could attach across the given blocks (then blocks are not independent)."""
    if any(b.split("|", 1)[1].startswith("~") for b in blocks):
        return True
    sides = sorted({s for b in blocks for s in b.split("|", 1)[1].split("~") if s})
    marks = ",".join("?" * len(sides))
    src, tgt = side_sql("source"), side_sql("target")
    row = store.query(
        f"SELECT count(*) AS n FROM events WHERE ({src} = '' AND {tgt} IN ({marks})) "
        f"OR ({tgt} = '' AND {src} IN ({marks}))", sides + sides)
    return bool(row[0]["n"])


def _config_json(cfg: GroupingConfig) -> str:
    return json.dumps(asdict(cfg), sort_keys=True)


def regroup(store: Store, config: GroupingConfig | None = None, full: bool = False) -> GroupingStats:
    """Bring ``event_groups``/``event_group_members`` up to date with ``events``.

    Incremental by default: only blocks (modality × dyad) with new or vanished mentions are
    recomputed; a changed config (or ``full=True``) regroups everything. Idempotent either way.
    """
    t0 = time.perf_counter()
    cfg = (config or GroupingConfig()).validate()
    stats = GroupingStats()
    old = store.query("SELECT value FROM meta WHERE key = ?", [CONFIG_KEY])
    full = full or not old or old[0]["value"] != _config_json(cfg)
    if full:
        rows = _load_rows(store)
        blocks: set[str] | None = None
        stats.new_mentions = len(rows)
    else:
        new = store.query(
            "SELECT e.id, e.doc_id, e.source_country, e.source_code, e.target_country, e.target_code, e.cameo, "
            "e.cameo_root, e.modality FROM events e LEFT JOIN event_group_members m ON m.event_id = e.id "
            "WHERE m.event_id IS NULL"
        )
        stale = store.query(
            "SELECT DISTINCT m.block_key FROM event_group_members m LEFT JOIN events e ON e.id = m.event_id "
            "WHERE e.id IS NULL"
        )
        stats.new_mentions = len(new)
        blocks = {block_key(mention_from_row(r), cfg) for r in new} | {r["block_key"] for r in stale}
        if cfg.attach_partial and blocks and _touches_partial(store, blocks):
            blocks = None  # one-sided mentions link blocks: regroup everything (see docs/events.md)
            rows = _load_rows(store)
            full = True
        else:
            rows = _rows_for_blocks(store, blocks, cfg) if blocks else []
    mentions = [mention_from_row(r) for r in rows]
    groups = group_mentions(mentions, cfg)
    with store.transaction():
        if blocks is None:
            store.execute("DELETE FROM event_group_members")
            store.execute("DELETE FROM event_groups")
        else:
            keys = sorted(blocks)
            for i in range(0, len(keys), 400):
                chunk = keys[i : i + 400]
                marks = ",".join("?" * len(chunk))
                store.execute(f"DELETE FROM event_group_members WHERE block_key IN ({marks})", chunk)
                store.execute(f"DELETE FROM event_groups WHERE block_key IN ({marks})", chunk)
        if groups:
            bulk_insert(store, "event_groups", GROUP_COLUMNS, [group_row(g, cfg) for g in groups])
            bulk_insert(store, "event_group_members", MEMBER_COLUMNS,
                        [(m.id, g.group_id, block_key(m, cfg), rev) for g in groups for m, rev in g.members])
        store.execute("DELETE FROM meta WHERE key = ?", [CONFIG_KEY])
        store.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [CONFIG_KEY, _config_json(cfg)])
    n = store.query("SELECT count(*) AS g, coalesce(sum(n_mentions), 0) AS m FROM event_groups")[0]
    stats.mentions, stats.groups, stats.full = len(mentions), len(groups), full
    stats.blocks = len({block_key(m, cfg) for m in mentions})
    stats.total_groups, stats.total_mentions = int(n["g"]), int(n["m"])
    stats.seconds = round(time.perf_counter() - t0, 4)
    return stats


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"


def bulk_insert(store: Store, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert many rows (the DuckDB store sends large batches through Arrow)."""
    store.executemany(_insert(table, columns), rows)


def group_of(store: Store, event_ids: Sequence[str]) -> dict[str, str]:
    """The group id of each grouped mention id."""
    out: dict[str, str] = {}
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT event_id, group_id FROM event_group_members WHERE event_id IN ({marks})",
                             chunk):
            out[r["event_id"]] = r["group_id"]
    return out
