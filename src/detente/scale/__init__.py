"""Bulk scale: resumable, exactly-once ingest of large corpora, in one process or on a Dask cluster.

- :func:`bulk_ingest` runs (or resumes) a bulk run; see docs/scale.md.
- :func:`load_shard_dir` loads Parquet shards (written by workers or by a Spark job) into a store.
- :func:`list_runs` shows the runs recorded in a store.
"""

from detente.scale.ingest import BulkReport, bulk_ingest
from detente.scale.runs import list_runs
from detente.scale.shards import load_shard_dir

__all__ = ["BulkReport", "bulk_ingest", "list_runs", "load_shard_dir"]
