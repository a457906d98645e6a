"""Entity spans of a Doc and of its sentences, computed once per document.

spaCy builds new ``Span`` objects every time ``Doc.ents`` or ``Span.ents`` is read (a pass over every
entity of the document); the coder reads them per sentence, per trigger and per token it resolves. The
coder works one document at a time, so one remembered document is enough. Nothing is written into the
Doc itself (its ``user_data`` travels with it between processes and must stay serialisable).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_doc: Doc | None = None
_ents: tuple[Span, ...] = ()
_by_span: dict[tuple[int, int], tuple[Span, ...]] = {}


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once for the document being coded."""
    global _doc, _ents
    if doc is not _doc:
        _doc, _ents = doc, tuple(doc.ents)
        _by_span.clear()
    return _ents


def span_ents(span: Span) -> tuple[Span, ...]:
    """``span.ents`` (the entities that lie wholly inside the span), computed once per span."""
    ents = doc_ents(span.doc)
    key = (span.start, span.end)
    got = _by_span.get(key)
    if got is None:
        got = _by_span[key] = tuple(e for e in ents if e.start >= span.start and e.end <= span.end)
    return got


def ent_at(tok_doc: Doc, i: int) -> Span | None:
    """The entity covering token ``i``, if any."""
    for e in doc_ents(tok_doc):
        if e.start <= i < e.end:
            return e
        if e.start > i:
            return None
    return None
