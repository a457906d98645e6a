"""Log-linear combination of history features, trained as a softmax over candidate objects.

``score(o | s, r, t) = w_g · φ(s, r, o, t)`` with the features of :mod:`detente.forecast.batch`
(recurrency at several decays, relation-agnostic frequency, mirror facts, relation-transition
rules, relation-aware two-hop evidence, popularity, entity-name groups, and the ``emb``
log-probability of DistMult embeddings that are trained further on every new time step, see
:class:`~detente.forecast.embed.OnlineEmbedding`) and one weight vector per query group ``g``.
``w`` maximises the log-likelihood of the true object among the candidates, on queries from the
last ``fit_days`` of train and, if ``use_valid``, valid, each scored on its own past only.
Entities that are not candidates keep the score of their popularity features and ``emb`` alone.
Each fitting example leaves the other true objects of its query out of its softmax (``filter_train``,
as the time-aware filter does), and a small tanh re-ranker (:mod:`detente.forecast.rerank`) then
corrects the score of the ``rerank_top`` best candidates of each query.
Tried on ICEWS14 valid (fit on 40 train days, 0.4791) and not kept: averaging 3 re-rankers (0.4794, 3x
the fitting time) and giving the re-ranker the context of the linear ranking (0.4753).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import minimize

from detente.forecast.base import Forecaster, register
from detente.forecast.batch import BACKGROUND, COL, FEATURES, K, StepFeatures, step_features
from detente.forecast.data import TKGDataset
from detente.forecast.embed import OnlineEmbedding, log_softmax_scores, train_distmult
from detente.forecast.features import name_groups, transition_matrix
from detente.forecast.history import History, add_inverse
from detente.forecast.rerank import Reranker, fit_reranker, select_rows

N_GROUPS = 3
EMB_PASSES = 1_000_000  # cap on embedding epochs × distinct triples (12 epochs on ICEWS14, 4 on ICEWS18)
FEATURE_NAMES = FEATURES
_PRIO = [COL["any_cnt@0.1"], COL["h2r"], COL["pop@0.1"]]


def truncate(sf: StepFeatures, max_cands: int, protect: np.ndarray | None = None) -> np.ndarray:
    """Row indices of ``sf`` to keep: per query the ``max_cands`` best by a fixed priority
    (history strength, then two-hop, then popularity); rows in ``protect`` are always kept."""
    prio = sf.x[:, _PRIO[0]] * 1e4 + sf.x[:, _PRIO[1]] * 1e1 + sf.x[:, _PRIO[2]] * 1e-2
    if protect is not None:
        prio[protect] = np.inf
    order = np.lexsort((-prio, sf.qi))
    first = np.searchsorted(sf.qi[order], sf.qi[order])
    return np.sort(order[np.arange(len(order)) - first < max_cands])


#: features whose weight may deviate per relation (shrunk towards the shared weight)
REL_COLS = [COL[c] for c in ("rel_cnt@0.1", "rel_last", "rel_frac", "any_cnt@0.1", "any_last", "any_frac",
                             "inv_cnt", "trans@0.3", "h2r_rec", "hop2", "pop@0.1", "pop@1.0", "same_group")]


@dataclass
class Examples:
    """Softmax examples of one query group: candidate rows, the true row and the relation of each."""

    blocks: list[np.ndarray] = field(default_factory=list)
    truth: list[int] = field(default_factory=list)
    rels: list[int] = field(default_factory=list)
    subjects: list[int] = field(default_factory=list)
    cands: list[np.ndarray] = field(default_factory=list)
    forced: list[np.ndarray] = field(default_factory=list)  # rows that are candidates only as answers


Augment = Callable[[History, StepFeatures, np.ndarray], np.ndarray]


def _design(hist: History, facts: np.ndarray, trans: np.ndarray, groups: np.ndarray | None, top_pop: int,
            rng: np.random.Generator, max_queries: int, max_cands: int,
            augment: Augment | None = None, filter_train: bool = True) -> list[Examples]:
    """Per query group: candidate feature blocks and the row of the true answer of each example.

    With ``filter_train`` the other true answers of the same query are left out of each example's
    softmax, as the time-aware filter leaves them out of the ranking."""
    design = [Examples() for _ in range(N_GROUPS)]
    two_r = 2 * hist.num_relations
    n = hist.num_entities
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
        local = np.full(len(uniq), -1)
        local[pick] = np.arange(len(pick))
        sel = local[inv] >= 0
        ans = np.unique(np.stack([local[inv[sel]], block[sel, 2]], axis=1), axis=0)
        sf = step_features(hist, qs, trans, groups, top_pop, extra=ans)
        rkey = sf.qi * n + sf.cand
        akey = ans[:, 0] * n + ans[:, 1]
        keep = truncate(sf, max_cands, np.searchsorted(rkey, akey))
        qi, cand, x = sf.qi[keep], sf.cand[keep], sf.x[keep].astype(np.float32)
        # rows kept only because they are answers: forced in, or beyond the priority cut
        forced = ~np.isin(keep, truncate(sf, max_cands))
        if sf.forced is not None:
            forced |= sf.forced[keep]
        if augment is not None:
            x = np.concatenate([x, augment(hist, StepFeatures(qi, cand, x, sf.group), qs).astype(np.float32)],
                               axis=1)
        bounds = np.searchsorted(qi, np.arange(len(qs) + 1))
        a_bounds = np.searchsorted(ans[:, 0], np.arange(len(qs) + 1))
        for a_q, a_o in ans.tolist():
            lo, hi = bounds[a_q], bounds[a_q + 1]
            ex = design[int(sf.group[a_q])]
            xb, cb, fb = x[lo:hi], cand[lo:hi], forced[lo:hi]
            others = ans[a_bounds[a_q]:a_bounds[a_q + 1], 1]
            if filter_train and len(others) > 1:
                mask = ~np.isin(cb, others[others != a_o])
                xb, cb, fb = xb[mask], cb[mask], fb[mask]
            ex.blocks.append(xb)
            ex.truth.append(int(np.searchsorted(cb, a_o)))
            ex.rels.append(int(qs[a_q, 1]))
            ex.subjects.append(int(qs[a_q, 0]))
            ex.cands.append(cb)
            ex.forced.append(fb)
        hist.add(block)
    return design


def _fit_softmax(ex: Examples, num_rels: int, l2: float, l2_rel: float, max_iter: int = 300) -> np.ndarray:
    """Fit ``z = x · (w + V[r])`` (``V`` only on :data:`REL_COLS`) by L-BFGS on the softmax loss.

    Returns ``(num_rels + 1, K)``: row 0 is ``w``, row ``1 + r`` the full weight vector of relation ``r``.
    """
    x = np.concatenate(ex.blocks).astype(np.float32)  # float32 rows halve memory; sums stay float64
    sizes = np.array([len(b) for b in ex.blocks])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    seg = np.repeat(np.arange(len(ex.blocks)), sizes)
    true_rows = starts + np.asarray(ex.truth)
    n, k = len(ex.blocks), x.shape[1]
    ncol = len(REL_COLS) if l2_rel > 0 else 0
    rel_row = np.asarray(ex.rels)[seg]
    xs = x[:, REL_COLS[:ncol]]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[:k]
        v = theta[k:].reshape(num_rels, ncol)
        z = (x @ w.astype(np.float32)).astype(np.float64)
        if ncol:
            z += np.einsum("ij,ij->i", xs, v[rel_row].astype(np.float32))
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[seg])
        tot = np.add.reduceat(e, starts)
        val = float(np.sum(np.log(tot) + zmax) - np.sum(z[true_rows])) / n
        val += l2 * float(w @ w) + l2_rel * float(np.sum(v * v))
        dz = e / tot[seg]
        dz[true_rows] -= 1.0
        dz /= n
        gw = (x.T @ dz.astype(np.float32)).astype(np.float64) + 2 * l2 * w
        if not ncol:
            return val, gw
        gv = np.stack([np.bincount(rel_row, weights=xs[:, j] * dz, minlength=num_rels) for j in range(ncol)],
                      axis=1)
        return val, np.concatenate([gw, (gv + 2 * l2_rel * v).ravel()])

    theta0 = np.zeros(k + num_rels * ncol)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    out = np.tile(res.x[:k], (num_rels + 1, 1))
    if ncol:
        out[1:, REL_COLS] += res.x[k:].reshape(num_rels, ncol)
    return out


@register("loglinear")
class LogLinear(Forecaster):
    citation = "Log-linear model over recurrency, frequency, mirror, rule, two-hop and popularity features"

    def __init__(self, fit_days: int = 30, use_valid: bool = True, top_pop: int = 50, l2: float = 1e-4,
                 max_queries: int = 12000, max_cands: int = 200, l2_rel: float = 0.0, use_names: bool = True,
                 max_iter: int = 200, emb_dim: int = 64, emb_epochs: int = 12, emb_window: int = 1,
                 emb_update_epochs: int = 3, emb_update_lr: float = 0.003, filter_train: bool = True,
                 rerank_hidden: int = 8, rerank_top: int = 50, rerank_l2: float = 1e-2, rerank_iter: int = 250,
                 seed: int = 0) -> None:
        self.fit_days = fit_days
        self.use_valid = use_valid
        self.top_pop = top_pop
        self.l2 = l2
        self.max_queries = max_queries
        self.max_cands = max_cands
        self.l2_rel = l2_rel
        self.max_iter = max_iter
        self.use_names = use_names
        self.emb_dim = emb_dim
        self.emb_epochs = emb_epochs
        self.emb_window = emb_window
        self.emb_update_epochs = emb_update_epochs
        self.emb_update_lr = emb_update_lr
        self.filter_train = filter_train
        self.rerank_hidden = rerank_hidden
        self.rerank_top = rerank_top
        self.rerank_l2 = rerank_l2
        self.rerank_iter = rerank_iter
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
        two_r = 2 * n_rel
        self.emb_ent_: np.ndarray | None = None
        self.emb_rel_: np.ndarray | None = None
        self.emb_time_ = start - 1  # the last time step the pre-trained embeddings have seen
        if self.emb_dim > 0:  # embeddings see only the facts before the weight-fitting window
            self.emb_ent_, self.emb_rel_ = train_distmult(hist.facts, dataset.num_entities, two_r, self.emb_dim,
                                                          self.emb_epochs, seed=self.seed, max_passes=EMB_PASSES)
        design = _design(hist, facts, self.trans_, self.groups_, self.top_pop, rng, self.max_queries,
                         self.max_cands, self._emb_column if self.emb_dim > 0 else None, self.filter_train)
        self.weights_ = np.zeros((N_GROUPS, two_r + 1, K + (self.emb_dim > 0)))
        for g, ex in enumerate(design):
            if ex.truth:
                self.weights_[g] = _fit_softmax(ex, two_r, self.l2, self.l2_rel, self.max_iter)
        self.n_examples_ = [len(ex.truth) for ex in design]
        self._fit_reranker(design)
        # the refreshed embeddings at the end of the fit: prediction on the same data continues from
        # here instead of replaying every update since ``emb_time_`` (same values, much faster)
        state = hist.derived.get(self._emb_key())
        self.emb_snapshot_: np.ndarray | None = None
        self.emb_snapshot_info_: dict[str, Any] | None = None
        if isinstance(state, OnlineEmbedding):
            self.emb_snapshot_, self.emb_snapshot_info_ = state.snapshot()
        return self

    def _fit_reranker(self, design: list[Examples]) -> None:
        """The non-linear correction of the top ``rerank_top`` candidates (:mod:`detente.forecast.rerank`)."""
        self.rerank_mu_: np.ndarray | None = None
        self.rerank_sd_: np.ndarray | None = None
        self.rerank_w_: np.ndarray | None = None
        self.rerank_b_: np.ndarray | None = None
        self.rerank_v_: np.ndarray | None = None
        if self.rerank_hidden <= 0 or self.rerank_top <= 0:
            return
        xs: list[np.ndarray] = []
        z0s: list[np.ndarray] = []
        segs: list[np.ndarray] = []
        truths: list[np.ndarray] = []
        grps: list[np.ndarray] = []
        for g, ex in enumerate(design):
            for xb, t_row, r, fb in zip(ex.blocks, ex.truth, ex.rels, ex.forced, strict=True):
                z0 = xb @ self.weights_[g, 1 + r].astype(np.float32)
                keep = select_rows(np.zeros(len(xb), dtype=np.int64), z0, self.rerank_top, ~fb)
                if not keep[t_row]:
                    continue
                is_true = np.zeros(len(xb), dtype=bool)
                is_true[t_row] = True
                xs.append(xb[keep])
                z0s.append(z0[keep])
                truths.append(is_true[keep])
                segs.append(np.full(int(keep.sum()), len(segs)))
                grps.append(np.full(int(keep.sum()), g))
        if not xs:
            return
        rr = fit_reranker(np.concatenate(xs), np.concatenate(z0s), np.concatenate(segs), np.concatenate(truths),
                          np.concatenate(grps), self.rerank_hidden, self.rerank_l2, self.rerank_iter, self.seed)
        self.rerank_mu_, self.rerank_sd_, self.rerank_w_, self.rerank_b_, self.rerank_v_ = (
            rr.mu, rr.sd, rr.w, rr.b, rr.v)

    def _reranker(self) -> Reranker | None:
        parts = [getattr(self, f"rerank_{p}_", None) for p in ("mu", "sd", "w", "b", "v")]
        if any(p is None for p in parts):
            return None
        mu, sd, w, b, v = (np.asarray(p) for p in parts)
        return Reranker(mu, sd, w, b, v)

    def _emb_scores(self, history: History, queries: np.ndarray) -> np.ndarray:
        """``(Q, N)`` log-probabilities under the embeddings brought up to the query time.

        The online state lives on the history (like the triple store), so each evaluation starts
        from the fitted embeddings (or the fit's snapshot, see :meth:`_new_emb_state`) and trains on
        the later facts one step at a time."""
        assert self.emb_ent_ is not None and self.emb_rel_ is not None
        t = int(queries[0, 2])
        state = history.derived.get(self._emb_key())
        if not isinstance(state, OnlineEmbedding) or state.t_done >= t:
            state = self._new_emb_state(history, t)
            history.derived[self._emb_key()] = state
        state.update(history.facts, t)
        return log_softmax_scores(state.model.ent, state.model.rel, queries[:, 0], queries[:, 1])

    def _emb_key(self) -> str:
        return f"emb:{id(self)}"

    def _new_emb_state(self, history: History, t: int) -> OnlineEmbedding:
        """From the fit's final snapshot if the history reaches it (it then holds the same facts up
        to there: the data the model was fit on), else from the pre-trained embeddings."""
        assert self.emb_ent_ is not None and self.emb_rel_ is not None
        snap, info = getattr(self, "emb_snapshot_", None), getattr(self, "emb_snapshot_info_", None)
        if snap is not None and info is not None and t > history.max_time >= int(info["t_done"]):
            return OnlineEmbedding.restore(snap, info, history.num_entities, self.emb_window,
                                           self.emb_update_epochs, self.emb_update_lr)
        return OnlineEmbedding(self.emb_ent_, self.emb_rel_, int(getattr(self, "emb_time_", -1)), self.emb_window,
                               self.emb_update_epochs, self.emb_update_lr, self.seed)

    def _emb_column(self, history: History, sf: StepFeatures, queries: np.ndarray) -> np.ndarray:
        """The ``emb`` feature (log-probability under the embeddings) of each candidate row."""
        return self._emb_scores(history, queries)[sf.qi, sf.cand][:, None]

    def _has_emb(self) -> bool:
        return getattr(self, "emb_ent_", None) is not None

    def feature_weights(self) -> list[dict[str, float]]:
        """Learned weights per query group (0: (s, r) seen, 1: s seen, not with r; 2: s unseen)."""
        self.check_fitted()
        names = FEATURE_NAMES + ["emb"] if self._has_emb() else FEATURE_NAMES
        return [dict(zip(names, w[0].tolist(), strict=True)) for w in self.weights_]

    def _predict(self, history: History, queries: np.ndarray, chunk: int = 256) -> np.ndarray:
        n = history.num_entities
        out = np.empty((len(queries), n))
        if len(queries) == 0:
            return out
        t = int(queries[0, 2])
        sf = step_features(history, queries, self.trans_, self.groups_, self.top_pop)
        theta = self.weights_[sf.group, 1 + queries[:, 1]]  # (Q, K)
        bg_rows = [np.log1p(history.popularity(t, float(name.split("@")[1])))
                   if name.startswith("pop@") else np.log1p(history.activity(t, float(name.split("@")[1])))
                   for name in (FEATURES[c] for c in BACKGROUND)]
        for lo in range(0, len(queries), chunk):
            hi = min(lo + chunk, len(queries))
            qr = queries[lo:hi, 1]
            acc = np.zeros((hi - lo, n))
            for c, row in zip(BACKGROUND, bg_rows, strict=True):
                acc += theta[lo:hi, c, None] * (row[qr] if row.ndim == 2 else row[None, :])
            out[lo:hi] = acc
        emb = None
        if self._has_emb():
            emb = self._emb_scores(history, queries)
            out += theta[:, K, None] * emb  # the embedding term applies to every entity
        z0 = np.einsum("ij,ij->i", sf.x, theta[sf.qi, :K])
        if emb is not None:
            z0 += theta[sf.qi, K] * emb[sf.qi, sf.cand]
        rr = self._reranker()
        if rr is not None and len(z0):
            keep = select_rows(sf.qi, z0, self.rerank_top)
            xk = sf.x[keep]
            if emb is not None:
                xk = np.concatenate([xk, emb[sf.qi[keep], sf.cand[keep]][:, None]], axis=1)
            z0[keep] += rr.delta(xk, sf.group[sf.qi[keep]])
        out[sf.qi, sf.cand] = z0
        return out
