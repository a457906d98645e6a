"""Where batches are coded: in this process, or on Dask (local worker processes or an existing cluster).

Both executors take the run's batches in order and give back ``(batch, shard)`` pairs *in the same order*,
so the client commits batches (and the progress that goes with them) as a prefix of the input, whatever
order the workers finish in. The Dask executor keeps a bounded number of batches in flight, so memory in
the client stays flat however large the corpus is.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from detente.model import LearnedActor
from detente.scale.runs import Batch
from detente.scale.shards import Shard, make_shard, read_shard, remove_shard, write_shard
from detente.scale.work import CoderSpec, code_batch, code_batch_to_parquet

# Dask's housekeeping, tuned down for local clusters: with the defaults, a client process idling next to two
# workers used 3.4 % of a core (its in-process scheduler) and each worker 2.2 to 2.5 % (the statistical
# profiler samples the busy thread every 10 ms; memory and system monitors poll at 100 and 500 ms). On a
# machine with as many cores as workers that CPU comes out of the coding. Measured with these settings:
# 1.0 % and 0.3 to 0.5 %. Only the dashboard's profile and monitoring plots lose detail.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(n_workers: int) -> Any:
    """A LocalCluster of ``n_workers`` processes, one thread each, on 127.0.0.1, no dashboard, quiet Dask."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # workers get the config at start (their nanny passes it on)
        return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=logging.ERROR)


class LocalExecutor:
    """Code each batch in this process (the same pure function the Dask workers run).

    With ``shard_dir`` and ``keep_shards``, each batch's shard is also written there as Parquet (as the
    Dask workers write it), e.g. to load the same run into another store with ``load_shard_dir``.
    """

    name = "local"
    workers = 1

    def __init__(self, shard_dir: str | Path | None = None, keep_shards: bool = False) -> None:
        self.shard_dir = str(shard_dir) if shard_dir is not None and keep_shards else None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, batches: Iterable[Batch], snapshot: Sequence[LearnedActor], token: str,
            coder: CoderSpec | None) -> Iterator[tuple[Batch, Shard]]:
        for batch in batches:
            shard = code_batch(batch.seq, batch.docs, snapshot, token, coder) if batch.docs else \
                make_shard(batch.seq, [], [])
            if self.shard_dir is not None and batch.docs:
                write_shard(shard, self.shard_dir)
            yield batch, shard


class DaskExecutor:
    """Code batches on Dask workers; the client loads their shards in order.

    ``workers``: start a LocalCluster of that many worker processes (one thread each) on 127.0.0.1.
    ``scheduler``: connect to an existing cluster instead.

    How shards come back: by default a task returns its shard (Arrow tables) through Dask, which needs no
    shared file system and no Parquet encoding. With ``shard_dir`` (or ``keep_shards``), each task writes
    its shard there as Parquet and the client reads it back; with ``scheduler``, that folder must then be on
    a file system every worker shares with this client.
    """

    name = "dask"

    def __init__(self, workers: int = 0, scheduler: str | None = None, shard_dir: str | Path | None = None,
                 keep_shards: bool = False, max_in_flight: int | None = None) -> None:
        self.n_workers, self.scheduler = workers, scheduler
        self.keep_shards = keep_shards
        self.transport = "parquet" if shard_dir is not None or keep_shards else "memory"
        self._tmp = shard_dir is None and self.transport == "parquet"
        self.shard_dir = str(shard_dir) if shard_dir is not None else \
            tempfile.mkdtemp(prefix="detente-shards-") if self._tmp else ""
        self.max_in_flight = max_in_flight
        self.cluster: Any = None
        self.client: Any = None
        self.workers = workers or 1

    def __enter__(self) -> DaskExecutor:
        try:
            from distributed import Client
        except ImportError as exc:
            raise RuntimeError("Dask is not installed: `pip install 'detente[scale]'` (dask[distributed]).") from exc
        if self.transport == "parquet":
            Path(self.shard_dir).mkdir(parents=True, exist_ok=True)
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="30s")
            except OSError as exc:
                raise RuntimeError(
                    f"cannot reach the Dask scheduler {self.scheduler} ({exc}); start one with "
                    f"`dask scheduler` and workers with `dask worker {self.scheduler}`, or use --workers N"
                ) from exc
        else:
            import dask

            self.cluster = local_cluster(self.n_workers)
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self.client = Client(self.cluster)
        info = self.client.scheduler_info()
        self.workers = sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()) or 1
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self._tmp and not self.keep_shards:
            shutil.rmtree(self.shard_dir, ignore_errors=True)

    def map(self, batches: Iterable[Batch], snapshot: Sequence[LearnedActor], token: str,
            coder: CoderSpec | None) -> Iterator[tuple[Batch, Shard]]:
        client = self.client
        snap = client.scatter([list(snapshot)], broadcast=True)[0]
        in_flight = self.max_in_flight or 2 * self.workers + 1
        queue: deque[tuple[Batch, Any]] = deque()
        for batch in batches:
            fut = None
            if batch.docs:  # earlier batches first: the client commits them in order
                if self.transport == "memory":
                    fut = client.submit(code_batch, batch.seq, batch.docs, snap, token, coder, pure=False,
                                        priority=-batch.seq)
                else:
                    fut = client.submit(code_batch_to_parquet, batch.seq, batch.docs, snap, token, coder,
                                        self.shard_dir, pure=False, priority=-batch.seq)
            queue.append((batch, fut))
            while len(queue) > in_flight:
                yield self._collect(*queue.popleft())
        while queue:
            yield self._collect(*queue.popleft())

    def _collect(self, batch: Batch, fut: Any) -> tuple[Batch, Shard]:
        if fut is None:
            return batch, make_shard(batch.seq, [], [])
        result = fut.result()
        fut.release()
        if self.transport == "memory":
            return batch, result
        seq = result
        try:
            shard = read_shard(self.shard_dir, seq)
        except FileNotFoundError as exc:
            raise RuntimeError(
                f"shard {seq} is not in {self.shard_dir}: with --scheduler, give --shard-dir on a file system "
                "shared by the workers and this machine"
            ) from exc
        if not self.keep_shards:
            remove_shard(self.shard_dir, seq)
        return batch, shard


def make_executor(workers: int = 0, scheduler: str | None = None, shard_dir: str | Path | None = None,
                  keep_shards: bool = False) -> LocalExecutor | DaskExecutor:
    """In this process for ``workers == 0`` and no scheduler; otherwise Dask (``workers`` local processes)."""
    if scheduler or workers >= 1:
        return DaskExecutor(workers, scheduler, shard_dir, keep_shards)
    return LocalExecutor(shard_dir, keep_shards)
