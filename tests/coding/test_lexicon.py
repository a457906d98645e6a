from __future__ import annotations

from detente.coding import lexicon as lx
from detente.knowledge.cameo import cameo_codes


def test_every_codebook_code_is_reachable() -> None:
    missing = sorted(set(cameo_codes()) - lx.reachable_codes())
    assert missing == []


def test_every_pattern_code_is_in_the_codebook() -> None:
    codes = set(cameo_codes())
    produced = {lx.concrete(c) for c in lx.reachable_codes()}
    assert produced <= codes


def test_frames_compose() -> None:
    assert lx.frame_code("13", "163") == "1312"
    assert lx.frame_code("12", "040") == "125"
    assert lx.frame_code("10", "0841") == "1053"
    assert lx.frame_code("02", "073") == "0233"
    assert lx.frame_code("03", None) == "030"
    assert lx.reduce_code("072") == "1622"
