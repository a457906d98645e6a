"""The Dask path on a real local cluster: a scheduler and two worker processes on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from scale_helpers import contents

from detente.scale import bulk_ingest, load_shard_dir
from detente.store import open_store

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as c:
        yield c


def test_a_dask_cluster_stores_exactly_what_one_process_stores(corpus: Path, tmp_path: Path, cluster: object,
                                                                e2e_coder: str) -> None:
    with open_store(str(tmp_path / "one.duckdb")) as st:
        one = bulk_ingest([corpus], st, batch_size=8, coder=e2e_coder)
    assert one.backend == "local"
    with open_store(str(tmp_path / "dask.duckdb")) as st:
        dist = bulk_ingest([corpus], st, batch_size=8, coder=e2e_coder, scheduler=cluster.scheduler_address,  # type: ignore[attr-defined]
                           shard_dir=tmp_path / "shards", keep_shards=True)
    assert (dist.backend, dist.workers) == ("dask", 2)
    assert (dist.read, dist.stored, dist.events, dist.failed) == (one.read, one.stored, one.events, one.failed)
    expected = contents(tmp_path / "one.duckdb")
    assert expected["events"], "the corpus must give events for this comparison to mean anything"
    assert contents(tmp_path / "dask.duckdb") == expected
    # the kept Parquet shards load into another store (as a Spark job's shards would) with the same result
    with open_store(str(tmp_path / "shards.duckdb")) as st:
        loaded = load_shard_dir(st, tmp_path / "shards")
    assert loaded.stored == one.stored
    got = contents(tmp_path / "shards.duckdb")
    assert (got["documents"], got["events"]) == (expected["documents"], expected["events"])


def test_workers_option_starts_local_worker_processes(corpus: Path, tmp_path: Path) -> None:
    from scale_helpers import FAKE_CODER

    with open_store(str(tmp_path / "one.duckdb")) as st:
        bulk_ingest([corpus / "c.parquet", corpus / "d.tar.gz"], st, batch_size=8, coder=FAKE_CODER)
    with open_store(str(tmp_path / "two.duckdb")) as st:
        two = bulk_ingest([corpus / "c.parquet", corpus / "d.tar.gz"], st, batch_size=8, coder=FAKE_CODER,
                          workers=2)
    assert (two.backend, two.workers, two.stored) == ("dask", 2, 60)
    assert contents(tmp_path / "two.duckdb") == contents(tmp_path / "one.duckdb")
