"""Event dates: resolve a date phrase against the report date with dateparser, keeping its granularity.

dateparser is slow, so it is only called on date phrases (DATE entities) and every answer is cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from detente.model import EventDate

Prefer = Literal["past", "future", "current_period"]

_NOT_DATES = re.compile(
    r"\b(year|month|week|day)s?[- ]old\b|^\d+ (years|months|weeks|days|hours)$|^(years|months|weeks|days|decades|"
    r"hours|minutes|the years|recent years|the past|the future)$|\bdecades?\b|\bcentur(y|ies)\b|\bages\b",
    re.I,
)
_HEDGES = re.compile(
    r"^(early|earlier|late|later|mid|middle of|the (end|beginning|start|middle) of|end of|"
    r"beginning of|start of)\s+(the\s+)?",
    re.I,
)
_LEAD = re.compile(r"^(on|in|at|by|since|until|during|from|this past|as of|around)\s+", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RELATIVE_WORDS = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|last|next|this|coming|ago|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|week|month|year|earlier|later)\b",
    re.I,
)


_WEEKDAY_ONLY = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)


@lru_cache(maxsize=64)
def _parser(base: dt.date | None, prefer: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    # Only the parsers a news date phrase needs: timestamps, custom formats and "no-spaces" digit strings
    # never match one, and trying them doubles the cost of a call (same answers on ISO, numeric, named,
    # relative and quarter dates).
    settings: dict[str, object] = {
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": prefer,
        "PARSERS": ["relative-time", "absolute-time"],
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def default_date(report_date: dt.date | None) -> EventDate | None:
    """The default event date: the report date, at day granularity, with no phrase."""
    if report_date is None:
        return None
    return EventDate(report_date.isoformat(), "day", report_date, report_date, None)


def make_event_date(day: dt.date, period: str, text: str | None) -> EventDate:
    """An EventDate for the period (day | week | month | year) containing ``day``."""
    if period == "year":
        return EventDate(f"{day.year:04d}", "year", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), text)
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return EventDate(f"{day.year:04d}-{day.month:02d}", "month", day.replace(day=1), day.replace(day=last), text)
    if period == "week":
        start = day - dt.timedelta(days=day.weekday())
        iso = start.isocalendar()
        return EventDate(f"{iso[0]:04d}-W{iso[1]:02d}", "week", start, start + dt.timedelta(days=6), text)
    return EventDate(day.isoformat(), "day", day, day, text)


@lru_cache(maxsize=20000)
def resolve_date(phrase: str, report_date: dt.date | None, prefer: str = "past") -> EventDate | None:
    """Resolve a date phrase ("in May", "last Tuesday", "March 3, 2019") against the report date.

    Returns None when the phrase is not a date, or is relative and there is no report date to anchor it.
    """
    text = phrase.strip()
    if not text or _NOT_DATES.search(text):
        return None
    core = _LEAD.sub("", text)
    has_year = bool(_YEAR.search(core))
    if report_date is None and not has_year:
        return None
    if not has_year and not _RELATIVE_WORDS.search(core):
        return None
    parser = _parser(report_date, prefer)
    for cand in dict.fromkeys((core, _HEDGES.sub("", core))):
        try:
            data = parser.get_date_data(cand)
        except Exception:  # dateparser raises on some odd inputs; such a phrase is simply not a date
            continue
        if data and data.date_obj is not None:
            period = data.period or "day"
            day = data.date_obj.date()
            if (
                report_date is not None
                and period == "day"
                and abs((day - report_date).days) == 7
                and (day.weekday() == report_date.weekday() and _WEEKDAY_ONLY.match(core))
            ):
                return make_event_date(report_date, "day", phrase)  # "on Wednesday" in a Wednesday report
            if period not in ("day", "week", "month", "year"):
                period = "day"
            return make_event_date(data.date_obj.date(), period, phrase)
    return None
