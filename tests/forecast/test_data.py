from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from detente.forecast.data import DatasetError, from_duckdb, from_events, load_dataset


def test_load_plain_folder(tiny_dir: Path) -> None:
    ds = load_dataset(tiny_dir)
    assert ds.num_entities == 5 and ds.num_relations == 3
    assert ds.train.shape[1] == 4 and len(ds.train) + len(ds.valid) + len(ds.test) == 12 * 3 + 4
    assert ds.train[:, 3].max() < ds.valid[:, 3].min() <= ds.valid[:, 3].max() < ds.test[:, 3].min()


def test_padded_columns_extra_column_and_hour_steps(tmp_path: Path, make_folder: Callable[..., Path]) -> None:
    plain = load_dataset(make_folder(tmp_path / "a"))
    padded = load_dataset(make_folder(tmp_path / "b", pad=True, hours=True))
    assert padded.time_step == 24
    for split in ("train", "valid", "test"):
        np.testing.assert_array_equal(getattr(plain, split), getattr(padded, split))


def test_names_and_ids_resolve(tiny_dir: Path) -> None:
    ds = load_dataset(tiny_dir)
    assert ds.entity_id("Citizen (India)") == 2
    assert ds.entity_id("Citizen_(India)") == 2
    assert ds.entity_id("4") == 4 and ds.entity_id(1) == 1
    assert ds.relation_id("consult") == 1
    with pytest.raises(DatasetError, match="unknown entity"):
        ds.entity_id("Atlantis")
    with pytest.raises(DatasetError, match="out of range"):
        ds.relation_id(99)


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="train.txt"):
        load_dataset(tmp_path)


def test_from_events_splits_by_day() -> None:
    rows = []
    day0 = dt.date(2024, 1, 1)
    for i in range(20):
        day = day0 + dt.timedelta(days=i)
        rows.append({"source_code": "USA", "target_code": "CHN", "cameo": "042", "date_start": day})
        rows.append({"source_code": "CHN", "target_code": "RUS", "cameo": "036", "date_start": day.isoformat()})
    rows.append({"source_code": "USA", "target_code": None, "cameo": "010", "date_start": day0})
    ds = from_events(rows)
    assert ds.entities == ["USA", "CHN", "RUS"] and ds.relations == ["042", "036"]
    assert len(ds.train) == 32 and len(ds.valid) == 4 and len(ds.test) == 4
    assert ds.time_label(0) == "2024-01-01" and ds.time_label(int(ds.test[:, 3].max())) == "2024-01-20"


def test_from_events_rejects_empty() -> None:
    with pytest.raises(DatasetError, match="no usable events"):
        from_events([{"source_code": "USA", "target_code": None, "cameo": "010", "date_start": "2024-01-01"}])


def test_from_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "store.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (source_code VARCHAR, target_code VARCHAR, cameo VARCHAR, date_start DATE, "
                "modality VARCHAR, report_date DATE)")
    for i in range(10):
        con.execute("INSERT INTO events VALUES ('USA', 'IRN', '112', DATE '2024-03-01' + ?::INTEGER, 'happened', "
                    "DATE '2024-03-20')", [i])
    con.execute("INSERT INTO events VALUES ('USA', NULL, '112', DATE '2024-03-01', 'happened', NULL)")
    # not facts: a planned visit, a negated attack, and a "happened" event dated after its report
    con.execute("INSERT INTO events VALUES ('USA', 'CHN', '042', DATE '2024-05-01', 'planned', DATE '2024-03-20')")
    con.execute("INSERT INTO events VALUES ('USA', 'CHN', '190', DATE '2024-03-02', 'negated', DATE '2024-03-20')")
    con.execute("INSERT INTO events VALUES ('USA', 'CHN', '030', DATE '2025-01-01', 'happened', DATE '2024-03-20')")
    con.close()
    ds = from_duckdb(path)
    assert ds.num_entities == 2 and len(ds.all_facts()) == 10
