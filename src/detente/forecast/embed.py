"""A learned low-rank term: DistMult entity/relation embeddings trained with numpy.

``f(s, r, o) = log softmax_o <e_s ∘ w_r, e_o>`` over all entities (relations include inverses), fit
by Adam on the cross-entropy of the distinct ``(s, r, o)`` triples of a history (1-N scoring, one
softmax over every entity per triple). :class:`~detente.forecast.models.loglinear.LogLinear` uses it
as one more candidate feature (``emb``), trained on facts *before* its weight-fitting window so the
weights see the same, slightly stale, embedding quality as at prediction time.
"""

from __future__ import annotations

import numpy as np


def train_distmult(facts: np.ndarray, num_entities: int, two_r: int, dim: int = 64, epochs: int = 12,
                   lr: float = 0.01, l2: float = 1e-5, batch: int = 512, seed: int = 0,
                   max_passes: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Entity ``(N, dim)`` and relation ``(2R, dim)`` embeddings (float32) from facts ``(s, r, o, t)``.

    ``max_passes`` caps ``epochs × distinct triples`` (at least one epoch), bounding the time on
    large graphs."""
    rng = np.random.default_rng(seed)
    ent = (rng.standard_normal((num_entities, dim)) * 0.1).astype(np.float32)
    rel = (rng.standard_normal((two_r, dim)) * 0.1).astype(np.float32)
    if len(facts) == 0 or dim == 0:
        return ent, rel
    key = np.unique((facts[:, 0] * two_r + facts[:, 1]) * num_entities + facts[:, 2])
    s, r, o = key // num_entities // two_r, key // num_entities % two_r, key % num_entities
    if max_passes is not None:
        epochs = max(1, min(epochs, max_passes // len(key)))
    params = [ent, rel]
    mom = [np.zeros_like(p) for p in params]
    var = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(epochs):
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
            step += 1
            for i, g in enumerate((g_ent + l2 * ent, g_rel + l2 * rel)):
                mom[i] = 0.9 * mom[i] + 0.1 * g
                var[i] = 0.999 * var[i] + 0.001 * g * g
                params[i] -= (lr * (mom[i] / (1 - 0.9 ** step))
                              / (np.sqrt(var[i] / (1 - 0.999 ** step)) + 1e-8)).astype(np.float32)
    return ent, rel


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
