from __future__ import annotations

import numpy as np

from detente.forecast.batch import rank_within
from detente.forecast.history import History, add_inverse
from detente.forecast.models.loglinear import _design
from detente.forecast.rerank import Reranker, fit_reranker, select_rows


def test_rank_and_select_within_segments() -> None:
    seg = np.array([0, 0, 0, 1, 1])
    z = np.array([0.1, 0.9, 0.5, 2.0, 3.0])
    assert rank_within(seg, z).tolist() == [2, 0, 1, 1, 0]
    assert select_rows(seg, z, 2).tolist() == [False, True, True, True, True]
    eligible = np.array([True, False, True, True, True])  # the best row of segment 0 is not eligible
    assert select_rows(seg, z, 1, eligible).tolist() == [False, False, True, False, True]


def test_zero_reranker_changes_nothing() -> None:
    rr = Reranker(np.zeros(2), np.ones(2), np.zeros((5, 3)), np.zeros(3), np.zeros(3))
    assert rr.delta(np.ones((4, 2)), np.array([0, 1, 2, 0])).tolist() == [0.0] * 4
    assert rr.delta(np.zeros((0, 2)), np.zeros(0, dtype=np.int64)).shape == (0,)


def test_reranker_learns_an_interaction_the_linear_score_misses() -> None:
    """The answer is the row whose two binary features differ (XOR): no linear score finds it."""
    rng = np.random.default_rng(0)
    n, per = 300, 4
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    xs, segs, truths = [], [], []
    for i in range(n):
        rows = x[rng.permutation(per)]
        truth = rows[:, 0] != rows[:, 1]
        pick = rng.choice(np.flatnonzero(truth))  # one of the two XOR rows is the answer
        t = np.zeros(per, dtype=bool)
        t[pick] = True
        rows = np.concatenate([rows, truth[:, None].astype(np.float32) * 0], axis=1)  # a constant third column
        xs.append(rows)
        segs.append(np.full(per, i))
        truths.append(t)
    X, seg, tr = np.concatenate(xs), np.concatenate(segs), np.concatenate(truths)
    rr = fit_reranker(X, np.zeros(len(X)), seg, tr, np.zeros(len(X), dtype=np.int64), hidden=4, l2=1e-4,
                      max_iter=200)
    d = rr.delta(X, np.zeros(len(X), dtype=np.int64))
    xor = X[:, 0] != X[:, 1]
    assert d[xor].min() > d[~xor].max()  # both XOR rows above both others in every segment


def test_filtered_training_drops_the_other_answers() -> None:
    """(0, r0, ?) at t=3 has two answers, 1 and 2: each example's softmax holds only its own.

    The other candidates are 3 (a neighbour) and 0 itself (two steps away: 0 -> 1 -> 0)."""
    facts = np.array([[0, 0, 1, 0], [0, 0, 2, 1], [0, 0, 3, 2], [0, 0, 1, 3], [0, 0, 2, 3]])
    quads = add_inverse(facts, 1)
    for filt, expect in ((True, [[0, 1, 3], [0, 2, 3]]), (False, [[0, 1, 2, 3], [0, 1, 2, 3]])):
        hist = History(4, 1)
        hist.add(quads[quads[:, 3] < 3])
        day = quads[quads[:, 3] == 3]
        design = _design(hist, day, np.zeros((2, 2)), None, 0, np.random.default_rng(0), 100, 200,
                         filter_train=filt)
        ex = design[0]
        got = [c.tolist() for c, r in zip(ex.cands, ex.rels, strict=True) if r == 0]
        assert got == expect
        for c, t, r in zip(ex.cands, ex.truth, ex.rels, strict=True):
            if r == 0:
                assert int(c[t]) in (1, 2)
    assert not np.concatenate(ex.forced).any()


def test_rerank_is_off_with_zero_hidden(tiny) -> None:  # type: ignore[no-untyped-def]
    from detente.forecast.models import LogLinear

    model = LogLinear(fit_days=4, top_pop=3, max_iter=50, rerank_hidden=0).fit(tiny)
    assert model.rerank_w_ is None
    on = LogLinear(fit_days=4, top_pop=3, max_iter=50, rerank_iter=20).fit(tiny)
    assert on.rerank_w_ is not None and on.rerank_w_.shape[1] == 8
    assert on.score(tiny) >= 0.6


def test_rerank_touches_only_the_top_candidates(tiny) -> None:  # type: ignore[no-untyped-def]
    from detente.forecast.models import LogLinear
    from detente.forecast.protocol import history_for

    model = LogLinear(fit_days=4, top_pop=3, max_iter=50, rerank_iter=30, rerank_top=2, emb_dim=0).fit(tiny)
    hist = history_for(tiny, ["train", "valid"])
    qs = np.array([[0, 1, 10], [1, 3, 10], [2, 0, 10]])
    with_rr = model.predict(hist, qs)
    saved = model.rerank_w_
    model.rerank_w_ = None  # the linear scores alone
    linear = model.predict(hist, qs)
    model.rerank_w_ = saved
    changed = with_rr != linear
    assert changed.any()
    assert (changed.sum(axis=1) <= 2).all()  # at most rerank_top entities per query
    # on this graph each query's two best candidates are also its two best entities
    for q in range(len(qs)):
        assert set(np.flatnonzero(changed[q]).tolist()) == set(np.argsort(-linear[q])[:2].tolist())
