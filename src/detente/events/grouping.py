"""Group coded mentions into events: one row in ``event_groups`` per real-world event.

Mentions are blocked by modality and unordered dyad (so the work is near-linear in the number of
mentions), then, inside a block, clustered greedily with complete linkage: the most specific mentions
(day-dated) are placed first, each joins the nearest existing group whose every member it is
compatible with (:func:`detente.events.mention.same_event`), or founds a new group. Coarse mentions
("in May") come last and join the largest matching group, so they never bridge two distinct events.

One-sided mentions ("Wang Yi held talks") are clustered in their own block, then each one-sided group
joins the two-sided group it fits best among those sharing its known side. Each such decision looks
only at the two-sided (*core*) members of the candidates, so the decisions are independent of each
other and of the order in which blocks are processed.

The result is a pure function of the mentions, so regrouping is idempotent and incremental regrouping
(only the blocks that received new mentions, plus the one-sided blocks of their sides) equals a full
regroup. :func:`regroup` streams the store block by block: its memory is bounded by the largest block,
not by the store.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from detente.events.mention import (
    GroupingConfig,
    Mention,
    Row,
    block_key,
    effective_interval,
    expand,
    interval_gap,
    is_partial,
    mention_from_row,
    same_event,
    side_sql,
)
from detente.events.schema import GROUP_COLUMNS, MEMBER_COLUMNS, events_schema
from detente.store.base import Store

CONFIG_KEY = "events.grouping_config"
_BUCKET = 7  # days per date bucket of the candidate index
_CHUNK = 400  # ids / keys per IN (...) list
_ATTACH_CHUNK = 2000  # one-sided groups decided per candidate query
# Members of the groups refreshed at once at the end of a regroup (a group larger than this alone): bounds
# that step's memory whatever the size of the groups (~12 MB)
_LOAD_MENTIONS = 10_000
# A full regroup of at most this many mentions (about 2,000 news reports) runs in memory in one pass:
# 2-3x faster than streaming block by block, which reloads candidate groups for one-sided mentions
# (~30 MB more at this size). Both give the same groups (tests/events/test_grouping_store.py).
IN_MEMORY_MENTIONS = 60_000


@dataclass
class Group:
    members: list[tuple[Mention, int]] = field(default_factory=list)  # (mention, reversed)

    @property
    def anchor(self) -> Mention:
        return self.members[0][0]

    @property
    def core(self) -> list[tuple[Mention, int]]:
        """The members clustered together in the anchor's block (attached one-sided mentions excluded)."""
        p = is_partial(self.anchor)
        return [(m, r) for m, r in self.members if is_partial(m) == p]

    @property
    def group_id(self) -> str:
        """``g`` + the smallest core member id: stable when one-sided mentions attach or leave."""
        return "g" + min(m.id for m, _ in self.core)


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


def _families(m: Mention, cfg: GroupingConfig) -> tuple[tuple[str, str], ...]:
    """Index keys such that two mentions share one exactly when their codes are compatible
    (:func:`detente.events.mention.codes_compatible`): the same root, or the same PLOVER type."""
    if cfg.match_plover and m.plover and m.root not in cfg.plover_excluded_roots:
        return ("r", m.root), ("p", m.plover)
    return (("r", m.root),)


def cluster_block(mentions: Iterable[Mention], cfg: GroupingConfig) -> list[Group]:
    """Cluster the mentions of one block (or any set: blocks are respected by ``same_event``).

    Groups are indexed by code family and date bucket, so a mention is compared only with groups whose
    anchor it could match (most pairs in a busy dyad differ in code or date)."""
    groups: list[Group] = []
    index: dict[tuple[tuple[str, str], int], set[int]] = {}
    undated: dict[tuple[str, str], set[int]] = {}
    every: dict[tuple[str, str], set[int]] = {}
    reach = max(cfg.window_days, cfg.coarse_window_days)
    for m in sorted(mentions, key=lambda x: _sort_key(x, cfg)):
        iv, _ = effective_interval(m, cfg)
        fams = _families(m, cfg)
        cands: set[int] = set()
        for f in fams:
            if iv is None:
                cands |= every.get(f, set())
            else:
                cands |= undated.get(f, set())
                for b in _buckets(iv):
                    cands |= index.get((f, b), set())
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
        if best is not None:
            gi, rev = best[2], best[3]
            groups[gi].members.append((m, rev))
            continue
        groups.append(Group([(m, 0)]))  # a new group, indexed by its anchor
        gi = len(groups) - 1
        for f in fams:
            every.setdefault(f, set()).add(gi)
            if iv is None:
                undated.setdefault(f, set()).add(gi)
            else:
                for b in _buckets(expand(iv, reach)):
                    index.setdefault((f, b), set()).add(gi)
    for g in groups:  # orient each group like most of its mentions (ties: like its anchor)
        if 2 * sum(rev for _, rev in g.members) > len(g.members):
            g.members = [(m, 1 - rev) for m, rev in g.members]
    return groups


class _Candidates:
    """Two-sided groups indexed by (anchor modality, side) and date bucket, for attaching one-sided ones."""

    def __init__(self, groups: Iterable[Group], cfg: GroupingConfig) -> None:
        self.cfg = cfg
        self.reach = max(cfg.window_days, cfg.coarse_window_days)
        self.dated: dict[tuple[str, str], dict[int, list[Group]]] = {}
        self.undated: dict[tuple[str, str], list[Group]] = {}
        self.all: dict[tuple[str, str], list[Group]] = {}
        for g in groups:
            a = g.anchor
            iv, _ = effective_interval(a, cfg)
            for k in {a.source_key, a.target_key}:
                key = (a.modality, k)
                self.all.setdefault(key, []).append(g)
                if iv is None:
                    self.undated.setdefault(key, []).append(g)
                else:
                    idx = self.dated.setdefault(key, {})
                    for b in _buckets(expand(iv, self.reach)):
                        idx.setdefault(b, []).append(g)

    def near(self, p: Group) -> list[Group]:
        a = p.anchor
        known = a.source_key or a.target_key
        if not known:
            return []
        key = (a.modality, known)
        iv, _ = effective_interval(a, self.cfg)
        if iv is None:
            return self.all.get(key, [])
        idx = self.dated.get(key, {})
        seen: dict[int, Group] = {id(g): g for g in self.undated.get(key, [])}
        for b in _buckets(iv):
            for g in idx.get(b, ()):
                seen[id(g)] = g
        return list(seen.values())


def _best_target(p: Group, cands: Iterable[Group], cfg: GroupingConfig) -> Group | None:
    """The two-sided group a one-sided group joins: compatible with every core member, nearest in
    date, then the largest core, then the smallest group id. Only core members count, so decisions
    do not depend on each other."""
    found = _best_choice(p, cands, cfg)
    return found[1] if found else None


def _best_choice(p: Group, cands: Iterable[Group], cfg: GroupingConfig) -> tuple[tuple[Any, ...], Group] | None:
    """:func:`_best_target` with its ranking key: the best over several candidate sets is the one with
    the smallest key, so candidates may be looked at a slice at a time."""
    a = p.anchor
    piv, _ = effective_interval(a, cfg)
    best: tuple[tuple[Any, ...], Group] | None = None
    for g in cands:
        # Anchors are members: when they don't match, the full check below cannot pass either.
        if same_event(g.anchor, a, cfg) is None:
            continue
        core = g.core
        if any(same_event(x, m, cfg) is None for x, _ in core for m, _ in p.members):
            continue
        giv, _ = effective_interval(g.anchor, cfg)
        key = (interval_gap(giv, piv) if giv and piv else 0, -len(core), g.group_id)
        if best is None or key < best[0]:
            best = (key, g)
    return best


def _joined(g: Group, p: Group, cfg: GroupingConfig) -> list[tuple[Mention, int]]:
    """The members of one-sided group ``p`` oriented against two-sided group ``g``."""
    anchor_rev = g.members[0][1]
    return [(m, (same_event(g.anchor, m, cfg) or 0) ^ anchor_rev) for m, _ in p.members]


def _canonical(g: Group, cfg: GroupingConfig) -> None:
    """Members in a fixed order: the core in clustering order, then attached mentions by sort key."""
    p = is_partial(g.anchor)
    core = [x for x in g.members if is_partial(x[0]) == p]
    rest = sorted((x for x in g.members if is_partial(x[0]) != p), key=lambda x: _sort_key(x[0], cfg))
    g.members = core + rest


def group_mentions(mentions: Iterable[Mention], cfg: GroupingConfig | None = None) -> list[Group]:
    """Block then cluster any mentions (in memory): the same grouping :func:`regroup` stores."""
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
    index = _Candidates(full, cfg)
    decided = [(p, _best_target(p, index.near(p), cfg)) for p in partial]
    left: list[Group] = []
    touched: dict[int, Group] = {}
    for p, g in decided:
        if g is None:
            left.append(p)
        else:
            g.members.extend(_joined(g, p, cfg))
            touched[id(g)] = g
    for g in touched.values():
        _canonical(g, cfg)
    return left


def _mode(values: Iterable[Any]) -> Any:
    c = Counter(v for v in values if v not in (None, ""))
    if not c:
        return None
    top = max(c.values())
    return sorted((str(v), v) for v, n in c.items() if n == top)[0][1]


def _single_row(g: Group, cfg: GroupingConfig) -> tuple[Any, ...]:
    m, rev = g.members[0]
    r = m.row or {}
    sides = [tuple(r.get(f"{side}_{f}") or None for f in ("text", "code", "country", "name"))
             for side in ("source", "target")]
    if rev:
        sides.reverse()
    return (
        "g" + m.id, block_key(m, cfg), m.modality, *sides[0], *sides[1],
        m.cameo, m.cameo[:2], m.plover, m.quad_class, m.goldstein,
        r.get("event_date"), m.granularity, m.start, m.end,
        r.get("location") or None, r.get("location_country") or None,
        m.report_date, m.report_date, 1, 1,
    )  # fmt: skip


def group_row(g: Group, cfg: GroupingConfig) -> tuple[Any, ...]:
    """The representative fields of a group (oriented like most of its mentions)."""
    if len(g.members) == 1:
        return _single_row(g, cfg)
    rows = []
    for m, rev in g.members:
        r = m.row or {}
        src = tuple(r.get(f"source_{f}") for f in ("text", "code", "country", "name"))
        tgt = tuple(r.get(f"target_{f}") for f in ("text", "code", "country", "name"))
        rows.append((tgt, src) if rev else (src, tgt))
    # who and where: as the coder's most confident readings say (a guessed secondary target told by
    # several reports must not outvote the chosen target of one); each side as the surest of the
    # members that name it (a one-sided mention attached to the event, however confident, does not
    # blank the side its core mentions name, nor does a self-dyad, RUSGOV -> RUSGOV, a coder slip,
    # name the sides of a domestic event RUSGOV -> RUSOPP)
    conf = [m.confidence for m, _ in g.members]
    sure = [i for i, c in enumerate(conf) if c >= max(conf) - _SURE_MARGIN]
    keys = [(m.target_key, m.source_key) if rev else (m.source_key, m.target_key) for m, rev in g.members]
    selfish = [bool(m.source_code) and m.source_code == m.target_code for m, _ in g.members]
    sides: list[Any] = []
    for side in (0, 1):
        pool = ([i for i in range(len(rows)) if keys[i][side] and not selfish[i]]
                or [i for i in range(len(rows)) if keys[i][side]] or list(range(len(rows))))
        top = max(conf[i] for i in pool) - _SURE_MARGIN
        chosen = [rows[i][side] for i in pool if conf[i] >= top]
        sides += [_mode(r[f] for r in chosen) for f in range(4)]
    where = [g.members[i][0].row or {} for i in sure]
    a = g.anchor
    cameo = _mode(m.cameo for m, _ in g.members) or a.cameo
    by_cameo = next(m for m, _ in g.members if m.cameo == cameo)
    reports = [m.report_date for m, _ in g.members if m.report_date]
    ar = a.row or {}
    return (
        g.group_id, block_key(a, cfg), a.modality,
        *sides,
        cameo, cameo[:2], by_cameo.plover, by_cameo.quad_class, by_cameo.goldstein,
        ar.get("event_date"), a.granularity, a.start, a.end,
        _mode(r.get("location") for r in where),
        _mode(r.get("location_country") for r in where),
        min(reports) if reports else None, max(reports) if reports else None,
        len(g.members), len({m.doc_id for m, _ in g.members}),
    )  # fmt: skip


# -- the store ------------------------------------------------------------------------------------

# Grouping reads only what matching and group rows need: not the evidence sentence nor offsets.
MENTION_COLUMNS: tuple[str, ...] = (
    "id", "doc_id",
    "source_text", "source_code", "source_country", "source_name",
    "target_text", "target_code", "target_country", "target_name",
    "cameo", "cameo_root", "plover", "quad_class", "goldstein", "modality",
    "event_date", "date_granularity", "date_start", "date_end", "report_date",
    "location", "location_country", "confidence",
)  # fmt: skip
_SURE_MARGIN = 0.1  # members this close to the group's most confident one name its actors and place
_SELECT = ", ".join(f"e.{c}" for c in MENTION_COLUMNS)
_SRC, _TGT = side_sql("e.source"), side_sql("e.target")
# low-cardinality columns: one shared object per distinct value (ids are unique: never shared)
_SHARED = frozenset(c for c in MENTION_COLUMNS if c not in ("id", "doc_id"))
_COLUMN_INDEX = {c: i for i, c in enumerate(MENTION_COLUMNS)}


def _mentions(rows: Iterable[Sequence[Any]], cache: dict[Any, Any]) -> Iterator[tuple[Mention, tuple[Any, ...]]]:
    """Compact mentions from rows (MENTION_COLUMNS then extras); repeated values share one object."""
    n = len(MENTION_COLUMNS)
    for row in rows:
        values = tuple(cache.setdefault((type(v), v), v) if v is not None and c in _SHARED else v
                       for c, v in zip(MENTION_COLUMNS, row[:n]))
        yield mention_from_row(Row(_COLUMN_INDEX, values)), tuple(row[n:])


_BLOCK_ROWS = 10_000  # mentions read per query (a block is never split)


class Tables(NamedTuple):
    """Where groups are written and read: the live tables, or the new ones a full rebuild fills."""

    groups: str = "event_groups"
    members: str = "event_group_members"


LIVE = Tables()
_NEXT = Tables("event_groups_next", "event_group_members_next")


def _block_expr(cfg: GroupingConfig) -> str:
    mod = "e.modality" if cfg.separate_modalities else "'*'"
    return f"({mod} || '|' || {_SRC} || '~' || {_TGT})"


def _block_sizes(store: Store, cfg: GroupingConfig, partial: bool) -> dict[str, tuple[int, list[str]]]:
    """Each block: its number of mentions and the (source~target ordered) keys its rows carry."""
    cond = f"({_SRC} = '' OR {_TGT} = '')" if partial else f"({_SRC} <> '' AND {_TGT} <> '')"
    expr = _block_expr(cfg)
    out: dict[str, tuple[int, list[str]]] = {}
    for r in store.query(f"SELECT {expr} AS k, count(*) AS n FROM events e WHERE {cond} GROUP BY {expr}"):
        raw = str(r["k"])
        mod, dyad = raw.split("|", 1)
        a, b = sorted(dyad.split("~"))
        key = f"{mod}|{a}~{b}"
        n, raws = out.get(key, (0, []))
        out[key] = (n + int(r["n"]), [*raws, raw])
    return out


def _stream_blocks(store: Store, cfg: GroupingConfig, partial: bool, blocks: set[str] | None,
                   ) -> Iterator[tuple[str, list[Mention]]]:
    """The mentions of the given blocks (all two-sided or all one-sided ones when None), block by block.

    Blocks are read a few at a time (about ``_BLOCK_ROWS`` mentions per query), so memory is bounded
    by the largest block, not by the store.
    """
    sizes = _block_sizes(store, cfg, partial)
    keys = sorted(k for k in sizes if blocks is None or k in blocks)
    expr = _block_expr(cfg)
    cache: dict[Any, Any] = {}
    i = 0
    while i < len(keys):
        chunk: list[str] = []
        rows = 0
        while i < len(keys) and (not chunk or (rows + sizes[keys[i]][0] <= _BLOCK_ROWS and len(chunk) < 200)):
            chunk.append(keys[i])
            rows += sizes[keys[i]][0]
            i += 1
        raws = [r for k in chunk for r in sizes[k][1]]
        marks = ",".join("?" * len(raws))
        got: dict[str, list[Mention]] = {}
        if len(cache) > 100_000:
            cache.clear()
        for m, _ in _mentions(store.iter_rows(f"SELECT {_SELECT} FROM events e WHERE {expr} IN ({marks})", raws),
                              cache):
            got.setdefault(block_key(m, cfg), []).append(m)
        for k in chunk:
            if k in got:
                yield k, got.pop(k)


def _sides(block: str) -> tuple[str, str]:
    a, b = block.split("|", 1)[1].split("~")
    return a, b


def _is_partial_block(block: str) -> bool:
    a, b = _sides(block)
    return not a or not b


def _star(block: str) -> list[str]:
    """The one-sided blocks whose mentions may attach to groups of a two-sided block."""
    mod = block.split("|", 1)[0]
    return sorted({f"{mod}|~{s}" for s in _sides(block) if s})


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield list(items[i : i + n])


def _config_json(cfg: GroupingConfig) -> str:
    return json.dumps(asdict(cfg), sort_keys=True)


class _Writer:
    """Buffers group and member rows and inserts them in bulk."""

    def __init__(self, store: Store, cfg: GroupingConfig, t: Tables = LIVE) -> None:
        self.store, self.cfg, self.t = store, cfg, t
        self.groups: list[tuple[Any, ...]] = []
        self.members: list[tuple[Any, ...]] = []
        self.n_groups = 0

    def group(self, g: Group) -> None:
        """The group's row and one member row for each of its mentions."""
        self.groups.append(group_row(g, self.cfg))
        self.n_groups += 1
        if len(self.groups) >= 5000:
            self.flush()
        for m, rev in g.members:
            self.member(m, g.group_id, rev)

    def member(self, m: Mention, gid: str, rev: int) -> None:
        self.members.append((m.id, gid, block_key(m, self.cfg), rev))
        if len(self.members) >= 20000:
            self.flush()

    def flush(self) -> None:
        if self.groups:
            bulk_insert(self.store, self.t.groups, GROUP_COLUMNS, self.groups)
            self.groups = []
        if self.members:
            bulk_insert(self.store, self.t.members, MEMBER_COLUMNS, self.members)
            self.members = []


def _dirty_blocks(store: Store, cfg: GroupingConfig) -> tuple[set[str], int]:
    """Blocks with mentions not yet grouped, or with grouped mentions that are gone; and how many new."""
    rows = store.query(
        f"SELECT e.modality AS modality, {_SRC} AS s, {_TGT} AS t, count(*) AS n FROM events e "
        "LEFT JOIN event_group_members m ON m.event_id = e.id WHERE m.event_id IS NULL "
        f"GROUP BY e.modality, {_SRC}, {_TGT}")
    blocks: set[str] = set()
    for r in rows:
        mod = (r["modality"] or "happened") if cfg.separate_modalities else "*"
        a, b = sorted((r["s"] or "", r["t"] or ""))
        blocks.add(f"{mod}|{a}~{b}")
    stale = store.query(
        "SELECT DISTINCT m.block_key FROM event_group_members m LEFT JOIN events e ON e.id = m.event_id "
        "WHERE e.id IS NULL")
    blocks |= {r["block_key"] for r in stale}
    return blocks, sum(int(r["n"]) for r in rows)


def _delete_in(store: Store, table: str, column: str, keys: Sequence[str]) -> None:
    for chunk in _chunks(sorted(keys)):
        store.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)


def _load_groups(store: Store, cfg: GroupingConfig, where: str, params: Sequence[Any],
                 core_only: bool, t: Tables = LIVE) -> list[Group]:
    """Stored groups (members joined with their mentions), rebuilt in canonical member order."""
    join = " AND m.block_key = g.block_key" if core_only else ""
    rows = store.iter_rows(
        f"SELECT {_SELECT}, m.group_id, m.{_REV} FROM {t.groups} g "
        f"JOIN {t.members} m ON m.group_id = g.group_id{join} JOIN events e ON e.id = m.event_id "
        f"WHERE {where}", params)
    by_gid: dict[str, list[tuple[Mention, int]]] = {}
    cache: dict[Any, Any] = {}
    for m, (gid, rev) in _mentions(rows, cache):
        by_gid.setdefault(gid, []).append((m, int(rev)))
    groups = []
    for gid in sorted(by_gid):
        members = by_gid[gid]
        members.sort(key=lambda x: _sort_key(x[0], cfg))
        p = min((is_partial(m) for m, _ in members))  # a two-sided member makes it a two-sided group
        core = [x for x in members if is_partial(x[0]) == p]
        g = Group(core + [x for x in members if is_partial(x[0]) != p])
        groups.append(g)
    return groups


_REV = '"reversed"'  # a keyword in some SQL dialects


def _attach_block(store: Store, cfg: GroupingConfig, block: str, groups: list[Group], stars: dict[str, list[str]],
                  t: Tables = LIVE) -> list[tuple[Group, Group | None]]:
    """Decide, for each one-sided group of ``block``, the stored two-sided group it joins (or None)."""
    side = next(s for s in _sides(block) if s)
    full_blocks = stars.get(f"{block.split('|', 1)[0]}|{side}", [])
    if not full_blocks:
        return [(p, None) for p in groups]
    reach = max(cfg.window_days, cfg.coarse_window_days)
    slack = timedelta(days=reach + cfg.planned_default_days)
    out: list[tuple[Group, Group | None]] = []

    def start_of(p: Group) -> date:
        iv, _ = effective_interval(p.anchor, cfg)
        return iv[0] if iv else date.min

    ordered = sorted(groups, key=start_of)
    for i in range(0, len(ordered), _ATTACH_CHUNK):
        chunk = ordered[i : i + _ATTACH_CHUNK]
        ivs = [effective_interval(p.anchor, cfg)[0] for p in chunk]
        marks = ",".join("?" * len(full_blocks))
        where = f"g.block_key IN ({marks})"
        params: list[Any] = list(full_blocks)
        if all(iv is not None for iv in ivs):
            lo = min(iv[0] for iv in ivs if iv) - slack
            hi = max(iv[1] for iv in ivs if iv) + slack
            where += " AND (g.date_start IS NULL OR (g.date_start <= ? AND COALESCE(g.date_end, g.date_start) >= ?))"
            params += [hi, lo]
        best: dict[int, tuple[tuple[Any, ...], Group]] = {}
        for s_where, s_params in _date_slices(store, where, params, t):
            index = _Candidates(_load_groups(store, cfg, s_where, s_params, core_only=True, t=t), cfg)
            for j, p in enumerate(chunk):
                found = _best_choice(p, index.near(p), cfg)
                if found is not None and (j not in best or found[0] < best[j][0]):
                    best[j] = found
        out.extend((p, best[j][1] if j in best else None) for j, p in enumerate(chunk))
    return out


def _date_slices(store: Store, where: str, params: Sequence[Any], t: Tables = LIVE,
                 ) -> Iterator[tuple[str, list[Any]]]:
    """``where`` over ``event_groups g`` cut into ranges of start date holding about ``_LOAD_MENTIONS``
    mentions each (one busier day alone; undated groups apart), so that loading candidate groups for a
    busy side (all of Russia's dyads) never holds them all at once."""
    counts = store.query_rows(
        f"SELECT g.date_start, sum(g.n_mentions) FROM {t.groups} g WHERE {where} GROUP BY g.date_start "
        "ORDER BY g.date_start NULLS FIRST", params)
    lo: Any = None
    total = 0
    for i, (day, n) in enumerate(counts):
        if day is None:
            yield f"{where} AND g.date_start IS NULL", list(params)
            continue
        if lo is None:
            lo, total = day, 0
        total += int(n)
        nxt = counts[i + 1][0] if i + 1 < len(counts) else None
        if nxt is None or total + int(counts[i + 1][1]) > _LOAD_MENTIONS:
            yield f"{where} AND g.date_start >= ? AND g.date_start <= ?", [*params, lo, day]
            lo = None


def _finalize(store: Store, cfg: GroupingConfig, ids: set[str], writer: _Writer) -> None:
    """Recompute the rows of groups whose attached one-sided members changed."""
    writer.flush()
    t = writer.t
    for chunk in _member_chunks(store, sorted(ids), t):
        marks = ",".join("?" * len(chunk))
        groups = _load_groups(store, cfg, f"g.group_id IN ({marks})", chunk, core_only=False, t=t)
        store.execute(f"DELETE FROM {t.groups} WHERE group_id IN ({marks})", chunk)
        rows = [group_row(g, cfg) for g in groups]
        if rows:
            bulk_insert(store, t.groups, GROUP_COLUMNS, rows)


def _member_chunks(store: Store, ids: Sequence[str], t: Tables = LIVE) -> Iterator[list[str]]:
    """Group ids in chunks holding about ``_LOAD_MENTIONS`` members at most (a larger group alone)."""
    sizes: dict[str, int] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sizes.update((str(g), int(n)) for g, n in store.query_rows(
            f"SELECT group_id, count(*) FROM {t.members} WHERE group_id IN ({marks}) GROUP BY group_id",
            chunk))
    out: list[str] = []
    total = 0
    for gid in ids:
        n = sizes.get(gid, 0)
        if out and (total + n > _LOAD_MENTIONS or len(out) >= _CHUNK):
            yield out
            out, total = [], 0
        out.append(gid)
        total += n
    if out:
        yield out


def regroup(store: Store, config: GroupingConfig | None = None, full: bool = False) -> GroupingStats:
    """Bring ``event_groups``/``event_group_members`` up to date with ``events``.

    Incremental by default: blocks (modality × dyad) with new or vanished mentions are recomputed,
    and so are the one-sided blocks that can attach to them; a changed config (or ``full=True``)
    regroups everything. Idempotent either way, and incremental equals full. Memory is bounded by
    the largest block: the store is read one block at a time.
    """
    t0 = time.perf_counter()
    cfg = (config or GroupingConfig()).validate()
    stats = GroupingStats()
    old = store.query("SELECT value FROM meta WHERE key = ?", [CONFIG_KEY])
    full = full or not old or old[0]["value"] != _config_json(cfg)
    if full and store.swap_rebuilds:
        return _rebuild_and_swap(store, cfg, stats, t0)
    with store.transaction():
        touched: set[str] = set()
        if full:
            store.execute("DELETE FROM event_group_members")
            store.execute("DELETE FROM event_groups")
            _fill(store, cfg, stats, LIVE)
            return _finish(store, cfg, stats, t0)
        dirty, stats.new_mentions = _dirty_blocks(store, cfg)
        full_blocks = {b for b in dirty if not _is_partial_block(b)}
        partial_blocks = {b for b in dirty if _is_partial_block(b)}
        if cfg.attach_partial:
            partial_blocks |= {s for b in full_blocks for s in _star(b)}
        redo = sorted(full_blocks | partial_blocks)
        if redo:
            # groups outside the recomputed blocks that hold one-sided mentions being recomputed
            for chunk in _chunks(redo):
                marks = ",".join("?" * len(chunk))
                touched |= {r["group_id"] for r in store.query(
                    f"SELECT DISTINCT m.group_id FROM event_group_members m JOIN event_groups g "
                    f"ON g.group_id = m.group_id WHERE m.block_key IN ({marks}) AND g.block_key <> m.block_key",
                    chunk)}
            _delete_in(store, "event_group_members", "block_key", redo)
            _delete_in(store, "event_groups", "block_key", redo)
        _regroup_blocks(store, cfg, stats, _Writer(store, cfg), full_blocks, partial_blocks, touched)
        return _finish(store, cfg, stats, t0)


def _fill(store: Store, cfg: GroupingConfig, stats: GroupingStats, t: Tables) -> None:
    """Group every mention into the (empty) tables ``t``."""
    stats.new_mentions = int(store.query("SELECT count(*) AS n FROM events")[0]["n"])
    if stats.new_mentions <= IN_MEMORY_MENTIONS:
        _regroup_in_memory(store, cfg, stats, t)
    else:
        _regroup_blocks(store, cfg, stats, _Writer(store, cfg, t), None, None, set())
    stats.full = True


def _rebuild_and_swap(store: Store, cfg: GroupingConfig, stats: GroupingStats, t0: float) -> GroupingStats:
    """A full regroup written to new tables outside any transaction, then swapped in by one short one.

    For a backend that holds a transaction's inserts in memory (DuckDB): a full regroup inside one
    transaction would hold every group row at once. Readers see the old groups until the swap; a
    rebuild that fails or is stopped leaves the live tables as they were (its tables are dropped then,
    or by the next rebuild)."""
    _drop(store, _NEXT)
    for stmt in events_schema():
        for live, new in zip(LIVE, _NEXT, strict=True):
            if stmt.startswith(f"CREATE TABLE IF NOT EXISTS {live} ("):
                store.execute(stmt.replace(f"IF NOT EXISTS {live} (", f"{new} (", 1))
    try:
        _fill(store, cfg, stats, _NEXT)
        with store.transaction():
            _drop(store, LIVE)
            for live, new in zip(LIVE, _NEXT, strict=True):
                store.execute(f"ALTER TABLE {new} RENAME TO {live}")
            return _finish(store, cfg, stats, t0)
    except BaseException:
        _drop(store, _NEXT)
        raise


def _drop(store: Store, t: Tables) -> None:
    for name in t:
        store.execute(f"DROP TABLE IF EXISTS {name}")


def _regroup_blocks(store: Store, cfg: GroupingConfig, stats: GroupingStats, writer: _Writer,
                    full_blocks: set[str] | None, partial_blocks: set[str] | None, touched: set[str]) -> None:
    """Cluster the given two-sided then one-sided blocks (all when None), streamed block by block, and
    attach one-sided groups to two-sided ones; rows go to ``writer``'s tables."""
    t = writer.t
    n_blocks = 0
    for _, mentions in _stream_blocks(store, cfg, False, full_blocks):
        n_blocks += 1
        stats.mentions += len(mentions)
        for g in cluster_block(mentions, cfg):
            writer.group(g)
    writer.flush()
    stars: dict[str, list[str]] = {}
    if cfg.attach_partial and (partial_blocks is None or partial_blocks):
        for r in store.query(f"SELECT DISTINCT block_key FROM {t.groups}"):
            bk = r["block_key"]
            if not _is_partial_block(bk):
                mod = bk.split("|", 1)[0]
                for s in set(_sides(bk)):
                    stars.setdefault(f"{mod}|{s}", []).append(bk)
        for v in stars.values():
            v.sort()
    for bk, mentions in _stream_blocks(store, cfg, True, partial_blocks):
        n_blocks += 1
        stats.mentions += len(mentions)
        groups = cluster_block(mentions, cfg)
        if cfg.attach_partial and any(_sides(bk)):
            decided = _attach_block(store, cfg, bk, groups, stars, t)
        else:
            decided = [(p, None) for p in groups]
        for p, target in decided:
            if target is None:
                writer.group(p)
            else:
                gid = target.group_id
                touched.add(gid)
                for m, rev in _joined(target, p, cfg):
                    writer.member(m, gid, rev)
    writer.flush()
    if touched:
        _finalize(store, cfg, touched, writer)
    stats.groups, stats.blocks = writer.n_groups, n_blocks


def _regroup_in_memory(store: Store, cfg: GroupingConfig, stats: GroupingStats, t: Tables = LIVE) -> None:
    """A full regroup of a small store in one pass (same result as the streamed one, faster)."""
    mentions = [m for m, _ in _mentions(store.iter_rows(f"SELECT {_SELECT} FROM events e"), {})]
    writer = _Writer(store, cfg, t)
    for g in group_mentions(mentions, cfg):
        writer.group(g)
    writer.flush()
    stats.mentions, stats.groups, stats.full = len(mentions), writer.n_groups, True
    stats.blocks = len({block_key(m, cfg) for m in mentions})


def _finish(store: Store, cfg: GroupingConfig, stats: GroupingStats, t0: float) -> GroupingStats:
    """Remember the config (inside the regroup's transaction) and fill in the totals."""
    store.execute("DELETE FROM meta WHERE key = ?", [CONFIG_KEY])
    store.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [CONFIG_KEY, _config_json(cfg)])
    n = store.query("SELECT count(*) AS g, coalesce(sum(n_mentions), 0) AS m FROM event_groups")[0]
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
