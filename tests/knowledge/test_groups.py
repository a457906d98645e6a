from __future__ import annotations

import pytest

from detente.knowledge.countries import by_code
from detente.knowledge.groups import GROUP_KINDS, group_by_code, group_names, groups, lookup_group


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Western countries", "WST"),
        ("the West", "WST"),
        ("Western nations", "WST"),
        ("the European Union", "IGOEUREEC"),
        ("EU", "IGOEUREEC"),
        ("Brussels", "IGOEUREEC"),
        ("NATO", "IGOWSTNAT"),
        ("the alliance", "IGOWSTNAT"),
        ("United Nations", "IGOUNO"),
        ("U.N.", "IGOUNO"),
        ("the UN Security Council", "IGOUNO"),
        ("WHO", "IGOUNOHLHWHO"),
        ("IAEA", "IGOUNOIAE"),
        ("African Union", "IGOAFRAFU"),
        ("ASEAN", "IGOSEAASN"),
        ("Arab League", "IGOMEAARL"),
        ("IMF", "IGOBUSIMF"),
        ("World Bank", "IGOUNODEVWBK"),
        ("G7", "IGOGOS"),
        ("Group of 20", "IGOGTW"),
        ("BRICS", "IGOBRC"),
        ("Shanghai Cooperation Organisation", "IGOCASSCO"),
        ("OPEC", "IGOBUSOPC"),
        ("OSCE", "IGOEUROSC"),
        ("International Criminal Court", "IGOJUDICC"),
        ("Red Cross", "NGOHLHIRC"),
        ("Amnesty International", "NGOHRIAMN"),
        ("Human Rights Watch", "NGOHRIHRW"),
        ("Hamas", "PSEREBHMS"),
        ("Hezbollah's", "LBNREB"),
        ("the Taliban", "AFGREB"),
        ("Islamic State", "IMGMUSISI"),
        ("al-Qaeda", "IMGMUSALQ"),
        ("Africa", "AFR"),
        ("Middle East", "MEA"),
        ("Latin America", "LAM"),
        ("Arab world", "ARB"),
    ],
)
def test_lookup_group(text: str, code: str) -> None:
    g = lookup_group(text)
    assert g is not None and g.code == code


@pytest.mark.parametrize("text", ["who", "Who", "is", "us", "", "Atlantis Pact"])
def test_lookup_group_rejects(text: str) -> None:
    assert lookup_group(text) is None


def test_table_shape() -> None:
    gs = groups()
    assert len(gs) >= 110
    assert len({g.code for g in gs}) == len(gs)
    for g in gs:
        assert g.kind in GROUP_KINDS, g.code
        assert g.name in g.names
        for m in g.members:
            assert by_code(m) is not None, (g.code, m)


def test_members() -> None:
    nato = group_by_code("igowstnat")
    assert nato is not None and {"USA", "TUR", "FIN", "SWE"} <= set(nato.members)
    g7 = lookup_group("G7")
    assert g7 is not None and len(g7.members) == 7
    names = group_names()
    assert len(names[0]) >= len(names[-1])
