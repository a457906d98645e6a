"""``detente serve``: the HTTP API and the web app over a store (mounted by detente.cli.main)."""

from __future__ import annotations

from pathlib import Path

import typer


def serve(
    db: str = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default $DETENTE_DB or "
                           "./detente.duckdb)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind; keep 127.0.0.1 unless you "
                             "mean to expose it"),
    port: int = typer.Option(8000, "--port", help="TCP port"),
    query_timeout: float = typer.Option(5.0, "--query-timeout", help="seconds a query may run"),
) -> None:
    """Serve the JSON API (/api, OpenAPI at /openapi.json) and the web app (/).

    Reads are open. Writes (POST /api/ingest) need DETENTE_TOKEN set in the server's environment and
    the header 'Authorization: Bearer <token>'; without DETENTE_TOKEN they are disabled.
    """
    import uvicorn

    from detente.api.app import create_app
    from detente.api.routes_write import token_from_env
    from detente.errors import DetenteError
    from detente.store import open_store
    from detente.store.base import is_postgres, store_target

    token = token_from_env()
    target = store_target(db)
    is_duckdb = not is_postgres(target)
    try:
        if token is None and is_duckdb and not Path(target).exists():
            open_store(target).close()  # an empty store to serve, as before; then opened read-only
        # writes disabled: read-only, so `detente events/report/...` can read the same file meanwhile
        app = create_app(target, token=token, timeout_s=query_timeout, read_only=token is None and is_duckdb)
    except DetenteError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: binding to {host}: anyone who can reach it can read the store", err=True)
    typer.echo(f"detente: serving {target} on http://{host}:{port}/ "
               f"(writes {'enabled' if app.state.token else 'disabled: store opened read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
