"""``detente evaluate``: score the coder on evaluation sets."""

from __future__ import annotations

import json
from pathlib import Path

import typer

app = typer.Typer(help="Evaluate the event coder.", no_args_is_help=True)

LimitOpt = typer.Option(0, "--limit", "-n", help="only the first N sentences (0 = all)")
JsonOpt = typer.Option(False, "--json", help="print the report as JSON")
RowsOpt = typer.Option("all", "--rows", help="all, even or odd data rows (0-based after the header)")


@app.command("plover")
def plover(
    file: Path = typer.Argument(..., exists=True, dir_okay=False,
                          help="TSV with a header and the tab-separated columns sentence_id, "
                          "sentence, marked_sentence (source in <s>...</s>, target in <t>...</t>), source, "
                          "target, plover_event (a PLOVER type, e.g. ACCUSE) and quad_class (1-4)"),
    limit: int = LimitOpt,
    as_json: bool = JsonOpt,
    errors: int = typer.Option(0, "--errors", help="include up to N misclassified sentences"),
    rows: str = RowsOpt,
) -> None:
    """Type accuracy, macro-F1, QuadClass accuracy, coverage, confusion matrix and slowest sentences."""
    from detente.coding.evaluate import evaluate_plover, format_report

    try:
        rep = evaluate_plover(file, limit=limit or None, keep_errors=errors, rows=rows)
    except ValueError as exc:  # GoldFileError: the file's line and fault; or a bad --rows
        typer.echo(f"error: {exc} (see detente evaluate plover --help and the README for the file format)", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(rep.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(rep))
        for e in rep.errors:
            typer.echo(
                f"{e['gold']:>9} <- {e['pred']:9} {e['cameo'] or '':5} {e['trigger'] or '':12} {e['text'][:150]}"
            )


@app.command("cameo")
def cameo(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="TSV of sentences with their CAMEO triples"),
    limit: int = LimitOpt,
    as_json: bool = JsonOpt,
    errors: int = typer.Option(0, "--errors", help="include up to N sentences whose triples differ"),
    rows: str = RowsOpt,
) -> None:
    """Triple precision, recall and F1 (actors and CAMEO code) at three levels and several confidence floors."""
    from detente.coding.evaluate_cameo import evaluate_cameo, format_cameo_report

    try:
        rep = evaluate_cameo(file, limit=limit or None, keep_errors=errors, rows=rows)
    except (ValueError, KeyError) as exc:
        typer.echo(f"error: {exc} (see detente evaluate cameo --help for the file format)", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(rep.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_cameo_report(rep))
        for e in rep.errors:
            typer.echo(f"{e['id']}: missed {' '.join(e['missed']) or '-'}; spurious {' '.join(e['spurious']) or '-'}"
                       f"\n    {e['text'][:160]}")


if __name__ == "__main__":  # pragma: no cover
    app()
