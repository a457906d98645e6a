"""Sparse history features for queries ``(s, r, ?, t)``; all are computed from facts with time < t.

For a query, the *candidates* are the entities ``s`` has a fact with (any relation, either
direction). Each candidate ``o`` gets the sparse features below; every entity gets the dense
features (relation-specific and overall popularity). ``d = t - t'`` is the age of a fact in steps.

=============  ==============================================================================
rel_cnt@λ      log(1 + Σ exp(-λ d)) over facts (s, r, o)          -- recurrency, per decay λ
rel_last       1 / d_min of (s, r, o)                             -- recency of the last copy
any_cnt@λ      log(1 + Σ exp(-λ d)) over facts (s, *, o)          -- relation-agnostic frequency
any_last       1 / d_min of (s, *, o)
inv_cnt        log(1 + Σ exp(-0.1 d)) over (o, r, s), the mirror  -- "o did r to s before"
trans@λ        log(1 + Σ T[r', r] exp(-λ d)) over (s, r', o)       -- relation-transition rules
rel_frac       count(s, r, o) / count(s, r, ·)
rel_age<a>-<b> 1 if the last (s, r, o) is between a and b steps old (1, 2-3, 4-7, 8-30)
any_age<a>-<b> the same for (s, *, o)
any_frac       count(s, *, o) / count(s, *, ·)
pop@λ (dense)  log(1 + Σ exp(-λ d)) over (*, r, o)                 -- object popularity for r
act@λ (dense)  log(1 + Σ exp(-λ d)) over facts of o                -- overall activity of o
hop2 (dense)   log(1 + 1000 P²[s, o]), P the decayed random walk   -- two-hop neighbourhood
same_group     1 if o's name group equals s's (``Police (India)`` ~ ``India``); 0 when names unused
grp_rel        log(1 + Σ exp(-0.1 d)) over (s, r, x) with x in o's name group
grp_any        the same over (s, *, x)
=============  ==============================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from detente.forecast.data import Quads
from detente.forecast.history import History

REL_DECAYS = (0.0, 0.1, 1.0)
ANY_DECAYS = (0.0, 0.1, 1.0)
TRANS_DECAYS = (0.0, 0.3)
POP_DECAYS = (0.0, 0.1, 1.0)
ACT_DECAYS = (0.1, 1.0)
HOP_DECAY = 0.1

AGE_BINS = ((1, 1), (2, 3), (4, 7), (8, 30))  # inclusive ranges of d_min

SPARSE_NAMES = ([f"rel_cnt@{x}" for x in REL_DECAYS] + ["rel_last", "rel_frac"]
                + [f"any_cnt@{x}" for x in ANY_DECAYS] + ["any_last", "any_frac", "inv_cnt"]
                + [f"trans@{x}" for x in TRANS_DECAYS] + [f"rel_age{a}-{b}" for a, b in AGE_BINS]
                + [f"any_age{a}-{b}" for a, b in AGE_BINS])
DENSE_NAMES = ([f"pop@{x}" for x in POP_DECAYS] + [f"act@{x}" for x in ACT_DECAYS]
               + ["hop2", "same_group", "grp_rel", "grp_any"])
FEATURE_NAMES = SPARSE_NAMES + DENSE_NAMES


def transition_matrix(facts: Quads, num_entities: int, num_relations: int) -> np.ndarray:
    """``T[r', r]``: share of entity pairs linked by ``r'`` that are also linked by ``r`` (2R x 2R).

    ``facts`` must already contain inverses. The diagonal is set to 0 (``rel_cnt`` covers it).
    """
    pair = facts[:, 0] * num_entities + facts[:, 2]
    upair, pinv = np.unique(pair, return_inverse=True)
    n_rel = 2 * num_relations
    b = sp.csr_matrix((np.ones(len(facts)), (pinv, facts[:, 1])), shape=(len(upair), n_rel))
    b.data[:] = 1.0
    b.sum_duplicates()
    b.data[:] = 1.0
    co = (b.T @ b).toarray()
    diag = np.diag(co).copy()
    t = co / np.maximum(diag, 1.0)[:, None]
    np.fill_diagonal(t, 0.0)
    return t


@dataclass
class QueryFeatures:
    candidates: np.ndarray  # (n_c,) entity ids
    sparse: np.ndarray  # (n_c, len(SPARSE_NAMES))


def _inverse_rel(r: int, num_relations: int) -> int:
    return r + num_relations if r < num_relations else r - num_relations


def subject_features(hist: History, s: int, rels: list[int], t: int,
                     trans: np.ndarray | None) -> list[QueryFeatures]:
    """Sparse features for the queries ``(s, r, ?, t)`` for each ``r`` in ``rels``."""
    f = hist.subject_facts(s)
    k = len(SPARSE_NAMES)
    if len(f) == 0:
        empty = QueryFeatures(np.zeros(0, dtype=np.int64), np.zeros((0, k)))
        return [empty for _ in rels]
    rf, d = f[:, 1], (t - f[:, 3]).astype(np.float64)
    cands, inv = np.unique(f[:, 2], return_inverse=True)
    nc = len(cands)
    w = {lam: np.exp(-lam * d) for lam in set(REL_DECAYS + ANY_DECAYS + TRANS_DECAYS) | {0.1}}
    any_part = [np.log1p(np.bincount(inv, weights=w[lam], minlength=nc)) for lam in ANY_DECAYS]
    dmin = np.full(nc, np.inf)
    np.minimum.at(dmin, inv, d)
    any_last = 1.0 / dmin
    any_age = [((dmin >= a) & (dmin <= b)).astype(np.float64) for a, b in AGE_BINS]
    any_cnt = np.bincount(inv, minlength=nc).astype(np.float64)
    any_frac = any_cnt / any_cnt.sum()
    out = []
    for r in rels:
        cols: list[np.ndarray] = []
        m = rf == r
        im = inv[m]
        for lam in REL_DECAYS:
            cols.append(np.log1p(np.bincount(im, weights=w[lam][m], minlength=nc)))
        rmin = np.full(nc, np.inf)
        np.minimum.at(rmin, im, d[m])
        cols.append(1.0 / rmin)
        rcnt = np.bincount(im, minlength=nc).astype(np.float64)
        cols.append(rcnt / max(rcnt.sum(), 1.0))
        cols.extend(any_part)
        cols.append(any_last)
        cols.append(any_frac)
        mi = rf == _inverse_rel(r, hist.num_relations)
        cols.append(np.log1p(np.bincount(inv[mi], weights=w[0.1][mi], minlength=nc)))
        tw = trans[rf, r] if trans is not None else np.zeros(len(rf))
        for lam in TRANS_DECAYS:
            cols.append(np.log1p(np.bincount(inv, weights=tw * w[lam], minlength=nc)))
        cols.extend(((rmin >= a) & (rmin <= b)).astype(np.float64) for a, b in AGE_BINS)
        cols.extend(any_age)
        out.append(QueryFeatures(cands, np.stack(cols, axis=1)))
    return out


def batch_features(hist: History, queries: np.ndarray, trans: np.ndarray | None) -> list[QueryFeatures]:
    """Features for queries ``(s, r, t)`` (one shared ``t``), grouped by subject internally."""
    out: list[QueryFeatures | None] = [None] * len(queries)
    by_s: dict[int, list[int]] = {}
    for i, s in enumerate(queries[:, 0].tolist()):
        by_s.setdefault(s, []).append(i)
    for s, idx in by_s.items():
        t = int(queries[idx[0], 2])
        feats = subject_features(hist, s, [int(queries[i, 1]) for i in idx], t, trans)
        for i, qf in zip(idx, feats, strict=True):
            out[i] = qf
    return [q for q in out if q is not None]


def name_groups(names: list[str]) -> np.ndarray:
    """Group id per entity from its name: the trailing ``(...)`` part (``Police (India)`` -> India),
    else the whole name (``India`` -> India). Names without such structure give singleton groups."""
    keys: dict[str, int] = {}
    out = np.empty(len(names), dtype=np.int64)
    for i, name in enumerate(names):
        m = _GROUP.search(name)
        key = (m.group(1) if m else name).replace("_", " ").strip().lower()
        out[i] = keys.setdefault(key, len(keys))
    return out


_GROUP = re.compile(r"\(([^()]*)\)\s*$")


def dense_features(hist: History, s: int, r: int, t: int, groups: np.ndarray | None = None) -> np.ndarray:
    """Dense features (len(DENSE_NAMES), N) for the query ``(s, r, ?, t)``."""
    rows = [np.log1p(hist.popularity(t, lam)[r]) for lam in POP_DECAYS]
    rows.extend(np.log1p(hist.activity(t, lam)) for lam in ACT_DECAYS)
    walk = hist.walk(t, HOP_DECAY)
    hop = (walk[s] @ walk).toarray().ravel()
    rows.append(np.log1p(1000.0 * hop))
    same = (groups == groups[s]).astype(np.float64) if groups is not None else np.zeros(hist.num_entities)
    same[s] = 0.0
    rows.append(same)
    if groups is None:
        rows.extend([np.zeros(hist.num_entities)] * 2)
    else:
        f = hist.subject_facts(s)
        w = np.exp(-0.1 * (t - f[:, 3]))
        n_groups = int(groups.max()) + 1
        g_obj = groups[f[:, 2]]
        m = f[:, 1] == r
        rows.append(np.log1p(np.bincount(g_obj[m], weights=w[m], minlength=n_groups))[groups])
        rows.append(np.log1p(np.bincount(g_obj, weights=w, minlength=n_groups))[groups])
    return np.stack(rows)
