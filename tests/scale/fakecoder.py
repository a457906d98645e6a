"""A TEST DOUBLE for the per-batch coder (``detente.coding.batch.code_documents``).

It is not an event coder: it only exercises the bulk mechanics (batches, registry learning, events
that depend on what the registry knows, worker processes). Rules:

- "<Demonym> <Office> Minister Firstname Lastname" teaches the registry that Firstname Lastname is GOV of
  the country coded by the demonym's first three letters ("Kenyan" -> KEN);
- each "met|criticised|visited|praised|accused" gives one event whose source is the word before the verb,
  resolved through the registry (so an event's id changes when the registry knows the name).

``DETENTE_FAKE_DELAY`` (seconds per document) slows it down for the kill tests.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from typing import Any

from detente.model import ActorRef, CodedEvent, Document

_LEARN = re.compile(r"\b([A-Z][a-z]+an) [A-Z][a-z]+ Minister ([A-Z][a-z]+) ([A-Z][a-z]+)")
_VERB = re.compile(r"\b(met|criticised|visited|praised|accused)\b")
_CAMEO = {"met": "040", "criticised": "111", "visited": "042", "praised": "051", "accused": "112"}


def code_documents(documents: Sequence[Document], nlp: Any = None, registry: Any = None, n_process: int = 1,
                   batch_size: int = 32) -> list[tuple[Document, list[CodedEvent]]]:
    if registry is None:
        from detente.nlp.registry import ActorRegistry

        registry = ActorRegistry(seed_builtin=False)
    delay = float(os.environ.get("DETENTE_FAKE_DELAY", "0"))
    out = []
    for doc in documents:
        if delay:
            time.sleep(delay)
        for m in _LEARN.finditer(doc.text):
            registry.learn(f"{m[2]} {m[3]}", m[1][:3].upper(), sectors=("GOV",), role="minister", on=doc.date,
                           evidence=m[0], doc_id=doc.id)
        events = []
        for m in _VERB.finditer(doc.text):
            words = doc.text[: m.start()].split()
            subj = words[-1].strip(".,") if words else ""
            actor = registry.lookup(subj, doc.date) if subj else None
            start = m.start() - len(words[-1]) - 1 if words else 0
            source = ActorRef(text=subj, code=actor.code if actor else "UNK",
                              country=actor.country if actor else None, start=start, end=start + len(subj))
            events.append(CodedEvent(
                doc_id=doc.id, source=source, target=None, cameo=_CAMEO[m[1]], goldstein=1.0, quad_class=1,
                plover="CONSULT", plover_mode=None, modality="happened", trigger=m[1], trigger_start=m.start(),
                trigger_end=m.end(), sentence=doc.text[:120], sentence_index=0, sentence_start=0,
                report_date=doc.date,
            ))
        out.append((doc, events))
    return out


FAIL_AT: int | None = None  # flaky_code_documents raises on this call number (1-based), then counts on
CALLS = 0


def flaky_code_documents(documents: Sequence[Document], **kw: Any) -> list[tuple[Document, list[CodedEvent]]]:
    """The test double, failing on call number ``FAIL_AT``: a crash in the middle of a run."""
    global CALLS
    CALLS += 1
    if FAIL_AT is not None and CALLS == FAIL_AT:
        raise RuntimeError("simulated crash")
    return code_documents(documents, **kw)
