from __future__ import annotations

from datetime import date

from detente.knowledge.countries import by_code
from detente.knowledge.groups import group_by_code
from detente.knowledge.leaders import leaders, leaders_for, office_holders


def test_table_shape() -> None:
    ls = leaders()
    assert len(ls) >= 150
    assert len({ld.country for ld in ls if len(ld.country) == 3}) >= 40
    for ld in ls:
        assert ld.name in ld.aliases
        assert by_code(ld.country) is not None or group_by_code(ld.country) is not None, ld
        if ld.start and ld.end:
            assert ld.start < ld.end, ld


def test_aliases() -> None:
    for alias in ("Lavrov", "Sergey Lavrov", "Sergei Lavrov", "lavrov's"):
        found = leaders_for(alias, date(2022, 3, 1))
        assert [(ld.name, ld.country, ld.sectors) for ld in found] == [("Sergei Lavrov", "RUS", ("GOV",))]


def test_dates_select_terms() -> None:
    assert leaders_for("Trump", date(2023, 6, 1)) == []
    assert [ld.start for ld in leaders_for("Trump")] == [date(2025, 1, 20), date(2017, 1, 20)]
    assert leaders_for("Wang Yi", date(2023, 3, 1)) == []
    assert leaders_for("Wang Yi", date(2024, 3, 1))[0].role == "foreign minister"
    assert leaders_for("Zelenskiy", date(2023, 1, 1))[0].country == "UKR"
    putin = leaders_for("Putin", date(2010, 1, 1))
    assert [ld.role for ld in putin] == ["prime minister"]


def test_office_holders() -> None:
    assert [ld.name for ld in office_holders("CHN", "foreign minister", date(2023, 5, 1))] == ["Qin Gang"]
    assert [ld.name for ld in office_holders("USA", "president", date(2022, 1, 1))] == ["Joe Biden"]
    biden = office_holders("USA", "president", date(2022, 1, 1))[0]
    assert biden.code == "USAGOV"
