"""Bulk corpus formats, read as streams: compressed JSONL, Parquet, tar archives and WARC web archives.

Every format here is read with a *position*: the number of records (lines, rows, archive members, WARC
records) consumed so far. :func:`iter_positioned` starts at a given position, which is how a bulk run
(``detente.scale``) resumes an input file where its last committed batch ended. Nothing here loads a
whole file: lines, row batches, members and records are read one at a time.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, Any

from detente.errors import SourceError
from detente.sources.checks import decode_bytes
from detente.sources.html import parse_html_document
from detente.sources.jsonl import json_reason, record_to_document
from detente.sources.registry import Item, ReadOptions, reader_for, register_reader
from detente.sources.text import parse_date, parse_text_document

Positioned = Iterator[tuple[int, Item | None]]
"""``(position after this record, item)``; the item is None for records that hold no document."""

PositionalReader = Callable[[Path, ReadOptions, int], Positioned]
_POSITIONAL: dict[str, PositionalReader] = {}

PARQUET_COLUMNS = ("text", "date", "title", "url", "source", "id")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_TEXT_SUFFIXES = (".txt", ".text", ".md")


def _cannot_read(path: Path | str, exc: Exception) -> SourceError:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return SourceError(f"{path}: cannot read the file ({reason}).", "Check that it exists, is readable and complete.")


def positional(*suffixes: str, plain: bool = True) -> Callable[[PositionalReader], PositionalReader]:
    """Register a positional reader and (with ``plain``) a plain reader for ``read_paths``."""

    def deco(fn: PositionalReader) -> PositionalReader:
        for s in suffixes:
            _POSITIONAL[s.lower()] = fn

        def read(path: Path, opts: ReadOptions) -> Iterator[Item]:
            return (item for _, item in fn(path, opts, 0) if item is not None)

        read.__name__ = f"read_{fn.__name__.lstrip('_')}"
        if plain:
            register_reader(*suffixes)(read)
        return fn

    return deco


def iter_positioned(path: Path, opts: ReadOptions, start: int = 0) -> Positioned:
    """Items of one file from record ``start`` on, each with the position after it.

    Formats without a positional reader (single documents, feeds) count the reader's items instead, and
    skip by reading again up to ``start``.
    """
    name = path.name.lower()
    for suffix in sorted(_POSITIONAL, key=len, reverse=True):
        if name.endswith(suffix):
            yield from _POSITIONAL[suffix](path, opts, start)
            return
    reader = reader_for(path)
    if reader is None:
        if start == 0:
            yield 1, SourceError(
                f"{path}: unknown file type {path.suffix!r}.",
                "Give .txt, .html, .jsonl(.gz/.zst), .parquet, .tar(.gz) or .warc(.gz) files, or folders of them.",
            )
        return
    yield from enumerate(islice(reader(path, opts), start, None), start + 1)


# -- JSON lines, plain or compressed ----------------------------------------------------------------
def _json_lines(lines: Iterable[bytes], name: str, opts: ReadOptions, start: int) -> Positioned:
    for pos, raw in enumerate(lines, 1):
        if pos <= start:
            continue
        if not raw.strip():
            yield pos, None
            continue
        where = f"{name}:{pos}"
        try:
            rec = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield pos, SourceError(f"{where}: not valid UTF-8.", "Re-encode the file as UTF-8.")
            continue
        except json.JSONDecodeError as exc:
            msg = f"{where}: broken JSON ({json_reason(exc)})."
            yield pos, SourceError(msg, "Fix or remove that line.")
            continue
        try:
            yield pos, record_to_document(rec, where, opts)
        except SourceError as exc:
            yield pos, exc


def _binary_lines(open_stream: Callable[[], Any], path: Path, opts: ReadOptions, start: int) -> Positioned:
    try:
        with open_stream() as fh:
            yield from _json_lines(fh, str(path), opts, start)
    except (OSError, EOFError, ValueError) as exc:  # truncated gzip/zstd raise these mid-stream
        yield -1, _cannot_read(path, exc)


@positional(".jsonl", ".ndjson", ".json", plain=False)  # plain reading stays with sources.jsonl
def _jsonl(path: Path, opts: ReadOptions, start: int) -> Positioned:
    yield from _binary_lines(lambda: path.open("rb"), path, opts, start)


@positional(".jsonl.gz", ".ndjson.gz", ".json.gz")
def _jsonl_gz(path: Path, opts: ReadOptions, start: int) -> Positioned:
    yield from _binary_lines(lambda: gzip.open(path, "rb"), path, opts, start)


@positional(".jsonl.zst", ".ndjson.zst", ".json.zst", ".jsonl.zstd")
def _jsonl_zst(path: Path, opts: ReadOptions, start: int) -> Positioned:
    import zstandard

    def open_stream() -> IO[bytes]:
        raw = path.open("rb")
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type]

    yield from _binary_lines(open_stream, path, opts, start)


# -- Parquet ----------------------------------------------------------------------------------------
@positional(".parquet", ".pq")
def _parquet(path: Path, opts: ReadOptions, start: int) -> Positioned:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for broken files
        yield -1, _cannot_read(path, exc)
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield -1, SourceError(
            f"{path}: no 'text' column (columns: {', '.join(sorted(names))}).",
            "Give one article per row with a 'text' column (and 'date', 'title', 'url', 'source', 'id').",
        )
        return
    columns = [c for c in PARQUET_COLUMNS if c in names]
    first_group, row = 0, 0
    meta = pf.metadata
    while first_group < meta.num_row_groups and row + meta.row_group(first_group).num_rows <= start:
        row += meta.row_group(first_group).num_rows
        first_group += 1
    groups = list(range(first_group, meta.num_row_groups))
    if not groups:
        return
    for batch in pf.iter_batches(batch_size=512, row_groups=groups, columns=columns):
        for rec in batch.to_pylist():
            row += 1
            if row <= start:
                continue
            try:
                yield row, record_to_document(rec, f"{path}:row {row}", opts)
            except SourceError as exc:
                yield row, exc


# -- tar archives of text / HTML files --------------------------------------------------------------
def member_document(name: str, data: bytes, where: str, opts: ReadOptions) -> Item | None:
    """A document from one archived file: HTML by suffix, otherwise text (seed format or plain)."""
    base = name.rsplit("/", 1)[-1]
    if not base or base.startswith("."):
        return None
    lower = base.lower()
    try:
        if lower.endswith(_HTML_SUFFIXES):
            return parse_html_document(decode_bytes(data, where, opts), where, opts)
        if lower.endswith(_TEXT_SUFFIXES) or "." not in lower:
            return parse_text_document(decode_bytes(data, where, opts), where, opts)
    except SourceError as exc:
        return exc
    return SourceError(
        f"{where}: unsupported file type inside the archive.", "Archive .txt (seed format), plain text or .html files."
    )


@positional(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
def _tar(path: Path, opts: ReadOptions, start: int) -> Positioned:
    pos = 0
    try:
        with tarfile.open(path, mode="r|*") as tf:
            for member in tf:
                pos += 1
                tf.members = []  # type: ignore[attr-defined]  # a streaming TarFile would otherwise keep every header in memory
                if pos <= start or not member.isfile():
                    if pos > start:
                        yield pos, None
                    continue
                where = f"{path}:{member.name}"
                if member.size > opts.max_bytes:
                    yield pos, SourceError(
                        f"{where}: {member.size / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:.0f} MB limit.",
                        "Split it into articles, or raise --max-mb.",
                    )
                    continue
                fh = tf.extractfile(member)
                data = fh.read() if fh is not None else b""
                yield pos, member_document(member.name, data, where, opts)
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield -1, _cannot_read(path, exc)


# -- WARC web archives ------------------------------------------------------------------------------
def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _decode_page(data: bytes, content_type: str | None) -> str:
    for enc in (_charset(content_type), "utf-8"):
        if enc:
            try:
                return data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("utf-8", errors="replace")


def warc_date(value: str | None) -> date | None:
    return parse_date(value[:10]) if value else None


def warc_record_document(record: Any, where: str, opts: ReadOptions) -> Item | None:
    """A document from one WARC record, or None for records that are not HTML pages (requests, metadata)."""
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode()
        if status and not status.startswith("2"):
            return None
        ctype = http.get_header("Content-Type")
    else:
        ctype = record.rec_headers.get_header("Content-Type")
    if ctype and "html" not in ctype.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    data = record.content_stream().read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        return SourceError(f"{where}: page over the {opts.max_bytes / 1e6:.0f} MB limit.", "Raise --max-mb.")
    if not data.strip():
        return None
    when = warc_date(record.rec_headers.get_header("WARC-Date"))
    page_opts = replace(opts, default_date=when or opts.default_date)
    try:
        return parse_html_document(_decode_page(data, ctype), where, page_opts, url=url)
    except SourceError as exc:
        return exc


@positional(".warc", ".warc.gz")
def _warc(path: Path, opts: ReadOptions, start: int) -> Positioned:
    from warcio.archiveiterator import ArchiveIterator

    pos = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                pos += 1
                if pos <= start:
                    continue
                yield pos, warc_record_document(record, f"{path}:record {pos}", opts)
    except Exception as exc:  # warcio raises ArchiveLoadFailed and zlib errors on broken archives
        yield -1, _cannot_read(path, exc)


def positional_suffixes() -> list[str]:
    return sorted(_POSITIONAL)
