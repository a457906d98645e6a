"""Endpoints that write, or that run optional modules: ingest (token required), forecasts."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from pydantic import BaseModel, Field

from detente.api.errors import ApiError
from detente.api.routes_read import DB
from detente.errors import NoDateError, SourceError
from detente.model import Document

router = APIRouter(prefix="/api")
TOKEN_ENV = "DETENTE_TOKEN"


def token_from_env() -> str | None:
    return os.environ.get(TOKEN_ENV) or None


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need ``Authorization: Bearer $DETENTE_TOKEN``; without a server token they are disabled."""
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(403, "writes_disabled",
                       f"writes are disabled on this server; start it with {TOKEN_ENV} set to enable them")
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "unauthorized", "send the header 'Authorization: Bearer <token>' to write",
                       headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(authorization[7:].strip().encode(), token.encode()):
        raise ApiError(403, "forbidden", f"wrong token; use the value of {TOKEN_ENV} the server was started with")


class DocumentIn(BaseModel):
    # no text is a failure of that document only (reported with its reason), not of the batch
    text: str | None = Field(default=None, max_length=2_000_000)
    date: dt.date | None = None
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    id: str | None = Field(default=None, max_length=500, description="your id for it (kept as external_id)")

    def to_document(self, where: str, default_date: dt.date | None = None) -> Document | SourceError:
        """The document, or the reason it cannot be coded (no text, no date), as the CLI reports it."""
        if self.text is None or not self.text.strip():
            return SourceError(f"{where}: no 'text'.", 'Each document needs "text" (and "date").')
        when = self.date or default_date
        if when is None:
            return NoDateError(f"{where}: no 'date'.",
                               'Add "date": "YYYY-MM-DD", or pass ?date=YYYY-MM-DD for the undated documents.')
        return Document(text=self.text, date=when, title=self.title, url=self.url, source=self.source,
                        external_id=self.id)


@router.post("/ingest", summary="Code and store documents (needs the token)",
             dependencies=[Depends(require_token)])
def ingest(d: DB, request: Request,
           documents: Annotated[list[DocumentIn], Body(max_length=10_000)],
           date: Annotated[dt.date | None, Query(description="report date for the documents that have none "
                                                             "(as `detente ingest --date`)")] = None,
           ) -> dict[str, Any]:
    """Documents without text or date are reported as failed, with the reason; the rest is stored."""
    fn = request.app.state.features_fn.get("ingest")
    if fn is None:
        raise ApiError(501, "not_implemented",
                       "this install has no ingest pipeline (detente.pipeline.ingest_documents); "
                       "use `detente ingest` from the command line")
    with d.write() as s:
        try:
            items = [doc.to_document(f"document {i}" + (f" (id {doc.id})" if doc.id else ""), date)
                     for i, doc in enumerate(documents)]
            report = fn(s, items)
        except ImportError as exc:  # the coder is an optional, separately installed part
            raise ApiError(501, "not_implemented",
                           f"the ingest pipeline is not usable in this install ({exc}); "
                           "install the NLP extras or use `detente ingest`") from exc
    out = report.to_dict() if hasattr(report, "to_dict") else dict(report)
    return {"ok": True, "report": out}


def add_forecast_route(r: APIRouter, ask: Any) -> None:
    """``POST /api/forecast/ask``, only when the forecasting module provides ``ask``."""

    @r.post("/forecast/ask", summary="Ask the forecaster a question (JSON object, see docs/api.md)")
    def forecast_ask(d: DB, question: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        with d.read() as s:
            try:
                answer = ask(s, question)
            except (ValueError, KeyError, TypeError) as exc:
                raise ApiError(400, "bad_question", f"the forecaster rejected the question: {exc}") from exc
        return {"ok": True, "answer": answer.to_dict() if hasattr(answer, "to_dict") else answer}
