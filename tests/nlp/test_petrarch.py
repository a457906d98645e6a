from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.errors import SourceError
from detente.nlp.petrarch import load_petrarch_actors, parse_code

# A small dictionary in the PETRARCH actor format, written for this test.
DICT = """\
# test dictionary
FREEDONIA_  [FRE]
+FREEDONIAN_
ANNA_TESTOVA_  # a made-up minister
+TESTOVA
+FOREIGN_MINISTER_ANNA_TESTOVA
\t[FREGOV 20100101-20151231]  # deputy
\t[FREGOVDIP >160101]
WORLD_TEST_ORGANISATION [IGOWTO]
"""


def test_parse_code_date_restrictions() -> None:
    assert parse_code("RUSGOV >20040309") == ("RUSGOV", date(2004, 3, 9), None)
    assert parse_code("RUSGOV <080507") == ("RUSGOV", None, date(2008, 5, 7))
    assert parse_code("~GOV") == ("GOV", None, None)


def test_load_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(DICT, encoding="utf-8")
    actors = {a.key: a for a in load_petrarch_actors(path)}
    testova = [a for a in actors.values() if a.name == "Anna Testova"]
    assert len(testova) == 2
    early = next(a for a in testova if a.valid_to)
    late = next(a for a in testova if not a.valid_to)
    assert early.code == "FREGOV" and early.valid_on(date(2012, 1, 1)) and not early.valid_on(date(2017, 1, 1))
    assert late.code == "FREGOVDIP" and late.valid_from == date(2016, 1, 1)
    assert "Testova" in late.aliases
    assert actors["world test organisation"].code == "IGOWTO"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        load_petrarch_actors(tmp_path / "nope.txt")


@pytest.mark.shared
def test_phoenix_country_dictionary(shared_dir: Path) -> None:
    actors = load_petrarch_actors(shared_dir / "data/cameo/petrarch2/Phoenix.Countries.actors.txt")
    lavrov = [a for a in actors if "Lavrov" in a.aliases]
    assert lavrov and all(a.country == "RUS" for a in lavrov)
    assert any(a.valid_on(date(2024, 4, 3)) and a.code == "RUSGOV" for a in lavrov)
