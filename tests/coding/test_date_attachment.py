"""A date phrase dates the clause it belongs to, and product names are not dates (sentences written here)."""

from __future__ import annotations

from datetime import date

from detente.coding.batch import code_documents
from detente.model import Document

REPORT = date(2024, 4, 9)


def _dates(text: str) -> set[str]:
    ((_, events),) = code_documents([Document(text=text, date=REPORT)])
    assert events, text
    return {e.event_date.value for e in events if e.event_date}


def test_date_of_a_relative_clause_does_not_date_the_main_event() -> None:
    text = "Chile accused Peru of violating the truce that the two armies renewed in March 2019."
    assert "2019-03" not in _dates(text)


def test_model_numbers_are_not_dates() -> None:
    text = "Spain said on Monday that it would provide Morocco with Mirage 2000-5 fighter jets."
    assert not any(v.startswith("2000") for v in _dates(text))


def test_the_trigger_s_own_date_is_kept() -> None:
    assert "2024-05" in _dates("The Brazilian president will visit Argentina in May.")


def test_what_happened_is_not_dated_after_its_report() -> None:
    ((_, events),) = code_documents([Document(
        text="European leaders pledged 30 billion euros in aid to Moldova over the next year.", date=REPORT)])
    happened = [e for e in events if e.modality == "happened"]
    assert happened, [(e.cameo, e.modality) for e in events]
    assert all(e.event_date is not None and e.event_date.start <= REPORT for e in happened)
