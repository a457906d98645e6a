"""One JSON error shape for every API error: ``{"ok": false, "error": {"status", "code", "message"}}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import DetenteError, QueryError, StoreError

log = logging.getLogger("detente.api")

HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    406: "not_acceptable", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid_parameters", 429: "too_many_requests", 500: "internal_error", 501: "not_implemented",
    503: "unavailable",
}  # fmt: skip


class ApiError(Exception):
    """An error the API reports as it is (status, stable code, message saying what to do)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


class QueryTimeout(DetenteError):
    """A query ran past the time limit (reported as 400: narrow the query)."""

    code = "E031"


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"ok": False, "error": {"status": status, "code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def _loc(loc: Any) -> str:
    parts = [str(p) for p in loc]
    where = {"query": "query parameter", "path": "path parameter", "body": "body", "header": "header"}
    if parts and parts[0] in where:
        return f"{where[parts[0]]} {'.'.join(parts[1:])!r}" if len(parts) > 1 else where[parts[0]]
    return ".".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTP_CODES.get(exc.status_code, "error")
        msg = str(exc.detail) if exc.detail else code.replace("_", " ")
        if exc.status_code == 404 and msg == "Not Found":
            msg = "no such endpoint or object; see /openapi.json for the endpoints"
        return error_response(exc.status_code, code, msg, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        msgs = [f"{_loc(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()[:5]]
        return error_response(422, "invalid_parameters", "; ".join(msgs) or "invalid parameters")

    @app.exception_handler(QueryError)
    async def _query(_: Request, exc: QueryError) -> JSONResponse:
        return error_response(400, "bad_query", exc.explanation)

    @app.exception_handler(QueryTimeout)
    async def _timeout(_: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(400, "query_timeout", exc.explanation)

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError) -> JSONResponse:
        return error_response(503, "store_unavailable", exc.explanation)

    @app.exception_handler(Exception)
    async def _any(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error in the API", exc_info=exc)
        return error_response(500, "internal_error", f"internal error ({type(exc).__name__}); see the server log")
