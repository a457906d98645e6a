"""A faster, exact decoder for a trained pipeline's greedy entity recognizer.

spaCy's ``ner`` component embeds the tokens of a batch in one vectorised pass, then decodes the BILUO
actions token by token in a compiled loop that handles one document at a time per step. On this
machine that loop costs about 40 µs a token, more than the whole dependency parse, because every
step of it takes locks around small matrix products. The decision at each step depends only on the
scores of three feature tokens and on a handful of validity rules, so the same decoding can run for
all documents of a batch at once: one gather, one maxout and one matrix product per token position.

:class:`FastEntityDecoder` does exactly that with the component's own weights and actions, and
writes the entities the way the component does (``Doc.set_ents`` with every other token outside).
The validity rules are those of spaCy's ``BiluoPushDown`` for documents without preset entities; a
batch that has preset entity annotations, or a pipeline whose recognizer is not the greedy
transition-based model this module understands, is left to the original component.
:func:`speed_up_ner` swaps it in; ``tests/nlp/test_fast_ner.py`` compares the entities of whole
parses with and without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import NumpyOps

from detente.nlp.swap import Unsupported, swap_in

# move types of spaCy's BILUO transition system (``spacy.pipeline._parser_internals.ner``)
_MOVES = {"M": 0, "B": 1, "I": 2, "L": 3, "U": 4, "O": 5}
MISSING, BEGIN, IN, LAST, UNIT, OUT = range(6)


__all__ = ["FastEntityDecoder", "Unsupported", "speed_up_ner"]


class FastEntityDecoder:
    """Greedy BILUO decoding of a batch of documents at once, with an ``EntityRecognizer``'s weights."""

    def __init__(self, ner: EntityRecognizer) -> None:
        if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
            raise Unsupported("only the greedy EntityRecognizer is supported")
        model = ner.model
        if len(model.layers) != 3 or not model.attrs.get("has_upper"):
            raise Unsupported("the recognizer has no separate output layer")
        self.tok2vec, self.lower, self.upper = model.layers
        if self.lower.get_dim("nF") != 3 or self.lower.name != "precomputable_affine":
            raise Unsupported("the recognizer does not read the three BILUO feature tokens")
        self.ner = ner
        self.ops = NumpyOps()
        moves = ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.move = np.array([_MOVES[n.split("-", 1)[0]] for n in names], dtype=np.int8)
        label_names = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        self.label = [int(ner.vocab.strings.add(s)) if s else 0 for s in label_names]  # string ids
        # label index per action (0 = no label), so the open entity's label can be compared by index
        uniq = sorted({s for s in label_names if s})
        self.label_index = np.array([uniq.index(s) + 1 if s else 0 for s in label_names], dtype=np.int32)
        self.labelled = self.label_index > 0

    def __call__(self, docs: list[Doc]) -> None:
        """Recognise and set the entities of ``docs`` (in place)."""
        live = [d for d in docs if len(d)]
        if live:
            spans = self._decode(live)
            for doc, ents in zip(live, spans):
                doc.set_ents([Span(doc, s, e, label=self.label[a]) for s, e, a in ents], default="outside")

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        attrs = np.concatenate([d.to_array([SENT_START, IS_SPACE]) for d in docs]).astype(np.int64)
        sent_start = np.append(attrs[:, 0] == 1, False)  # one past the end: never a sentence start
        is_space = attrs[:, 1] == 1
        tokvecs = self.tok2vec.predict(docs)
        cached, _ = self.lower(tokvecs, False)  # (tokens + 1, nF, nO, nP); row 0 is the padding
        cached = np.asarray(cached)
        bias = np.asarray(self.lower.get_param("b"))
        weights = np.ascontiguousarray(self.upper.get_param("W"))
        out_bias = np.asarray(self.upper.get_param("b"))
        unseen = sorted(self.ner.model.attrs.get("unseen_classes") or ())

        n = len(docs)
        open_start = np.full(n, -1, dtype=np.int64)  # local start of the open entity, -1 = none
        open_label = np.zeros(n, dtype=np.int32)
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
        move, lab, labelled = self.move, self.label_index, self.labelled
        is_b, is_i, is_l = move == BEGIN, move == IN, move == LAST
        is_u, is_o = move == UNIT, move == OUT
        for k in range(int(lengths.max())):
            act = np.flatnonzero(lengths > k)  # documents still being read (each step reads one token)
            g = offsets[act] + k  # global index of each one's current token
            is_open = open_start[act] >= 0
            f1 = np.where(is_open, offsets[act] + open_start[act], -1)  # first word of the open entity
            f2 = np.where(is_open, g - 1, -1)  # last word read, inside the entity
            unmaxed = cached[g + 1, 0] + cached[f1 + 1, 1]  # index + 1: row 0 is the padding
            unmaxed += cached[f2 + 1, 2]
            unmaxed += bias
            hidden = unmaxed.max(axis=-1)
            scores = self.ops.gemm(np.ascontiguousarray(hidden), weights, trans2=True)
            scores += out_bias
            if unseen:
                scores[:, unseen] = scores.min()
            # BiluoPushDown's validity rules, for tokens without preset entity annotations
            remaining = lengths[act] - k
            two_left = remaining >= 2
            next_starts = sent_start[np.minimum(g + 1, len(sent_start) - 1)] & two_left
            space = is_space[g]
            same = open_label[act][:, None] == lab[None, :]
            closed = ~is_open[:, None]
            valid = (
                (is_b & labelled & closed & (two_left & ~next_starts & ~space)[:, None])
                | (is_i & labelled & ~closed & same & (two_left & ~next_starts)[:, None])
                | (is_l & labelled & ~closed & same)
                | (is_u & labelled & closed & ~space[:, None])
                | (is_o & closed)
            )
            if not valid.any(axis=1).all():
                raise RuntimeError("no valid entity action: the recognizer's actions are not BILUO")
            scores[~valid] = -np.inf
            best = scores.argmax(axis=1)
            chosen = move[best]
            for j in np.flatnonzero((chosen == UNIT) | (chosen == LAST)):
                d = int(act[j])
                start = k if chosen[j] == UNIT else int(open_start[d])
                found[d].append((start, k + 1, int(best[j])))
            opened = chosen == BEGIN
            open_start[act[opened]] = k
            open_label[act[opened]] = lab[best[opened]]
            open_start[act[chosen == LAST]] = -1
        return found


def speed_up_ner(nlp: Language, name: str = "ner") -> bool:
    """Decode ``nlp``'s entity recognizer with :class:`FastEntityDecoder`; False where it cannot."""
    return swap_in(nlp, name, "detente_fast_ner", FastEntityDecoder)


@Language.factory("detente_fast_ner")
class _FastNerComponent:
    """Pipeline slot for :class:`FastEntityDecoder` (filled by :func:`speed_up_ner`).

    It keeps the original recognizer, which decodes any batch with preset entity annotations.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.fast: FastEntityDecoder | None = None

    def fill(self, fast: FastEntityDecoder) -> None:
        self.fast = fast

    @property
    def labels(self) -> tuple[str, ...]:
        return self._decoder().ner.labels  # type: ignore[no-any-return]

    def _decoder(self) -> FastEntityDecoder:
        if self.fast is None:
            raise RuntimeError("the fast entity decoder has no model: build it with speed_up_ner")
        return self.fast

    def _run(self, docs: list[Doc]) -> list[Doc]:
        fast = self._decoder()
        if any(d.to_array(ENT_IOB).any() for d in docs):  # preset entities: the original handles them
            return list(fast.ner.pipe(docs, batch_size=len(docs)))
        fast(docs)
        return docs

    def __call__(self, doc: Doc) -> Doc:
        return self._run([doc])[0]

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128, **_: Any) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            yield from self._run(list(batch))
