"""``detente bulk``: resumable bulk ingest, the runs recorded in a store, and loading Parquet shards.

Mount with ``app.add_typer(detente.cli.bulk.app, name="bulk")`` (or ``register(app)``); it also runs alone
as ``python -m detente.cli.bulk``. ``detente ingest --workers/--scheduler/--resume`` calls
:func:`detente.scale.bulk_ingest` directly.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

app = typer.Typer(help="Bulk ingest: resumable runs over large corpora, in one process or on Dask.",
                  no_args_is_help=True)
err = Console(stderr=True)
DbOpt = typer.Option(None, "--db", envvar="DETENTE_DB",
                     help="DuckDB file or postgresql:// URL [default: ./detente.duckdb]")


def _open(db: Optional[str]) -> Any:
    from detente.errors import DetenteError
    from detente.store import open_store

    try:
        return open_store(db)
    except DetenteError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .jsonl(.gz/.zst), .parquet, .tar(.gz), "
                                                 ".warc(.gz), .txt, .html ..."),
    db: Optional[str] = DbOpt,
    date_: Optional[str] = typer.Option(None, "--date", help="Report date for documents that have none."),
    batch_size: int = typer.Option(128, help="Documents per batch (one transaction and one shard each)."),
    workers: int = typer.Option(0, "--workers", help="Local Dask worker processes (0: code in this process)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Existing Dask scheduler, tcp://HOST:8786."),
    resume: bool = typer.Option(False, "--resume", help="Continue the unfinished run over these paths, even "
                                                         "with another --batch-size (the same command resumes too)."),
    restart: bool = typer.Option(False, "--restart", help="Forget this run's progress and read everything again."),
    shard_dir: Optional[Path] = typer.Option(None, "--shard-dir", help="Write each batch's shard here as Parquet "
                                                                       "(default: shards come back through Dask, in "
                                                                       "memory). With --scheduler, a folder every "
                                                                       "worker shares."),
    keep_shards: bool = typer.Option(False, "--keep-shards", help="Keep the Parquet shards after loading (also "
                                                                   "without --workers, with --shard-dir)."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single document accepted, in MB."),
    no_language_check: bool = typer.Option(False, "--no-language-check", help="Code text even if not English."),
    coder: Optional[str] = typer.Option(None, "--coder", hidden=True, help="MODULE:FUNCTION of another coder."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Ingest a corpus as a resumable run: kill it at any point and run the same command to finish it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from detente.scale import bulk_ingest
    from detente.sources import ReadOptions

    try:
        default_date = date.fromisoformat(date_) if date_ else None
    except ValueError as exc:
        raise typer.BadParameter(f"--date must be YYYY-MM-DD, not {date_!r}") from exc
    opts = ReadOptions(default_date=default_date, max_bytes=int(max_mb * 1e6), language_check=not no_language_check)
    store = _open(db)
    try:
        with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=as_json) as bar:
            task = bar.add_task("docs", total=None)
            report = bulk_ingest(paths, store, opts, workers=workers, scheduler=scheduler, batch_size=batch_size,
                                 resume=resume, restart=restart, progress=lambda n: bar.advance(task, n),
                                 coder=coder, shard_dir=shard_dir, keep_shards=keep_shards)
    except RuntimeError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if as_json:
        print(json.dumps(report.to_dict(), indent=1, default=str))
    else:
        state = f"resumed (attempt {report.attempts})" if report.resumed else "new run"
        err.print(f"run {report.run_id}, {state}, {report.backend} x{report.workers}: "
                  f"documents read: {report.read}  stored: {report.stored}  duplicates skipped: "
                  f"{report.duplicates}  failed: {report.failed}  events coded: {report.events}  "
                  f"({report.seconds:.1f} s)")
        for _where, reason in report.failures:
            err.print(f"  [yellow]failed[/yellow] {reason}")
        for note in report.notes:
            err.print(f"  note: {note}")
    if report.failed:
        raise typer.Exit(1)


@app.command("runs")
def runs(db: Optional[str] = DbOpt, as_json: bool = typer.Option(False, "--json")) -> None:
    """List the bulk runs recorded in the store, with their progress."""
    from detente.scale import list_runs

    store = _open(db)
    try:
        rows = list_runs(store)
    finally:
        store.close()
    if as_json:
        print(json.dumps(rows, indent=1, default=str))
        return
    for r in rows:
        err.print(f"{r['run_id']}  {r['status']:<8}  files {r['files_done']}/{r['files']}  "
                  f"read {r['documents_read']}  stored {r['stored']}  events {r['events']}  "
                  f"failed {r['failed']}  attempts {r['attempts']}  {json.loads(r['paths'])}")


@app.command("load-shards")
def load_shards(
    directory: Path = typer.Argument(..., help="Folder of shard-*.{documents,events,actors}.parquet files."),
    db: Optional[str] = DbOpt,
    remove: bool = typer.Option(False, "--remove", help="Delete each shard once it is loaded."),
) -> None:
    """Load Parquet shards (from --keep-shards or a Spark job) into the store, one transaction each."""
    from detente.scale import load_shard_dir

    if not directory.is_dir():
        raise typer.BadParameter(f"{directory} is not a folder")
    store = _open(db)
    try:
        result = load_shard_dir(store, directory, remove=remove)
    finally:
        store.close()
    err.print(f"stored: {result.stored}  duplicates skipped: {result.duplicates}  events: {result.events}")


def register(parent: typer.Typer, name: str = "bulk") -> None:
    """Mount these commands as ``detente bulk ...``."""
    parent.add_typer(app, name=name)


if __name__ == "__main__":
    app()
