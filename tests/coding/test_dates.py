from __future__ import annotations

from datetime import date

from detente.coding.dates import default_date, make_event_date, resolve_date

REPORT = date(2024, 4, 3)


def test_month_keeps_granularity() -> None:
    d = resolve_date("in May", REPORT, "future")
    assert d is not None and d.value == "2024-05" and d.granularity == "month"
    assert d.start == date(2024, 5, 1) and d.end == date(2024, 5, 31) and d.text == "in May"


def test_weekday_depends_on_tense() -> None:
    past = resolve_date("on Tuesday", REPORT, "past")
    future = resolve_date("on Tuesday", REPORT, "future")
    assert past is not None and future is not None
    assert past.start < REPORT < future.start and past.granularity == "day"


def test_absolute_day_and_year() -> None:
    d = resolve_date("March 3, 2019", None)
    assert d is not None and d.value == "2019-03-03"
    y = resolve_date("in 2017", REPORT)
    assert y is not None and y.value == "2017" and y.start == date(2017, 1, 1) and y.end == date(2017, 12, 31)


def test_hedged_and_relative_phrases() -> None:
    d = resolve_date("early next year", REPORT, "future")
    assert d is not None and d.value == "2025" and d.granularity == "year"
    w = resolve_date("last week", REPORT)
    assert w is not None and w.granularity == "week" and w.start.weekday() == 0


def test_not_dates() -> None:
    assert resolve_date("22-year-old", REPORT) is None
    assert resolve_date("decades", REPORT) is None
    assert resolve_date("on Tuesday", None) is None  # relative, nothing to anchor it


def test_default_and_periods() -> None:
    d = default_date(REPORT)
    assert d is not None and d.value == "2024-04-03" and d.text is None
    assert default_date(None) is None
    assert make_event_date(date(2024, 2, 10), "month", None).end == date(2024, 2, 29)
