"""Anticipated events: every planned event, its expected window and its status as of a date.

An anticipation is a group of planned-modality mentions (see :mod:`detente.events.grouping`). Its
**window** comes from the event date fields of its most specific dated mention:

=============================  =========================================================
date of the planned mention    expected window (``window_rule``)
=============================  =========================================================
day ("on May 16")              that day ± ``day_slack_days`` (1)                  ``day``
week ("next week")             that week, Monday..Sunday (7 days)                 ``week``
month ("in May")               the whole month                                    ``month``
quarter / year ("later this    from the first report (or the period start, if later) to
year")                         the period's end                                   ``quarter``/``year``
none (only the report date:    the first report date .. + ``default_days`` (30)   ``default``
"soon", "is expected to")
=============================  =========================================================

Only plans of a known actor towards another one are tracked: the plan's most confident reading must
name both sides (a plan without a target, "the UN Security Council was to meet", is not tracked: it
could be matched by any meeting of its source), two different parties (never RUSGOV towards RUSGOV),
and the coder must be sure of it (confidence >= ``min_confidence``, 0.7: the coder's guessed
secondary targets score 0.6 and below), unless its surer readings were all such slips (see
:func:`_chosen_plans`).

**Status** as of a date D (default: the newest report date in the store, never the wall clock),
using only reports dated ≤ D and only mentions the coder is sure of (confidence >= 0.7):

* ``happened`` — a happened-modality mention of the same two actors (either direction for the
  reciprocal families 03–06) doing the *same kind of act* (:func:`fulfils`: a planned meeting or
  visit 036/040/042–044 by a 040/042–044 meeting or visit, or 046 negotiations for 036; an intent
  031/032/033 by the family it announces, 06/05/07; never by another intent statement; other codes
  by the same root) with an event date in the window;
* ``cancelled`` — otherwise, a report dated on/after the first report in which one of the two actors
  negates the planned act (a negated-modality mention with a compatible code: ``reason: "negated"``)
  or rejects / breaks off (roots 12, 16, e.g. 125 reject talks, 164 halt negotiations, dated before
  the window ends: ``reason: "rejected"``), aimed at the other actor, or with no target while its
  sentence names the other actor ("talks between Russia and Ukraine have been cancelled");
* ``overdue`` — otherwise, when D is past the window's end;
* ``pending`` — otherwise.

Statuses are recomputed from the stored mentions every time, so the order in which reports are
ingested does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from detente.errors import QueryError
from detente.events.grouping import _SURE_MARGIN, Group, group_mentions
from detente.events.mention import (
    GroupingConfig,
    Mention,
    codes_compatible,
    dyad_key,
    interval_gap,
    orientation,
    side_sql,
)
from detente.store.base import Store
from detente.views.query import self_dyad_sql

STATUSES: tuple[str, ...] = ("pending", "happened", "overdue", "cancelled")

# Intent codes (root 03) and the event families they announce.
INTENT_TARGETS: dict[str, str] = {"031": "06", "032": "05", "033": "07", "036": "04", "037": "04", "039": "04"}

# consult, visit, host a visit, meet at a third place, hold talks (how most meetings are reported: 046)
_MEET = ("040", "042", "043", "044", "046")
# What fulfils a planned act (code prefix of the plan -> code prefixes of what counts as it
# happening); the longest plan prefix applies. A plan not listed is fulfilled by its own root, except
# an intent (root 03), which only the announced act fulfils, never another statement of intent.
FULFILLED_BY: dict[str, tuple[str, ...]] = {
    "036": _MEET, "040": _MEET, "042": _MEET, "043": _MEET, "044": _MEET,
    "041": ("041",), "045": ("045",), "046": _MEET,
    "030": ("05", "06"), "031": ("06",), "032": ("05",), "033": ("07",), "034": ("083",),
    "035": ("08",), "0356": ("087",), "037": ("046", "057"), "038": ("045",), "039": ("045",),
}  # fmt: skip

# What cancels a planned act when one party does it to the other (code prefix of the plan -> code
# prefixes, within ``cancel_roots``): talks and visits are called off by a rejected meeting, mediation
# or settlement, a halt of negotiations or mediation, broken relations, an expulsion, a refusal to
# de-escalate; a plain "reject" (120: "rejected the accusation") cancels nothing. A plan not listed is
# cancelled by any reject / reduce-relations event (roots 12, 16).
_TALKS_OFF = ("125", "126", "127", "1246", "161", "164", "165", "166")
CANCELLED_BY: dict[str, tuple[str, ...]] = {
    "036": _TALKS_OFF, "037": _TALKS_OFF, "038": _TALKS_OFF, "039": _TALKS_OFF, "0356": _TALKS_OFF,
    "04": _TALKS_OFF, "030": ("121", "161", "162"), "031": ("121", "161", "162"), "06": ("121", "161", "162"),
    "032": ("127", "161"), "05": ("127", "161"), "033": ("122", "162"), "07": ("122", "162"),
}  # fmt: skip


@dataclass(frozen=True)
class AnticipationConfig:
    default_days: int = 30  # no explicit date: the window is the report date + 30 days
    day_slack_days: int = 1  # a day-dated plan also matches the day before/after
    cancel_roots: tuple[str, ...] = ("12", "16")
    # plans, fulfilments and cancellations the coder is sure of (its guessed secondary targets score
    # 0.6 and below); a row without a confidence (imported data) counts as sure
    min_confidence: float = 0.7
    # a plan read below min_confidence is still tracked when it is the coder's best reading of its
    # trigger and source once self-dyad slips are left out, and at least this sure (see _chosen_plans)
    alternative_min_confidence: float = 0.6
    grouping: GroupingConfig = GroupingConfig()


def fulfils(plan_code: str, code: str) -> bool:
    """True when an event coded ``code`` is the planned act ``plan_code`` happening (same kind of act)."""
    for n in (4, 3):
        accepted = FULFILLED_BY.get(plan_code[:n]) if len(plan_code) >= n else None
        if accepted is not None:
            return code.startswith(accepted)
    return plan_code[:2] != "03" and code[:2] == plan_code[:2]


def calls_off(plan_code: str, code: str, cancel_roots: tuple[str, ...] = ("12", "16")) -> bool:
    """True when an event coded ``code`` between the two parties calls off the planned ``plan_code``."""
    if code[:2] not in cancel_roots:
        return False
    for n in (4, 3, 2):
        accepted = CANCELLED_BY.get(plan_code[:n]) if len(plan_code) >= n else None
        if accepted is not None:
            return code.startswith(accepted)
    return True


def _sure(m: Mention, cfg: AnticipationConfig) -> bool:
    c = (m.row or {}).get("confidence")
    return c is None or float(c) >= cfg.min_confidence


def _self_dyad(m: Mention) -> bool:
    """Both sides coded as the same actor (RUSGOV -> RUSGOV): a coder slip, never an event between two."""
    return bool(m.source_code) and m.source_code == m.target_code


def _announces(a: Mention, b: Mention) -> bool:
    for x, y in ((a, b), (b, a)):
        for pre, root in INTENT_TARGETS.items():
            if x.cameo.startswith(pre) and y.root == root:
                return True
    return False


def _codes_ok(plan: Mention, other: Mention, gcfg: GroupingConfig) -> bool:
    return codes_compatible(plan, other, gcfg) or _announces(plan, other)


def _actors_ok(plan: Mention, other: Mention, gcfg: GroupingConfig) -> bool:
    """Both sides of ``other`` known and the plan's two actors (either way for reciprocal families)."""
    if not other.source_key or not other.target_key:
        return False
    reciprocal = {plan.root, other.root} <= set(gcfg.reciprocal_roots) or _announces(plan, other)
    return orientation(plan, other, gcfg, reciprocal=reciprocal or None) is not None


def _by_a_party(plan: Mention, other: Mention, named: frozenset[str], gcfg: GroupingConfig) -> bool:
    """``other`` comes from one of the plan's two actors and is aimed at the other one, or has no target
    while its sentence names the other one (``named``: the side keys of its sentence)."""
    if not other.source_key:
        return False
    if other.target_key:
        return orientation(plan, other, gcfg, reciprocal=True) is not None
    for side, other_side in ((0, 1), (1, 0)):
        keys = (plan.source_key, plan.target_key)
        names = (plan.source_name, plan.target_name)
        if (other.source_key == keys[side] and keys[other_side] in named
                and not (gcfg.names_must_agree and other.source_name and names[side]
                         and other.source_name != names[side])):
            return True
    return False


def window_of(mentions: list[Mention], cfg: AnticipationConfig) -> tuple[date, date, str]:
    """The expected window of a planned event from its mentions' event dates (see the module doc)."""
    first = min((m.report_date for m in mentions if m.report_date), default=None)
    dated = sorted((m for m in mentions if m.start is not None and not m.defaulted),
                   key=lambda m: (m.specificity, m.start, m.id))
    if dated:
        m = dated[0]
        assert m.start is not None
        start: date = m.start
        end: date = m.end or m.start
        gran = m.granularity or "day"
        if gran == "day":
            slack = timedelta(days=cfg.day_slack_days)
            return start - slack, end + slack, "day"
        if gran in ("quarter", "year") and first and first > start:
            start = first
        return start, end, gran
    base = first or next((m.start for m in mentions if m.start), None)
    if base is None:
        raise QueryError("a planned event without any date or report date has no window",
                         "Give documents a report date (the `date YYYY-MM-DD` line).")
    return base, base + timedelta(days=cfg.default_days), "default"


def _in_window(m: Mention, window: tuple[date, date], slack: int) -> bool:
    iv = m.interval
    return iv is not None and interval_gap(iv, window) <= slack


def newest_report(store: Store) -> date | None:
    row = store.query("SELECT max(report_date) AS d FROM events")[0]
    d = row["d"]
    return date.fromisoformat(str(d)[:10]) if d is not None and not isinstance(d, date) else d


def _parse_as_of(as_of: date | str | None, store: Store) -> date | None:
    if as_of is None:
        return newest_report(store)
    if isinstance(as_of, date):
        return as_of
    try:
        return date.fromisoformat(as_of)
    except ValueError as exc:
        raise QueryError(f"as_of must be a date YYYY-MM-DD, not {as_of!r}") from exc


_OTHER_ROWS = 10_000  # happened / negated mentions read per query (a dyad is never split)


def _load_plans(store: Store) -> list[Mention]:
    """The planned mentions that can be tracked: who plans it is known (a coded actor, not "the
    meeting"), and it is aimed at someone else (a plan of RUSGOV towards RUSGOV or towards RUS, or of
    RUS towards RUSGOV, a coder slip, is not; RUSGOV towards RUSOPP is)."""
    from detente.events.grouping import _SELECT, _mentions

    src = side_sql("e.source")
    cond = (f"e.modality = 'planned' AND {src} <> '' "
            "AND (e.target_code IS NULL OR e.target_code = '' "
            "OR (e.target_code <> e.source_code AND e.target_code <> COALESCE(e.source_country, ''))) "
            # the state and its own government are one party: same country, one side the bare country
            "AND NOT (COALESCE(e.source_country, '') <> '' AND e.source_country = e.target_country "
            "AND (e.source_code = e.source_country OR e.target_code = e.target_country))")
    return [m for m, _ in _mentions(store.iter_rows(f"SELECT {_SELECT} FROM events e WHERE {cond}"), {})]


def _chosen_plans(store: Store, min_confidence: float) -> set[str]:
    """Planned mentions that are the coder's best reading of their trigger and source once its slips
    are left out: "Yellen and Blinken would travel to China" reads Blinken -> Yellen (0.8, USAGOV ->
    USAGOV, a self-dyad) before Blinken -> CHN (0.6); the latter is then the plan's reading. Only the
    first-rank alternatives (confidence >= ``min_confidence``, 0.6) and only when no one-sided
    reading of the same trigger is surer ("RUSGOV would resist" 0.9, "RUSGOV -> USA" 0.24)."""
    src, tgt = side_sql("e.source"), side_sql("e.target")
    cond = (f"e.modality = 'planned' AND {src} <> '' "
            "AND (e.target_code IS NULL OR e.target_code = '' "
            "OR (e.target_code <> e.source_code AND e.target_code <> COALESCE(e.source_country, ''))) "
            "AND NOT (COALESCE(e.source_country, '') <> '' AND e.source_country = e.target_country "
            "AND (e.source_code = e.source_country OR e.target_code = e.target_country))")
    sql = ("SELECT id FROM (SELECT e.id AS id, e.confidence AS c, t AS t, max(e.confidence) OVER (PARTITION BY "
           "e.doc_id, e.sentence_index, e.trigger_start, e.source_code, e.source_name) AS top "
           f"FROM (SELECT e.*, {tgt} AS t FROM events e) e WHERE {cond}) x WHERE c >= top AND c >= ? AND t <> ''")
    return {str(r[0]) for r in store.iter_rows(sql, [min_confidence])}


def _others(store: Store, dyads: set[str]) -> Iterator[dict[str, list[Mention]]]:
    """Happened and negated mentions of the given dyads, a few dyads at a time (bounded memory)."""
    from detente.events.grouping import _SELECT, _mentions

    src, tgt = side_sql("e.source"), side_sql("e.target")
    expr = f"({src} || '~' || {tgt})"
    cond = f"e.modality IN ('happened', 'negated') AND NOT ({self_dyad_sql('e.')})"
    sizes: dict[str, tuple[int, list[str]]] = {}
    for r in store.query(f"SELECT {expr} AS k, count(*) AS n FROM events e WHERE {cond} GROUP BY {expr}"):
        raw = str(r["k"])
        a, b = sorted(raw.split("~"))
        key = f"{a}~{b}"
        if key in dyads:
            n, raws = sizes.get(key, (0, []))
            sizes[key] = (n + int(r["n"]), [*raws, raw])
    keys = sorted(sizes)
    i = 0
    cache: dict[Any, Any] = {}
    while i < len(keys):
        chunk: list[str] = []
        rows = 0
        while i < len(keys) and (not chunk or (rows + sizes[keys[i]][0] <= _OTHER_ROWS and len(chunk) < 200)):
            chunk.append(keys[i])
            rows += sizes[keys[i]][0]
            i += 1
        raws = [r for k in chunk for r in sizes[k][1]]
        out: dict[str, list[Mention]] = {}
        if len(cache) > 100_000:
            cache.clear()
        sql = f"SELECT {_SELECT} FROM events e WHERE {cond} AND {expr} IN ({','.join('?' * len(raws))})"
        for m, _ in _mentions(store.iter_rows(sql, raws), cache):
            out.setdefault(dyad_key(m), []).append(m)
        yield out


def _one_sided(store: Store, keys: set[str], cfg: AnticipationConfig,
               ) -> dict[str, list[tuple[Mention, frozenset[str]]]]:
    """Cancellation candidates without a target ("the talks between Russia and Ukraine have been
    cancelled": RUS 164, UKR 164), by source side key, each with the side keys its sentence names."""
    from detente.events.grouping import _SELECT, _mentions

    out: dict[str, list[tuple[Mention, frozenset[str]]]] = {}
    if not keys:
        return out
    src, tgt = side_sql("e.source"), side_sql("e.target")
    roots = ",".join("?" * len(cfg.cancel_roots))
    ordered = sorted(keys)
    found: list[Mention] = []
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        sql = (f"SELECT {_SELECT} FROM events e WHERE {tgt} = '' AND {src} IN ({','.join('?' * len(chunk))}) "
               f"AND (e.modality = 'negated' OR (e.modality = 'happened' AND e.cameo_root IN ({roots}))) "
               "AND (e.confidence IS NULL OR e.confidence >= ?)")
        found += [m for m, _ in _mentions(store.iter_rows(sql, [*chunk, *cfg.cancel_roots, cfg.min_confidence]),
                                          {})]
    named: dict[str, set[str]] = {}
    for i in range(0, len(found), 500):
        ids = [m.id for m in found[i : i + 500]]
        sql = (f"SELECT c.id AS id, {side_sql('s.source')} AS a, {side_sql('s.target')} AS b FROM events c "
               "JOIN events s ON s.doc_id = c.doc_id AND s.sentence_index = c.sentence_index "
               f"WHERE c.id IN ({','.join('?' * len(ids))})")
        for r in store.query(sql, ids):
            named.setdefault(r["id"], set()).update(k for k in (r["a"], r["b"]) if k)
    for m in found:
        out.setdefault(m.source_key, []).append((m, frozenset(named.get(m.id, ()))))
    return out


def _texts(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT id, sentence, trigger FROM events WHERE id IN ({marks})", chunk):
            out[r["id"]] = r
    return out


def _known_groups(store: Store, ids: list[str]) -> dict[str, str]:
    from detente.events.grouping import group_of

    try:
        return group_of(store, ids)
    except Exception:  # an old store without the grouping tables: links still come as mention ids
        return {}


def _representative(g: Group, as_of: date) -> tuple[list[Mention], Mention] | None:
    """The reports of a planned group known on ``as_of``, and the one that stands for it."""
    known_members = [(m, rev) for m, rev in g.members if m.report_date is None or m.report_date <= as_of]
    if not known_members:
        return None
    # the representative: among the coder's most confident readings, one oriented like the group that
    # names its actors (a guessed secondary target does not stand for the plan)
    top = max(m.confidence for m, _ in known_members) - _SURE_MARGIN
    plan = min(known_members,
               key=lambda mr: (mr[0].confidence < top, not mr[0].source_name, mr[1], not mr[0].target_name))[0]
    return [m for m, _ in known_members], plan


def _trackable(plan: Mention, cfg: AnticipationConfig, chosen: set[str]) -> bool:
    """A plan of a known actor towards another one, read by the coder with confidence (or its best
    reading of the sentence once a self-dyad slip is left out, see :func:`_chosen_plans`)."""
    return (bool(plan.source_key and plan.target_key) and not _self_dyad(plan)
            and (_sure(plan, cfg) or plan.id in chosen))


def _judge(g: Group, reports: list[Mention], plan: Mention, others: dict[str, list[Mention]], as_of: date,
           cfg: AnticipationConfig,
           one_sided: dict[str, list[tuple[Mention, frozenset[str]]]] | None = None) -> dict[str, Any]:
    gcfg = cfg.grouping
    w0, w1, rule = window_of(reports, cfg)
    first = min((m.report_date for m in reports if m.report_date), default=None)

    def known(o: Mention) -> bool:
        return (o.report_date is None or o.report_date <= as_of) and not _self_dyad(o) and _sure(o, cfg)

    def after(o: Mention) -> bool:
        return first is None or o.report_date is None or o.report_date >= first

    two_sided = [(o, frozenset[str]()) for o in others.get(dyad_key(plan), []) if known(o)]
    # one-sided candidates, unless both parties are of one country (RUSGOV -> RUSOPP): a sentence naming
    # "Russia" cannot tell the other party then
    keys = (plan.source_key, plan.target_key) if plan.source_key != plan.target_key else ()
    partial = [(o, named) for k in keys for o, named in (one_sided or {}).get(k, []) if known(o)]
    # cheap tests first (the date), then codes and actors
    happened = [o for o, _ in two_sided if o.modality == "happened"
                and _in_window(o, (w0, w1), cfg.day_slack_days)
                and fulfils(plan.cameo, o.cameo) and _actors_ok(plan, o, gcfg)]
    candidates = [(o, named) for o, named in two_sided + partial if after(o)]
    negations = [o for o, named in candidates if o.modality == "negated"
                 and (o.defaulted or _in_window(o, (w0, w1), cfg.day_slack_days))
                 and (_codes_ok(plan, o, gcfg) or fulfils(plan.cameo, o.cameo))
                 and _by_a_party(plan, o, named, gcfg)]
    rejections = [o for o, named in candidates
                  if o.modality == "happened" and calls_off(plan.cameo, o.cameo, cfg.cancel_roots)
                  and o.interval is not None and o.interval[0] <= w1
                  and _by_a_party(plan, o, named, gcfg)]
    if happened:
        status, matched, reason = "happened", sorted(happened, key=lambda o: (o.start or date.max, o.id)), None
    elif negations or rejections:
        status, matched = "cancelled", sorted(negations + rejections, key=lambda o: (o.report_date or date.max, o.id))
        reason = "negated" if negations else "rejected"
    else:
        status, matched, reason = ("overdue" if as_of > w1 else "pending"), [], None
    r = plan.row or {}
    return {
        "id": g.group_id, "status": status, "reason": reason, "as_of": as_of.isoformat(),
        "source_code": r.get("source_code"), "source_name": r.get("source_name"),
        "target_code": r.get("target_code"), "target_name": r.get("target_name"),
        "cameo": plan.cameo, "plover": plan.plover, "confidence": round(plan.confidence, 3),
        "window_start": w0.isoformat(), "window_end": w1.isoformat(), "window_rule": rule,
        "first_report": first.isoformat() if first else None,
        "n_reports": len(reports), "n_documents": len({m.doc_id for m in reports}),
        "reports": [{"event_id": m.id, "doc_id": m.doc_id,
                     "report_date": m.report_date.isoformat() if m.report_date else None,
                     "sentence": (m.row or {}).get("sentence"), "trigger": (m.row or {}).get("trigger")}
                    for m in sorted(reports, key=lambda m: (m.report_date or date.max, m.id))],
        "matched": [{"event_id": o.id, "doc_id": o.doc_id, "modality": o.modality, "cameo": o.cameo,
                     "source_code": o.source_code, "target_code": o.target_code,
                     "confidence": round(o.confidence, 3),
                     "event_date": (o.row or {}).get("event_date"),
                     "report_date": o.report_date.isoformat() if o.report_date else None,
                     "sentence": (o.row or {}).get("sentence")} for o in matched],
    }  # fmt: skip


def list_anticipations(
    store: Store, status: str | None = None, as_of: date | str | None = None,
    config: AnticipationConfig | None = None,
) -> list[dict[str, Any]]:
    """Every anticipated (planned) event with its window, reports and status as of ``as_of``.

    ``as_of`` defaults to the newest report date in the store. ``status`` filters (one of
    :data:`STATUSES`). Each dict has ``id`` (the planned event group), ``status``, ``reason``,
    ``window_start``/``window_end``/``window_rule``, ``reports`` (its mentions) and ``matched``
    (the mentions that settled it, each with ``group_id`` when grouping has run).
    """
    if status is not None and status not in STATUSES:
        raise QueryError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    cfg = config or AnticipationConfig()
    day = _parse_as_of(as_of, store)
    if day is None:
        return []
    plans = _load_plans(store)
    if not plans:
        return []
    chosen = _chosen_plans(store, cfg.alternative_min_confidence)
    todo: dict[str, list[tuple[Group, list[Mention], Mention]]] = {}
    for g in group_mentions(plans, cfg.grouping):
        rep = _representative(g, day)
        if rep is not None and _trackable(rep[1], cfg, chosen):
            todo.setdefault(dyad_key(rep[1]), []).append((g, *rep))
    one_sided = _one_sided(store, {k for d in todo for k in d.split("~")}, cfg)
    out = []
    for others in _others(store, set(todo)):
        for dyad in sorted(others):
            for g, reports, plan in todo.pop(dyad, []):
                item = _judge(g, reports, plan, others, day, cfg, one_sided)
                if status is None or item["status"] == status:
                    out.append(item)
    for dyad in sorted(todo):  # nothing happened or negated between them
        for g, reports, plan in todo[dyad]:
            item = _judge(g, reports, plan, {}, day, cfg, one_sided)
            if status is None or item["status"] == status:
                out.append(item)
    texts = _texts(store, sorted({m["event_id"] for a in out for m in (*a["reports"], *a["matched"])}))
    for a in out:
        for m in a["reports"]:
            m["sentence"], m["trigger"] = texts[m["event_id"]]["sentence"], texts[m["event_id"]]["trigger"]
        for m in a["matched"]:
            m["sentence"] = texts[m["event_id"]]["sentence"]
    groups = _known_groups(store, [m["event_id"] for a in out for m in a["matched"]])
    for a in out:
        for m in a["matched"]:
            m["group_id"] = groups.get(m["event_id"])
    out.sort(key=lambda a: (a["window_start"], a["id"]))
    return out


def refresh_anticipations(store: Store, config: AnticipationConfig | None = None) -> int:
    """Store a snapshot of :func:`list_anticipations` (as of the newest report) in ``anticipations``."""
    items = list_anticipations(store, config=config)
    rows = [(a["id"], a["status"], a["as_of"], a["window_start"], a["window_end"], a["window_rule"],
             a["source_code"], a["target_code"], a["cameo"], a["first_report"], a["n_reports"],
             a["matched"][0]["group_id"] if a["matched"] else None,
             a["matched"][0]["event_id"] if a["matched"] else None) for a in items]
    with store.transaction():
        store.execute("DELETE FROM anticipations")
        if rows:
            from detente.events.schema import ANTICIPATION_COLUMNS

            marks = ",".join("?" * len(ANTICIPATION_COLUMNS))
            store.executemany(f"INSERT INTO anticipations ({', '.join(ANTICIPATION_COLUMNS)}) VALUES ({marks})",
                              rows)
    return len(rows)


def anticipation_priors(
    store: Store, as_of: date | str | None = None, config: AnticipationConfig | None = None,
) -> list[tuple[str | None, str, str | None, date, date, float]]:
    """Pending anticipations as forecasting priors: ``(source, cameo, target, start, end, weight)``.

    ``weight`` = n / (n + 1) for n independent reports (documents) announcing it: 0.5 for one report,
    0.67 for two, … A forecaster can add ``weight`` to the score of (source, cameo root, target) for
    query times inside the window. See docs/events.md for how to measure whether that helps.
    """
    out = []
    for a in list_anticipations(store, status="pending", as_of=as_of, config=config):
        n = a["n_documents"]
        out.append((a["source_code"], a["cameo"], a["target_code"], date.fromisoformat(a["window_start"]),
                    date.fromisoformat(a["window_end"]), round(n / (n + 1), 4)))
    return out


def evaluate_priors(store: Store, as_of: date | str, config: AnticipationConfig | None = None,
                    ) -> dict[str, Any]:
    """How often what was pending at ``as_of`` turned out to happen, judged with everything known now.

    Returns counts per final status and ``hit_rate`` = happened / (pending-at-as_of resolved), with the
    mean weight (a calibration check: a well-calibrated weight is close to the hit rate).
    """
    then = list_anticipations(store, status="pending", as_of=as_of, config=config)
    now = {a["id"]: a for a in list_anticipations(store, config=config)}
    final: dict[str, int] = {s: 0 for s in STATUSES}
    for a in then:
        final[now[a["id"]]["status"] if a["id"] in now else "pending"] += 1
    resolved = final["happened"] + final["overdue"] + final["cancelled"]
    weights = [n / (n + 1) for n in (a["n_documents"] for a in then)]
    return {"as_of": str(as_of), "pending_then": len(then), "final": final,
            "hit_rate": round(final["happened"] / resolved, 4) if resolved else None,
            "mean_weight": round(sum(weights) / len(weights), 4) if weights else None}
