"""Drop-in exports: GDELT 2.0 (events + mentions), ICEWS, POLECAT, Parquet, CSV and JSON.

Column layouts follow each dataset's published codebook; CAMEO codes stay strings with their leading
zeros. ICEWS, POLECAT, Parquet, CSV and JSON exports have one row per coded mention. The GDELT export
is two files, as GDELT's own: events, one row per real-world event (an event group once grouping has
run, with ``NumMentions``, ``NumSources`` and ``NumArticles`` counted over all of its reports, and its
consensus code, date, actors and place), and mentions, one row per report of it, keyed by the same
``GLOBALEVENTID``. A mention not in any group is an event of its own. Files are written to a temporary
name and renamed, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from detente.errors import QueryError
from detente.store.base import Store
from detente.views.filters import EventFilter

GDELT_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in GDELT_ACTOR)
    + tuple(f"Actor2{c}" for c in GDELT_ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in GDELT_GEO)
    + tuple(f"Actor2Geo_{c}" for c in GDELT_GEO)
    + tuple(f"ActionGeo_{c}" for c in GDELT_GEO)
    + ("DATEADDED", "SOURCEURL")
)
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
    "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "State", "Country", "GeoNames ID", "Raw Placename", "Feature Type", "Latitude",
    "Longitude", "Headline", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)  # fmt: skip
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
FORMATS = ("gdelt", "icews", "polecat", "parquet", "csv", "json", "jsonl")  # json: JSON Lines, as jsonl


# the event-group fields a GDELT event row takes from the group (``g_`` prefixed in grouped rows)
_GROUP_FIELDS = ("source_text", "source_code", "source_country", "source_name", "target_text", "target_code",
                 "target_country", "target_name", "cameo", "quad_class", "goldstein", "date_start", "location",
                 "location_country", "n_mentions", "n_documents")  # fmt: skip
_GROUPED = (
    "SELECT x.*, m.group_id, m.reversed AS group_reversed, "
    + ", ".join(f"g.{c} AS g_{c}" for c in _GROUP_FIELDS)
    + ", gs.n_sources AS g_n_sources FROM ({base}) x "
    "LEFT JOIN event_group_members m ON m.event_id = x.id "
    "LEFT JOIN event_groups g ON g.group_id = m.group_id "
    "LEFT JOIN (SELECT m2.group_id, count(DISTINCT coalesce(d2.source, e2.doc_id)) AS n_sources "
    "FROM event_group_members m2 JOIN events e2 ON e2.id = m2.event_id "
    "LEFT JOIN documents d2 ON d2.id = e2.doc_id "
    "WHERE m2.group_id IN (SELECT m3.group_id FROM event_group_members m3 WHERE m3.event_id IN "
    "(SELECT id FROM ({base}) y)) GROUP BY m2.group_id) gs ON gs.group_id = m.group_id "
    "ORDER BY x.date_start, x.id"
)


def iter_rows(
    store: Store, flt: EventFilter | None, max_rows: int | None = None, page: int = 5000, grouped: bool = False
) -> Iterator[dict[str, Any]]:
    """Event rows matching ``flt`` (with their document's url/source/title/length), paged, at most ``max_rows``.

    With ``grouped`` each row also carries its event group (``group_id``, ``group_reversed`` and the
    group's fields prefixed ``g_``, with ``g_n_sources``), or None where the mention is in no group.
    """
    where, params = (flt or EventFilter()).where()
    offset = 0
    while max_rows is None or offset < max_rows:
        if max_rows is not None:
            page = min(page, max_rows - offset)
        base = (
            "SELECT e.*, d.url AS doc_url, d.source AS doc_source, d.title AS doc_title, "
            "length(d.text) AS doc_len FROM events e LEFT JOIN documents d ON d.id = e.doc_id"
            + where
            + f" ORDER BY e.date_start, e.id LIMIT {page} OFFSET {offset}"
        )
        if grouped:
            rows = store.query(_GROUPED.format(base=base), params + params)
        else:
            rows = store.query(base, params)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def _int_id(hex_id: str) -> int:
    return int(hex_id[:15], 16)  # fits a signed 64-bit integer


def _ymd(d: Any) -> str:
    return d.strftime("%Y%m%d") if isinstance(d, date) else ""


def _sectors(s: str | None) -> list[str]:
    return (s or "").split()


def _event_key(r: dict[str, Any]) -> str:
    """The id a mention's real-world event is exported under: its group's (``g`` + the smallest member id)."""
    group = r.get("group_id")
    return group[1:] if group else str(r["id"])


def _as_event(r: dict[str, Any]) -> dict[str, Any]:
    """A mention row seen as its event: the group's consensus fields over the mention's own."""
    if not r.get("group_id"):
        return r
    out = dict(r)
    for c in _GROUP_FIELDS:
        out[c] = r.get(f"g_{c}")
    if r.get("group_reversed"):  # the mention names the group's actors the other way round
        out["source_sectors"], out["target_sectors"] = r.get("target_sectors"), r.get("source_sectors")
    if out.get("location") != r.get("location"):
        out["lat"] = out["lon"] = None
    return out


def gdelt_events(rows: Iterator[dict[str, Any]]) -> Iterator[list[Any]]:
    """GDELT event rows: one per real-world event among ``rows``, at its first mention in the export order."""
    seen: set[str] = set()
    for r in rows:
        key = _event_key(r)
        if key not in seen:
            seen.add(key)
            yield gdelt_event(r)


def gdelt_event(r: dict[str, Any]) -> list[Any]:
    e = _as_event(r)
    d = e.get("date_start")
    vals: list[Any] = [_int_id(_event_key(r)), _ymd(d), _ymd(d)[:6], _ymd(d)[:4],
                       f"{d.year + (d.timetuple().tm_yday - 0.5) / 365.25:.4f}" if isinstance(d, date) else ""]
    for side in ("source", "target"):
        sec = _sectors(e.get(f"{side}_sectors"))
        code = e.get(f"{side}_code") or ""
        name = (e.get(f"{side}_name") or e.get(f"{side}_text") or "").upper()
        vals += [code, name, e.get(f"{side}_country") or "", "", "", "", "",
                 sec[0] if sec else "", sec[1] if len(sec) > 1 else "", sec[2] if len(sec) > 2 else ""]
    cameo = e["cameo"]
    grouped = bool(r.get("group_id"))
    counts = [e.get("n_mentions") or 1, r.get("g_n_sources") or 1, e.get("n_documents") or 1] if grouped else [1] * 3
    vals += [1, cameo, cameo[:3], cameo[:2], e["quad_class"], e["goldstein"], *counts, 0]
    geo = _gdelt_geo(e)
    vals += [""] * 8 + [""] * 8 + geo
    vals += [_ymd(r.get("report_date")) + "000000", r.get("doc_url") or ""]
    return vals


def _gdelt_geo(r: dict[str, Any]) -> list[Any]:
    if not r.get("location"):
        return [0, "", "", "", "", "", "", ""]
    from detente.knowledge.places import fips_of

    fips = fips_of(r["location_country"]) if r.get("location_country") else ""
    return [4 if r.get("lat") is not None else 1, r["location"], fips or "", "", "",
            r.get("lat") if r.get("lat") is not None else "", r.get("lon") if r.get("lon") is not None else "", ""]


def gdelt_mention(r: dict[str, Any]) -> list[Any]:
    return [_int_id(_event_key(r)), _ymd(r.get("date_start")) + "000000", _ymd(r.get("report_date")) + "000000", 1,
            r.get("doc_source") or "", r.get("doc_url") or r["doc_id"], (r.get("sentence_index") or 0) + 1,
            r.get("source_start", -1), r.get("target_start") if r.get("target_start") is not None else -1,
            r.get("trigger_start", -1), 1, int(round(100 * (r.get("confidence") or 0))), r.get("doc_len") or 0,
            0, "", json.dumps({"event_id": r["id"], "doc_id": r["doc_id"], "modality": r["modality"],
                               "sentence": r.get("sentence")})]


def icews_row(r: dict[str, Any]) -> list[Any]:
    from detente.knowledge.countries import by_code

    def country(code: str | None) -> str:
        c = by_code(code) if code else None
        return c.name if c else (code or "")

    return [_int_id(r["id"]), r["date_start"].isoformat() if r.get("date_start") else "",
            r.get("source_name") or r.get("source_text") or "", ",".join(_sectors(r.get("source_sectors"))),
            country(r.get("source_country")), _cameo_name(r["cameo"]), r["cameo"], r["goldstein"],
            r.get("target_name") or r.get("target_text") or "", ",".join(_sectors(r.get("target_sectors"))),
            country(r.get("target_country")), r["doc_id"], (r.get("sentence_index") or 0) + 1,
            r.get("doc_source") or "", r.get("location") or "", "", "", country(r.get("location_country")),
            r.get("lat") if r.get("lat") is not None else "", r.get("lon") if r.get("lon") is not None else ""]


def polecat_row(r: dict[str, Any]) -> list[Any]:
    none = ""  # an empty field (not the string "None")

    def v(x: Any) -> Any:
        return none if x is None or x == "" else x

    ss, ts = _sectors(r.get("source_sectors")), _sectors(r.get("target_sectors"))
    return [r["id"], r["date_start"].isoformat() if r.get("date_start") else none, r.get("plover"),
            v(r.get("plover_mode")), r["goldstein"], r["quad_class"], none,
            v(r.get("source_name") or r.get("source_code")), v(r.get("source_country")), none,
            v(ss[0] if ss else None), v("; ".join(ss)), none, v(r.get("source_text")), none,
            v(r.get("target_name") or r.get("target_code")), v(r.get("target_country")), none,
            v(ts[0] if ts else None), v("; ".join(ts)), none, v(r.get("target_text")), none,
            v(r.get("location")), v(r.get("location")), none, v(r.get("location_country")), none,
            v(r.get("location")), none, v(r.get("lat")), v(r.get("lon")), v(r.get("doc_title")),
            v(r.get("doc_source")), r["report_date"].isoformat() if r.get("report_date") else none,
            none, none, none, "en", "detente-0.1"]


def _cameo_name(code: str) -> str:
    from detente.knowledge.cameo import cameo_codes

    c = cameo_codes().get(code)
    return c.name if c else code


def _write_delimited(path: Path | IO[str], header: Sequence[str], rows: Iterator[list[Any]], delimiter: str) -> int:
    if not isinstance(path, Path):
        return _write_rows(path, header, rows, delimiter)
    with _atomic(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
        return _write_rows(fh, header, rows, delimiter)


def _write_rows(fh: IO[str], header: Sequence[str], rows: Iterator[list[Any]], delimiter: str) -> int:
    n = 0
    w = csv.writer(fh, delimiter=delimiter)
    w.writerow(header)
    for row in rows:
        w.writerow(row)
        n += 1
    return n


class _atomic:
    """Write to ``PATH.tmp`` and rename onto PATH only when the block succeeds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")

    def __enter__(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.tmp

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            os.replace(self.tmp, self.path)
        elif self.tmp.exists():
            self.tmp.unlink()


def export_events(
    store: Store, fmt: str, out: str | Path | IO[str], flt: EventFilter | None = None, max_rows: int | None = None
) -> dict[str, int]:
    """Write the events matching ``flt`` (at most ``max_rows``) to ``out`` in ``fmt``; returns {path: rows}.

    ``out`` is a path, or an open text stream (``sys.stdout``) for every format but gdelt (two files)
    and parquet (binary); the result then names it ``"-"``.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}.", f"Choose one of {', '.join(FORMATS)}.")
    if not isinstance(out, (str, Path)):
        if fmt in ("gdelt", "parquet"):
            raise QueryError(f"the {fmt} export cannot go to a stream.", "Give a file name.")
        return _export_stream(store, fmt, out, flt, max_rows)
    out = Path(out)
    rows = lambda: iter_rows(store, flt, max_rows)  # noqa: E731
    mapping: dict[str, tuple[Sequence[str], Callable[[dict[str, Any]], list[Any]], str]] = {
        "icews": (ICEWS_COLUMNS, icews_row, "\t"),
        "polecat": (POLECAT_COLUMNS, polecat_row, "\t"),
    }
    if fmt == "gdelt":
        grouped = lambda: iter_rows(store, flt, max_rows, grouped=_has_groups(store))  # noqa: E731
        written = {str(out): _write_delimited(out, GDELT_EVENT_COLUMNS, gdelt_events(grouped()), "\t")}
        mpath = out.with_name(out.stem + ".mentions" + (out.suffix or ".csv"))
        mentions = (gdelt_mention(r) for r in grouped())
        written[str(mpath)] = _write_delimited(mpath, GDELT_MENTION_COLUMNS, mentions, "\t")
        return written
    if fmt in mapping:
        header, fn, delim = mapping[fmt]
        return {str(out): _write_delimited(out, header, (fn(r) for r in rows()), delim)}
    from detente.store.base import EVENT_COLUMNS

    cols = list(EVENT_COLUMNS)
    if fmt == "csv":
        return {str(out): _write_delimited(out, cols, ([_plain(r.get(c)) for c in cols] for r in rows()), ",")}
    if fmt in ("json", "jsonl"):
        n = 0
        with _atomic(out) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            for r in rows():
                fh.write(json.dumps({c: _plain(r.get(c)) for c in cols}, ensure_ascii=False) + "\n")
                n += 1
        return {str(out): n}
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = [{c: r.get(c) for c in cols} for r in rows()]
    table = pa.Table.from_pylist(data) if data else pa.table({c: pa.array([], pa.string()) for c in cols})
    with _atomic(out) as tmp:
        pq.write_table(table, tmp)
    return {str(out): len(data)}


def _has_groups(store: Store) -> bool:
    """Whether the store has event groups (the events layer's tables exist and grouping has run)."""
    tables = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?",
                         ["event_group_members"])
    return bool(tables[0]["n"]) and bool(store.query("SELECT 1 AS x FROM event_group_members LIMIT 1"))


def _export_stream(store: Store, fmt: str, fh: IO[str], flt: EventFilter | None, max_rows: int | None
                   ) -> dict[str, int]:
    from detente.store.base import EVENT_COLUMNS

    rows = iter_rows(store, flt, max_rows)
    layouts: dict[str, tuple[Sequence[str], Callable[[dict[str, Any]], list[Any]], str]] = {
        "icews": (ICEWS_COLUMNS, icews_row, "\t"),
        "polecat": (POLECAT_COLUMNS, polecat_row, "\t"),
        "csv": (EVENT_COLUMNS, lambda r: [_plain(r.get(c)) for c in EVENT_COLUMNS], ","),
    }
    if fmt in layouts:
        header, fn, delim = layouts[fmt]
        return {"-": _write_rows(fh, header, (fn(r) for r in rows), delim)}
    n = 0
    for r in rows:
        fh.write(json.dumps({c: _plain(r.get(c)) for c in EVENT_COLUMNS}, ensure_ascii=False) + "\n")
        n += 1
    return {"-": n}


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v
