"""A faster, exact stand-in for a trained pipeline's ``attribute_ruler``.

spaCy's English pipelines end their tagging with an ``AttributeRuler``: about 180 token patterns (a tag
map, pronoun and auxiliary rules) that set POS, MORPH and LEMMA. It runs them through the generic
``Matcher``, which costs as much as the parser on short news sentences (0.5 ms a sentence here). The
patterns are almost all one token long and keyed on the tag, the lower-case form or the dependency, so
they can be indexed: :class:`FastAttributeRuler` looks up each token's candidate patterns by those
three keys, checks the rest of each pattern, and assigns the attributes of every match in the ruler's
own order (later patterns win), with the ruler's own normalised values. The result is the same Doc.

:func:`speed_up_attribute_ruler` swaps it in only when every pattern uses the features it
understands (exact values, ``IN`` / ``NOT_IN`` / ``REGEX`` on TAG, LOWER, DEP, ORTH and IS_SPACE, fixed
length); any other ruler is left as it is. ``tests/nlp/test_fast_rules.py`` compares every token
attribute of whole parses with and without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

from detente.nlp.swap import Unsupported, swap_in

_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "ORTH": 3}  # columns of the per-token string rows
_COLUMNS = [TAG, LOWER, DEP, ORTH, IS_SPACE]
_CACHE_MAX = 200_000  # distinct token rows (and strings) remembered
_Row = tuple[str, str, str, str, bool]  # tag, lower, dep, orth, is_space
Test = Callable[[_Row], bool]


__all__ = ["FastAttributeRuler", "Unsupported", "speed_up_attribute_ruler"]


def _value_test(col: int, spec: object) -> Test:
    if isinstance(spec, str):
        return lambda row: row[col] == spec  # type: ignore[index]
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda row: row[col] in allowed  # type: ignore[index]
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda row: row[col] not in banned  # type: ignore[index]
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda row: rx.search(row[col]) is not None  # type: ignore[index, arg-type]
    raise Unsupported(f"value {spec!r}")


def _space_test(value: bool) -> Test:
    return lambda row: row[4] is value


def _token_test(spec: dict[str, Any]) -> Test:
    tests: list[Test] = []
    for key, value in spec.items():
        if key in _KEYS:
            tests.append(_value_test(_KEYS[key], value))
        elif key == "IS_SPACE" and isinstance(value, bool):
            tests.append(_space_test(value))
        else:
            raise Unsupported(f"token attribute {key!r}")
    return lambda row: all(t(row) for t in tests)


@dataclass(frozen=True)
class _Pattern:
    order: int  # the ruler's pattern index: later ones override earlier ones
    tests: tuple[Test, ...]  # one per token of the pattern
    index: int  # the token that gets the attributes (may be negative)
    attrs: dict[int, int]  # normalised attribute ids and values, as the ruler assigns them


# a row's one-token matches (in the ruler's order), their merged attributes, and its longer candidates
_Hits = tuple[list[_Pattern], dict[int, int], list[_Pattern]]


def _order(p: _Pattern) -> int:
    return p.order


def _exact_keys(spec: dict[str, Any]) -> list[tuple[int, str]]:
    """The (column, value) keys a first token can be looked up by: exact or ``IN`` values."""
    for key in ("LOWER", "ORTH", "TAG", "DEP"):
        value = spec.get(key)
        if isinstance(value, str):
            return [(_KEYS[key], value)]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(_KEYS[key], v) for v in value["IN"]]
    return []


class FastAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns through an index on the first token's keys."""

    def __init__(self, ruler: AttributeRuler) -> None:
        if not isinstance(ruler, AttributeRuler):
            raise Unsupported("not an AttributeRuler")
        self.vocab = ruler.vocab
        self.by_key: dict[tuple[int, str], list[_Pattern]] = {}
        self.scan: list[_Pattern] = []  # patterns with no exact key on their first token
        for order, entry in enumerate(ruler.patterns):
            attrs, index = ruler.attrs[order], ruler.indices[order]
            given: dict[str, Any] = dict(entry)  # type: ignore[arg-type]
            if "_" in given["attrs"]:
                raise Unsupported("extension attributes")
            patterns: list[list[dict[str, Any]]] = given["patterns"]
            for pattern in patterns:
                if not pattern or any(not isinstance(t, dict) or "OP" in t for t in pattern):
                    raise Unsupported("operators or empty patterns")
                p = _Pattern(order, tuple(_token_test(t) for t in pattern), index, attrs)
                if not -len(pattern) <= index < len(pattern):
                    raise Unsupported("index outside the pattern")
                keys = _exact_keys(pattern[0])
                if not keys:
                    self.scan.append(p)
                for k in keys:
                    self.by_key.setdefault(k, []).append(p)
        self._strings: dict[int, str] = {0: ""}
        self._rows: dict[_Row, _Hits] = {}

    def _str(self, h: int) -> str:
        s = self._strings.get(h)
        if s is None:
            if len(self._strings) >= _CACHE_MAX:
                self._strings = {0: ""}
            s = self._strings[h] = self.vocab.strings[h]
        return s

    def _row_hits(self, row: _Row) -> _Hits:
        """The one-token patterns ``row`` matches (in the ruler's order) with their merged attributes, and
        the longer patterns whose first token it matches: all depend on the row alone, so they are cached."""
        hit = self._rows.get(row)
        if hit is None:
            if len(self._rows) >= _CACHE_MAX:  # bounded on endless streams: start again
                self._rows.clear()
            found: dict[int, _Pattern] = {}
            for key in ((0, row[0]), (1, row[1]), (2, row[2]), (3, row[3])):
                for p in self.by_key.get(key, ()):
                    found[id(p)] = p
            for p in self.scan:
                found[id(p)] = p
            single = sorted((p for p in found.values() if len(p.tests) == 1 and p.tests[0](row)), key=_order)
            merged: dict[int, int] = {}
            for p in single:
                merged.update(p.attrs)
            longer = [p for p in found.values() if len(p.tests) > 1 and p.tests[0](row)]
            hit = self._rows[row] = (single, merged, longer)
        return hit

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        s = self._str
        rows = [(s(t), s(lo), s(d), s(o), bool(sp)) for t, lo, d, o, sp in doc.to_array(_COLUMNS).tolist()]
        hits = [self._row_hits(row) for row in rows]
        extra: dict[int, list[_Pattern]] = {}  # tokens that longer patterns assign to
        for i, (_, _, longer) in enumerate(hits):
            for p in longer:
                k = len(p.tests)
                if i + k <= n and all(p.tests[j](rows[i + j]) for j in range(1, k)):
                    extra.setdefault(i + (p.index if p.index >= 0 else k + p.index), []).append(p)
        for i, (single, merged, _) in enumerate(hits):
            if i in extra:  # one-token and longer patterns together, in the ruler's order
                merged = {}
                for p in sorted([*extra[i], *single], key=_order):
                    merged.update(p.attrs)
            if merged:
                set_token_attrs(doc[i], merged)
        return doc


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace ``nlp``'s attribute ruler by its :class:`FastAttributeRuler`; False where it cannot
    (a pattern feature it does not implement: unsupported patterns raise :class:`Unsupported`)."""
    return swap_in(nlp, name, "detente_fast_attribute_ruler", FastAttributeRuler)


@Language.factory("detente_fast_attribute_ruler")
class _FastRulerComponent:
    """Pipeline slot for :class:`FastAttributeRuler` (filled by :func:`speed_up_attribute_ruler`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.fast: FastAttributeRuler | None = None

    def fill(self, fast: FastAttributeRuler) -> None:
        self.fast = fast

    def __call__(self, doc: Doc) -> Doc:
        if self.fast is None:
            raise RuntimeError("the fast attribute ruler has no patterns: build it with speed_up_attribute_ruler")
        return self.fast(doc)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)
