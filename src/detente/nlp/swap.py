"""Swapping a trained pipeline's component for an exact, faster stand-in (``fast_rules``, ``fast_ner``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language


class Unsupported(ValueError):
    """The component is not one the stand-in reproduces exactly; it is left in place."""


def swap_in(nlp: Language, name: str, factory: str, build: Callable[[Any], Any]) -> bool:
    """Replace the pipe ``name`` by the slot component ``factory``, filled with ``build(original)``.

    Returns False, leaving the pipeline as it was, where there is no such pipe or ``build`` raises
    :class:`Unsupported`. The slot component has a ``fill(stand_in)`` method.
    """
    if name not in nlp.pipe_names:
        return False
    try:
        fast = build(nlp.get_pipe(name))
    except Unsupported:
        return False
    nlp.replace_pipe(name, factory, config={})
    nlp.get_pipe(name).fill(fast)  # type: ignore[attr-defined]
    return True
