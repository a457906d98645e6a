"""Log-linear combination of sparse history features, trained as a softmax over entities.

``score(o | s, r, t) = w · φ(s, r, o, t)`` with the features of :mod:`detente.forecast.features`
(recurrency at several decays, relation-agnostic frequency, mirror facts, relation-transition
rules, popularity). ``w`` maximises the log-likelihood of the true object among the candidates
(history neighbours of ``s`` plus the ``top_pop`` most popular objects of ``r``), on queries from
the last ``fit_days`` of train and, if ``use_valid``, valid, each scored on its own past only.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from detente.forecast.base import Forecaster, register
from detente.forecast.data import TKGDataset
from detente.forecast.features import (
    DENSE_NAMES,
    FEATURE_NAMES,
    SPARSE_NAMES,
    QueryFeatures,
    batch_features,
    dense_features,
    name_groups,
    transition_matrix,
)
from detente.forecast.history import History, add_inverse

KS, KD = len(SPARSE_NAMES), len(DENSE_NAMES)

N_GROUPS = 3
_REL_FRAC = SPARSE_NAMES.index("rel_frac")
_PRIO = SPARSE_NAMES.index("any_cnt@0.1")


def query_group(qf: QueryFeatures) -> int:
    """0: ``(s, r)`` seen before; 1: ``s`` seen but not with ``r``; 2: ``s`` never seen."""
    if len(qf.candidates) == 0:
        return 2
    return 0 if bool(np.any(qf.sparse[:, _REL_FRAC] > 0)) else 1


def _top(v: np.ndarray, k: int) -> np.ndarray:
    return np.argpartition(-v, k)[:k] if k < len(v) else np.arange(len(v))


Design = list[tuple[list[np.ndarray], list[int]]]


def _design(hist: History, facts: np.ndarray, trans: np.ndarray, groups: np.ndarray | None, top_pop: int,
            rng: np.random.Generator, max_queries: int, max_cands: int) -> Design:
    """Per query group: candidate feature blocks and the row of the true answer of each example."""
    design: Design = [([], []) for _ in range(N_GROUPS)]
    two_r = 2 * hist.num_relations
    times = np.unique(facts[:, 3])
    max_queries_per_t = max(1, max_queries // max(len(times), 1))
    for t in times.tolist():
        block = facts[facts[:, 3] == t]
        keys = block[:, 0] * two_r + block[:, 1]
        uniq, inv = np.unique(keys, return_inverse=True)
        pick = np.arange(len(uniq))
        if len(pick) > max_queries_per_t:
            pick = np.sort(rng.choice(len(uniq), max_queries_per_t, replace=False))
        qs = np.stack([uniq[pick] // two_r, uniq[pick] % two_r, np.full(len(pick), t)], axis=1)
        for j, qf in zip(pick.tolist(), batch_features(hist, qs, trans), strict=True):
            r = int(uniq[j] % two_r)
            dense = dense_features(hist, int(uniq[j] // two_r), r, t, groups)
            answers = np.unique(block[inv == j, 2])
            extra = [_top(dense[k], top_pop) for k in range(KD) if DENSE_NAMES[k] != "same_group"]
            extra.append(np.flatnonzero(dense[DENSE_NAMES.index("same_group")] > 0)[: 4 * top_pop])
            cands = np.unique(np.concatenate([qf.candidates, *extra, answers]).astype(np.int64))
            x = np.zeros((len(cands), KS + KD), dtype=np.float32)
            x[np.searchsorted(cands, qf.candidates), :KS] = qf.sparse
            x[:, KS:] = dense[:, cands].T
            if len(cands) > max_cands:  # keep the most connected candidates and the answers
                prio = x[:, _PRIO] + 1e-3 * x[:, KS + 1]
                prio[np.searchsorted(cands, answers)] = np.inf
                keep = np.sort(_top(prio, max_cands))
                cands, x = cands[keep], x[keep]
            blocks, truth = design[query_group(qf)]
            for o in answers.tolist():
                blocks.append(x)
                truth.append(int(np.searchsorted(cands, o)))
        hist.add(block)
    return design


def _fit_softmax(blocks: list[np.ndarray], truth: list[int], l2: float, hidden: int,
                 seed: int, max_iter: int = 400) -> np.ndarray:
    """Fit ``z = x·w + tanh(x W1 + b1)·w2`` (just ``x·w`` when ``hidden`` is 0) by L-BFGS.

    Returns the flat parameter vector (see :func:`_unpack`).
    """
    x = np.concatenate(blocks).astype(np.float64)
    sizes = np.array([len(b) for b in blocks])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    seg = np.repeat(np.arange(len(blocks)), sizes)
    true_rows = starts + np.asarray(truth)
    n, k = len(blocks), x.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, w1, b1, w2 = _unpack(theta, k, hidden)
        z = x @ w
        if hidden:
            h = np.tanh(x @ w1 + b1)
            z = z + h @ w2
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[seg])
        tot = np.add.reduceat(e, starts)
        val = float(np.sum(np.log(tot) + zmax) - np.sum(z[true_rows])) / n + l2 * float(theta @ theta)
        dz = e / tot[seg]
        dz[true_rows] -= 1.0
        dz /= n
        grads = [x.T @ dz]
        if hidden:
            da = dz[:, None] * w2[None, :] * (1.0 - h * h)
            grads += [(x.T @ da).ravel(), da.sum(axis=0), h.T @ dz]
        return val, np.concatenate(grads) + 2 * l2 * theta

    rng = np.random.default_rng(seed)
    theta0 = np.zeros(k + hidden * (k + 2))
    if hidden:
        theta0[k:] = rng.normal(0.0, 0.1, size=hidden * (k + 2))
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    return np.asarray(res.x)


def _unpack(theta: np.ndarray, k: int, hidden: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    w = theta[:k]
    w1 = theta[k:k + k * hidden].reshape(k, hidden)
    b1 = theta[k + k * hidden:k + k * hidden + hidden]
    w2 = theta[k + k * hidden + hidden:]
    return w, w1, b1, w2


def _apply(theta: np.ndarray, x: np.ndarray, hidden: int) -> np.ndarray:
    w, w1, b1, w2 = _unpack(theta, x.shape[1], hidden)
    z = x @ w
    if hidden:
        z = z + np.tanh(x @ w1 + b1) @ w2
    return z


@register("loglinear")
class LogLinear(Forecaster):
    citation = "Log-linear model over recurrency, frequency, mirror, rule and popularity features"

    def __init__(self, fit_days: int = 30, use_valid: bool = True, top_pop: int = 50, l2: float = 1e-4,
                 max_queries: int = 30000, max_cands: int = 200, hidden: int = 0, use_names: bool = True,
                 max_iter: int = 300,
                 seed: int = 0) -> None:
        self.fit_days = fit_days
        self.use_valid = use_valid
        self.top_pop = top_pop
        self.l2 = l2
        self.max_queries = max_queries
        self.max_cands = max_cands
        self.hidden = hidden
        self.max_iter = max_iter
        self.use_names = use_names
        self.seed = seed

    def fit(self, dataset: TKGDataset) -> LogLinear:
        n_rel = dataset.num_relations
        train = add_inverse(dataset.train, n_rel)
        self.trans_ = transition_matrix(train, dataset.num_entities, n_rel)
        start = int(dataset.train[:, 3].max()) - self.fit_days + 1
        hist = History(dataset.num_entities, n_rel)
        hist.add(train[train[:, 3] < start])
        facts = train[train[:, 3] >= start]
        if self.use_valid:
            facts = np.concatenate([facts, add_inverse(dataset.valid, n_rel)])
        if len(facts) == 0:
            raise ValueError("no facts to fit on; give fit_days > 0 or use_valid=True")
        rng = np.random.default_rng(self.seed)
        self.groups_ = name_groups(dataset.entities) if self.use_names else None
        design = _design(hist, facts, self.trans_, self.groups_, self.top_pop, rng, self.max_queries,
                         self.max_cands)
        k = KS + KD
        self.weights_ = np.zeros((N_GROUPS, k + self.hidden * (k + 2)))
        for g, (blocks, truth) in enumerate(design):
            if truth:
                self.weights_[g] = _fit_softmax(blocks, truth, self.l2, self.hidden, self.seed, self.max_iter)
        self.n_examples_ = [len(truth) for _, truth in design]
        return self

    def feature_weights(self) -> list[dict[str, float]]:
        """Learned weights per query group (see :func:`query_group`)."""
        self.check_fitted()
        return [dict(zip(FEATURE_NAMES, w.tolist(), strict=False)) for w in self.weights_]

    def _predict(self, history: History, queries: np.ndarray) -> np.ndarray:
        out = np.empty((len(queries), history.num_entities))
        for i, qf in enumerate(batch_features(history, queries, self.trans_)):
            s, r, t = (int(v) for v in queries[i])
            theta = self.weights_[query_group(qf)]
            dense = dense_features(history, s, r, t, self.groups_)
            if self.hidden == 0:  # linear: non-candidates have zero sparse features
                out[i] = theta[KS:] @ dense
                out[i, qf.candidates] += qf.sparse @ theta[:KS]
                continue
            x = np.zeros((history.num_entities, KS + KD))
            x[:, KS:] = dense.T
            x[qf.candidates, :KS] = qf.sparse
            out[i] = _apply(theta, x, self.hidden)
        return out
