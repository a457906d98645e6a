"""Clustering quality of a grouping against the truth: pairwise and B-cubed precision/recall/F1.

* **pairwise** — over all pairs of mentions: precision = pairs grouped together that truly belong
  together / pairs grouped together; recall = … / pairs that truly belong together. With no pairs
  on a side the ratio is defined as 1.0 (nothing claimed, nothing wrong).
* **B-cubed** (Bagga & Baldwin 1998) — per mention: precision = |its predicted group ∩ its true
  group| / |its predicted group|, recall = … / |its true group|, averaged over mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _check(pred: Mapping[Any, Any], truth: Mapping[Any, Any]) -> None:
    if set(pred) != set(truth):
        missing = len(set(truth) - set(pred))
        extra = len(set(pred) - set(truth))
        raise ValueError(
            f"prediction and truth must label the same mentions ({missing} missing, {extra} extra); "
            "restrict both to the annotated mentions first"
        )


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(pred: Mapping[Any, Any], truth: Mapping[Any, Any]) -> PRF:
    """Pairwise precision/recall of ``pred`` (mention -> group label) against ``truth``."""
    _check(pred, truth)
    both = Counter((pred[k], truth[k]) for k in pred)
    tp = sum(_pairs(n) for n in both.values())
    p_pairs = sum(_pairs(n) for n in Counter(pred.values()).values())
    t_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    return PRF(tp / p_pairs if p_pairs else 1.0, tp / t_pairs if t_pairs else 1.0)


def bcubed(pred: Mapping[Any, Any], truth: Mapping[Any, Any]) -> PRF:
    """B-cubed precision/recall of ``pred`` against ``truth`` (1.0/1.0 for no mentions)."""
    _check(pred, truth)
    if not pred:
        return PRF(1.0, 1.0)
    both = Counter((pred[k], truth[k]) for k in pred)
    psize, tsize = Counter(pred.values()), Counter(truth.values())
    p = sum(n * n / psize[pl] for (pl, _), n in both.items()) / len(pred)
    r = sum(n * n / tsize[tl] for (_, tl), n in both.items()) / len(pred)
    return PRF(p, r)


@dataclass(frozen=True)
class GroupingScore:
    mentions: int
    true_events: int
    predicted_events: int
    pairwise: PRF
    bcubed: PRF

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["pairwise"], d["bcubed"] = self.pairwise.to_dict(), self.bcubed.to_dict()
        return d


def score_grouping(pred: Mapping[Any, Any], truth: Mapping[Any, Any]) -> GroupingScore:
    return GroupingScore(len(truth), len(set(truth.values())), len(set(pred.values())),
                         pairwise(pred, truth), bcubed(pred, truth))
