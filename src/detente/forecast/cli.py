"""``detente forecast``: evaluate forecasters, ask calibrated questions, rank what comes next."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from detente.forecast.data import DatasetError, TKGDataset, from_duckdb, load_dataset

app = typer.Typer(help="Temporal knowledge-graph forecasting (who will do what to whom).", no_args_is_help=True)


def _default_db(data: Path | None, db: Path | None) -> Path | None:
    """``--db``, else (without ``--data``) ``$DETENTE_DB``, else ``./detente.duckdb``, as every command."""
    if data is not None and db is not None:
        raise typer.BadParameter("give one of --data DIR (ICEWS format) or --db PATH (detente store), not both")
    if data is None and db is None:
        from detente.store.base import store_target

        return Path(store_target())
    return db


def _load(data: Path | None, db: Path | None) -> TKGDataset:
    defaulted = data is None and db is None
    db = _default_db(data, db)
    if defaulted and db is not None and not db.exists():
        raise typer.BadParameter(f"no store at {db} (--db, else $DETENTE_DB, else ./detente.duckdb): pass "
                                 "--db PATH to a detente store or --data DIR (ICEWS format)")
    try:
        return load_dataset(data) if data is not None else from_duckdb(db)  # type: ignore[arg-type]
    except DatasetError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _print(obj: Any, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(obj, indent=2, default=str))
    else:
        typer.echo(_pretty(obj))


def _pretty(obj: Any, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(obj, dict):
        return "\n".join(f"{pad}{k}:\n{_pretty(v, indent + 1)}" if isinstance(v, (dict, list)) and v
                         else f"{pad}{k}: {v}" for k, v in obj.items())
    if isinstance(obj, list):
        return "\n".join(f"{pad}- " + _pretty(v, indent + 1).lstrip() for v in obj)
    return f"{pad}{obj}"


@app.command()
def evaluate(data: Path = typer.Option(..., "--data", help="folder with train/valid/test.txt (ICEWS format)"),
             model: str = typer.Option("loglinear", "--model", help="registered model name"),
             as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """Fit on train, select on valid, report test MRR / Hits@1,3,10, wall time and peak memory."""
    from detente.forecast.runner import run_evaluation

    try:
        result = run_evaluation(data, model)
    except DatasetError as exc:
        raise typer.BadParameter(str(exc)) from exc
    except KeyError as exc:
        raise typer.BadParameter(str(exc.args[0])) from exc
    _print(result, as_json)


@app.command()
def models() -> None:
    """List the registered models."""
    from detente.forecast.base import REGISTRY, get_model

    get_model("recurrency")
    for name, cls in sorted(REGISTRY.items()):
        typer.echo(f"{name}\t{cls.citation}")


_DB_HELP = "detente DuckDB store (default, without --data: $DETENTE_DB or ./detente.duckdb)"
_MODEL_FILE_HELP = "model saved by `detente forecast fit --out FILE` (no refit; --model is then ignored)"


def _forecast(ds: TKGDataset, model: str, model_file: Path | None) -> Any:
    from detente.forecast.base import get_model
    from detente.forecast.engine import Forecast
    from detente.forecast.persist import ModelFileError

    try:
        if model_file is None:
            get_model(model)  # unknown names are usage errors before a long fit
        return Forecast.build(ds, model, model_file=model_file)
    except ModelFileError as exc:
        raise typer.BadParameter(str(exc), param_hint="--model-file") from exc
    except KeyError as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="--model") from exc


@app.command()
def fit(data: Path | None = typer.Option(None, "--data", help="folder with train/valid/test.txt (ICEWS format)"),
        db: Path | None = typer.Option(None, "--db", help=_DB_HELP),
        out: Path = typer.Option(..., "--out", "--save", help="model file to write (.npz)"),
        model: str = typer.Option("loglinear", "--model", help="registered model name"),
        within: list[int] = typer.Option([1, 7], "--within",
                                         help="horizons whose calibration maps are stored too; repeatable"),
        as_json: bool = typer.Option(False, "--json")) -> None:
    """Fit a model once and save it for `ask` / `next --model-file FILE`."""
    import time

    from detente.forecast.persist import read_meta

    t0 = time.perf_counter()
    db = _default_db(data, db)
    ds = _load(data, db)
    fc = _forecast(ds, model, None)
    path = fc.save(out, within=tuple(within), source=(data if data is not None else db).resolve())  # type: ignore[union-attr]
    meta = read_meta(path)
    _print({"model_file": str(path), "model": meta["model"], "fingerprint": meta["fingerprint"],
            "calibrated_horizons": meta["calibrators"], "detente_version": meta["detente_version"],
            "wall_seconds": round(time.perf_counter() - t0, 1)}, as_json)


@app.command()
def ask(source: str, relation: str, target: str,
        within: int = typer.Option(7, "--within", help="horizon in time steps (days)"),
        data: Path | None = typer.Option(None, "--data"), db: Path | None = typer.Option(None, "--db", help=_DB_HELP),
        model: str = typer.Option("loglinear", "--model"),
        model_file: Path | None = typer.Option(None, "--model-file", help=_MODEL_FILE_HELP),
        as_json: bool = typer.Option(False, "--json")) -> None:
    """Probability that SOURCE does RELATION to TARGET within N steps, with supporting facts and rules."""
    ds = _load(data, db)
    fc = _forecast(ds, model, model_file)
    try:
        answer = fc.ask(source, relation, target, within)
    except DatasetError as exc:
        raise typer.BadParameter(str(exc)) from exc
    _print(answer, as_json)


@app.command("next")
def next_(source: str, target: str, k: int = typer.Option(10, "--k", help="how many relations"),
          data: Path | None = typer.Option(None, "--data"), db: Path | None = typer.Option(None, "--db", help=_DB_HELP),
          model: str = typer.Option("loglinear", "--model"),
          model_file: Path | None = typer.Option(None, "--model-file", help=_MODEL_FILE_HELP),
          as_json: bool = typer.Option(False, "--json")) -> None:
    """Rank what SOURCE is most likely to do to TARGET in the next step."""
    ds = _load(data, db)
    fc = _forecast(ds, model, model_file)
    try:
        ranked = fc.next(source, target, k)
    except DatasetError as exc:
        raise typer.BadParameter(str(exc)) from exc
    _print({"source": source, "target": target, "next": ranked}, as_json)


@app.command()
def calibration(data: Path = typer.Option(..., "--data", help="folder with train/valid/test.txt"),
                within: list[int] = typer.Option([1], "--within", help="horizon(s) in time steps; repeatable"),
                model: str = typer.Option("loglinear", "--model"), pairs: int = typer.Option(300, "--pairs"),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Calibration of ``ask`` probabilities on test questions (isotonic map fit on valid)."""
    from detente.forecast.base import get_model
    from detente.forecast.calibrate import calibration_report

    ds = _load(data, None)
    est = get_model(model).fit(ds)
    reports = [calibration_report(est, ds, n, pairs) for n in within]
    _print({"dataset": ds.name, "model": model, "reports": reports}, as_json)
