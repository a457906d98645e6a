from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.forecast.data import TKGDataset, load_dataset

ENTITIES = ["China", "Iran", "Citizen_(India)", "Police_(India)", "United_States"]
RELATIONS = ["Make statement", "Consult", "Use conventional military force"]


def _periodic_quads() -> tuple[list[tuple[int, int, int, int]], ...]:
    """A tiny graph with recurring patterns: 0 consults 1 every day, 2 and 3 alternate, 4 states."""
    rows = []
    for t in range(12):
        rows.append((0, 1, 1, t))
        rows.append((1, 0, 0, t))
        rows.append((2, 2, 3, t) if t % 2 == 0 else (3, 0, 2, t))
        if t % 3 == 0:
            rows.append((4, 0, 0, t))
    train = [q for q in rows if q[3] < 8]
    valid = [q for q in rows if 8 <= q[3] < 10]
    test = [q for q in rows if q[3] >= 10]
    return train, valid, test


def write_folder(root: Path, pad: bool = False, hours: bool = False) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, quads in zip(("train", "valid", "test"), _periodic_quads(), strict=True):
        lines = []
        for s, r, o, t in quads:
            t = t * 24 if hours else t
            lines.append(f"{s}    \t{r}    \t{o}  \t{t}  \t0" if pad else f"{s}\t{r}\t{o}\t{t}")
        (root / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(ENTITIES)), encoding="utf-8")
    (root / "relation2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(RELATIONS)),
                                          encoding="utf-8")
    (root / "stat.txt").write_text(f"{len(ENTITIES)}\t{len(RELATIONS)}\t0", encoding="utf-8")
    return root


@pytest.fixture
def make_folder() -> Callable[..., Path]:
    return write_folder


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "tiny")


@pytest.fixture
def tiny(tiny_dir: Path) -> TKGDataset:
    return load_dataset(tiny_dir)
