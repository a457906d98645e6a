"""A coded mention as the events layer sees it, and the rules that say two mentions tell one event.

The rules (all configurable through :class:`GroupingConfig`):

* **actors** — the same up to role level: each side is compared by country (``RUS`` = ``RUSGOV`` =
  "Sergei Lavrov" of Russia), or by actor code when there is no country; when both mentions name a
  person on a side, the names must agree too (so Lavrov–Wang and Putin–Xi stay apart).
* **reciprocity** — for symmetric event families (intent, consult, diplomatic and material
  cooperation: ``reciprocal_roots``)
  "A meets B" and "B meets A" are the same event.
* **code** — the same CAMEO root, or the same PLOVER type (statements and appeals, roots 01/02,
  only by root: their PLOVER types are too broad).
* **date** — the event intervals (``date_start``..``date_end``, i.e. the granularity) may be at most
  ``window_days`` apart when both are day/week granular; a month/quarter/year date must overlap
  (``coarse_window_days``, default 0): "in May" fits any day of May but not June 1.
* **one-sided mentions** — a mention with no actor on one side (the coder missed it) joins the
  two-sided event it matches on the known side, when ``attach_partial`` (default on).
* **place** — when both mentions have a location country, it must be the same; for place-bound
  families (roots 14, 15, 17-20: protests, force, assaults, fights) the place names must agree too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FINE_GRANULARITIES = ("day", "week")


@dataclass(frozen=True)
class GroupingConfig:
    """How mentions are grouped into events."""

    window_days: int = 3  # max gap between two day/week-granular event dates
    coarse_window_days: int = 0  # max gap when either date is month/quarter/year granular
    match_plover: bool = True  # a different root with the same PLOVER type is compatible
    plover_excluded_roots: tuple[str, ...] = ("01", "02")
    reciprocal_roots: tuple[str, ...] = ("03", "04", "05", "06")
    names_must_agree: bool = True  # person names on a side, when both known, must be equal
    match_location: bool = True  # location countries, when both known, must be equal
    # place-bound families (assault, fight, mass violence, coerce, protest…): when both mentions
    # name a place, the place names must agree too (a strike on Kharkiv is not one on Odesa)
    place_bound_roots: tuple[str, ...] = ("14", "15", "17", "18", "19", "20")
    separate_modalities: bool = True  # planned / happened / negated / hypothetical never merge
    planned_default_days: int = 30
    # attach one-sided mentions ("Wang Yi held talks", no target found) to a matching two-sided event
    attach_partial: bool = True  # a planned mention with no date phrase: report date .. +30 days

    def validate(self) -> GroupingConfig:
        from detente.errors import QueryError

        if self.window_days < 0 or self.coarse_window_days < 0:
            raise QueryError("window_days and coarse_window_days must be >= 0",
                             "Pass a number of days such as 3.")
        return self


@dataclass(frozen=True, slots=True)
class Mention:
    """The fields of one ``events`` row that grouping and anticipation need."""

    id: str
    doc_id: str
    source_key: str
    target_key: str
    source_code: str | None
    target_code: str | None
    source_name: str | None
    target_name: str | None
    cameo: str
    root: str
    plover: str | None
    modality: str
    start: date | None
    end: date | None
    granularity: str | None
    report_date: date | None
    location_country: str | None = None
    location: str | None = None
    quad_class: int = 1
    goldstein: float = 0.0
    row: Any = None  # the full row, kept for representative fields
    # memo of effective_interval: (planned_default_days, result); not part of the value
    _eiv: Any = field(default=None, compare=False, repr=False, hash=False)

    @property
    def confidence(self) -> float:
        """The coder's confidence in this reading (0.5 when the row does not say)."""
        return float((self.row or {}).get("confidence") or 0.5)

    @property
    def defaulted(self) -> bool:
        """True when the event date is only the report date (no date phrase in the text)."""
        return self.granularity == "day" and self.start is not None and self.start == self.report_date

    @property
    def interval(self) -> tuple[date, date] | None:
        if self.start is not None:
            return self.start, self.end or self.start
        if self.report_date is not None:
            return self.report_date, self.report_date
        return None

    @property
    def fine(self) -> bool:
        return (self.granularity or "day") in FINE_GRANULARITIES

    @property
    def specificity(self) -> int:
        """Lower is more specific: day 0, week 1, month 2, quarter 3, year 4, unknown 5."""
        order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
        return order.get(self.granularity or "", 5)


# CAMEO role codes: an actor coded only by its role ("troops", "civilians") is of unknown affiliation
ROLE_CODES: tuple[str, ...] = (
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD", "LAB",
    "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF",
)  # fmt: skip


def side_key(country: Any, code: Any) -> str:
    """What a side is compared and blocked by: its country, else the first three letters of its code.

    A role-only code ("MIL", "CVL": the coder found troops or civilians but not whose) gives ``""``,
    an unknown side, like no actor at all.
    """
    if country:
        return str(country)
    stem = str(code or "")[:3]
    return "" if stem in ROLE_CODES else stem


def side_sql(side: str) -> str:
    """:func:`side_key` as a portable SQL expression over ``{side}_country`` / ``{side}_code``."""
    roles = ", ".join(f"'{r}'" for r in ROLE_CODES)
    stem = f"substr(COALESCE({side}_code, ''), 1, 3)"
    return (f"COALESCE(NULLIF({side}_country, ''), CASE WHEN {stem} IN ({roles}) THEN '' ELSE {stem} END)")


def _as_date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _name(v: Any) -> str | None:
    return " ".join(str(v).split()).casefold() if v else None


class Row:
    """A read-only row: a tuple of values looked up by column name, like ``dict.get`` on the row with its
    NULLs left out. One per mention held in memory: a dict per row costs ~1 KB, this ~0.3 KB."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple[Any, ...]) -> None:
        self._index, self._values = index, values

    def get(self, key: str, default: Any = None) -> Any:
        i = self._index.get(key)
        v = None if i is None else self._values[i]
        return default if v is None else v

    def __getitem__(self, key: str) -> Any:
        v = self.get(key)
        if v is None:
            raise KeyError(key)
        return v


def mention_from_row(r: dict[str, Any] | Row) -> Mention:
    """A Mention from a row (a dict, or a compact :class:`Row`), which it keeps as ``Mention.row``."""
    return Mention(
        id=r["id"], doc_id=r["doc_id"],
        source_key=side_key(r.get("source_country"), r.get("source_code")),
        target_key=side_key(r.get("target_country"), r.get("target_code")),
        source_code=r.get("source_code"), target_code=r.get("target_code"),
        source_name=_name(r.get("source_name")), target_name=_name(r.get("target_name")),
        cameo=str(r["cameo"]), root=str(r.get("cameo_root") or str(r["cameo"])[:2]), plover=r.get("plover"),
        modality=r.get("modality") or "happened",
        start=_as_date(r.get("date_start")), end=_as_date(r.get("date_end")),
        granularity=r.get("date_granularity"), report_date=_as_date(r.get("report_date")),
        location_country=r.get("location_country"), location=_name(r.get("location")),
        quad_class=int(r.get("quad_class") or 1), goldstein=float(r.get("goldstein") or 0.0), row=r,
    )  # fmt: skip


def dyad_key(m: Mention) -> str:
    a, b = sorted((m.source_key, m.target_key))
    return f"{a}~{b}"


def is_partial(m: Mention) -> bool:
    return not m.source_key or not m.target_key


def block_key(m: Mention, cfg: GroupingConfig) -> str:
    """Mentions in different blocks never group: blocking keeps grouping near-linear."""
    mod = m.modality if cfg.separate_modalities else "*"
    return f"{mod}|{dyad_key(m)}"


def _side_ok(k1: str, n1: str | None, c1: str | None, k2: str, n2: str | None, c2: str | None,
             cfg: GroupingConfig) -> bool:
    """Same side up to role level: same country (or code stem); names, when both known, agree.

    An empty side (the coder found no actor there) is compatible with anything.
    """
    if not k1 or not k2:
        return True
    if k1 != k2:
        return False
    if cfg.names_must_agree and n1 and n2 and n1 != n2:
        return False
    return True


def _pairing_ok(a: Mention, b: Mention, swap: bool, cfg: GroupingConfig) -> bool:
    # hot path of grouping: plain attribute reads, no tuples
    if swap:
        bsk, bsn, bsc = b.target_key, b.target_name, b.target_code
        btk, btn, btc = b.source_key, b.source_name, b.source_code
    else:
        bsk, bsn, bsc = b.source_key, b.source_name, b.source_code
        btk, btn, btc = b.target_key, b.target_name, b.target_code
    if not _side_ok(a.source_key, a.source_name, a.source_code, bsk, bsn, bsc, cfg):
        return False
    if not _side_ok(a.target_key, a.target_name, a.target_code, btk, btn, btc, cfg):
        return False
    return bool((a.source_key and bsk) or (a.target_key and btk))  # at least one actor matched, not only blanks


def orientation(a: Mention, b: Mention, cfg: GroupingConfig, reciprocal: bool | None = None) -> int | None:
    """0 when ``b`` has the same source/target as ``a``, 1 when swapped (reciprocal), None if neither."""
    if _pairing_ok(a, b, False, cfg):
        return 0
    if reciprocal is None:
        reciprocal = a.root in cfg.reciprocal_roots and b.root in cfg.reciprocal_roots
    if reciprocal and _pairing_ok(a, b, True, cfg):
        return 1
    return None


def codes_compatible(a: Mention, b: Mention, cfg: GroupingConfig) -> bool:
    if a.root == b.root:
        return True
    if not cfg.match_plover or not a.plover or a.plover != b.plover:
        return False
    return a.root not in cfg.plover_excluded_roots and b.root not in cfg.plover_excluded_roots


def interval_gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def effective_interval(m: Mention, cfg: GroupingConfig) -> tuple[tuple[date, date] | None, bool]:
    """The interval a mention's event lies in, and whether it is fine (day/week) granular.

    A planned mention whose date is only its report date ("Putin is expected to visit China") lies in
    the ``planned_default_days`` after the report, a coarse interval.
    """
    memo = m._eiv
    if memo is not None and memo[0] == cfg.planned_default_days:
        return memo[1]  # type: ignore[no-any-return]
    out: tuple[tuple[date, date] | None, bool]
    if m.modality == "planned" and m.defaulted and m.report_date is not None:
        out = (m.report_date, m.report_date + timedelta(days=cfg.planned_default_days)), False
    else:
        out = m.interval, m.fine
    object.__setattr__(m, "_eiv", (cfg.planned_default_days, out))
    return out


def dates_compatible(a: Mention, b: Mention, cfg: GroupingConfig) -> bool:
    (ia, fa), (ib, fb) = effective_interval(a, cfg), effective_interval(b, cfg)
    if ia is None or ib is None:
        return True  # no date at all: the date cannot tell them apart
    tol = cfg.window_days if (fa and fb) else cfg.coarse_window_days
    return interval_gap(ia, ib) <= tol


def places_compatible(a: Mention, b: Mention, cfg: GroupingConfig) -> bool:
    if not cfg.match_location:
        return True
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return False
    if a.location and b.location and a.location != b.location:
        return not (a.root in cfg.place_bound_roots or b.root in cfg.place_bound_roots)
    return True


def same_event(a: Mention, b: Mention, cfg: GroupingConfig) -> int | None:
    """The orientation of ``b`` against ``a`` when they tell the same event, else None."""
    if cfg.separate_modalities and a.modality != b.modality:
        return None
    if not codes_compatible(a, b, cfg) or not dates_compatible(a, b, cfg) or not places_compatible(a, b, cfg):
        return None
    return orientation(a, b, cfg)


def expand(iv: tuple[date, date], days: int) -> tuple[date, date]:
    return iv[0] - timedelta(days=days), iv[1] + timedelta(days=days)
