"""The mapInPandas function of the Spark adapter, driven with plain pandas frames (Spark is not installed)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from scale_helpers import FAKE_CODER, contents

from detente.scale import load_shard_dir
from detente.scale.spark import shard_writer
from detente.store import open_store


def test_shard_writer_codes_partitions_into_loadable_shards(tmp_path: Path) -> None:
    texts = [f"Kenyan Interior Minister Kipchumba Murkomen met Ethiopia in Doha, officials said, talk {i}."
             for i in range(5)]
    frame = pd.DataFrame({"text": texts + [None], "date": ["2024-05-01"] * 6, "id": list(range(6))})
    fn = shard_writer(str(tmp_path / "shards"), coder=FAKE_CODER, batch_size=2, partition_id=3)
    summary = pd.concat(list(fn(iter([frame.iloc[:3], frame.iloc[3:]]))))
    assert summary["documents"].sum() == 5 and summary["failed"].sum() == 1
    assert summary["seq"].min() > 3_000_000
    with open_store(str(tmp_path / "s.duckdb")) as st:
        loaded = load_shard_dir(st, tmp_path / "shards")
    assert loaded.stored == 5 and loaded.events == 5
    assert [a["key"] for a in contents(tmp_path / "s.duckdb")["actors"]] == ["kipchumba murkomen"]
