"""Coding a batch of documents: parse with ``nlp.pipe`` (model cached per process), then code in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from detente.coding.coder import Coder
from detente.model import CodedEvent, Document, distinct_events
from detente.nlp.load import get_nlp
from detente.nlp.registry import ActorRegistry

_DEFAULT_CODERS: dict[int, Coder] = {}
_CODER_PIPE = "detente_coder"


def reparser(nlp: Language) -> Callable[[str], Doc]:
    """Parses a text with ``nlp`` without the coder component (for re-cased headlines)."""
    skip = [n for n, p in nlp.pipeline if n == _CODER_PIPE or type(p).__name__ == "CoderComponent"]
    return lambda text: nlp(text, disable=skip)


# Documents parsed together: the batch entity decoder (detente.nlp.fast_ner) and the parser amortise their
# per-step work over the batch, so 128 parses ~13% faster than 32 on news-length documents (bench/pipeline.py).
PARSE_BATCH = 128


def code_documents(
    documents: Sequence[Document],
    nlp: Language | None = None,
    registry: ActorRegistry | None = None,
    n_process: int = 1,
    batch_size: int = PARSE_BATCH,
) -> list[tuple[Document, list[CodedEvent]]]:
    """Parse and code a batch; returns (document, events) pairs in input order.

    Parsing may use several processes (``n_process``); coding runs in the calling process, in order, so
    what the registry learns from one document is available to the next, deterministically. Without a
    registry, one per-process default registry (seeded with the built-in leaders) is used.
    """
    if nlp is None:
        nlp = get_nlp()
    if registry is None:
        coder = _DEFAULT_CODERS.setdefault(0, Coder())
    else:
        coder = Coder(registry)
    coder.reparse = reparser(nlp)
    texts = (d.text for d in documents)
    out: list[tuple[Document, list[CodedEvent]]] = []
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=max(1, n_process))
    for document, doc in zip(documents, docs, strict=True):
        out.append((document, distinct_events(coder.code_doc(doc, document))))
    return out
