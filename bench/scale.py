"""Bulk-scale benchmark: Dask speed-up (2 local workers / 1 worker) and peak memory versus corpus size.

    .venv/bin/python bench/scale.py throughput --n 2000          # real coder; bench/results/scale_throughput.json
    .venv/bin/python bench/scale.py rss --sizes 10000 100000     # light stand-in coder; scale_rss_light.json
    .venv/bin/python bench/scale.py rss --sizes 1000 5000 --coder real   # the real pipeline; scale_rss_real.json

The corpus is generated (short wire reports of two or three sentences, one JSON line each, gzip). The
``light`` coder is a STAND-IN with no NLP (one regex "event" per document, registry lookups included): it
measures the streaming machinery (read, batch, shard, load, progress) and nothing about spaCy.
Each RSS figure is the peak resident set of a fresh process that runs one bulk ingest (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT / "src"))

_NAMES = [("Kenyan", "Interior Minister", "Kipchumba Murkomen"), ("Peruvian", "Defence Minister", "Walter Astudillo"),
          ("Nigerian", "Foreign Minister", "Yusuf Tuggar"), ("Chilean", "Interior Minister", "Carolina Toha"),
          ("Russian", "Foreign Minister", "Sergei Lavrov"), ("Chinese", "Foreign Minister", "Wang Yi")]
_VERBS = ["met", "criticised", "visited", "praised", "accused", "threatened", "signed an agreement with"]
_TARGETS = ["Ethiopia", "Somalia", "Brazil", "Japan", "France", "Egypt", "Argentina", "Indonesia", "Turkey"]
_CITIES = ["Geneva", "Vienna", "Ankara", "Doha", "Oslo", "Riyadh", "Nairobi", "Hanoi"]


def make_corpus(path: Path, n: int, seed: int = 11) -> Path:
    """``n`` distinct short reports (about 35 words each) as .jsonl.gz, written as a stream."""
    rng = random.Random(seed)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            dem, role, name = rng.choice(_NAMES)
            first = f"{dem} {role} {name}" if rng.random() < 0.4 else name.split()[-1]
            text = (f"{first} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in {rng.choice(_CITIES)} on Monday, "
                    f"officials said. The talks were the {i}th of the series and they were "
                    f"{rng.choice(['useful', 'hard', 'long', 'short'])}, according to the statement.")
            day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            fh.write(json.dumps({"id": i, "text": text, "date": day}) + "\n")
    return path


_VERB = re.compile(r"\b(met|criticised|visited|praised|accused|threatened)\b")


def light_code_documents(documents: Sequence[Any], registry: Any = None, **_: Any) -> list[Any]:
    """STAND-IN coder for the RSS measurement: no NLP; one event per verb, source looked up in the registry."""
    from detente.model import ActorRef, CodedEvent

    out = []
    for doc in documents:
        events = []
        for m in _VERB.finditer(doc.text):
            subj = doc.text[: m.start()].split()[-1] if m.start() else ""
            actor = registry.lookup(subj, doc.date) if registry is not None and subj else None
            events.append(CodedEvent(
                doc_id=doc.id, source=ActorRef(text=subj, code=actor.code if actor else "UNK", start=0, end=1),
                target=None, cameo="040", goldstein=1.0, quad_class=1, plover="CONSULT", plover_mode=None,
                modality="happened", trigger=m[1], trigger_start=m.start(), trigger_end=m.end(),
                sentence=doc.text[:80], sentence_index=0, sentence_start=0, report_date=doc.date))
        out.append((doc, events))
    return out


CODERS = {"real": "detente.coding.batch:code_documents", "light": "scale:light_code_documents"}


def _fresh_db(directory: Path, name: str) -> str:
    path = directory / f"{name}.duckdb"
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    return str(path)


def timed_ingest(corpus: Path, db: str, coder: str, workers: int, batch_size: int, after: bool = True,
                 scheduler: str | None = None) -> dict[str, Any]:
    """One bulk ingest; ``steady`` rates count from the first batch stored to the last (no start-up)."""
    from detente.scale import bulk_ingest
    from detente.store import open_store

    marks: list[tuple[float, int]] = []
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        marks.append((time.perf_counter(), done))

    t0, c0 = time.perf_counter(), time.process_time()
    duck: dict[str, float] = {}
    with open_store(db) as st:
        report = bulk_ingest([corpus], st, workers=workers, batch_size=batch_size, coder=coder, progress=progress,
                             after=after, scheduler=scheduler)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if st.dialect == "duckdb":  # DuckDB's own memory at the end of the run (indexes grow with the store)
            rows = st.query("SELECT tag, memory_usage_bytes AS b FROM duckdb_memory() WHERE memory_usage_bytes > 0")
            duck = {x["tag"]: round(x["b"] / 2**20, 1) for x in rows}
    steady = None
    if len(marks) > 2:
        (ta, na), (tb, nb) = marks[0], marks[-1]
        steady = (nb - na) / (tb - ta) if tb > ta else None
    return {"workers": report.workers if report.backend == "dask" else 0, "backend": report.backend,
            "documents": report.read, "events": report.events, "wall_s": round(wall, 2),
            "docs_per_s_wall": round(report.read / wall, 1),
            "docs_per_s_steady": round(steady, 1) if steady else None, "client_cpu_s": round(cpu, 2),
            "duckdb_memory_mb": duck}


def _worker_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm_up() -> None:
    from detente.nlp.load import get_nlp

    get_nlp()


def dask_run(corpus: Path, db: str, coder: str, workers: int, batch_size: int) -> dict[str, Any]:
    """A run on a LocalCluster of ``workers`` processes (model loaded first), with the workers' CPU time."""
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        if coder == CODERS["real"]:
            client.run(_warm_up)
        before = client.run(_worker_cpu)
        row = timed_ingest(corpus, db, coder, 0, batch_size, after=False, scheduler=cluster.scheduler_address)
        after = client.run(_worker_cpu)
    row["worker_cpu_s"] = round(sum(after.values()) - sum(before.values()), 2)
    n = row["documents"]
    row["worker_cpu_ms_per_doc"] = round(1000 * row["worker_cpu_s"] / n, 3)
    row["client_cpu_ms_per_doc"] = round(1000 * row["client_cpu_s"] / n, 3)
    return row


def cmd_throughput(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    corpus = make_corpus(tmp / "corpus.jsonl.gz", args.n)
    words = sum(len(json.loads(line)["text"].split()) for line in gzip.open(corpus, "rt", encoding="utf-8"))
    coder = CODERS[args.coder]
    load_before = os.getloadavg()
    runs = []
    for w in args.workers:
        if w:
            runs.append(dask_run(corpus, _fresh_db(tmp, f"w{w}"), coder, w, args.batch_size))
        else:
            if coder == CODERS["real"]:
                _warm_up()
            row = timed_ingest(corpus, _fresh_db(tmp, "w0"), coder, 0, args.batch_size, after=False)
            row["cpu_ms_per_doc"] = round(1000 * row["client_cpu_s"] / row["documents"], 3)
            runs.append(row)
    by = {r["workers"] if r["backend"] == "dask" else 0: r for r in runs}
    out: dict[str, Any] = {
        "benchmark": "bulk ingest throughput", "coder": args.coder, "documents": args.n, "words": words,
        "batch_size": args.batch_size, "cpu_count": os.cpu_count(), "load_avg_before": load_before,
        "load_avg_after": os.getloadavg(), "python": platform.python_version(), "runs": runs,
        "note": "one run each, same corpus, model loaded before timing; the machine's 2 cores were shared with "
                "other jobs (load_avg), so wall-clock ratios measure the share of CPU we got as much as scaling",
    }
    if 1 in by and 2 in by:
        for key in ("docs_per_s_steady", "docs_per_s_wall"):
            a, b = by[1][key], by[2][key]
            out[f"speedup_2_over_1_{key.removeprefix('docs_per_s_')}"] = round(b / a, 3) if a and b else None
        # CPU accounting: what 2 dedicated cores would give, from CPU seconds per document (load-independent)
        w1, c1 = by[1]["worker_cpu_ms_per_doc"], by[1]["client_cpu_ms_per_doc"]
        w2, c2 = by[2]["worker_cpu_ms_per_doc"], by[2]["client_cpu_ms_per_doc"]
        one = 1000 / max(w1, c1)  # worker and client each on its own core
        two = min(2000 / (w2 + c2), 2000 / w2, 1000 / c2)  # two workers and the client share two cores
        out["cpu_model_speedup_2_over_1_on_2_cores"] = round(two / one, 3)
        out["cpu_model_speedup_2_over_1_on_3_cores"] = round(min(2000 / w2, 1000 / c2) / one, 3)
        out["docs_per_cpu_second_worker"] = round(1000 / w1, 1)
        out["words_per_cpu_second_worker"] = round(1000 / w1 * words / args.n, 1)
    if 0 in by:
        out["docs_per_cpu_second_in_process"] = round(1000 / by[0]["cpu_ms_per_doc"], 1)
    _save(out, f"scale_throughput_{args.coder}.json")


def cmd_rss(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    rows = []
    for n in args.sizes:
        corpus = make_corpus(tmp / f"corpus{n}.jsonl.gz", n)
        cmd = [sys.executable, __file__, "_rss_child", str(corpus), _fresh_db(tmp, f"rss{n}"), args.coder,
               str(args.batch_size), "1" if args.after else "0"]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(ROOT / "src")]))
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    base = rows[0]["peak_rss_mb"]
    out = {"benchmark": "peak RSS versus corpus size (one fresh process per size)", "coder": args.coder,
           "stand_in": args.coder == "light", "after_ingest_grouping": args.after, "batch_size": args.batch_size,
           "runs": rows, "ratio_largest_to_smallest": round(rows[-1]["peak_rss_mb"] / base, 3)}
    if args.coder == "light":
        out["note"] = ("LIGHT STAND-IN CODER (no spaCy): measures the bulk machinery only; the spaCy model adds a "
                       "constant to every size")
    _save(out, f"scale_rss_{args.coder}{'_after' if args.after else ''}.json")


def rss_child(corpus: str, db: str, coder: str, batch_size: str, after: str) -> None:
    r = timed_ingest(Path(corpus), db, CODERS[coder], 0, int(batch_size), after=after == "1")
    r["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(r))


def _save(out: dict[str, Any], name: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    out["when"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    (RESULTS / name).write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(out, indent=1))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_rss_child":
        rss_child(*sys.argv[2:7])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput", help="documents/s with 0 (in process), 1 and 2 Dask workers")
    t.add_argument("--n", type=int, default=2000)
    t.add_argument("--batch-size", type=int, default=64)
    t.add_argument("--workers", type=int, nargs="+", default=[1, 2, 0])
    t.add_argument("--coder", choices=sorted(CODERS), default="real")
    r = sub.add_parser("rss", help="peak RSS for corpora of several sizes")
    r.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    r.add_argument("--coder", choices=sorted(CODERS), default="light")
    r.add_argument("--batch-size", type=int, default=64)
    r.add_argument("--after", action="store_true", help="include the post-ingest event grouping step")
    args = ap.parse_args()
    {"throughput": cmd_throughput, "rss": cmd_rss}[args.cmd](args)


if __name__ == "__main__":
    main()
