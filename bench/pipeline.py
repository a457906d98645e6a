"""End-to-end ingest throughput vs bare ``nlp.pipe``, and peak memory for 1k vs 10k documents.

Usage:  python bench/pipeline.py [--docs N] [--processes P] [--memory]

The corpus is built from the bundled sample reports (data/sample), each sentence-shuffled into many
distinct documents, so the parse work per document is realistic and every document is new to the store.
Ratios are measured in one run, in one process, against the same texts: the parse is the physical limit.
Each side runs as its users run it: bare ``nlp.pipe`` with spaCy's default batch size, the ingest with
detente's defaults (128 documents per transaction and parse batch, ``detente.pipeline.INGEST_BATCH``).
"Bare" is ``nlp.pipe`` of the model as spaCy ships it (``spacy.load``); detente's own parse of the same
texts (the same model with the exact, faster attribute ruler and entity decoder of
``detente.nlp.fast_rules`` and ``detente.nlp.fast_ner``) is reported
beside it, so the ingest's overhead over its own parse stays visible.
Peak memory is measured in fresh subprocesses (``--memory``) so the two runs do not share a heap.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.model import Document  # noqa: E402


def corpus(n: int, seed: int = 7) -> list[Document]:
    from detente.sources import read_paths

    base = [d for d in read_paths([ROOT / "data" / "sample"]) if isinstance(d, Document)]
    sentences = [s for d in base for s in re.split(r"(?<=[.!?])\s+", d.text) if len(s.split()) > 5]
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        k = rng.randint(3, 6)
        text = " ".join(rng.sample(sentences, k)) + f" (Report {i}.)"
        docs.append(Document(text=text, date=date(2024, 3, 1) + timedelta(days=i % 240)))
    return docs


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "unknown"


def throughput(n_docs: int, processes: int) -> dict[str, float]:
    import spacy

    from detente.coding.batch import PARSE_BATCH, get_nlp
    from detente.nlp.load import DEFAULT_MODEL
    from detente.pipeline import ingest_documents
    from detente.store import open_store

    docs = corpus(n_docs)
    nlp = get_nlp()
    stock = spacy.load(DEFAULT_MODEL)  # the reference: the same model as spaCy ships it
    texts = [d.text for d in docs]
    # Both sides are measured warm: the model is loaded and has parsed these texts once (a first parse adds
    # their words to the vocabulary, which would flatter whichever side runs first), and the ingest path has
    # run once on other documents (gazetteer index, date-parser locale data, the codebook: one-time
    # start-up costs, like the model load that neither figure includes).
    for _ in nlp.pipe(texts, batch_size=PARSE_BATCH):
        pass
    for _ in stock.pipe(texts):
        pass
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "warm.duckdb")
        # other texts and other report dates, so no cached date resolution carries over to the timed run
        warm = [replace(d, date=date(2019, 1, 1) + timedelta(days=i), id="")
                for i, d in enumerate(corpus(50, seed=n_docs + 1))]
        ingest_documents(store, warm, n_process=processes)
        store.close()
    t0 = time.perf_counter()
    for _ in stock.pipe(texts, n_process=processes):  # spaCy's own default batch size (nlp.batch_size)
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=processes, batch_size=PARSE_BATCH):
        pass
    own = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        report = ingest_documents(store, docs, n_process=processes)  # detente's defaults, as a user runs it
        full = time.perf_counter() - t0
        store.close()
    return {
        "documents": n_docs, "processes": processes, "events": report.events,
        "bare_docs_per_s": round(n_docs / bare, 2), "ingest_docs_per_s": round(n_docs / full, 2),
        "ratio": round(bare / full, 3),
        "detente_parse_docs_per_s": round(n_docs / own, 2), "ratio_to_own_parse": round(own / full, 3),
    }


def rss_child(n_docs: int, group: bool) -> None:
    """Run in a fresh process: ingest ``n_docs`` streamed documents, print peak RSS in MB."""
    from detente.pipeline import ingest_documents
    from detente.store import open_store

    def stream(n: int, step: int = 1000):  # type: ignore[no-untyped-def]
        for i in range(0, n, step):
            yield from corpus(min(step, n - i), seed=i)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "m.duckdb")
        ingest_documents(store, stream(n_docs), group=group)
        store.close()
    from _rss import peak_rss_mb  # bench/ is this script's folder

    print(peak_rss_mb())


def peak_rss_child(n_docs: int, group: bool = True) -> float:
    cmd = [sys.executable, __file__, "--rss-child", str(n_docs)] + ([] if group else ["--no-group"])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--memory", action="store_true", help="also measure peak RSS for 1k vs 10k documents")
    ap.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--no-group", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, group=not args.no_group)
        return
    import os

    result: dict[str, object] = {"commit": git_commit(), "loadavg_start": os.getloadavg()[0],
                                 "throughput": throughput(args.docs, args.processes)}
    if args.memory:
        for label, group in (("streaming_ingest", False), ("ingest_then_grouping", True)):
            small, large = peak_rss_child(1000, group), peak_rss_child(10000, group)
            result[f"memory_{label}"] = {"peak_rss_mb_1k": round(small, 1), "peak_rss_mb_10k": round(large, 1),
                                         "ratio": round(large / small, 3)}
    result["self_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["loadavg_end"] = os.getloadavg()[0]  # a shared machine: read the ratios with these in mind
    out = ROOT / "bench" / "results" / "pipeline.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
