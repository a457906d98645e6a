"""``GET /api/export``: filtered events as CSV, JSON (an array), JSON Lines or Parquet.

CSV, JSON Lines and Parquet are written by :func:`detente.views.export.export_events`, as the CLI's export;
only the JSON array is written here, from the same rows.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from detente.api.params import event_filter
from detente.api.routes_read import DB
from detente.store.base import EVENT_COLUMNS, Store
from detente.views.export import export_events, iter_rows
from detente.views.filters import EventFilter

router = APIRouter(prefix="/api")
Format = Literal["csv", "json", "jsonl", "parquet"]
MEDIA = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson",
         "parquet": "application/vnd.apache.parquet"}


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def write_json_array(store: Store, flt: EventFilter, path: Path, max_rows: int | None) -> None:
    recs = [{c: _jsonable(r.get(c)) for c in EVENT_COLUMNS} for r in iter_rows(store, flt, max_rows)]
    with path.open("w", encoding="utf-8") as fh:
        json.dump(recs, fh, ensure_ascii=False)


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
            if format == "json":
                write_json_array(s, flt, path, max_rows)
            else:
                export_events(s, format, path, flt, max_rows=max_rows)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    media = MEDIA[format]
    return FileResponse(path, media_type=media, filename=f"detente-events.{format}",
                        background=BackgroundTask(path.unlink, missing_ok=True))
