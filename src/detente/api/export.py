"""``GET /api/export``: filtered events as CSV, JSON, JSON Lines or Parquet.

Uses ``detente.views.export.export_events(store, fmt, flt, path)`` when it exists; otherwise writes the
file here from the same filtered query.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from detente.api.errors import ApiError
from detente.api.params import event_filter
from detente.api.routes_read import DB
from detente.store.base import EVENT_COLUMNS, Store
from detente.views.filters import EventFilter
from detente.views.query import list_events

router = APIRouter(prefix="/api")
Format = Literal["csv", "json", "jsonl", "parquet"]
OWN = ("csv", "json", "jsonl", "parquet")
LEAD_NAMES = {"jsonl": "json", "json": "-"}  # the lead's "json" is JSON Lines; our "json" is an array
MEDIA = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson",
         "parquet": "application/vnd.apache.parquet"}
CHUNK = 10_000


def _rows(store: Store, flt: EventFilter, max_rows: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while len(out) < max_rows:
        n = min(CHUNK, max_rows - len(out))
        page = list_events(store, flt, limit=n, offset=len(out))
        out.extend(page)
        if len(page) < n:
            break
    return out


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def write_events(store: Store, fmt: str, flt: EventFilter, path: Path, max_rows: int) -> None:
    rows = _rows(store, flt, max_rows)
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(EVENT_COLUMNS), extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    elif fmt in ("json", "jsonl"):
        with path.open("w", encoding="utf-8") as fh:
            recs = [{k: _jsonable(v) for k, v in r.items()} for r in rows]
            if fmt == "json":
                json.dump(recs, fh, ensure_ascii=False)
            else:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        cols = {c: [r.get(c) for r in rows] for c in EVENT_COLUMNS}
        pq.write_table(pa.table(cols), path)


def _lead_export(fmt: str) -> Any:
    """``detente.views.export.export_events`` when it exists and writes ``fmt`` as one file."""
    try:
        from detente.views.export import FORMATS, export_events
    except ImportError:
        return None
    name = LEAD_NAMES.get(fmt, fmt)
    return (lambda s, flt, path: export_events(s, name, path, flt)) if name in FORMATS else None


@router.get("/export", summary="Filtered events as a file: CSV, JSON (array), JSON Lines or Parquet",
            response_class=FileResponse)
def export(d: DB, flt: Annotated[EventFilter, Depends(event_filter)], format: Format = "csv",
           max_rows: Annotated[int | None, Query(ge=1, le=1_000_000, description="cap (all rows when absent)")]
           = None) -> FileResponse:
    fd, name = tempfile.mkstemp(prefix="detente-export-", suffix="." + format)
    os.close(fd)
    path = Path(name)
    try:
        with d.read() as s:
            lead = _lead_export(format) if max_rows is None else None
            if lead is not None:
                lead(s, flt, path)
            elif format in OWN:
                write_events(s, format, flt, path, max_rows or 1_000_000)
            else:
                raise ApiError(400, "bad_format", f"format {format!r} needs detente.views.export; "
                               f"use one of {', '.join(OWN)}")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    media = MEDIA.get(format, "text/tab-separated-values")
    return FileResponse(path, media_type=media, filename=f"detente-events.{format}",
                        background=BackgroundTask(path.unlink, missing_ok=True))
