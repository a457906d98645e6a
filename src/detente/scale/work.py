"""The per-batch work of a bulk run: documents in, a shard out. A pure function of its inputs.

Each batch is coded against the learned-actor registry *as the run found it* (the run's snapshot) plus
what the batch itself teaches. No batch sees another batch's learning, so the result of a batch does not
depend on which process or machine coded it, nor on the order batches finish in. The spaCy pipeline is
loaded once per process (``detente.nlp.load.get_nlp``); the base registry is built once per process too.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any, Union

from detente.model import CodedEvent, Document, LearnedActor
from detente.scale.shards import Shard, make_shard, write_shard

Coder = Callable[..., Sequence[tuple[Document, Sequence[CodedEvent]]]]
CoderSpec = Union[str, Coder]
DEFAULT_CODER = "detente.coding.batch:code_documents"

_BASE: dict[str, Any] = {}  # snapshot token -> ActorRegistry, one per worker process
_CODERS: dict[str, Coder] = {}


def resolve_coder(spec: CoderSpec | None) -> Coder:
    """A coder from ``"module:function"`` (imported once per process) or a callable."""
    if spec is None:
        spec = DEFAULT_CODER
    if callable(spec):
        return spec
    if spec not in _CODERS:
        module, _, name = spec.partition(":")
        try:
            fn = getattr(importlib.import_module(module), name or "code_documents")
        except (ImportError, AttributeError) as exc:
            raise RuntimeError(
                f"cannot import the coder {spec!r} ({exc}); give MODULE:FUNCTION of an installed module"
            ) from exc
        _CODERS[spec] = fn
    return _CODERS[spec]


def coder_name(spec: CoderSpec | None) -> str:
    if spec is None:
        return DEFAULT_CODER
    if isinstance(spec, str):
        return spec
    return f"{getattr(spec, '__module__', '?')}:{getattr(spec, '__qualname__', repr(spec))}"


def registry_for(snapshot: Sequence[LearnedActor], token: str) -> Any:
    """A fresh registry holding the snapshot; the built-in leaders are seeded once per process."""
    from detente.nlp.registry import ActorRegistry

    base = _BASE.get(token)
    if base is None:
        _BASE.clear()
        base = ActorRegistry(snapshot)
        base.mark_clean()
        _BASE[token] = base
    reg = base.fork()
    reg.mark_clean()
    return reg


def code_batch(seq: int, docs: Sequence[Document], snapshot: Sequence[LearnedActor], token: str,
               coder: CoderSpec | None = None) -> Shard:
    """Code one batch and return its shard (documents, events, and the actors the batch taught)."""
    registry = registry_for(snapshot, token)
    coded = resolve_coder(coder)(list(docs), registry=registry)
    return make_shard(seq, coded, registry.dirty())


def code_batch_to_parquet(seq: int, docs: Sequence[Document], snapshot: Sequence[LearnedActor], token: str,
                          coder: CoderSpec | None, directory: str) -> int:
    """The Dask task: code a batch and write its shard as Parquet under ``directory``; returns ``seq``."""
    write_shard(code_batch(seq, docs, snapshot, token, coder), directory)
    return seq
