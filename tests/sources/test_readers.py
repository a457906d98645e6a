from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import NoDateError, SourceError
from detente.model import Document, document_id
from detente.sources import ReadOptions, read_paths
from detente.sources.text import parse_text_document

ARTICLE = (
    "The foreign ministers of Brazil and Argentina met in Buenos Aires on Monday and agreed to expand "
    "trade in grain and energy, officials said after the talks."
)


def _read(paths: list[Path], **kw: object) -> tuple[list[Document], list[SourceError]]:
    docs, errs = [], []
    for item in read_paths(paths, ReadOptions(**kw)):  # type: ignore[arg-type]
        (errs if isinstance(item, SourceError) else docs).append(item)
    return docs, errs  # type: ignore[return-value]


def test_seed_format_date_line(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"date 2024-04-03 {ARTICLE}\n\nSecond paragraph of the report.", encoding="utf-8")
    (doc,), errs = _read([f])
    assert not errs
    assert doc.date == date(2024, 4, 3)
    assert doc.text.startswith("The foreign ministers")
    assert "Second paragraph" in doc.text


def test_front_matter_and_default_date(tmp_path: Path) -> None:
    (tmp_path / "fm.txt").write_text(f"date: 5 March 2024\ntitle: Grain talks\n{ARTICLE}", encoding="utf-8")
    (tmp_path / "plain.txt").write_text(ARTICLE + " More text.", encoding="utf-8")
    docs, errs = _read([tmp_path], default_date=date(2024, 1, 1))
    by_title = {d.title: d for d in docs}
    assert not errs
    assert by_title["Grain talks"].date == date(2024, 3, 5)
    assert by_title[None].date == date(2024, 1, 1)


def test_undated_plain_text_is_reported_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errs = _read([tmp_path])
    assert docs == []
    assert isinstance(errs[0], NoDateError)
    assert "--date" in str(errs[0])


def test_document_id_is_hash_of_normalised_text() -> None:
    assert document_id("Hello   World\n") == document_id("hello world")
    assert document_id("hello world") != document_id("hello world!")


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00" * 20, "binary"),
        ("latin1.txt", "date 2024-01-01 Caf\u00e9 talks in S\u00e3o Paulo".encode("latin-1"), "UTF-8"),
        ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article"),
        ("other.pdf", b"%PDF-1.4", "unknown file type"),
        ("german.txt", ("date 2024-01-01 " + "Die Regierung hat heute beschlossen, dass die Steuern "
                        "im kommenden Jahr deutlich steigen werden und die Opposition protestiert.").encode(),
         "English"),
    ],
)
def test_bad_input_is_reported_with_a_reason(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("date 2024-02-02 " + ARTICLE, encoding="utf-8")
    docs, errs = _read([tmp_path])
    assert [d.path for d in docs] == [str(tmp_path / "good.txt")]  # the rest of the batch survives
    assert len(errs) == 1 and needle.lower() in str(errs[0]).lower()


def test_huge_file_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("date 2024-01-01 " + ("The minister spoke. " * 3_000_000), encoding="utf-8")  # ~60 MB
    docs, errs = _read([big])
    assert docs == [] and "limit" in str(errs[0])


def test_jsonl_with_broken_line(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2024-05-01", "title": "T", "url": "http://x/1"}),
        "{broken json",
        json.dumps({"text": ARTICLE + " Another.", "date": "2024-05-02"}),
        json.dumps({"date": "2024-05-02"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    docs, errs = _read([f])
    assert [d.external_id for d in docs] == ["a1", None]
    assert docs[0].url == "http://x/1" and docs[0].date == date(2024, 5, 1)
    assert len(errs) == 2
    assert ":2" in str(errs[0]) and "broken JSON" in str(errs[0])
    assert "'text'" in str(errs[1])


def test_html_article_extracted(tmp_path: Path) -> None:
    body = " ".join([ARTICLE] * 4)
    html = (
        "<html><head><title>Grain deal</title><meta property='article:published_time' content='2024-06-07'>"
        "</head><body><nav>Menu Home About</nav><article><h1>Grain deal</h1>"
        f"<p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>"
    )
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (doc,), errs = _read([tmp_path])
    assert not errs
    assert "Buenos Aires" in doc.text and "Menu Home" not in doc.text
    assert doc.date == date(2024, 6, 7)


def test_parse_text_document_rejects_bad_date() -> None:
    with pytest.raises(NoDateError):
        parse_text_document("date: notadate\n" + ARTICLE, "x", ReadOptions())


def test_gz_not_misread_as_text(tmp_path: Path) -> None:
    f = tmp_path / "x.bin"
    f.write_bytes(gzip.compress(b"hello"))
    _, errs = _read([f])
    assert errs
