"""Shared fixtures for the spaCy stand-in tests: the stock pipeline beside detente's."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from detente.nlp.load import DEFAULT_MODEL, load_nlp


@pytest.fixture(scope="session")
def pair() -> tuple[Language, Language]:
    """spaCy's own load of the default model, and detente's (with the exact stand-ins; without the dateline
    splitter, which changes the parse on purpose and is tested on its own)."""
    try:
        stock = spacy.load(DEFAULT_MODEL)
    except OSError as exc:
        pytest.skip(str(exc))
    return stock, load_nlp(datelines=False)
