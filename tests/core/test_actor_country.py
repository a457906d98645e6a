"""An actor's recorded country is always a country: never an organisation or region code, and the code's own."""

from __future__ import annotations

import pytest

from detente.knowledge.countries import country_code
from detente.model import ActorRef


@pytest.mark.parametrize(
    ("code", "given", "country"),
    [
        ("IRNMILIRG", None, "IRN"),  # the Revolutionary Guard is Iran's
        ("PSEREBHMS", None, "PSE"),
        ("RUSGOV", "RUS", "RUS"),
        ("IGOWSTNAT", "IGOWSTNAT", None),  # NATO's secretary general has no country
        ("WST", "WST", None),
        ("GOV", None, None),
        ("", None, None),
        ("KSV", None, "KSV"),
    ],
)
def test_country_of_an_actor(code: str, given: str | None, country: str | None) -> None:
    assert ActorRef("x", code, given).country_code == country


def test_country_code_accepts_only_country_codes() -> None:
    assert country_code("CHN") == "CHN"
    assert [c for c in ("IGO", "NGO", "EUR", "AFR", "MIL", "REB", "CN", "CHNGOV") if country_code(c)] == []
