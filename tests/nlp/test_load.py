from __future__ import annotations

import pytest

from detente.nlp.load import load_nlp


def test_missing_model_says_what_to_install() -> None:
    with pytest.raises(RuntimeError, match="pip install"):
        load_nlp("xx_no_such_model_here")
