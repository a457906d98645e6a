from __future__ import annotations

import gzip
import io
import json
import tarfile
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from bulkcorpus import write_warc

from detente.errors import SourceError
from detente.model import Document
from detente.sources import ReadOptions, read_paths
from detente.sources.bulk import iter_positioned


def _items(path: Path, start: int = 0) -> list[tuple[int, object]]:
    return list(iter_positioned(path, ReadOptions(), start))


def _key(item: object) -> str:
    return item.id if isinstance(item, Document) else str(item)


def test_every_bulk_format_is_read(corpus: Path) -> None:
    docs = [d for d in read_paths([corpus]) if isinstance(d, Document)]
    errors = [d for d in read_paths([corpus]) if isinstance(d, SourceError)]
    by_suffix = {s: [d for d in docs if d.path and s in d.path] for s in (".jsonl.gz", ".jsonl.zst", ".parquet",
                                                                          ".tar.gz", ".warc.gz")}
    assert {s: len(v) for s, v in by_suffix.items()} == {".jsonl.gz": 30, ".jsonl.zst": 31, ".parquet": 30,
                                                         ".tar.gz": 30, ".warc.gz": 4}
    assert len(errors) == 2  # the broken JSON line and the record without text
    assert all(d.date is not None for d in docs)
    pq_doc = by_suffix[".parquet"][0]
    assert pq_doc.title and pq_doc.external_id


@pytest.mark.parametrize("name", ["a.jsonl.gz", "b.jsonl.zst", "c.parquet", "d.tar.gz", "e.warc.gz"])
def test_reading_resumes_at_any_position(corpus: Path, name: str) -> None:
    items = _items(corpus / name)
    positions = [p for p, _ in items]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    for k in (0, 1, len(items) // 2, len(items) - 1):
        tail = _items(corpus / name, items[k][0])
        assert [(p, _key(i)) for p, i in tail] == [(p, _key(i)) for p, i in items[k + 1:]]


def test_warc_date_is_used_when_the_page_has_none(corpus: Path) -> None:
    docs = [i for _, i in _items(corpus / "e.warc.gz") if isinstance(i, Document)]
    assert [d.date for d in docs] == [date(2024, 3, d) for d in (1, 2, 3, 4)]
    assert docs[0].url == "https://news.example.org/0"
    assert "The talks were the 10000th" in docs[0].text


def test_tar_reads_text_and_html_members_and_reports_others(tmp_path: Path) -> None:
    body = "On the day the minister met the envoy of the delegation and said that it was a long talk."
    html = f"<html><body><article><p>{body}</p><p>{body} And then it was over.</p></article></body></html>"
    path = tmp_path / "x.tar"
    with tarfile.open(path, "w") as tf:
        for name, data in (("a/one.txt", f"date 2024-02-03\n{body}"), ("a/two.html", html),
                           ("a/pic.png", "\x89PNG"), ("a/.hidden", "x")):
            raw = data.encode()
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            tf.addfile(info, io.BytesIO(raw))
    items = [i for _, i in iter_positioned(path, ReadOptions(default_date=date(2024, 1, 1)), 0)]
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, SourceError)]
    assert [d.date for d in docs] == [date(2024, 2, 3), date(2024, 1, 1)]
    assert len(errs) == 1 and "pic.png" in str(errs[0])


def test_broken_inputs_are_reported_not_raised(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"The minister met the envoy of the delegation in city {i}.", "date": "2024-01-02"})
             for i in range(2000)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "nocol.parquet")
    (tmp_path / "bad.warc.gz").write_bytes(b"not a warc")
    (tmp_path / "bad.parquet").write_bytes(b"nope")
    items = list(read_paths([tmp_path]))
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert any("bad.parquet" in e for e in errors)
    assert any("no 'text' column" in e for e in errors)
    assert any("bad.warc.gz" in e for e in errors)
    assert any("cut.jsonl.gz" in e for e in errors)  # truncated stream: one error after the readable lines
    assert sum(isinstance(i, Document) for i in items) >= 1


def test_warc_skips_non_html_and_error_pages(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "m.warc"
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for status, ctype in (("404 Not Found", "text/html"), ("200 OK", "application/pdf")):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://x.org/", "response", payload=io.BytesIO(b"<html></html>"),
                                                http_headers=http))
    assert [i for _, i in iter_positioned(path, ReadOptions(), 0)] == [None, None]
    write_warc(tmp_path / "n.warc.gz", ["On the day the envoy met the minister of the state in the city and talked."])
    assert sum(isinstance(i, Document) for i in read_paths([tmp_path / "n.warc.gz"])) == 1
