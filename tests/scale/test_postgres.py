"""Bulk runs and Parquet shards on a real PostgreSQL server: the same store content as DuckDB.

PostgreSQL comes from ``$DETENTE_TEST_PG`` (default: the role and database ``.ci/setup-services.sh``
creates). Each test uses its own schema, dropped afterwards. Skipped when the server is unreachable.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import fakecoder
import pytest
from scale_helpers import FAKE_CODER, contents

import detente.scale.shards as shards_mod
from detente.scale import bulk_ingest, list_runs, load_shard_dir
from detente.scale.shards import list_shards, read_shard
from detente.store import Store, open_store
from detente.store.base import DOCUMENT_COLUMNS, EVENT_COLUMNS
from pgtest import drop_pg_schema, open_pg_store, pg_unreachable

pytestmark = pytest.mark.postgres
FLAKY = "fakecoder:flaky_code_documents"
@pytest.fixture
def pg() -> Iterator[Callable[[], Store]]:
    """Opens a new PostgreSQL store, each in its own schema (dropped at the end)."""
    if why := pg_unreachable():
        pytest.skip(why)
    opened: list[tuple[Store, str]] = []

    def make() -> Store:
        schema = f"scale_{uuid.uuid4().hex[:12]}"
        st = open_pg_store(schema)
        opened.append((st, schema))
        return st

    yield make
    for st, schema in opened:
        st.close()
        drop_pg_schema(schema)


def _rows(st: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored event and document row (all columns but ``ingested_at``), sorted, floats rounded."""

    def norm(v: Any) -> Any:
        return round(v, 9) if isinstance(v, float) else v

    doc_cols = [c for c in DOCUMENT_COLUMNS if c != "ingested_at"]
    return {
        "events": [tuple(norm(r[c]) for c in EVENT_COLUMNS)
                   for r in st.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY id")],
        "documents": [tuple(norm(r[c]) for c in doc_cols)
                      for r in st.query(f"SELECT {', '.join(doc_cols)} FROM documents ORDER BY id")],
    }


def test_a_bulk_run_and_its_shards_give_the_same_store_on_postgresql_as_on_duckdb(
        corpus: Path, tmp_path: Path, pg: Callable[[], Store], e2e_coder: str) -> None:
    shards = tmp_path / "shards"
    with open_store(str(tmp_path / "duck.duckdb")) as duck:
        ref = bulk_ingest([corpus], duck, batch_size=8, coder=e2e_coder, shard_dir=shards, keep_shards=True)
        expected, expected_rows = contents(duck), _rows(duck)
    assert expected["events"] and len(list_shards(shards)) == ref.batches

    # a bulk run straight into PostgreSQL (each batch and its progress in one PostgreSQL transaction)
    direct = pg()
    got = bulk_ingest([corpus], direct, batch_size=8, coder=e2e_coder)
    assert (got.read, got.stored, got.duplicates, got.events, got.failed) == \
        (ref.read, ref.stored, ref.duplicates, ref.events, ref.failed)
    assert contents(direct) == expected
    assert _rows(direct) == expected_rows
    (run,) = list_runs(direct)
    assert (run["status"], run["stored"], run["files_done"]) == ("finished", ref.stored, 5)

    # the Parquet shards the DuckDB run kept, loaded into PostgreSQL one transaction per shard
    loaded_store = pg()
    loaded = load_shard_dir(loaded_store, shards)
    assert (loaded.stored, loaded.events) == (ref.stored, ref.events)
    assert contents(loaded_store) == expected
    assert _rows(loaded_store)["events"] == expected_rows["events"]
    in_shards = sum(read_shard(shards, s).n_documents for s in list_shards(shards))
    assert loaded.duplicates == in_shards - ref.stored == 1  # one article is in two files, so in two shards
    again = load_shard_dir(loaded_store, shards)  # loading twice adds nothing
    assert (again.stored, again.events, again.duplicates) == (0, 0, in_shards)


def test_a_shard_that_fails_half_way_leaves_nothing_in_postgresql(corpus: Path, tmp_path: Path,
                                                                   pg: Callable[[], Store],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shards = tmp_path / "shards"
    with open_store(str(tmp_path / "duck.duckdb")) as duck:
        bulk_ingest([corpus], duck, batch_size=8, coder=FAKE_CODER, shard_dir=shards, keep_shards=True)
        expected = contents(duck)
    seqs = list_shards(shards)
    first_two = [read_shard(shards, s) for s in seqs[:2]]
    st = pg()
    real_merge, calls = shards_mod.merge_learned, []

    def failing_merge(store: Store, learned: Any) -> int:  # runs after the shard's documents and events
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("simulated failure inside the third shard's transaction")
        return real_merge(store, learned)

    monkeypatch.setattr(shards_mod, "merge_learned", failing_merge)
    with pytest.raises(RuntimeError, match="simulated failure"):
        load_shard_dir(st, shards)
    stats = st.stats()
    assert stats["documents"] == sum(s.n_documents for s in first_two)  # shards 1 and 2 only
    assert stats["events"] == sum(s.events.num_rows for s in first_two)
    monkeypatch.setattr(shards_mod, "merge_learned", real_merge)
    rest = load_shard_dir(st, shards)
    assert rest.stored == len(expected["documents"]) - stats["documents"]  # shard 3 again, in full
    assert contents(st) == expected


def test_a_crashed_run_resumed_on_postgresql_equals_an_uninterrupted_one(corpus: Path, tmp_path: Path,
                                                                         pg: Callable[[], Store]) -> None:
    fakecoder.FAIL_AT = None
    with open_store(str(tmp_path / "ref.duckdb")) as duck:
        bulk_ingest([corpus], duck, batch_size=8, coder=FLAKY)
        expected = contents(duck)
    st = pg()
    fakecoder.FAIL_AT, fakecoder.CALLS = 6, 0
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            bulk_ingest([corpus], st, batch_size=8, coder=FLAKY)
        (run,) = list_runs(st)
        assert run["status"] == "running" and run["batches"] == 5
        assert st.stats()["documents"] == run["stored"]
        resumed = bulk_ingest([corpus], st, batch_size=8, coder=FLAKY)
    finally:
        fakecoder.FAIL_AT = None
    assert resumed.resumed and resumed.attempts == 2
    assert contents(st) == expected
