from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from detente.coding.coder import Coder
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.load import load_nlp

    try:
        return load_nlp()
    except RuntimeError as exc:
        pytest.skip(str(exc))


@pytest.fixture()
def code(nlp) -> Callable[..., list[CodedEvent]]:  # type: ignore[no-untyped-def]
    def run(
        text: str, report: date | None = date(2023, 3, 15), registry: ActorRegistry | None = None
    ) -> list[CodedEvent]:
        coder = Coder(registry or ActorRegistry())
        return coder.code_doc(nlp(text), Document(text=text, date=report))

    return run
