"""The Spark adapter on a real Spark (local mode): the same documents and events as the local bulk path.

Needs the ``spark`` extra (``pip install 'detente[spark]'``) and a Java runtime (17 for pyspark 4);
skipped without them. Slow (Spark starts a JVM): run with ``-m slow``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bulkcorpus import article, day
from scale_helpers import HERE, contents

from detente.scale import bulk_ingest, load_shard_dir
from detente.store import Store, open_store
from detente.store.base import EVENT_COLUMNS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime for Spark")
    from pyspark.sql import SparkSession

    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYTHONPATH")}
    os.environ["PYSPARK_PYTHON"] = sys.executable  # Spark's Python workers: this interpreter, detente installed
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), str(HERE.parents[1] / "src"), saved["PYTHONPATH"] or ""])
    session = (SparkSession.builder.master("local[2]").appName("detente-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _event_rows(st: Store) -> list[tuple[Any, ...]]:
    return [tuple(round(r[c], 9) if isinstance(r[c], float) else r[c] for c in EVENT_COLUMNS)
            for r in st.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY id")]


def test_spark_map_in_pandas_codes_the_same_events_as_the_local_path(spark: Any, tmp_path: Path,
                                                                     e2e_coder: str) -> None:
    import random

    import pyarrow as pa
    import pyarrow.parquet as pq

    from detente.scale.spark import OUTPUT_SCHEMA, shard_writer

    rng = random.Random(3)
    n = 24
    articles = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"id": [f"a{i}" for i in range(n)], "text": [article(i, rng) for i in range(n)],
                             "date": [day(i) for i in range(n)]}), articles)
    with open_store(str(tmp_path / "local.duckdb")) as st:
        local = bulk_ingest([articles], st, batch_size=8, coder=e2e_coder)
        expected, expected_rows = contents(st), _event_rows(st)
    assert local.stored == n and expected["events"]

    # one partition, read in order: Spark's batches are the local run's batches (8 documents each)
    fn = shard_writer(str(tmp_path / "shards"), coder=e2e_coder, batch_size=8)
    summary = spark.read.parquet(str(articles)).coalesce(1).mapInPandas(fn, schema=OUTPUT_SCHEMA).collect()
    assert sorted(r["documents"] for r in summary) == [8, 8, 8]
    assert sum(r["failed"] for r in summary) == 0
    with open_store(str(tmp_path / "spark.duckdb")) as st:
        loaded = load_shard_dir(st, tmp_path / "shards")
        got, got_rows = contents(st), _event_rows(st)
    assert (loaded.stored, loaded.events) == (n, local.events)
    assert got == expected
    assert got_rows == expected_rows

    # two partitions: the same documents (events may differ where a batch no longer sees an introduction)
    fn2 = shard_writer(str(tmp_path / "shards2"), coder=e2e_coder, batch_size=8)
    two = spark.read.parquet(str(articles)).repartition(2).mapInPandas(fn2, schema=OUTPUT_SCHEMA).collect()
    assert len({r["seq"] // 1_000_000 for r in two}) == 2  # shards of two partitions
    with open_store(str(tmp_path / "spark2.duckdb")) as st:
        assert load_shard_dir(st, tmp_path / "shards2").stored == n
        assert contents(st)["documents"] == expected["documents"]
