"""The FastAPI app behind ``detente serve``: JSON API under /api, the web app at /."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from pydantic import BaseModel

from detente.api import export, routes_read, routes_write, static
from detente.api.db import DEFAULT_TIMEOUT_S, Database
from detente.api.errors import install_error_handlers
from detente.store.base import Store, open_store

CSP = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'",
    "frame-ancestors 'none'", "form-action 'self'",
])  # fmt: skip
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorModel(BaseModel):
    """The one error shape of the API."""

    ok: bool = False
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorModel, "description": "Bad parameters (message says which)"},
    404: {"model": ErrorModel, "description": "Not found"},
    422: {"model": ErrorModel, "description": "Invalid parameters"},
}


def _optional(module: str, name: str) -> Any:
    """``module.name`` when that module is installed, else None (optional features)."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def create_app(store: Store | str | None = None, token: str | None = None,
               timeout_s: float = DEFAULT_TIMEOUT_S, read_only: bool = False) -> FastAPI:
    """Build the app over an open store (or a DuckDB path / PostgreSQL URL).

    ``token`` enables writes (``Authorization: Bearer <token>``); ``None`` disables them.
    ``read_only`` (for a path or URL, with writes disabled) opens a DuckDB file read-only, so the
    server holds no write lock and other processes can read the file at the same time.
    """
    owned = not isinstance(store, Store)
    if not isinstance(store, Store):
        store = open_store(store, read_only=read_only and token is None)
    database = Database(store, timeout_s=timeout_s)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        database.close(store_too=owned)

    app = FastAPI(lifespan=lifespan,
        title="detente", version="0.1.0",
        description="Geopolitical event data: coded events, dyads, networks, documents with evidence.",
        docs_url=None, redoc_url=None, responses=ERRORS,
    )  # fmt: skip
    app.state.db = database
    app.state.token = token
    app.state.web_assets = static.vendor_ready()
    fns: dict[str, Any] = {
        "ingest": _optional("detente.pipeline", "ingest_documents"),
        "anticipations": _optional("detente.events.anticipation", "list_anticipations"),
    }
    ask = _optional("detente.forecast.ask", "ask")
    if ask is not None:
        routes_write.add_forecast_route(routes_write.router, ask)
        fns["forecast"] = ask
    app.state.features_fn = {k: v for k, v in fns.items() if v is not None}
    app.state.features = sorted(app.state.features_fn)
    install_error_handlers(app)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app.include_router(routes_read.router)
    app.include_router(export.router)
    app.include_router(routes_write.router)
    app.include_router(static.router)

    return app


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document, built over an in-memory store (for docs and tests)."""
    from detente.store.duckdb import DuckDBStore

    store = DuckDBStore(":memory:")
    try:
        return create_app(store).openapi()
    finally:
        store.close()
