"""Small mixed-format corpora for the bulk tests (generated, deterministic)."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
from pathlib import Path

_TEACH = [("Kenyan", "Interior Minister", "Kipchumba Murkomen"), ("Peruvian", "Defence Minister", "Walter Astudillo"),
          ("Nigerian", "Foreign Minister", "Yusuf Tuggar"), ("Chilean", "Interior Minister", "Carolina Toha"),
          ("Malaysian", "Home Minister", "Saifuddin Ismail")]
_VERBS = ["met", "criticised", "visited", "praised", "accused"]
_TARGETS = ["Ethiopia", "Somalia", "Brazil", "Japan", "France", "Egypt", "Argentina", "Indonesia"]
_CITIES = ["Geneva", "Vienna", "Ankara", "Doha", "Oslo", "Riyadh", "Nairobi", "Hanoi"]


def article(i: int, rng: random.Random) -> str:
    """A short wire report: sometimes a minister introduced by title, then bare surnames (learned or not)."""
    parts = []
    if rng.random() < 0.3:
        dem, role, name = rng.choice(_TEACH)
        parts.append(f"{dem} {role} {name} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} on Monday.")
    for _ in range(rng.randint(1, 2)):
        surname = rng.choice(_TEACH)[2].split()[-1]
        parts.append(f"{surname} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in {rng.choice(_CITIES)}, "
                     f"officials said.")
    parts.append(f"The talks were the {i}th of the series and it was {rng.choice(['useful', 'hard', 'long'])}.")
    return " ".join(parts)


def day(i: int) -> str:
    return f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"


def write_corpus(root: Path, n: int = 120, seed: int = 7, warc: bool = True) -> list[Path]:
    """About ``n`` articles over .jsonl.gz, .jsonl.zst, .parquet, .tar.gz and (optionally) .warc.gz files.

    Includes a broken JSON line, a record with no text and one article repeated in two files.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    import zstandard

    rng = random.Random(seed)
    texts = [article(i, rng) for i in range(n)]
    root.mkdir(parents=True, exist_ok=True)
    q = n // 4
    lines = [json.dumps({"id": i, "text": texts[i], "date": day(i), "source": "wire"}) for i in range(q)]
    lines.insert(3, "{broken json")
    lines.insert(5, json.dumps({"date": "2024-01-01"}))
    (root / "a.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    zlines = [json.dumps({"text": texts[i], "date": day(i)}) for i in range(q, 2 * q)] + [lines[0]]  # a repeat
    (root / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(("\n".join(zlines) + "\n").encode()))
    rows = list(range(2 * q, 3 * q))
    table = pa.table({"text": [texts[i] for i in rows], "date": [day(i) for i in rows],
                      "title": [f"t{i}" for i in rows], "id": [str(i) for i in rows]})
    pq.write_table(table, root / "c.parquet", row_group_size=7)
    with tarfile.open(root / "d.tar.gz", "w:gz") as tf:
        for i in range(3 * q, n):
            data = f"date {day(i)}\n{texts[i]}\n".encode()
            info = tarfile.TarInfo(f"articles/{i:05d}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    if warc:
        write_warc(root / "e.warc.gz", [article(10_000 + i, rng) for i in range(4)])
    return sorted(root.iterdir())


def write_warc(path: Path, texts: list[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, text in enumerate(texts):
            paras = "".join(f"<p>{s.strip()}.</p>" for s in text.split(".") if s.strip())
            html = (f"<html><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>"
                    f"{paras}</article></body></html>").encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(f"https://news.example.org/{i}", "response", payload=io.BytesIO(html),
                                            http_headers=http,
                                            warc_headers_dict={"WARC-Date": f"2024-03-0{i + 1}T10:00:00Z"})
            writer.write_record(rec)
            req = writer.create_warc_record(f"https://news.example.org/{i}", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
