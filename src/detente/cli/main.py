"""``detente``: the command-line entry point."""

from __future__ import annotations

import importlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from detente.cli.output import Format, render
from detente.errors import DetenteError

app = typer.Typer(help="detente: news in, coded political events out, kept and forecast.", no_args_is_help=True)
err = Console(stderr=True)

DbOpt = typer.Option(
    None, "--db", envvar="DETENTE_DB", help="DuckDB file or postgresql:// URL [default: ./detente.duckdb]"
)
FmtOpt = typer.Option(Format.table, "--format", "-f", help="Output format.")
MIN_CONFIDENCE_HELP = ("Only events the coder is at least this sure of (0-1, >=; 0.7 drops secondary targets, "
                       "which score 0.6).")
MinConfOpt = typer.Option(None, "--min-confidence", help=MIN_CONFIDENCE_HELP)
SummaryConfOpt = typer.Option(None, "--min-confidence", help=(
    "Only events the coder is at least this sure of (0-1, >=). Default 0.1: the coder's lowest-ranked guesses "
    "(0.05, a named party no event reached) are left out; 0 counts every candidate, 0.7 only chosen events."))


def _show_version(value: bool) -> None:
    if value:
        from detente import __version__

        typer.echo(f"detente {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", callback=_show_version,
                                 is_eager=True),
) -> None:
    """detente: news in, coded political events out, kept and forecast."""


def _fail(exc: DetenteError) -> None:
    """Print a detente error: its code, the reason, then the hint as a sentence of its own."""
    err.print(f"[red]error:[/red] \\[{exc.code}] {exc.explanation}", markup=True, highlight=False)


def _open(db: Optional[str], read_only: bool = False):  # type: ignore[no-untyped-def]
    """Open the store; ``read_only`` for commands that only read it.

    A read-only command never creates a store: a DuckDB file that is not there is an error (exit 2),
    and an existing one is opened read-only, so several readers can share it.
    """
    from detente.store import open_store
    from detente.store.base import is_postgres, store_target

    target = store_target(db)
    is_pg = is_postgres(target)
    if read_only and not is_pg and target != ":memory:" and not Path(target).exists():
        err.print(f"[red]error:[/red] no store at {target}: run `detente ingest` first "
                  "(or pass --db / set DETENTE_DB to an existing store)")
        raise typer.Exit(2)
    try:
        return open_store(target, read_only=read_only and not is_pg)  # PostgreSQL: as before (schema ensured)
    except DetenteError as exc:
        _fail(exc)
        raise typer.Exit(2) from exc


def _date(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{name} must be YYYY-MM-DD, not {value!r}") from exc


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders (recursive): .txt (seed format), .html, .jsonl ..."),
    db: Optional[str] = DbOpt,
    date_: Optional[str] = typer.Option(None, "--date", help="Report date for documents that have none (YYYY-MM-DD)."),
    batch_size: int = typer.Option(128, help="Documents per transaction (and per parse batch)."),
    processes: int = typer.Option(1, "--processes", "-p", help="spaCy parser processes."),
    workers: int = typer.Option(0, "--workers", help="Dask local worker processes (bulk mode)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Existing Dask scheduler, tcp://HOST:8786."),
    resume: bool = typer.Option(False, "--resume", help="Resume an interrupted bulk run (same command works too)."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single document accepted, in MB."),
    no_language_check: bool = typer.Option(False, "--no-language-check", help="Code text even if not English."),
    no_group: bool = typer.Option(False, "--no-group", help="Skip event grouping now (run `detente group` later)."),
    as_json: bool = typer.Option(False, "--json", help="Print the final report as JSON."),
) -> None:
    """Read news, code the events, store them. Exits non-zero if any document failed (the rest is stored)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from detente.pipeline import IngestReport, ingest_paths
    from detente.sources import ReadOptions

    opts = ReadOptions(default_date=_date(date_, "--date"), max_bytes=int(max_mb * 1e6),
                       language_check=not no_language_check)
    store = _open(db)
    report: IngestReport
    try:
        if workers or scheduler or resume:
            from detente.scale import bulk_ingest

            report = bulk_ingest(paths, store, opts, workers=workers, scheduler=scheduler,
                                 batch_size=batch_size, resume=resume, after=not no_group)
        else:
            with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("docs", total=None)
                report = ingest_paths(store, paths, opts, batch_size=batch_size, n_process=processes,
                                      progress=lambda n: bar.advance(task, n), group=not no_group)
    finally:
        store.close()
    if as_json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        err.print(
            f"documents read: {report.read}  stored: {report.stored}  duplicates skipped: {report.duplicates}  "
            f"failed: {report.failed}  events coded: {report.events}"
        )
        for _where, reason in report.failures:
            err.print(f"  [yellow]failed[/yellow] {reason}")
        for note in getattr(report, "notes", []) or []:
            err.print(f"  note: {note}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def code(
    file: Optional[Path] = typer.Argument(None, help='JSONL of {"id", "text", "date"}; stdin when absent or "-".'),
    processes: int = typer.Option(1, "--processes", "-p"),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="Keep every candidate event the coder is at least this sure of (>=; 0 keeps all, 0.7 keeps its "
             "chosen targets). Unset: the coder's reading, the events scored 0.7 or more and, for a sentence with "
             "none that sure, its most confident ones."),
) -> None:
    """Code JSONL documents and write one JSON line per event (stable interface; nothing is stored).

    A document's events come sentence by sentence, the most confident first within a sentence. By default
    only the coder's reading is written (coding/reading.py); ``--min-confidence 0`` writes every candidate.
    """
    from detente.coding.batch import PARSE_BATCH, code_documents
    from detente.coding.reading import reading
    from detente.model import Document
    from detente.sources.text import parse_iso_date

    def _iso_date(value: object) -> Optional[date]:
        if value is None or value == "":
            return None
        return parse_iso_date(str(value))

    bad = 0
    stream = sys.stdin if file is None or str(file) == "-" else file.open(encoding="utf-8")
    batch: list[tuple[str, Document]] = []

    def flush() -> None:
        coded = code_documents([d for _, d in batch], n_process=processes)
        for (ext_id, _), (_, events) in zip(batch, coded):
            kept = reading(events) if min_confidence is None else [e for e in events if e.confidence >= min_confidence]
            ranked = sorted(kept, key=lambda e: (e.sentence_index, -e.confidence))  # stable: coder order on ties
            for ev in ranked:
                rec = ev.to_record()
                rec["event_id"], rec["id"] = rec["id"], ext_id
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        batch.clear()

    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            reason = "no 'text' key" if isinstance(exc, KeyError) else str(exc)
            err.print(f"[yellow]line {n} skipped:[/yellow] needs a JSON object with 'text' ({reason})")
            bad += 1
            continue
        try:
            when = _iso_date(rec.get("date"))
        except ValueError as exc:
            err.print(f"[yellow]line {n} skipped:[/yellow] {exc}")
            bad += 1
            continue
        doc = Document(text=text, date=when)
        batch.append((str(rec.get("id", n)), doc))
        if len(batch) >= PARSE_BATCH:
            flush()
    if batch:
        flush()
    if bad:
        err.print(f"{bad} line{'s' if bad != 1 else ''} skipped (see above); the rest is coded")
        raise typer.Exit(1)


def _filter(actor, source, target, cameo, root, plover, quad_class, modality, start, end, text,  # type: ignore[no-untyped-def]
            min_confidence=None):
    from detente.views.filters import EventFilter

    return EventFilter(actor=actor, source=source, target=target, cameo=cameo, root=root, plover=plover,
                       quad_class=quad_class, modality=modality, start=_date(start, "--start"),
                       end=_date(end, "--end"), text=text, min_confidence=min_confidence)


def _confidence_filter(min_confidence: Optional[float]):  # type: ignore[no-untyped-def]
    """Only a confidence floor: ``dyad`` and ``report``'s ``--min-confidence``, the summary default when unset."""
    from detente.views.filters import EventFilter, summary_filter

    return summary_filter(None if min_confidence is None else EventFilter(min_confidence=min_confidence))


EVENT_COLUMNS = ["event_date", "source_code", "source_text", "cameo", "plover", "quad_class", "goldstein",
                 "modality", "target_code", "target_text", "location", "trigger"]


@app.command()
def events(
    db: Optional[str] = DbOpt,
    actor: Optional[str] = typer.Option(None, help="Either side: code prefix (RUS, RUSGOV) or a name."),
    source: Optional[str] = typer.Option(None),
    target: Optional[str] = typer.Option(None),
    cameo: Optional[str] = typer.Option(None, help="CAMEO code or prefix, e.g. 04 or 042."),
    root: Optional[str] = typer.Option(None, help="CAMEO root, e.g. 19."),
    plover: Optional[str] = typer.Option(None),
    quad_class: Optional[int] = typer.Option(None, "--quad-class", "-q"),
    modality: Optional[str] = typer.Option(None),
    start: Optional[str] = typer.Option(None, help="Event date from (YYYY-MM-DD)."),
    end: Optional[str] = typer.Option(None, help="Event date to (YYYY-MM-DD)."),
    text: Optional[str] = typer.Option(None, help="Words in the evidence sentence."),
    min_confidence: Optional[float] = MinConfOpt,
    limit: int = typer.Option(100, help="At most this many events (0: all of them)."),
    offset: int = typer.Option(0),
    all_columns: bool = typer.Option(False, "--all", help="Every column, evidence included."),
    fmt: Format = FmtOpt,
) -> None:
    """List coded event mentions with filters."""
    from detente.views.query import count_events, list_events

    if limit < 0:
        raise typer.BadParameter("--limit must be 0 (all) or more")
    flt = _filter(actor, source, target, cameo, root, plover, quad_class, modality, start, end, text, min_confidence)
    store = _open(db, read_only=True)
    try:
        total = count_events(store, flt)
        want = limit or max(total - offset, 0)
        rows: list[dict[str, Any]] = []
        while len(rows) < want:  # pages of at most 100,000 (list_events' cap)
            page = list_events(store, flt, limit=min(want - len(rows), 100_000), offset=offset + len(rows))
            rows += page
            if not page:
                break
    except DetenteError as exc:
        _fail(exc)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if all_columns:
        cols = None
    elif fmt is Format.table:
        cols = EVENT_COLUMNS
    else:
        cols = EVENT_COLUMNS + ["sentence", "doc_id", "id"]
    for r in rows:  # one line per row in a table or CSV (the store keeps the sentence as coded)
        if isinstance(r.get("sentence"), str):
            r["sentence"] = " ".join(r["sentence"].split())
    render(rows, fmt, cols, title="event mentions")
    if offset + len(rows) < total:
        err.print(f"note: showing {len(rows)} of {total} events (from {offset + 1}); use --limit N, or --limit 0 "
                  "for all")


@app.command()
def dyad(
    a: str = typer.Argument(..., help="Actor code or prefix, e.g. RUS"),
    b: str = typer.Argument(..., help="Actor code or prefix, e.g. CHN"),
    by: str = typer.Option("month", "--by", help="day | week | month | year"),
    directed: bool = typer.Option(False, help="Only A as source and B as target."),
    unit: str = typer.Option("events", help="Count real-world events (grouped reports) or mentions."),
    min_confidence: Optional[float] = SummaryConfOpt,
    db: Optional[str] = DbOpt,
    fmt: Format = FmtOpt,
) -> None:
    """Dyad timeline: counts per QuadClass with Goldstein sum and mean, per period."""
    from detente.events.timeline import dyad_timeline_by

    store = _open(db, read_only=True)
    try:
        rows = dyad_timeline_by(store, a, b, period=by, directed=directed, unit=unit,
                                flt=_confidence_filter(min_confidence))
    except DetenteError as exc:
        _fail(exc)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    render(rows, fmt, title=f"{a} {'->' if directed else '<->'} {b} by {by} (counts are {unit})")


actors_app = typer.Typer(help="The actor registry learned from text.", invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    query: Optional[str] = typer.Option(None, "--query", help="Name, alias or code."),
    db: Optional[str] = DbOpt,
    limit: int = typer.Option(200),
    fmt: Format = FmtOpt,
) -> None:
    """List learned actors with their aliases and the evidence that taught them."""
    if ctx.invoked_subcommand:
        return
    from detente.views.query import list_actors

    store = _open(db, read_only=True)
    try:
        rows = list_actors(store, query=query, limit=limit)
    finally:
        store.close()
    for r in rows:
        r["aliases"] = ", ".join(r["aliases"])
    cols = ["name", "code", "role", "aliases", "first_seen", "last_seen", "origin"]
    render(rows, fmt, cols if fmt is Format.table else None, title="actors")


@actors_app.command("import")
def actors_import(
    path: Path = typer.Argument(..., help="Actor dictionary file."),
    format_: str = typer.Option("petrarch", "--format", help="Dictionary format: petrarch"),
    db: Optional[str] = DbOpt,
) -> None:
    """Load a PETRARCH/Phoenix-format actor dictionary into the registry."""
    from detente.nlp.petrarch import load_petrarch_actors  # type: ignore[import-not-found]

    if format_ != "petrarch":
        raise typer.BadParameter("only --format petrarch is supported")
    actors_ = load_petrarch_actors(path)
    store = _open(db)
    try:
        with store.transaction():
            store.save_actors(actors_)
    finally:
        store.close()
    err.print(f"imported {len(actors_)} actors from {path}")


@app.command()
def report(
    db: Optional[str] = DbOpt, top: int = typer.Option(10), as_json: bool = typer.Option(False, "--json"),
    min_confidence: Optional[float] = SummaryConfOpt,
) -> None:
    """A short report of the store: documents, events by QuadClass, top dyads and actors."""
    from detente.views.query import corpus_report

    store = _open(db, read_only=True)
    try:
        rep = corpus_report(store, top=top, flt=_confidence_filter(min_confidence))
    except DetenteError as exc:
        _fail(exc)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if as_json:
        print(json.dumps(rep, indent=1, default=str))
        return
    names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
    out = Console()
    first, last = rep["report_dates"]
    out.print(f"[bold]documents[/bold] {rep['documents']}   [bold]event mentions[/bold] {rep['events']}   "
              f"[bold]actors learned[/bold] {rep['actors_learned']}   reports {first} .. {last}")
    render([{"quad_class": q, "name": names[q], "mentions": n} for q, n in sorted(rep["by_quad_class"].items())],
           Format.table, title="event mentions by QuadClass")
    render(rep["top_dyads"], Format.table, title="top dyads (mentions)")
    render(rep["top_actors"], Format.table, title="top actors (mentions)")


@app.command()
def export(
    fmt: str = typer.Option(
        ..., "--format", help="gdelt | icews | polecat | parquet | csv | json | jsonl (both JSON Lines)"
    ),
    out: str = typer.Option(..., "--out", "-o", help="Output file; - for standard output (not for gdelt or "
                            "parquet). GDELT also writes the mentions to OUT.mentions.<ext>, next to OUT."),
    db: Optional[str] = DbOpt,
    actor: Optional[str] = typer.Option(None),
    start: Optional[str] = typer.Option(None),
    end: Optional[str] = typer.Option(None),
    min_confidence: Optional[float] = MinConfOpt,
) -> None:
    """Export events in GDELT 2.0 / ICEWS / POLECAT layouts, Parquet, CSV or JSON."""
    from detente.views.export import export_events

    flt = _filter(actor, None, None, None, None, None, None, None, start, end, None, min_confidence)
    if out == "-" and fmt.lower() in ("gdelt", "parquet"):
        err.print(f"[red]error:[/red] --out - (standard output) is not possible for --format {fmt}: "
                  f"{'it writes two files' if fmt.lower() == 'gdelt' else 'Parquet is binary'}; give a file name")
        raise typer.Exit(2)
    store = _open(db, read_only=True)
    try:
        written = export_events(store, fmt, sys.stdout if out == "-" else Path(out), flt)
    except DetenteError as exc:
        _fail(exc)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    for path, n in written.items():
        err.print(f"wrote {n} rows to {'standard output' if out == '-' else path}")


def _mount() -> None:
    """Sub-commands from other modules, present when those modules are."""
    subapps = {"forecast": "detente.forecast.cli", "evaluate": "detente.cli.evaluate", "bulk": "detente.cli.bulk"}
    for name, module in subapps.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        app.add_typer(mod.app, name=name)
    commands = {"serve": ("detente.cli.serve", "serve"), "expected": ("detente.cli.expected", "expected"),
                "group": ("detente.cli.expected", "group")}
    for name, (module, attr) in commands.items():
        try:
            fn = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
        app.command(name)(fn)


_mount()

if __name__ == "__main__":
    app()
