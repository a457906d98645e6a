from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from detente.knowledge.cameo import (
    PLOVER_CONVENTIONS,
    PLOVER_TYPES,
    cameo_codes,
    children,
    get_code,
    normalise_code,
    plover_of,
    quad_class_of,
    root_codes,
)


def test_table_size_and_roots() -> None:
    table = cameo_codes()
    assert 300 <= len(table) <= 320
    roots = [c.code for c in root_codes()]
    assert roots == [f"{i:02d}" for i in range(1, 21)]


def test_codes_are_zero_padded_strings() -> None:
    for code, c in cameo_codes().items():
        assert code == c.code
        assert code.isdigit() and len(code) in (2, 3, 4)
        assert c.root == code[:2]


@pytest.mark.parametrize(
    ("code", "quad", "plover"),
    [
        ("036", 1, "AGREE"),  # intent to meet: PLOVER puts it under AGREE
        ("042", 1, "CONSULT"),
        ("043", 1, "CONSULT"),
        ("057", 1, "SUPPORT"),
        ("061", 2, "COOPERATE"),
        ("073", 2, "AID"),
        ("0871", 2, "RETREAT"),
        ("112", 3, "ACCUSE"),
        ("1031", 3, "REQUEST"),
        ("125", 3, "REJECT"),
        ("138", 3, "THREATEN"),
        ("141", 4, "PROTEST"),
        ("154", 4, "MOBILIZE"),
        ("161", 4, "SANCTION"),
        ("173", 4, "COERCE"),
        ("190", 4, "ASSAULT"),
        ("2042", 4, "ASSAULT"),
    ],
)
def test_quad_and_plover(code: str, quad: int, plover: str) -> None:
    c = get_code(code)
    assert c.quad_class == quad == quad_class_of(code)
    assert c.plover == plover == plover_of(code)


def test_quad_class_follows_root() -> None:
    expect = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2)}
    expect |= {**dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}
    for c in cameo_codes().values():
        assert c.quad_class == expect[int(c.root)], c.code


def test_every_code_has_a_plover_type() -> None:
    for c in cameo_codes().values():
        assert c.plover in PLOVER_TYPES, c.code
        assert c.plover_mode is None or c.plover_mode.strip() == c.plover_mode != ""
    assert set(PLOVER_TYPES) == {c.plover for c in cameo_codes().values()}


def test_appeals_are_requests() -> None:
    assert {c.plover for c in cameo_codes().values() if c.root == "02"} == {"REQUEST"}
    assert get_code("0233").plover_mode == "assist"


def test_goldstein_range_and_signs() -> None:
    for c in cameo_codes().values():
        assert -10.0 <= c.goldstein <= 10.0
    assert get_code("190").goldstein == -10.0
    assert get_code("057").goldstein > 5
    assert get_code("036").goldstein > 0
    assert get_code("112").goldstein < 0


def test_get_code_errors_and_normalisation() -> None:
    with pytest.raises(KeyError, match="leading zeros"):
        get_code("999")
    with pytest.raises(KeyError):
        get_code("")
    assert normalise_code(36) == "036"
    assert normalise_code("1") == "01"
    assert get_code(190).code == "190"


def test_hierarchy() -> None:
    assert get_code("0311").parent == "031"
    assert get_code("031").parent == "03"
    assert get_code("03").parent is None
    assert [c.code for c in children("031")] == ["0311", "0312", "0313", "0314"]


@pytest.mark.shared
def test_matches_shared_codebook(shared_dir: Path) -> None:
    book = shared_dir / "data" / "cameo" / "codebook" / "cameo_codes_goldstein.csv"
    if not book.is_file():
        pytest.skip("shared CAMEO codebook is absent")
    with book.open(encoding="utf-8") as fh:
        ref = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(fh)}
    ours = cameo_codes()
    assert set(ref) == set(ours)
    for code, g in ref.items():
        assert ours[code].goldstein == pytest.approx(g), code


@pytest.mark.shared
def test_matches_shared_plover_map(shared_dir: Path) -> None:
    path = shared_dir / "data" / "cameo" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        pytest.skip("shared CAMEO->PLOVER table is absent")
    seen: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([^#]*)", line.strip())
        if m:
            parts = [p.strip() for p in m.group(2).split(",")]
            seen.setdefault(m.group(1), (parts[0].upper(), parts[1] if len(parts) > 1 else ""))
    table = cameo_codes()
    checked = 0
    for code, (ptype, mode) in seen.items():
        if code in table:
            assert table[code].plover == PLOVER_CONVENTIONS.get(code, ptype), code
            assert (table[code].plover_mode or "") == mode, code
            checked += 1
    assert checked > 250
