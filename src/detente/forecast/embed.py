"""A learned low-rank term: DistMult entity/relation embeddings trained with numpy.

``f(s, r, o) = log softmax_o <e_s ∘ w_r, e_o>`` over all entities (relations include inverses), fit
by Adam on the cross-entropy of the distinct ``(s, r, o)`` triples of a history (1-N scoring, one
softmax over every entity per triple). :class:`~detente.forecast.models.loglinear.LogLinear` uses it
as one more candidate feature (``emb``), pre-trained on facts *before* its weight-fitting window and
then kept up to date online (:class:`OnlineEmbedding`): after each new time step a few Adam steps
on the facts of the last ``window`` steps, so the term follows the history as it grows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class DistMult:
    """Embeddings with their Adam state; :meth:`epoch` trains one pass over given triples."""

    ent: np.ndarray
    rel: np.ndarray
    moments: list[np.ndarray] = field(default_factory=list)
    step: int = 0

    @classmethod
    def random(cls, num_entities: int, two_r: int, dim: int, rng: np.random.Generator) -> DistMult:
        ent = (rng.standard_normal((num_entities, dim)) * 0.1).astype(np.float32)
        rel = (rng.standard_normal((two_r, dim)) * 0.1).astype(np.float32)
        return cls(ent, rel)

    def epoch(self, s: np.ndarray, r: np.ndarray, o: np.ndarray, rng: np.random.Generator, lr: float = 0.01,
              l2: float = 1e-5, batch: int = 512) -> None:
        """One shuffled pass of Adam over the triples ``(s, r, o)`` (full softmax over all entities)."""
        ent, rel = self.ent, self.rel
        if not self.moments:
            self.moments = [np.zeros_like(p) for p in (ent, rel, ent, rel)]
        perm = rng.permutation(len(s))
        for lo in range(0, len(perm), batch):
            idx = perm[lo:lo + batch]
            bs, br, bo = s[idx], r[idx], o[idx]
            u = ent[bs] * rel[br]
            p = u @ ent.T
            p -= p.max(axis=1, keepdims=True)
            np.exp(p, out=p)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), bo] -= 1.0
            p /= len(idx)
            g_ent = p.T @ u
            gu = p @ ent
            np.add.at(g_ent, bs, gu * rel[br])
            g_rel = np.zeros_like(rel)
            np.add.at(g_rel, br, gu * ent[bs])
            self.step += 1
            for i, (param, g) in enumerate(((ent, g_ent + l2 * ent), (rel, g_rel + l2 * rel))):
                m, v = self.moments[i], self.moments[2 + i]
                m *= 0.9
                m += 0.1 * g
                v *= 0.999
                v += 0.001 * g * g
                param -= (lr * (m / (1 - 0.9 ** self.step))
                          / (np.sqrt(v / (1 - 0.999 ** self.step)) + 1e-8)).astype(np.float32)


def distinct_triples(facts: np.ndarray, num_entities: int, two_r: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct ``(s, r, o)`` of facts ``(s, r, o, t)`` as three arrays."""
    key = np.unique((facts[:, 0] * two_r + facts[:, 1]) * num_entities + facts[:, 2])
    return key // num_entities // two_r, key // num_entities % two_r, key % num_entities


def train_distmult(facts: np.ndarray, num_entities: int, two_r: int, dim: int = 64, epochs: int = 12,
                   lr: float = 0.01, l2: float = 1e-5, batch: int = 512, seed: int = 0,
                   max_passes: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Entity ``(N, dim)`` and relation ``(2R, dim)`` embeddings (float32) from facts ``(s, r, o, t)``.

    ``max_passes`` caps ``epochs × distinct triples`` (at least one epoch), bounding the time on
    large graphs."""
    rng = np.random.default_rng(seed)
    model = DistMult.random(num_entities, two_r, dim, rng)
    if len(facts) == 0 or dim == 0:
        return model.ent, model.rel
    s, r, o = distinct_triples(facts, num_entities, two_r)
    if max_passes is not None:
        epochs = max(1, min(epochs, max_passes // len(s)))
    for _ in range(epochs):
        model.epoch(s, r, o, rng, lr, l2, batch)
    return model.ent, model.rel


class OnlineEmbedding:
    """Embeddings that follow a growing history, one update per new time step.

    Starts from pre-trained ``(ent, rel)`` that have seen the facts up to time ``t0``; for every later
    step ``d`` whose facts are in the history, :meth:`update` runs ``epochs`` Adam passes over the
    distinct triples of steps ``d - window + 1 .. d``. The state after step ``d`` depends only on the
    pre-trained embeddings and the facts up to ``d``, so fitting and prediction see the same values.
    """

    def __init__(self, ent: np.ndarray, rel: np.ndarray, t0: int, window: int, epochs: int, lr: float,
                 seed: int = 0) -> None:
        self.model = DistMult(ent.copy(), rel.copy())
        self.t_done = t0
        self.window = window
        self.epochs = epochs
        self.lr = lr
        self.rng = np.random.default_rng(seed)

    def snapshot(self) -> tuple[np.ndarray, dict[str, Any]]:
        """The whole state: ``(3, N + 2R, dim)`` parameters and Adam moments, and the step counters
        and random-generator state (JSON-able), so :meth:`restore` continues exactly from here."""
        m = self.model
        moments = m.moments or [np.zeros_like(m.ent), np.zeros_like(m.rel)] * 2
        arr = np.stack([np.concatenate([m.ent, m.rel]), np.concatenate(moments[:2]), np.concatenate(moments[2:])])
        return arr, {"t_done": self.t_done, "step": m.step, "rng": self.rng.bit_generator.state}

    @classmethod
    def restore(cls, arr: np.ndarray, info: dict[str, Any], num_entities: int, window: int, epochs: int,
                lr: float) -> OnlineEmbedding:
        """The state saved by :meth:`snapshot`."""
        n = num_entities
        state = cls(arr[0, :n], arr[0, n:], int(info["t_done"]), window, epochs, lr)
        state.model.moments = [arr[1, :n].copy(), arr[1, n:].copy(), arr[2, :n].copy(), arr[2, n:].copy()]
        state.model.step = int(info["step"])
        state.rng.bit_generator.state = info["rng"]
        return state

    def update(self, facts: np.ndarray, t: int) -> None:
        """Train on every step ``d`` with ``t_done < d < t`` (``facts`` holds times < ``t`` only)."""
        if self.epochs <= 0:
            return
        n, two_r = len(self.model.ent), len(self.model.rel)
        recent = facts[facts[:, 3] > self.t_done - self.window]
        for d in np.unique(recent[:, 3]).tolist():
            if d <= self.t_done or d >= t:
                continue
            win = recent[(recent[:, 3] > d - self.window) & (recent[:, 3] <= d)]
            s, r, o = distinct_triples(win, n, two_r)
            for _ in range(self.epochs):
                self.model.epoch(s, r, o, self.rng, self.lr)
        self.t_done = max(self.t_done, t - 1)


def log_softmax_scores(ent: np.ndarray, rel: np.ndarray, subjects: np.ndarray, relations: np.ndarray,
                       chunk: int = 1024) -> np.ndarray:
    """``(Q, N)`` log-probabilities of every entity as the object of ``(s, r)`` (float32)."""
    out = np.empty((len(subjects), len(ent)), dtype=np.float32)
    for lo in range(0, len(subjects), chunk):
        hi = min(lo + chunk, len(subjects))
        z = (ent[subjects[lo:hi]] * rel[relations[lo:hi]]) @ ent.T
        zmax = z.max(axis=1, keepdims=True)
        z -= zmax + np.log(np.exp(z - zmax).sum(axis=1, keepdims=True))
        out[lo:hi] = z
    return out
