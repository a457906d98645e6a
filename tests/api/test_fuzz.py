"""Fuzz the API against its own OpenAPI document (schemathesis): no input may cause a server error."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from detente.api import create_app
from detente.api.app import openapi_document
from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.store import open_store


class LazyApp:
    """The app over a small synthetic store, built on the first request (not at collection)."""

    def __init__(self) -> None:
        self.app: Any = None
        self.calls = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            self.calls += 1
        if self.app is None:
            path = Path(tempfile.mkdtemp(prefix="detente-fuzz-")) / "fuzz.duckdb"
            store = open_store(path)
            store.write_batch(list(synth_corpus(SynthConfig(documents=20, seed=11))), synth_actors())
            self.app = create_app(store)
        await self.app(scope, receive, send)


APP = LazyApp()
schema = schemathesis.openapi.from_dict(openapi_document())
schema.app = APP  # requests go to the ASGI app in-process


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    before = APP.calls
    case.call_and_validate(checks=[not_a_server_error])
    assert APP.calls == before + 1, "the request did not reach the app"
