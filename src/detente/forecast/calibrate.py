"""Binary questions "will s do r to o within N steps?": raw probabilities, calibration, metrics.

Raw probability of a question asked at time ``T`` (history = facts < T):

``p_raw = 1 - exp(-N * rate(s, r) * P(o | s, r, T))`` where ``P(o | s, r, T)`` is the softmax of the
model's scores over entities and ``rate(s, r)`` the recency-weighted number of ``(s, r, ·)`` facts
per step (decay 0.1). An isotonic map (pool-adjacent-violators) fit on valid questions turns
``p_raw`` into the calibrated probability.

Question sets (used to fit on valid and to measure on test): at every ``N``-th step ``T`` of the
split, ``pairs`` subject–relation pairs ``(s, r)`` are drawn from those seen in the 30 steps
before ``T``; for each, the model's ``top`` best objects, up to ``top`` objects of ``(s, r, ·)`` facts
of those 30 steps and one random entity are asked (duplicates merged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from detente.forecast.base import Forecaster
from detente.forecast.data import Quads
from detente.forecast.history import History

RATE_DECAY = 0.1


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    z = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def pair_rate(hist: History, s: int, r: int, t: int) -> float:
    """Recency-weighted count of ``(s, r, ·)`` facts per step before ``t`` (decay 0.1)."""
    f = hist.subject_facts(s)
    f = f[f[:, 1] == r]
    return float(np.sum(np.exp(-RATE_DECAY * (t - f[:, 3]))) * RATE_DECAY) if len(f) else 0.0


def raw_probability(prob_obj: float | np.ndarray, rate: float, within: int) -> np.ndarray:
    return 1.0 - np.exp(-within * rate * np.asarray(prob_obj, dtype=np.float64))


@dataclass
class Isotonic:
    """Monotone non-decreasing map fit by pool-adjacent-violators; linear interpolation between knots.

    Each pooled block's rate is smoothed towards the overall (Laplace-smoothed) rate with ``prior``
    pseudo-questions (``(positives + prior * base) / (questions + prior)``), so a block without a single positive
    answers a small probability, never a certain 0 (or 1): with thousands of questions per block, as on
    the ICEWS question sets, this changes nothing; on a small store it keeps "never" out of the answers.
    """

    prior: float = 1.0
    x_: np.ndarray = field(default_factory=lambda: np.zeros(0))
    y_: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def fit(self, x: np.ndarray, y: np.ndarray) -> Isotonic:
        order = np.argsort(x, kind="stable")
        xs, ys = np.asarray(x, float)[order], np.asarray(y, float)[order]
        vals: list[float] = []
        wts: list[float] = []
        xlo: list[float] = []
        xhi: list[float] = []
        for xi, yi in zip(xs.tolist(), ys.tolist(), strict=True):
            vals.append(yi)
            wts.append(1.0)
            xlo.append(xi)
            xhi.append(xi)
            while len(vals) > 1 and vals[-2] >= vals[-1]:
                w = wts[-2] + wts[-1]
                v = (vals[-2] * wts[-2] + vals[-1] * wts[-1]) / w
                lo = xlo[-2]
                hi = xhi[-1]
                for lst in (vals, wts, xlo, xhi):
                    lst.pop()
                vals[-1], wts[-1], xlo[-1], xhi[-1] = v, w, lo, hi
        self.x_ = np.array([(a + b) / 2 for a, b in zip(xlo, xhi, strict=True)])
        base = (float(ys.sum()) + 1.0) / (len(ys) + 2.0)  # the base rate, itself never exactly 0 or 1
        weights = np.array(wts)
        smoothed = (np.array(vals) * weights + self.prior * base) / (weights + self.prior)
        self.y_ = np.maximum.accumulate(smoothed)  # smoothing must not break monotonicity
        return self

    def predict(self, x: np.ndarray | float) -> np.ndarray:
        if len(self.x_) == 0:
            raise RuntimeError("Isotonic is not fitted; call fit(x, y) first")
        return np.interp(np.asarray(x, float), self.x_, self.y_)


def make_questions(model: Forecaster, hist: History, facts: Quads, within: int, pairs: int = 300,
                   top: int = 5, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Raw probabilities and 0/1 outcomes of sampled questions over ``facts`` (with inverses).

    ``hist`` is advanced through ``facts`` (it must end before them).
    """
    rng = np.random.default_rng(seed)
    facts = facts[np.argsort(facts[:, 3], kind="stable")]
    raw: list[float] = []
    labels: list[int] = []
    n = hist.num_entities
    for t in range(int(facts[0, 3]), int(facts[-1, 3]) + 1, within):
        hist.add(facts[(facts[:, 3] < t) & (facts[:, 3] > hist.max_time)])
        recent = hist.facts[hist.facts[:, 3] >= t - 30]
        if len(recent) == 0:
            continue
        keys = np.unique(recent[:, 0] * (2 * hist.num_relations) + recent[:, 1])
        keys = rng.choice(keys, min(pairs, len(keys)), replace=False)
        qs = np.stack([keys // (2 * hist.num_relations), keys % (2 * hist.num_relations),
                       np.full(len(keys), t)], axis=1)
        probs = softmax_rows(model.predict(hist, qs))
        window = facts[(facts[:, 3] >= t) & (facts[:, 3] < t + within)]
        truth = set(map(tuple, window[:, :3].tolist()))
        for (s, r, _), p in zip(qs.tolist(), probs, strict=True):
            rate = pair_rate(hist, s, r, t)
            seen = hist.subject_facts(s)
            seen = seen[(seen[:, 1] == r) & (seen[:, 3] >= t - 30)]
            recent = np.unique(seen[np.argsort(-seen[:, 3], kind="stable"), 2])[:top]
            objs = np.concatenate([np.argsort(-p)[:top], recent, rng.choice(n, 1)])
            for o in np.unique(objs).tolist():
                raw.append(float(raw_probability(p[o], rate, within)))
                labels.append(int((s, r, o) in truth))
    hist.add(facts[facts[:, 3] > hist.max_time])
    return np.asarray(raw), np.asarray(labels)


def reliability(prob: np.ndarray, labels: np.ndarray, bins: int = 10) -> dict[str, Any]:
    """Brier score, expected calibration error (equal-width bins, weighted) and the table."""
    prob, labels = np.asarray(prob, float), np.asarray(labels, float)
    idx = np.minimum((prob * bins).astype(int), bins - 1)
    table = []
    ece = 0.0
    for b in range(bins):
        m = idx == b
        if not m.any():
            continue
        conf, acc = float(prob[m].mean()), float(labels[m].mean())
        ece += m.mean() * abs(conf - acc)
        table.append({"bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}", "count": int(m.sum()),
                      "mean_prob": round(conf, 4), "freq": round(acc, 4)})
    brier = float(np.mean((prob - labels) ** 2))
    base = float(labels.mean()) if len(labels) else 0.0
    base_brier = base * (1 - base)
    return {"brier": brier, "brier_skill": 1 - brier / base_brier if base_brier > 0 else 0.0,
            "ece": float(ece), "auc": auc(prob, labels), "n": len(prob), "positives": int(labels.sum()),
            "table": table}


def auc(prob: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney, ties count one half); 0.5 when one class is absent."""
    prob, labels = np.asarray(prob, float), np.asarray(labels, bool)
    n_pos, n_neg = int(labels.sum()), int((~labels).sum())
    if n_pos == 0 or n_neg == 0:
        return 0.5
    order = np.argsort(prob, kind="stable")
    ranks = np.empty(len(prob))
    sorted_p = prob[order]
    _, start, counts = np.unique(sorted_p, return_index=True, return_counts=True)
    avg = start + (counts + 1) / 2.0  # mean 1-based rank of each tie block
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[labels].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def calibration_report(model: Forecaster, dataset: Any, within: int = 1, pairs: int = 300,
                       seed: int = 0) -> dict[str, Any]:
    """Fit the isotonic map on valid questions, then measure raw and calibrated probabilities on test.

    ``model`` must be fitted on ``dataset``; the history is train for valid and train+valid (+ earlier
    test steps) for test, so no question sees its own answer.
    """
    from detente.forecast.protocol import history_for

    n_rel = dataset.num_relations
    raw_v, y_v = make_questions(model, history_for(dataset, ["train"]),
                                _with_inverse(dataset.valid, n_rel), within, pairs, seed=seed)
    iso = Isotonic().fit(raw_v, y_v)
    raw_t, y_t = make_questions(model, history_for(dataset, ["train", "valid"]),
                                _with_inverse(dataset.test, n_rel), within, pairs, seed=seed + 1)
    return {"within": within, "valid_questions": len(raw_v), "raw": reliability(raw_t, y_t),
            "calibrated": reliability(iso.predict(raw_t), y_t)}


def _with_inverse(quads: Quads, num_relations: int) -> Quads:
    from detente.forecast.history import add_inverse

    return add_inverse(quads, num_relations)
