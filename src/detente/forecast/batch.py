"""Vectorised candidate generation and features for all queries of one time step.

Everything is read from a :class:`History` (facts with time < t). The central structure is the
:class:`TripleStore`: one row per distinct ``(s, r, o)`` (inverses included) with decayed counts
and the time of the last copy, kept up to date incrementally. A step gathers the rows of every
query subject at once, so no Python loop runs per query.

For a query ``(s, r, ?, t)`` the candidates are

* the history neighbours of ``s`` (any relation, either direction),
* two-hop objects: ``o`` with ``(x, r, o)`` for a neighbour ``x`` of ``s`` (relation-aware),
* the ``top_pop`` most popular recent objects of ``r``,

and each gets the features of :data:`FEATURES` (``d`` is the age of a fact in steps; ``λ`` a decay):

=================  ==========================================================================
rel_cnt@λ          log(1 + Σ exp(-λ d)) over (s, r, o)                  -- recurrency
rel_last           1 / d_min of (s, r, o); ``rel_lage`` log(1 + d_min) (0 when never seen)
rel_frac           count(s, r, o) / count(s, r, ·)
rel_age<a>-<b>     1 if the last (s, r, o) is a..b steps old
rel_gap, rel_due   periodicity of (s, r, o) seen at least twice: g = log(d_min / mean gap between
                   copies) clipped to ±4, and exp(-|g|) (1 when the next copy is "due"); 0 otherwise
any_*              the same for (s, *, o), any relation
inv_cnt            log(1 + Σ exp(-0.1 d)) over (o, r, s), the mirror fact
trans@λ            log(1 + Σ T[r', r] exp(-λ d)) over (s, r', o), relation-transition rules
h2r                log(1 + 100 Σ_x P[s, x] P_r[x, o]): s's partners x did r to o (P: decayed
                   random walk over any relation, P_r: x's distribution of r-objects)
h2r_n              log(1 + #partners x of s with (x, r, o))
h2r_rec            log(1 + Σ_x P[s, x] Σ exp(-1 d)) over (x, r, o): recent two-hop evidence
pop@λ, act@λ       log(1 + decayed count) of (·, r, o) and of all facts of o
same_group,        entity-name groups (``Police (India)`` ~ ``India``): o in s's group, decayed
grp_rel, grp_any   (s, r, x) / (s, *, x) counts with x in o's group
=================  ==========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from detente.forecast.history import History

REL_DECAYS = (0.0, 0.1, 1.0)
DECAYS = (0.0, 0.1, 1.0)  # decays stored in the triple store
AGE_BINS = ((1, 1), (2, 3), (4, 7), (8, 30), (31, 90), (91, 10**9))
CNT_BINS = ((1, 1), (2, 3), (4, 10), (11, 10**9))
GROUP_CANDS = 30  # most active members of s's name group that become candidates
HOP_CANDS = 20  # strongest two-hop (any relation) entities that become candidates
POP_DECAYS = (0.0, 0.1, 1.0)
ACT_DECAYS = (0.1, 1.0)

_CROSS = [f"age{a}-{b}_cnt{c}-{d}" for a, b in AGE_BINS for c, d in CNT_BINS]
FEATURES = ([f"rel_cnt@{x}" for x in REL_DECAYS] + ["rel_last", "rel_lage", "rel_frac"]
            + [f"rel_{x}" for x in _CROSS]
            + [f"any_cnt@{x}" for x in DECAYS] + ["any_last", "any_lage", "any_frac"]
            + [f"any_{x}" for x in _CROSS]
            + ["rel_gap", "rel_due", "any_gap", "any_due"]
            + ["inv_cnt", "trans@0.0", "trans@0.3", "h2r", "h2r_n", "h2r_rec", "hop2"]
            + [f"pop@{x}" for x in POP_DECAYS] + [f"act@{x}" for x in ACT_DECAYS]
            + ["same_group", "grp_rel", "grp_any"])
K = len(FEATURES)
COL = {name: i for i, name in enumerate(FEATURES)}
#: columns that are non-zero for entities that are not candidates (used for the background score)
BACKGROUND = [COL[f"pop@{x}"] for x in POP_DECAYS] + [COL[f"act@{x}"] for x in ACT_DECAYS]


class TripleStore:
    """Distinct ``(s, r, o)`` of a history with decayed counts and last time, updated incrementally.

    ``keys`` are sorted ``(s * N + o) * 2R + r``; ``cnt[i]`` holds ``Σ exp(-DECAYS[i] (t - t'))``.
    """

    def __init__(self, num_entities: int, two_r: int) -> None:
        self.n = num_entities
        self.two_r = two_r
        self.keys = np.zeros(0, dtype=np.int64)
        self.cnt = np.zeros((len(DECAYS), 0))
        self.last = np.zeros(0, dtype=np.int64)
        self.first = np.zeros(0, dtype=np.int64)
        self.t = 0
        self.done = 0
        self._indptr: np.ndarray | None = None
        self._xr: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def update(self, facts: np.ndarray, t: int) -> None:
        new = facts[self.done:]
        self.done = len(facts)
        if t != self.t:
            self.cnt *= np.exp(-np.asarray(DECAYS) * (t - self.t))[:, None]
            self.t = t
        if len(new) == 0:
            return
        key = (new[:, 0] * self.n + new[:, 2]) * self.two_r + new[:, 1]
        uk, inv = np.unique(key, return_inverse=True)
        d = (t - new[:, 3]).astype(np.float64)
        part = np.stack([np.bincount(inv, weights=np.exp(-lam * d), minlength=len(uk)) for lam in DECAYS])
        plast = np.full(len(uk), -1, dtype=np.int64)
        np.maximum.at(plast, inv, new[:, 3])
        pfirst = np.full(len(uk), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(pfirst, inv, new[:, 3])
        allk = np.union1d(self.keys, uk)
        cnt = np.zeros((len(DECAYS), len(allk)))
        last = np.full(len(allk), -1, dtype=np.int64)
        first = np.full(len(allk), np.iinfo(np.int64).max, dtype=np.int64)
        old = np.searchsorted(allk, self.keys)
        cnt[:, old] = self.cnt
        last[old] = self.last
        first[old] = self.first
        pos = np.searchsorted(allk, uk)
        cnt[:, pos] += part
        last[pos] = np.maximum(last[pos], plast)
        first[pos] = np.minimum(first[pos], pfirst)
        self.keys, self.cnt, self.last, self.first = allk, cnt, last, first
        self._indptr = None
        self._xr = None

    @property
    def subj(self) -> np.ndarray:
        return self.keys // (self.n * self.two_r)

    def indptr(self) -> np.ndarray:
        if self._indptr is None:
            self._indptr = np.searchsorted(self.subj, np.arange(self.n + 1))
        return self._indptr

    def by_subject_relation(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(order, starts, ends): rows sorted by ``s * 2R + r``, with per-key row ranges via searchsorted."""
        if self._xr is None:
            sr = self.subj * self.two_r + self.keys % self.two_r
            order = np.argsort(sr, kind="stable")
            self._xr = (order, sr[order], np.zeros(0))
        return self._xr


def triple_store(hist: History, t: int) -> TripleStore:
    """The :class:`TripleStore` of ``hist`` brought up to time ``t`` (kept on the history)."""
    facts = hist.facts
    store = hist.derived.get("triples")
    if not isinstance(store, TripleStore) or store.done > len(facts) or store.t > t:
        store = TripleStore(hist.num_entities, 2 * hist.num_relations)
        hist.derived["triples"] = store
    store.update(facts, t)
    return store


def _ranges(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated ``arange(starts[i], ends[i])`` and the owner ``i`` of each element."""
    lens = np.maximum(ends - starts, 0)
    owner = np.repeat(np.arange(len(starts)), lens)
    if len(owner) == 0:
        return np.zeros(0, dtype=np.int64), owner
    offs = np.arange(len(owner)) - np.repeat(np.cumsum(lens) - lens, lens)
    return starts[owner] + offs, owner


def rank_within(group: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Rank (0 = best) of each element by descending ``score`` among elements of the same ``group``."""
    order = np.lexsort((-score, group))
    g = group[order]
    first = np.searchsorted(g, g)
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(order)) - first
    return rank


def _lookup(keys: np.ndarray, values: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``values`` at ``query`` keys (``keys`` sorted), 0 where absent."""
    if len(keys) == 0:
        return np.zeros(len(query))
    pos = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    return np.where(keys[pos] == query, values[pos], 0.0)


@dataclass
class StepFeatures:
    qi: np.ndarray  # (n,) query index of each candidate row (sorted)
    cand: np.ndarray  # (n,) entity id
    x: np.ndarray  # (n, K) features
    group: np.ndarray  # (Q,) query group: 0 (s, r) seen, 1 s seen not with r, 2 s unseen
    forced: np.ndarray | None = None  # (n,) True for rows that are candidates only through ``extra``


def inverse_relation(r: np.ndarray, num_relations: int) -> np.ndarray:
    return np.where(r < num_relations, r + num_relations, r - num_relations)


def step_features(hist: History, queries: np.ndarray, trans: np.ndarray, groups: np.ndarray | None,
                  top_pop: int = 50, extra: np.ndarray | None = None,
                  max_partners: int = 200, max_neighbours: int = 300, max_two_hop: int = 100) -> StepFeatures:
    """Candidates and features of queries ``(s, r, t)`` sharing one ``t``.

    ``extra`` (rows ``(query index, entity)``) forces candidates in, e.g. the answers when fitting.
    """
    t = int(queries[0, 2])
    n, nq = hist.num_entities, len(queries)
    two_r = 2 * hist.num_relations
    qs, qr = queries[:, 0], queries[:, 1]
    st = triple_store(hist, t)
    ip = st.indptr()
    rows, qi = _ranges(ip[qs], ip[qs + 1])
    k = st.keys[rows]
    obj = (k // two_r) % n
    rel = k % two_r
    c = st.cnt[:, rows]
    last = st.last[rows]
    t_first = st.first[rows]
    is_rel = rel == qr[qi]
    is_inv = rel == inverse_relation(qr[qi], hist.num_relations)

    # two-hop: partners x of s (weight P[s, x]) that did r to o
    pkey, pinv = np.unique(qi * n + obj, return_inverse=True)
    pw = np.bincount(pinv, weights=c[1])
    q_of_p = pkey // n
    tot = np.bincount(q_of_p, weights=pw, minlength=nq)
    pw = pw / np.maximum(tot[q_of_p], 1e-300)
    prank = rank_within(q_of_p, pw)
    keep = prank < max_partners  # the strongest partners of each query
    px, pq, pwk = pkey[keep] % n, q_of_p[keep], pw[keep]
    order2, sr_sorted, _ = st.by_subject_relation()
    want = px * two_r + qr[pq]
    lo = np.searchsorted(sr_sorted, want)
    hi = np.searchsorted(sr_sorted, want, side="right")
    rows2, own = _ranges(lo, hi)
    rows2 = order2[rows2]
    h_obj = (st.keys[rows2] // two_r) % n
    h_q = pq[own]
    xr_tot = np.bincount(own, weights=st.cnt[1, rows2], minlength=len(px))
    h_p = pwk[own] * st.cnt[1, rows2] / np.maximum(xr_tot[own], 1e-300)
    h_rec = pwk[own] * st.cnt[2, rows2]
    hkey = h_q * n + h_obj

    # candidates: neighbours, two-hop objects, popular objects of r, forced extras
    pop = [hist.popularity(t, lam) for lam in POP_DECAYS]
    ur, rinv = np.unique(qr, return_inverse=True)
    uh, hinv = np.unique(hkey, return_inverse=True)
    hsum = np.bincount(hinv, weights=h_p, minlength=len(uh))
    parts = [pkey[prank < max_neighbours], uh[rank_within(uh // n, hsum) < max_two_hop]]
    if top_pop > 0 and len(ur):
        score = pop[1][ur] + 0.5 * pop[2][ur]
        kk = min(top_pop, n)
        top = np.argpartition(-score, kk - 1, axis=1)[:, :kk] if kk < n else np.tile(np.arange(n), (len(ur), 1))
        parts.append((np.arange(nq)[:, None] * n + top[rinv]).ravel())
    extra_key = extra[:, 0] * n + extra[:, 1] if extra is not None and len(extra) else None
    # relation-agnostic two-hop P²[s, o] (decayed random walk), per distinct subject
    walk = hist.walk(t, 0.1)
    us, sinv = np.unique(qs, return_inverse=True)
    p2 = (walk[us] @ walk).tocoo()
    p2_key = p2.row.astype(np.int64) * n + p2.col
    p2_order = np.argsort(p2_key)
    p2_key, p2_val = p2_key[p2_order], p2.data[p2_order]
    if HOP_CANDS and len(p2_key):
        rr_ = p2_key // n
        o2 = np.lexsort((-p2_val, rr_))
        first = np.searchsorted(rr_[o2], rr_[o2])
        top2 = o2[np.arange(len(o2)) - first < HOP_CANDS]
        s_of = rr_[top2]
        # broadcast each subject's top entities to its queries
        q_by_s = np.argsort(sinv, kind="stable")
        qs_lo = np.searchsorted(sinv[q_by_s], np.arange(len(us)))
        qs_hi = np.searchsorted(sinv[q_by_s], np.arange(len(us)), side="right")
        idx, own = _ranges(qs_lo[s_of], qs_hi[s_of])
        parts.append(q_by_s[idx] * n + p2_key[top2][own] % n)
    if groups is not None and GROUP_CANDS:
        act = hist.activity(t, 0.1)
        g_order = np.lexsort((-act, groups))
        g_sorted = groups[g_order]
        g_lo = np.searchsorted(g_sorted, groups[qs])
        g_hi = np.minimum(np.searchsorted(g_sorted, groups[qs], side="right"), g_lo + GROUP_CANDS + 1)
        idx, own = _ranges(g_lo, g_hi)
        parts.append(own * n + g_order[idx])
    ckey = np.unique(np.concatenate(parts))
    forced = None
    if extra_key is not None:
        natural = ckey
        ckey = np.union1d(natural, extra_key)
        forced = ~np.isin(ckey, natural, assume_unique=True)
    cq, co = ckey // n, ckey % n
    x = np.zeros((len(ckey), K))

    # one-hop features from the gathered triples
    nc = len(ckey)
    gk = qi * n + obj
    ci = np.minimum(np.searchsorted(ckey, gk), max(nc - 1, 0))
    found = ckey[ci] == gk if nc else np.zeros(len(gk), dtype=bool)
    ci, c, last, qi, obj, rel = ci[found], c[:, found], last[found], qi[found], obj[found], rel[found]
    t_first = t_first[found]
    is_rel, is_inv = is_rel[found], is_inv[found]

    def agg(mask: np.ndarray | None, w: np.ndarray) -> np.ndarray:
        if mask is None:
            return np.bincount(ci, weights=w, minlength=nc)
        return np.bincount(ci[mask], weights=w[mask], minlength=nc)

    def extreme(mask: np.ndarray | None, values: np.ndarray, latest: bool) -> np.ndarray:
        """Per candidate, the latest (or earliest) of ``values`` over its rows (-1 / int64 max if none)."""
        out = np.full(nc, -1 if latest else np.iinfo(np.int64).max, dtype=np.int64)
        op = np.maximum if latest else np.minimum
        if mask is None:
            op.at(out, ci, values)
        else:
            op.at(out, ci[mask], values[mask])
        return out

    for prefix, mask in (("rel", is_rel), ("any", None)):
        for j, lam in enumerate(DECAYS):
            x[:, COL[f"{prefix}_cnt@{lam}"]] = np.log1p(agg(mask, c[j]))
        lt = extreme(mask, last, latest=True)
        seen = lt >= 0
        dmin = np.where(seen, t - lt, 0).astype(np.float64)
        x[:, COL[f"{prefix}_last"]] = np.where(seen, 1.0 / np.maximum(dmin, 1.0), 0.0)
        x[:, COL[f"{prefix}_lage"]] = np.where(seen, np.log1p(dmin), 0.0)
        cnt0 = agg(mask, c[0])
        qtot = np.bincount(cq, weights=cnt0, minlength=nq)
        x[:, COL[f"{prefix}_frac"]] = cnt0 / np.maximum(qtot[cq], 1.0)
        for a, b in AGE_BINS:
            in_age = seen & (dmin >= a) & (dmin <= b)
            for lo_c, hi_c in CNT_BINS:
                x[:, COL[f"{prefix}_age{a}-{b}_cnt{lo_c}-{hi_c}"]] = (in_age & (cnt0 >= lo_c - 0.5)
                                                                     & (cnt0 <= hi_c + 0.5))
        # periodicity: the age of the last copy relative to the mean gap between copies
        periodic = seen & (cnt0 >= 1.5)
        gap = (lt - extreme(mask, t_first, latest=False)).astype(np.float64) / np.maximum(cnt0 - 1.0, 1.0)
        ratio = np.log(np.maximum(dmin, 1.0) / np.maximum(gap, 1.0))
        x[:, COL[f"{prefix}_gap"]] = np.where(periodic, np.clip(ratio, -4.0, 4.0), 0.0)
        x[:, COL[f"{prefix}_due"]] = np.where(periodic, np.exp(-np.abs(ratio)), 0.0)
    x[:, COL["inv_cnt"]] = np.log1p(agg(is_inv, c[1]))
    tw = trans[rel, qr[qi]]
    x[:, COL["trans@0.0"]] = np.log1p(agg(None, tw * c[0]))
    x[:, COL["trans@0.3"]] = np.log1p(agg(None, tw * np.exp(-0.3 * (t - last))))

    # two-hop features
    hi_ = np.minimum(np.searchsorted(ckey, hkey), max(nc - 1, 0))
    hf = ckey[hi_] == hkey if nc else np.zeros(len(hkey), dtype=bool)
    hi_, h_p, h_rec = hi_[hf], h_p[hf], h_rec[hf]
    x[:, COL["h2r"]] = np.log1p(100.0 * np.bincount(hi_, weights=h_p, minlength=nc))
    x[:, COL["h2r_n"]] = np.log1p(np.bincount(hi_, minlength=nc).astype(np.float64))
    x[:, COL["h2r_rec"]] = np.log1p(np.bincount(hi_, weights=h_rec, minlength=nc))

    x[:, COL["hop2"]] = np.log1p(1000.0 * _lookup(p2_key, p2_val, sinv[cq] * n + co))

    # popularity / activity
    for lam, p in zip(POP_DECAYS, pop, strict=True):
        x[:, COL[f"pop@{lam}"]] = np.log1p(p[qr[cq], co])
    for lam in ACT_DECAYS:
        x[:, COL[f"act@{lam}"]] = np.log1p(hist.activity(t, lam)[co])

    # entity-name groups
    if groups is not None:
        x[:, COL["same_group"]] = ((groups[co] == groups[qs[cq]]) & (co != qs[cq])).astype(np.float64)
        ng = int(groups.max()) + 1
        gkey = qi * ng + groups[obj]
        look = cq * ng + groups[co]
        for name, mask in (("grp_rel", is_rel), ("grp_any", np.ones(len(qi), dtype=bool))):
            uk, ginv = np.unique(gkey[mask], return_inverse=True)
            val = np.bincount(ginv, weights=c[1][mask], minlength=len(uk))
            x[:, COL[name]] = np.log1p(_lookup(uk, val, look))

    any_seen = np.bincount(qi, minlength=nq) > 0
    rel_seen = np.bincount(qi[is_rel], minlength=nq) > 0
    group = np.where(rel_seen, 0, np.where(any_seen, 1, 2))
    return StepFeatures(cq, co, x, group, forced)

