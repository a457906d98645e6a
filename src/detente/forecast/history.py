"""An append-only store of the facts a forecaster may look at (time < query time).

The evaluator owns the :class:`History`; models only read from it, which is how the protocol
guarantees that no fact at time ≥ t is used when predicting time t.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import scipy.sparse as sp

from detente.forecast.data import Quads


def add_inverse(quads: Quads, num_relations: int) -> Quads:
    """Return ``quads`` followed by their inverses ``(o, r + R, s, t)``."""
    inv = quads[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += num_relations
    return np.concatenate([quads, inv])


class History:
    """Facts seen so far (with inverse relations), indexed by subject and cached per query time."""

    def __init__(self, num_entities: int, num_relations: int) -> None:
        self.num_entities = num_entities
        self.num_relations = num_relations  # original count R; stored relations range over 2R
        self._chunks: list[Quads] = []
        self._facts = np.zeros((0, 4), dtype=np.int64)
        self._dirty = False
        self._order: np.ndarray | None = None
        self._indptr: np.ndarray | None = None
        self._cache: dict[tuple[str, int, float], Any] = {}
        self._state: dict[tuple[str, float], tuple[int, int, Any]] = {}
        self.max_time = -1
        self.derived: dict[str, Any] = {}  # incremental structures of other modules (batch.TripleStore)

    def add(self, quads_with_inverse: Quads) -> None:
        if len(quads_with_inverse) == 0:
            return
        self._chunks.append(np.asarray(quads_with_inverse, dtype=np.int64))
        self.max_time = max(self.max_time, int(quads_with_inverse[:, 3].max()))
        self._dirty = True

    @property
    def facts(self) -> Quads:
        if self._dirty:
            self._facts = np.concatenate([self._facts, *self._chunks])
            self._chunks = []
            self._order = None
            self._cache.clear()
            self._dirty = False
        return self._facts

    def __len__(self) -> int:
        return len(self.facts)

    def check_time(self, t: int) -> None:
        if self.max_time >= t:
            raise ValueError(f"history holds facts at time {self.max_time} >= query time {t}")

    def _index(self) -> tuple[np.ndarray, np.ndarray]:
        facts = self.facts
        if self._order is None or self._indptr is None:
            self._order = np.argsort(facts[:, 0], kind="stable")
            counts = np.bincount(facts[:, 0], minlength=self.num_entities)
            self._indptr = np.concatenate([[0], np.cumsum(counts)])
        return self._order, self._indptr

    def subject_facts(self, s: int) -> Quads:
        """All stored facts whose subject is ``s`` (relations include inverses)."""
        order, indptr = self._index()
        return self.facts[order[indptr[s]:indptr[s + 1]]]

    def _decayed(self, kind: str, t: int, decay: float, build: Callable[[Quads, np.ndarray], Any]) -> Any:
        """Σ exp(-decay (t - t')) · build(facts) maintained incrementally across query times.

        The running sum is rescaled by exp(-decay Δt) and only the facts added since are built,
        so scoring many time steps costs O(new facts) each instead of O(all facts).
        """
        facts = self.facts
        state = self._state.get((kind, decay))
        if state is None or state[0] > t or state[1] > len(facts):
            state = (t, 0, None)
        t0, done, value = state
        new = facts[done:]
        part = build(new, np.exp(-decay * (t - new[:, 3]).astype(np.float64)))
        value = part if value is None else value * np.exp(-decay * (t - t0)) + part
        self._state[(kind, decay)] = (t, len(facts), value)
        return value

    def popularity(self, t: int, decay: float) -> np.ndarray:
        """Dense (2R, N) array: sum of exp(-decay * (t - t')) over facts (·, r, o, t')."""
        key = ("pop", t, decay)
        if key not in self._cache:
            size = 2 * self.num_relations * self.num_entities

            def build(f: Quads, w: np.ndarray) -> np.ndarray:
                return np.bincount(f[:, 1] * self.num_entities + f[:, 2], weights=w, minlength=size)

            pop = self._decayed("pop", t, decay, build)
            self._cache[key] = pop.reshape(2 * self.num_relations, self.num_entities)
        return self._cache[key]

    def walk(self, t: int, decay: float) -> sp.csr_matrix:
        """Row-normalised (N, N) matrix of decayed fact counts between entities (any relation)."""
        key = ("walk", t, decay)
        if key not in self._cache:
            n = self.num_entities

            def build(f: Quads, w: np.ndarray) -> sp.csr_matrix:
                return sp.csr_matrix((w, (f[:, 0], f[:, 2])), shape=(n, n))

            adj = self._decayed("walk", t, decay, build).tocsr()
            adj.sum_duplicates()
            deg = np.asarray(adj.sum(axis=1)).ravel()
            self._cache[key] = sp.diags(1.0 / np.maximum(deg, 1e-12)) @ adj
        return self._cache[key]  # type: ignore[return-value]

    def activity(self, t: int, decay: float) -> np.ndarray:
        """Dense (N,) array: decayed number of facts each entity took part in (as subject)."""
        key = ("act", t, decay)
        if key not in self._cache:

            def build(f: Quads, w: np.ndarray) -> np.ndarray:
                return np.bincount(f[:, 0], weights=w, minlength=self.num_entities)

            self._cache[key] = self._decayed("act", t, decay, build)
        return self._cache[key]
