from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from pathlib import Path

import fakecoder
import pytest
from scale_helpers import FAKE_CODER, contents

from detente.model import Document, LearnedActor
from detente.scale import bulk_ingest, list_runs, load_shard_dir
from detente.scale.shards import make_shard, merge_actor, write_shard
from detente.store import open_store

FLAKY = "fakecoder:flaky_code_documents"


def _run(paths: list[Path], db: Path, coder: str = FAKE_CODER, **kw: object):  # type: ignore[no-untyped-def]
    with open_store(str(db)) as st:
        return bulk_ingest(paths, st, batch_size=8, coder=coder, **kw)  # type: ignore[arg-type]


def test_run_stores_each_document_once_and_a_rerun_adds_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = _run([corpus], db)
    assert (first.read, first.stored, first.duplicates, first.failed) == (125, 124, 1, 2)
    assert first.events > 0 and not first.resumed
    again = _run([corpus], db)
    assert again.resumed and again.attempts == 2
    assert (again.read, again.stored, again.skipped_files) == (0, 0, 5)
    got = contents(db)
    assert len(got["documents"]) == 124 and len(got["events"]) == first.events
    with open_store(str(db)) as st:
        (run,) = list_runs(st)
        assert (run["status"], run["files_done"], run["stored"], run["failed"]) == ("finished", 5, 124, 2)
        reasons = [r["reason"] for r in st.query("SELECT reason FROM ingest_failures")]
        assert len(reasons) == 2 and any("broken JSON" in r for r in reasons)


@pytest.mark.parametrize("fail_at", [1, 4, 9, 16])
def test_a_crash_then_the_same_call_again_equals_an_uninterrupted_run(corpus: Path, tmp_path: Path,
                                                                      fail_at: int) -> None:
    fakecoder.FAIL_AT = None
    _run([corpus], tmp_path / "ref.duckdb", coder=FLAKY)
    fakecoder.FAIL_AT, fakecoder.CALLS = fail_at, 0
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            _run([corpus], tmp_path / "x.duckdb", coder=FLAKY)
        with open_store(str(tmp_path / "x.duckdb")) as st:  # the batches before the crash are all there
            (run,) = list_runs(st)
            assert run["status"] == "running"
            assert st.stats()["documents"] == run["stored"]
        resumed = _run([corpus], tmp_path / "x.duckdb", coder=FLAKY, resume=True)
    finally:
        fakecoder.FAIL_AT = None
    assert resumed.resumed and not resumed.notes
    assert contents(tmp_path / "x.duckdb") == contents(tmp_path / "ref.duckdb")


def test_a_changed_file_is_read_again_without_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    line = {"text": "Russian Foreign Minister Sergei Lavrov met the envoy of the delegation in the city.",
            "date": "2024-01-02"}
    other = {"text": "On the day Lavrov visited the capital of the state and said it was hard.", "date": "2024-01-03"}
    f = src / "x.jsonl.gz"
    f.write_bytes(gzip.compress((json.dumps(line) + "\n").encode()))
    db = tmp_path / "s.duckdb"
    assert _run([src], db).stored == 1
    f.write_bytes(gzip.compress((json.dumps(line) + "\n" + json.dumps(other) + "\n").encode()))
    r = _run([src], db)
    assert (r.read, r.stored, r.duplicates) == (2, 1, 1)
    assert len(contents(db)["documents"]) == 2


def test_restart_forgets_progress_but_duplicates_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _run([corpus], db)
    before = contents(db)
    r = _run([corpus], db, restart=True)
    assert not r.resumed and r.read == 125 and r.stored == 0
    assert contents(db) == before


def test_resume_with_nothing_to_resume_says_so(corpus: Path, tmp_path: Path) -> None:
    r = _run([corpus / "c.parquet"], tmp_path / "s.duckdb", resume=True)
    assert r.stored == 30 and r.notes and "new run" in r.notes[0]


def test_documents_stored_before_the_run_are_not_coded_again(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _run([corpus / "a.jsonl.gz"], db)
    r = _run([corpus], db)  # another run (other paths) over a corpus that includes the first file
    assert r.stored == 124 - 30 and r.duplicates == 31


def test_shards_load_like_batches(tmp_path: Path) -> None:
    docs = [Document(text=f"On the day Lavrov met the envoy number {i} of the delegation.", date=date(2024, 1, 1))
            for i in range(5)]
    coded = fakecoder.code_documents(docs)
    actor = LearnedActor(key="sergei lavrov", name="Sergei Lavrov", country="RUS", sectors=("GOV",),
                         aliases=("Sergei Lavrov", "Lavrov"), first_seen=date(2024, 1, 1), last_seen=date(2024, 1, 1))
    write_shard(make_shard(1, coded[:3], [actor]), tmp_path / "sh")
    write_shard(make_shard(2, coded[2:], []), tmp_path / "sh")
    with open_store(str(tmp_path / "s.duckdb")) as st:
        total = load_shard_dir(st, tmp_path / "sh")
        assert (total.stored, total.duplicates) == (5, 1)
        assert total.events == sum(len(e) for _, e in coded)
        assert st.stats() == {"documents": 5, "events": total.events, "actors": 1}
        assert {a.key: a.aliases for a in st.load_actors()} == {"sergei lavrov": ("Lavrov", "Sergei Lavrov")}
    shutil.rmtree(tmp_path / "sh")


def test_merge_actor_keeps_what_both_batches_learned() -> None:
    old = LearnedActor(key="k", name="K", country="RUS", aliases=("K",), first_seen=date(2024, 2, 1),
                       last_seen=date(2024, 2, 1), evidence="a", evidence_doc="d1")
    new = LearnedActor(key="k", name="K", country="RUS", role="minister", aliases=("K", "KK"),
                       first_seen=date(2024, 1, 1), last_seen=date(2024, 3, 1), evidence="b", evidence_doc="d2")
    m = merge_actor(old, new)
    assert (m.role, m.aliases, m.first_seen, m.last_seen, m.evidence) == (
        "minister", ("K", "KK"), date(2024, 1, 1), date(2024, 3, 1), "b")


def test_resume_continues_an_unfinished_run_whatever_the_batch_size(corpus: Path, tmp_path: Path) -> None:
    fakecoder.FAIL_AT = None
    _run([corpus], tmp_path / "ref.duckdb", coder=FLAKY)
    fakecoder.FAIL_AT, fakecoder.CALLS = 5, 0
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            _run([corpus], tmp_path / "x.duckdb", coder=FLAKY)
        with open_store(str(tmp_path / "x.duckdb")) as st:  # e.g. `detente ingest --resume` (batch size 32)
            r = bulk_ingest([corpus], st, batch_size=32, coder=FLAKY, resume=True)
    finally:
        fakecoder.FAIL_AT = None
    assert r.resumed and "batch size 8" in r.notes[0]
    assert contents(tmp_path / "x.duckdb") == contents(tmp_path / "ref.duckdb")


def test_in_process_run_keeps_its_shards_when_asked(corpus: Path, tmp_path: Path) -> None:
    from detente.scale.shards import list_shards

    r = _run([corpus], tmp_path / "s.duckdb", shard_dir=tmp_path / "shards", keep_shards=True)
    assert r.backend == "local" and any("shards kept" in n for n in r.notes)
    assert len(list_shards(tmp_path / "shards")) == r.batches  # no batch of this corpus is empty
    with open_store(str(tmp_path / "loaded.duckdb")) as st:
        assert load_shard_dir(st, tmp_path / "shards").stored == r.stored
    assert contents(tmp_path / "loaded.duckdb") == contents(tmp_path / "s.duckdb")
    assert not _run([corpus], tmp_path / "t.duckdb", shard_dir=tmp_path / "none").notes  # not kept: none written
    assert not (tmp_path / "none").exists()
