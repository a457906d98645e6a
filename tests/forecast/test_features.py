from __future__ import annotations

import numpy as np
import pytest

from detente.forecast.features import SPARSE_NAMES, name_groups, subject_features, transition_matrix
from detente.forecast.history import History, add_inverse


def _col(name: str) -> int:
    return SPARSE_NAMES.index(name)


def test_subject_features_by_hand() -> None:
    hist = History(4, 2)
    hist.add(add_inverse(np.array([[0, 0, 1, 0], [0, 0, 1, 2], [0, 1, 2, 3], [3, 0, 0, 1]]), 2))
    (qf,) = subject_features(hist, 0, [0], 4, None)
    cands = qf.candidates.tolist()
    assert cands == [1, 2, 3]  # 3 appears through the inverse of (3, 0, 0, 1)
    row1 = qf.sparse[cands.index(1)]
    assert row1[_col("rel_cnt@0.0")] == pytest.approx(np.log1p(2))
    assert row1[_col("rel_last")] == pytest.approx(1 / 2)  # last (0, 0, 1) two steps before t = 4
    assert row1[_col("rel_frac")] == pytest.approx(1.0)
    assert row1[_col("rel_age2-3")] == 1.0 and row1[_col("rel_age1-1")] == 0.0
    row2 = qf.sparse[cands.index(2)]
    assert row2[_col("rel_cnt@0.0")] == 0.0 and row2[_col("any_last")] == pytest.approx(1.0)
    assert row2[_col("any_frac")] == pytest.approx(1 / 4)
    row3 = qf.sparse[cands.index(3)]
    assert row3[_col("inv_cnt")] == pytest.approx(np.log1p(np.exp(-0.1 * 3)))  # 3 did r=0 to 0 at t=1


def test_transition_matrix_by_hand() -> None:
    facts = add_inverse(np.array([[0, 0, 1, 0], [0, 1, 1, 1], [2, 0, 3, 0]]), 2)
    t = transition_matrix(facts, 4, 2)
    assert t[0, 1] == pytest.approx(0.5)  # 2 pairs linked by r0, one of them also by r1
    assert t[1, 0] == pytest.approx(1.0)
    assert t[0, 0] == 0.0


def test_name_groups() -> None:
    g = name_groups(["India", "Police_(India)", "Citizen (India)", "Barack Obama", "China"])
    assert g[0] == g[1] == g[2] and len({g[0], g[3], g[4]}) == 3
