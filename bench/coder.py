"""Benchmark: throughput of the coding path (``code_documents``) against bare ``nlp.pipe``.

Usage: .venv/bin/python bench/coder.py [TSV] [--limit N]

Reads the sentences of a PLOVER evaluation TSV (default: ../shared/data/eval/plover_dev.tsv), parses them
once with bare ``nlp.pipe`` and once through ``code_documents`` (one run each, the model and the knowledge
tables warmed up first on a different text) and prints sentences/s of both and their ratio (target >= 0.85).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "eval" / "plover_dev.tsv"
WARM_UP = (
    "On Tuesday the Foreign Minister of France met his German counterpart in Berlin, and police in "
    "Paris arrested two protesters after troops fired on a crowd in May 2021."
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    path = Path(args.tsv)
    if not path.exists():
        print(f"no evaluation file at {path}; pass the TSV path", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["sentence"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    if args.limit:
        texts = texts[: args.limit]

    from detente.coding.batch import code_documents
    from detente.model import Document
    from detente.nlp.load import get_nlp
    from detente.nlp.registry import ActorRegistry

    nlp = get_nlp()
    registry = ActorRegistry()
    code_documents([Document(text=WARM_UP)], nlp=nlp, registry=registry)  # load lazy tables once

    t0 = time.perf_counter()
    n_tok = sum(len(d) for d in nlp.pipe(texts, batch_size=args.batch_size))
    bare = time.perf_counter() - t0
    docs = [Document(text=t) for t in texts]
    t0 = time.perf_counter()
    results = code_documents(docs, nlp=nlp, registry=registry, batch_size=args.batch_size)
    coded = time.perf_counter() - t0
    n_events = sum(len(ev) for _, ev in results)
    from detente.coding.coder import Coder

    parsed = list(nlp.pipe(texts, batch_size=args.batch_size))
    coder = Coder(registry)
    t0 = time.perf_counter()
    for doc, document in zip(parsed, docs, strict=True):
        coder.code_doc(doc, document)
    code_only = time.perf_counter() - t0
    print(f"sentences {len(texts)}  tokens {n_tok}  events {n_events}")
    print(f"bare nlp.pipe     {len(texts) / bare:8.1f} sentences/s  ({bare:.2f} s)")
    print(f"code_documents    {len(texts) / coded:8.1f} sentences/s  ({coded:.2f} s)")
    print(f"coding alone      {len(texts) / code_only:8.1f} sentences/s  ({code_only:.2f} s)")
    print(f"ratio {bare / coded:.3f}  (target >= 0.85; one run, noisy on a shared machine)")
    print(f"ratio from parts  {bare / (bare + code_only):.3f}  (bare / (bare + coding alone))")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
