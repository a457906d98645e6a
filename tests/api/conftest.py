"""Fixtures for the API tests: stores filled with synthetic coded events through ``Store.write_batch``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.model import ActorRef, CodedEvent, Document, EventDate
from detente.store import Store, open_store


def make_event(doc: Document, source: str = "RUS", target: str | None = "USA", cameo: str = "042",
               goldstein: float = 1.9, quad_class: int = 1, day: date = date(2024, 3, 5),
               sentence: str | None = None, trigger: str = "visited", modality: str = "happened") -> CodedEvent:
    """One event whose offsets point into ``doc.text`` (source, trigger, target found in it)."""
    text = doc.text
    sentence = sentence or text
    s0 = text.find(sentence)
    src_text = source
    src_start = text.find(src_text)
    trig_start = text.find(trigger)
    tgt = None
    if target:
        t_start = text.find(target, max(trig_start, 0))
        tgt = ActorRef(target, target, target[:3], start=t_start, end=t_start + len(target))
    return CodedEvent(
        doc_id=doc.id, source=ActorRef(src_text, source, source[:3], start=src_start, end=src_start + len(src_text)),
        target=tgt, cameo=cameo, goldstein=goldstein, quad_class=quad_class, plover="CONSULT",
        plover_mode=None, modality=modality, trigger=trigger, trigger_start=trig_start,
        trigger_end=trig_start + len(trigger), sentence=sentence, sentence_index=0, sentence_start=s0,
        event_date=EventDate(day.isoformat(), "day", day, day), report_date=day,
    )  # fmt: skip


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "api.duckdb")
    yield store
    store.close()


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """60 synthetic reports (180 events) over 2024 plus three learned actors. Shared: do not write to it."""
    s = open_store(tmp_path_factory.mktemp("api") / "synthetic.duckdb")
    s.write_batch(list(synth_corpus(SynthConfig(documents=60, seed=3))), synth_actors())
    yield s
    s.close()


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(store: Store, token: str | None = None, timeout_s: float = 5.0) -> TestClient:
        c = TestClient(create_app(store, token=token, timeout_s=timeout_s), raise_server_exceptions=False)
        clients.append(c)
        return c

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def client(store: Store, make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(store)
