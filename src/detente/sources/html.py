"""HTML pages: the main article text extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from detente.errors import NoDateError, SourceError
from detente.model import Document
from detente.sources.checks import check_text, decode_bytes
from detente.sources.registry import Item, ReadOptions, register_reader
from detente.sources.text import end_line, parse_date

MIN_WORDS = 12  # less than this is navigation or boilerplate, not an article


def html_blocks(text: str) -> str:
    """Trafilatura's text (one block per line: title, headings, paragraphs, list items) with each block a
    paragraph of its own that ends a sentence, so a title is never read as the start of the first paragraph."""
    return "\n\n".join(end_line(line.strip()) for line in text.splitlines() if line.strip())


def parse_html_document(html: str, where: str, opts: ReadOptions, url: str | None = None) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if extracted is None:
        raise SourceError(f"{where}: no article text found in the HTML.", "Check that the page holds an article.")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = html_blocks(data.get("text") or "")
    if len(text.split()) < MIN_WORDS:
        raise SourceError(f"{where}: no article text found in the HTML.", "Check that the page holds an article.")
    check_text(text, where, opts)
    when = parse_date(str(data["date"])) if data.get("date") else None
    when = when or opts.default_date
    if when is None and opts.require_date:
        raise NoDateError(
            f"{where}: the page has no publication date.", "Pass --date YYYY-MM-DD for pages without one."
        )
    return Document(
        text=text, date=when, title=data.get("title"), url=url or data.get("url"),
        source=data.get("sitename") or data.get("hostname"), path=where,
    )


@register_reader(".html", ".htm", ".xhtml")
def read_html(path: Path, opts: ReadOptions) -> Iterator[Item]:
    try:
        yield parse_html_document(decode_bytes(path.read_bytes(), str(path), opts), str(path), opts)
    except SourceError as exc:
        yield exc
    except OSError as exc:
        yield SourceError(f"{path}: cannot read the file ({exc.strerror}).", "Check that it exists and is readable.")
