"""CLI commands of the events layer (mounted by ``detente.cli.main``): ``detente expected``, ``detente group``.

Thin wrappers over :mod:`detente.events`.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import typer

from detente.errors import DetenteError

FORMATS = ("table", "csv", "json")
_CSV_FIELDS = ("id", "status", "reason", "source_code", "source_name", "target_code", "target_name", "cameo",
               "window_start", "window_end", "window_rule", "first_report", "n_reports", "n_documents",
               "matched_event", "matched_group", "as_of")  # fmt: skip


def _flat(a: dict[str, Any]) -> dict[str, Any]:
    m = a["matched"][0] if a["matched"] else {}
    return {**{k: a.get(k) for k in _CSV_FIELDS}, "matched_event": m.get("event_id"),
            "matched_group": m.get("group_id")}


def render_anticipations(items: list[dict[str, Any]], fmt: str) -> str:
    """Anticipations as ``json``, ``csv`` or a plain-text ``table``."""
    if fmt == "json":
        return json.dumps(items, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(_CSV_FIELDS), lineterminator="\n")
        w.writeheader()
        for a in items:
            w.writerow(_flat(a))
        return buf.getvalue()
    if fmt != "table":
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    head = f"{'status':<10} {'window':<23} {'who':<40} {'cameo':<5} reports"
    lines = [head, "-" * len(head)]
    for a in items:
        who = f"{a['source_name'] or a['source_code']} -> {a['target_name'] or a['target_code']}"
        status = a["status"] + (f" ({a['reason']})" if a["reason"] else "")
        lines.append(f"{a['status']:<10} {a['window_start']}..{a['window_end']:<11} {who[:40]:<40} "
                     f"{a['cameo']:<5} {a['n_reports']}" + ("" if status == a["status"] else f"  {status}"))
    as_of = items[0]["as_of"] if items else "-"
    lines.append(f"{len(items)} anticipated events, statuses as of {as_of} (unit: events)")
    return "\n".join(lines)


def expected(
    status: str | None = typer.Option(None, "--status", help="pending | happened | overdue | cancelled"),
    as_of: str | None = typer.Option(None, "--as-of", help="judge statuses as of this date (YYYY-MM-DD); "
                                     "default: the newest report date in the store"),
    db: str | None = typer.Option(None, "--db", help="store: DuckDB path or postgresql:// URL"),
    format: str = typer.Option("table", "--format", help="table | csv | json"),
) -> None:
    """List anticipated (planned) events with their expected window and status."""
    from detente.cli.main import _open
    from detente.events import list_anticipations

    if format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    try:
        with _open(db, read_only=True) as store:  # never creates a store; shares the file with other readers
            items = list_anticipations(store, status=status, as_of=as_of)
    except DetenteError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    typer.echo(render_anticipations(items, format))


def group(
    db: str | None = typer.Option(None, "--db", help="store: DuckDB path or postgresql:// URL"),
    window_days: int = typer.Option(3, "--window-days", help="max days between two day-dated mentions"),
    coarse_window_days: int = typer.Option(0, "--coarse-window-days",
                                           help="max days between mentions when one is month/year dated"),
    plover: bool = typer.Option(True, "--plover/--no-plover", help="also match codes by PLOVER type"),
    full: bool = typer.Option(False, "--full", help="regroup everything, not only new mentions"),
) -> None:
    """Group coded mentions into events (event_groups / event_group_members); idempotent."""
    from detente.events import GroupingConfig, refresh_anticipations, regroup
    from detente.events.anticipation import AnticipationConfig
    from detente.store import open_store

    cfg = GroupingConfig(window_days=window_days, coarse_window_days=coarse_window_days, match_plover=plover)
    try:
        with open_store(db) as store:
            stats = regroup(store, cfg, full=full)
            n = refresh_anticipations(store, AnticipationConfig(grouping=cfg))
    except DetenteError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    typer.echo(json.dumps({**stats.to_dict(), "anticipations": n, "unit": "events"}, indent=2))
