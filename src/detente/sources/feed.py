"""RSS/Atom feeds (local files or saved feeds): each entry becomes a document."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from detente.errors import SourceError
from detente.model import Document
from detente.sources.checks import check_text
from detente.sources.registry import Item, ReadOptions, register_reader


@register_reader(".rss", ".atom", ".xml")
def read_feed(path: Path, opts: ReadOptions) -> Iterator[Item]:
    import feedparser
    import trafilatura

    parsed = feedparser.parse(str(path))
    if parsed.bozo and not parsed.entries:
        yield SourceError(f"{path}: not a readable RSS/Atom feed.", "Check the file is a feed.")
        return
    for i, entry in enumerate(parsed.entries, 1):
        where = f"{path}#{i}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        text = trafilatura.extract(body) if "<" in body else body
        text = (text or "").strip()
        tm = entry.get("published_parsed") or entry.get("updated_parsed")
        when = date(tm.tm_year, tm.tm_mon, tm.tm_mday) if tm else opts.default_date
        try:
            if when is None:
                raise SourceError(f"{where}: entry has no date.", "Pass --date YYYY-MM-DD.")
            check_text(text, where, opts)
            yield Document(text=text, date=when, title=entry.get("title"), url=entry.get("link"),
                           source=parsed.feed.get("title"), path=where)
        except SourceError as exc:
            yield exc
