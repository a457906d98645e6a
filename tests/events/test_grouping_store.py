"""Grouping in a store: no mention lost, idempotent, incremental = full, blocked."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pytest
from events_testlib import CORPUS, ingest

from detente.events import GroupingConfig, regroup, update_after_ingest
from detente.events.evaluate import load_mention_corpus, mention_event
from detente.events.grouping import bulk_insert
from detente.events.metrics import score_grouping
from detente.events.schema import MEMBER_COLUMNS
from detente.model import CodedEvent
from detente.store import Store
from detente.store.base import EVENT_COLUMNS, event_row


def _groups(store: Store) -> dict[str, str]:
    return {r["event_id"]: r["group_id"] for r in store.query("SELECT * FROM event_group_members")}


def test_every_mention_is_in_exactly_one_group(store: Store) -> None:
    events, truth = load_mention_corpus(CORPUS / "mentions.psv")
    ingest(store, events)
    stats = regroup(store)
    n_events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
    assert stats.total_mentions == n_events == len(events)
    members = _groups(store)
    assert set(members) == {e.id for e in events}
    sums = store.query("SELECT sum(n_mentions) AS n, count(*) AS g FROM event_groups")[0]
    assert sums["n"] == len(events) and sums["g"] == stats.total_groups
    score = score_grouping(members, truth)
    assert score.pairwise.precision >= 0.9 and score.pairwise.recall >= 0.9
    assert score.bcubed.precision >= 0.9 and score.bcubed.recall >= 0.9


def test_group_fields_describe_the_event(store: Store) -> None:
    events, _ = load_mention_corpus(CORPUS / "mentions.psv")
    ingest(store, events)
    regroup(store)
    rows = store.query("SELECT * FROM event_groups WHERE cameo_root = '04' AND source_country = 'RUS' "
                       "AND date_start = DATE '2024-05-16'")
    assert len(rows) == 1
    g = rows[0]
    assert g["n_mentions"] == 6 and g["n_documents"] == 5
    assert str(g["first_report"]) == "2024-05-16" and str(g["last_report"]) == "2024-05-25"
    assert g["source_name"] == "Vladimir Putin" and g["target_country"] == "CHN"
    assert g["modality"] == "happened" and g["date_granularity"] == "day"


def test_regrouping_is_idempotent_and_incremental_equals_full(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    events, _ = load_mention_corpus(CORPUS / "mentions.psv")
    docs = sorted({e.doc_id for e in events})
    random.Random(7).shuffle(docs)  # reports arrive in any order, a document at a time
    first = set(docs[: len(docs) // 2])
    early = [e for e in events if e.doc_id in first]
    ingest(store, early)
    regroup(store)
    ingest(store, [e for e in events if e.doc_id not in first])
    st = regroup(store)
    assert not st.full and st.new_mentions == len(events) - len(early)
    incremental = _groups(store)
    again = regroup(store)
    assert again.new_mentions == 0 and again.mentions == 0 and _groups(store) == incremental
    regroup(store, full=True)
    assert _groups(store) == incremental
    groups_before = store.query("SELECT * FROM event_groups ORDER BY group_id")
    regroup(store, full=True)
    assert store.query("SELECT * FROM event_groups ORDER BY group_id") == groups_before


def test_changed_config_regroups_everything(store: Store) -> None:
    events, _ = load_mention_corpus(CORPUS / "mentions.psv")
    ingest(store, events)
    default = regroup(store).total_groups
    wide = regroup(store, GroupingConfig(window_days=30, coarse_window_days=30))
    assert wide.full and wide.total_groups < default
    assert regroup(store).full  # back to the default config: full again


def test_update_after_ingest_reports_stats(store: Store) -> None:
    ingest(store, [mention_event("a", "2024-05-16", "RUS", "CHN", "042"),
                   mention_event("b", "2024-05-17", "CHN", "RUS", "043", index=1)])
    out = update_after_ingest(store)
    assert out["total_groups"] == 1 and out["total_mentions"] == 2 and out["anticipations"] == 0


def _synthetic(store: Store, n: int, seed: int = 3) -> None:
    """n random mentions (40 countries, 8 codes, one year), written straight into ``events``."""
    rng = random.Random(seed)
    countries = ["RUS", "CHN", "USA", "UKR", "GBR", "FRA", "DEU", "IND", "IRN", "ISR", "TUR", "JPN"] + [
        f"X{i:02d}" for i in range(28)]
    codes = ["040", "042", "057", "112", "163", "190", "036", "061"]
    rows = []
    for i in range(n):
        a, b = rng.sample(countries, 2)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 366))
        ev = mention_event(f"doc{i // 5}", day.isoformat(), a, b, rng.choice(codes), when=day.isoformat(),
                           index=i)
        rows.append(event_row(ev))
    bulk_insert(store, "events", EVENT_COLUMNS, rows)


def test_blocked_grouping_is_fast_enough_for_a_sample(store: Store) -> None:
    _synthetic(store, 3000)
    t0 = time.perf_counter()
    st = regroup(store)
    assert st.total_mentions == 3000
    assert time.perf_counter() - t0 < 20


@pytest.mark.slow
def test_grouping_100k_mentions(store: Store) -> None:
    _synthetic(store, 100_000)
    t0 = time.perf_counter()
    st = regroup(store)
    full = time.perf_counter() - t0
    assert st.total_mentions == 100_000
    ingest(store, [mention_event("late", "2024-05-01", "RUS", "CHN", "042", index=999_999)])
    t1 = time.perf_counter()
    inc = regroup(store)
    assert inc.new_mentions == 1 and inc.mentions < 100_000 / 10
    print(f"100k mentions: full {full:.1f}s, incremental {time.perf_counter() - t1:.2f}s")


def test_one_sided_mentions_join_the_event_they_fit() -> None:
    from detente.events import group_mentions
    from detente.events.evaluate import as_mentions

    ms = as_mentions([
        mention_event("a", "2024-04-26", "USAGOV:Antony Blinken", "CHNGOV:Wang Yi", "040", when="2024-04-26"),
        mention_event("b", "2024-04-27", "CHNGOV:Wang Yi", "-", "046", index=1),  # "Wang Yi held talks"
        mention_event("c", "2024-04-27", "CHNGOV:Xi Jinping", "-", "046", index=2),  # another person
        mention_event("d", "2024-06-27", "CHNGOV:Wang Yi", "-", "046", index=3),  # two months later
    ])
    groups = {m.doc_id: g.group_id for g in group_mentions(ms) for m, _ in g.members}
    assert groups["a"] == groups["b"]
    assert len({groups["a"], groups["c"], groups["d"]}) == 3


def test_incremental_with_one_sided_mentions_stays_incremental(store: Store) -> None:
    ingest(store, [mention_event("a", "2024-04-26", "USA", "CHN", "040")])
    assert regroup(store).total_groups == 1
    ingest(store, [mention_event("b", "2024-04-27", "CHN", "-", "046")])
    st = regroup(store)  # only the one-sided block is recomputed; it attaches to the stored group
    assert not st.full and st.mentions == 1 and st.total_groups == 1 and st.total_mentions == 2
    assert len(set(_groups(store).values())) == 1
    ingest(store, [mention_event("c", "2024-09-01", "GBR", "FRA", "040")])
    st = regroup(store)
    assert not st.full and st.mentions == 1 and st.total_groups == 2
    ingest(store, [mention_event("d", "2024-04-26", "CHN", "USA", "042", index=1)])
    st = regroup(store)  # the two-sided block and the one-sided blocks of its sides
    assert not st.full and st.mentions == 3 and st.total_groups == 2


def _mixed(n: int, seed: int) -> list[CodedEvent]:
    """n mentions with everything grouping cares about: one-sided and role-only sides, reciprocal
    and directed codes, day/week/month/year and report-date dates, plans, places, person names."""
    rng = random.Random(seed)
    actors = ["RUSGOV:Sergei Lavrov", "RUSGOV:Vladimir Putin", "RUS", "CHNGOV:Wang Yi", "CHN", "USA",
              "USAGOV:Antony Blinken", "UKR", "UKRMIL", "MIL", "GBR"]
    codes = ["040", "042", "043", "036", "057", "112", "163", "190", "190", "061", "046", "173"]
    out = []
    for i in range(n):
        src = rng.choice(actors)
        tgt = "-" if rng.random() < 0.3 else rng.choice([a for a in actors if a != src])
        report = date(2024, 3, 1) + timedelta(days=rng.randrange(0, 20))
        r = rng.random()
        when = ("-" if r < 0.35 else (report - timedelta(days=rng.randrange(0, 3))).isoformat() if r < 0.75
                else f"{report.year}-W{report.isocalendar()[1]:02d}" if r < 0.85
                else f"{report.year}-{report.month:02d}" if r < 0.95 else str(report.year))
        modality = rng.choice(["happened"] * 6 + ["planned", "planned", "negated"])
        location = rng.choice(["-", "-", "Beijing/CHN", "Kharkiv/UKR", "Odesa/UKR"])
        out.append(mention_event(f"d{i // 3}", report.isoformat(), src, tgt, rng.choice(codes), modality,
                                 when, location, index=i))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_in_batches_equals_full_in_any_order(tmp_path, monkeypatch, seed: int) -> None:  # type: ignore[no-untyped-def]
    """The same corpus ingested in several batches, in different orders, regrouped after each batch,
    ends with exactly the groups (members, orientation and rows) of one full regroup."""
    from detente.store import open_store

    events = _mixed(600, seed)
    docs = sorted({e.doc_id for e in events})
    results = []
    for run, order in enumerate(["sorted", "shuffled", "reversed"]):
        ds = list(docs)
        if order == "shuffled":
            random.Random(seed).shuffle(ds)
        elif order == "reversed":
            ds.reverse()
        with open_store(tmp_path / f"{order}.duckdb") as s:
            for i in range(0, len(ds), 40 + 30 * run):
                batch = set(ds[i : i + 40 + 30 * run])
                ingest(s, [e for e in events if e.doc_id in batch])
                st = regroup(s)
                assert i == 0 or not st.full
            results.append(_snapshot(s))
            regroup(s, full=True)  # in memory (a small store)
            assert _snapshot(s) == results[-1]
            with monkeypatch.context() as mp:
                mp.setattr("detente.events.grouping.IN_MEMORY_MENTIONS", 0)
                mp.setattr("detente.events.grouping._LOAD_MENTIONS", 5)  # groups refreshed a few at a time
                assert regroup(s, full=True).full  # streamed block by block
            assert _snapshot(s) == results[-1]
    assert results[0] == results[1] == results[2]
    members, groups = results[0]
    assert len(groups) < 0.7 * len(members)  # groups hold several mentions
    by_block = {g["group_id"]: g["block_key"] for g in groups}
    assert sum(by_block[m[1]] != m[2] for m in members) > 10  # one-sided mentions attached
    assert sum(m[3] for m in members) > 10  # reciprocal mentions, reversed
    # the in-memory grouping gives the same groups
    from detente.events import group_mentions
    from detente.events.evaluate import as_mentions

    mem = sorted((m.id, g.group_id, rev) for g in group_mentions(as_mentions(events)) for m, rev in g.members)
    assert mem == [(e, g, r) for e, g, _, r in members]


def _snapshot(store: Store) -> tuple[list[tuple[object, ...]], list[dict[str, object]]]:
    members = [(r["event_id"], r["group_id"], r["block_key"], r["reversed"]) for r in
               store.query("SELECT * FROM event_group_members ORDER BY event_id")]
    return members, store.query("SELECT * FROM event_groups ORDER BY group_id")


def test_member_chunks_bound_the_members_loaded_at_once(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from detente.events.grouping import _member_chunks

    sizes = {"g1": 3, "g2": 3, "g3": 9, "g4": 1, "g5": 2}
    rows = [(f"{g}-{i}", g, "happened|A~B", 0) for g, n in sizes.items() for i in range(n)]
    bulk_insert(store, "event_group_members", MEMBER_COLUMNS, rows)
    monkeypatch.setattr("detente.events.grouping._LOAD_MENTIONS", 6)
    chunks = list(_member_chunks(store, sorted(sizes) + ["g-missing"]))
    assert chunks == [["g1", "g2"], ["g3"], ["g4", "g5", "g-missing"]]  # a group over the bound stays whole


def test_full_rebuild_swaps_in_new_tables_and_a_failed_one_keeps_the_old(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    events, _ = load_mention_corpus(CORPUS / "mentions.psv")
    ingest(store, events)
    regroup(store)
    before = store.query("SELECT * FROM event_groups ORDER BY group_id")
    members = _groups(store)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("stopped mid-rebuild")

    monkeypatch.setattr("detente.events.grouping._regroup_in_memory", broken)
    monkeypatch.setattr("detente.events.grouping._regroup_blocks", broken)
    with pytest.raises(RuntimeError):
        regroup(store, full=True)
    assert store.query("SELECT * FROM event_groups ORDER BY group_id") == before  # untouched
    assert _groups(store) == members
    tables = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    assert not {t for t in tables if t.endswith("_next")}  # nothing left behind
    monkeypatch.undo()
    stats = regroup(store, full=True)
    assert stats.full and store.query("SELECT * FROM event_groups ORDER BY group_id") == before
