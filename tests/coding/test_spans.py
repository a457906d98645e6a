"""The cached entity spans equal spaCy's own, per document and per sentence."""

from __future__ import annotations

from detente.coding.spans import doc_ents, ent_at, span_ents
from detente.nlp.load import get_nlp


def test_cached_ents_equal_spacys() -> None:
    nlp = get_nlp()
    a = nlp("Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing. NATO criticised Moscow on Monday.")
    b = nlp("Kenya and Uganda signed a trade deal in Nairobi.")
    for doc in (a, b, a):  # switching documents refreshes the cache
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
        for sent in doc.sents:
            assert [(e.start, e.end) for e in span_ents(sent)] == [(e.start, e.end) for e in sent.ents]
        for tok in doc:
            mine = ent_at(doc, tok.i)
            theirs = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            assert _bounds(mine) == _bounds(theirs)


def _bounds(span: object) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)  # type: ignore[attr-defined]
