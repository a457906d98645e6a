"""Rendering rows as a rich table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def render(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None,
           title: str | None = None) -> None:
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt is Format.json:
        json.dump([{c: _plain(r.get(c)) for c in cols} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif fmt is Format.csv:
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _plain(r.get(c)) for c in cols])
    else:
        table = Table(title=title, show_lines=False)
        for c in cols:
            values = [r.get(c) for r in rows if r.get(c) is not None]
            numeric = bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
            # headers break at word boundaries ("verbal coop", not "verbal_coo|p"); numbers align right
            table.add_column(c.replace("_", " "), overflow="fold", justify="right" if numeric else "left")
        for r in rows:
            table.add_row(*["" if r.get(c) is None else str(_plain(r.get(c))) for c in cols])
        Console(width=max(120, Console().width)).print(table)
