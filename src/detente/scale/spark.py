"""An adapter for Apache Spark's ``mapInPandas`` (optional extra: ``pip install 'detente[spark]'``).

Spark reads the corpus (any format it knows) into a DataFrame with the article columns ``text``, ``date``,
``title``, ``url``, ``source``, ``id``; each Spark task codes its partition in batches with the same pure
function as the Dask workers and writes Parquet shards to a shared folder; ``detente bulk load-shards``
then stores them, one transaction per shard::

    from detente.scale.spark import OUTPUT_SCHEMA, shard_writer
    fn = shard_writer("/shared/shards", batch_size=64)
    spark.read.parquet("articles/").mapInPandas(fn, schema=OUTPUT_SCHEMA).collect()
    # then: detente bulk load-shards /shared/shards --db detente.duckdb

Set ``PYSPARK_PYTHON`` to an interpreter with detente installed; the spaCy model loads once per Python
worker. Spark runs have no resume bookkeeping of their own (Spark retries failed tasks; a retried task
rewrites the same shard names), and batch boundaries follow Spark's partitioning, so with registry
learning the events can differ from a ``detente ingest`` run of the same files. With one partition read in
order, the batches are the local path's and so are the events: tests/scale/test_spark.py checks that on a
real Spark in local mode (``-m slow``); tests/scale/test_spark_adapter.py drives the function with plain
pandas frames.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from detente.errors import SourceError
from detente.model import Document, LearnedActor
from detente.scale.work import CoderSpec, code_batch_to_parquet
from detente.sources.jsonl import record_to_document
from detente.sources.registry import ReadOptions

OUTPUT_SCHEMA = "seq long, documents long, failed long"
_SHARDS_PER_PARTITION = 1_000_000


def _partition_id() -> int:
    try:
        from pyspark import TaskContext  # type: ignore[import-not-found]
    except ImportError:
        return 0
    ctx = TaskContext.get()
    return int(ctx.partitionId()) if ctx is not None else 0


def shard_writer(shard_dir: str, snapshot: Sequence[LearnedActor] = (), coder: CoderSpec | None = None,
                 batch_size: int = 64, opts: ReadOptions | None = None,
                 partition_id: int | None = None) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A ``mapInPandas`` function: pandas frames of articles in, one summary row per shard written out."""
    read_opts = opts or ReadOptions()
    actors = list(snapshot)

    def run(frames: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        pid = _partition_id() if partition_id is None else partition_id
        seq = pid * _SHARDS_PER_PARTITION
        token = f"spark:{pid}"
        batch: list[Document] = []
        failed = 0

        def flush() -> Any:
            nonlocal seq, batch, failed
            seq += 1
            code_batch_to_parquet(seq, batch, actors, token, coder, shard_dir)
            row = pd.DataFrame({"seq": [seq], "documents": [len(batch)], "failed": [failed]})
            batch, failed = [], 0
            return row

        row = 0
        for frame in frames:
            for rec in frame.to_dict("records"):
                rec = {k: (None if v is None or (isinstance(v, float) and v != v) else v) for k, v in rec.items()}
                row += 1
                try:
                    batch.append(record_to_document(rec, f"spark partition {pid} row {row}", read_opts))
                except SourceError:
                    failed += 1
                if len(batch) >= batch_size:
                    yield flush()
        if batch or failed:
            yield flush()

    return run
