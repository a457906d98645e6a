"""Bulk-scale benchmark: Dask speed-up (2 local workers / 1 worker), CPU per document, peak memory.

    .venv/bin/python bench/scale.py throughput --repeat 3 --workers 1 2 0 --cold 1 2   # scale_throughput_real.json
    .venv/bin/python bench/scale.py cost --words 30 150 600      # CPU per article by length; scale_cost_real.json
    .venv/bin/python bench/scale.py rss --sizes 10000 100000 --batch-size 256   # light stand-in; scale_rss_light.json
    .venv/bin/python bench/scale.py rss --sizes 2000 10000 --coder real --batch-size 256   # scale_rss_real.json

``throughput`` (defaults: 3,000 documents, batches of 256, the real coder) runs each variant ``--repeat``
times, interleaved, on a LocalCluster built as ``bulk_ingest(workers=N)`` builds it, with the model loaded
before timing; it reports wall and steady rates, medians, CPU per document of workers and client, and from
Dask's task stream the workers' utilisation, start-up and tail. ``--cold N`` also times
``bulk_ingest(workers=N)`` in a fresh process, cluster start and model load included.

The corpus is generated (short wire reports of two or three sentences, one JSON line each, gzip). The
``light`` coder is a STAND-IN with no NLP (one regex "event" per document, registry lookups included): it
measures the streaming machinery (read, batch, shard, load, progress) and nothing about spaCy.
Each RSS figure is the peak resident set of a fresh process that runs one bulk ingest (``VmHWM``: see
``bench/_rss.py`` for why not ``ru_maxrss``).
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


def make_long_corpus(path: Path, n: int, words: int, seed: int = 5) -> Path:
    """``n`` distinct articles of about ``words`` words each: paragraphs of the same kind of wire sentences."""
    rng = random.Random(seed)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            sentences = []
            while sum(len(x.split()) for x in sentences) < words:
                dem, role, name = rng.choice(_NAMES)
                who = f"{dem} {role} {name}" if rng.random() < 0.3 else name.split()[-1]
                sentences.append(f"{who} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in {rng.choice(_CITIES)} on "
                                 f"Monday, officials said, in the {len(sentences)}th round of talks of article {i}.")
                if rng.random() < 0.5:
                    sentences.append(f"The meeting was {rng.choice(['useful', 'hard', 'long', 'short'])} and the "
                                     "two sides agreed to meet again next month, according to a statement.")
            fh.write(json.dumps({"id": i, "text": " ".join(sentences), "date": f"2024-{1 + i % 12:02d}-10"}) + "\n")
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
                 scheduler: str | None = None, n_parallel: int = 1) -> dict[str, Any]:
    """One bulk ingest, timed.

    - ``wall_s``: the whole ``bulk_ingest`` call (opening the store excluded).
    - ``docs_per_s_steady``: documents stored after the first ``n_parallel`` batches, divided by the time
      from that batch's commit to the last commit. With N workers the first N batches finish together, so
      counting from the first commit (N = 1) would overstate an N-worker rate.
    - ``client_cpu_s``: CPU of this whole process (Dask's in-process scheduler included);
      ``client_main_thread_cpu_s``: the bulk loop alone (reading, batching, submitting, loading shards).
    """
    from detente.scale import bulk_ingest
    from detente.store import open_store

    marks: list[tuple[float, int]] = []
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        marks.append((time.perf_counter(), done))

    duck: dict[str, float] = {}
    with open_store(db) as st:
        t0, c0, m0, epoch0 = time.perf_counter(), time.process_time(), time.thread_time(), time.time()
        report = bulk_ingest([corpus], st, workers=workers, batch_size=batch_size, coder=coder, progress=progress,
                             after=after, scheduler=scheduler)
        wall, cpu, main = time.perf_counter() - t0, time.process_time() - c0, time.thread_time() - m0
        epoch1 = time.time()
        if st.dialect == "duckdb":  # DuckDB's own memory at the end of the run (indexes grow with the store)
            rows = st.query("SELECT tag, memory_usage_bytes AS b FROM duckdb_memory() WHERE memory_usage_bytes > 0")
            duck = {x["tag"]: round(x["b"] / 2**20, 1) for x in rows}
    steady = None
    k = min(max(n_parallel, 1), len(marks)) - 1
    if len(marks) - k > 1:
        (ta, na), (tb, nb) = marks[k], marks[-1]
        steady = (nb - na) / (tb - ta) if tb > ta else None
    return {"workers": report.workers if report.backend == "dask" else 0, "backend": report.backend,
            "documents": report.read, "events": report.events, "batches": report.batches, "wall_s": round(wall, 2),
            "docs_per_s_wall": round(report.read / wall, 1),
            "docs_per_s_steady": round(steady, 1) if steady else None,
            "first_commit_s": round(marks[0][0] - t0, 2) if marks else None,
            "after_last_commit_s": round(t0 + wall - marks[-1][0], 2) if marks else None,
            "client_cpu_s": round(cpu, 2), "client_main_thread_cpu_s": round(main, 2),
            "duckdb_memory_mb": duck, "_epoch": (epoch0, epoch1)}


def _worker_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm_up() -> None:
    """What a worker does once at start-up: load the model and import the per-batch code and the coder."""
    from detente.nlp.load import get_nlp
    from detente.scale.work import resolve_coder

    get_nlp()
    resolve_coder(CODERS["real"])


def _task_stream_summary(tasks: list[dict[str, Any]], epoch: tuple[float, float], workers: int) -> dict[str, Any]:
    """Where the workers' time went during one run, from Dask's task stream (worker clocks = this machine's)."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for t in tasks:
        for ss in t.get("startstops", ()):
            if ss.get("action") == "compute":
                spans.setdefault(str(t.get("worker")), []).append((ss["start"], ss["stop"]))
    if not spans:
        return {}
    t0, t1 = epoch
    wall = t1 - t0
    first = min(a for v in spans.values() for a, _ in v)
    last = max(b for v in spans.values() for _, b in v)
    busy = {w: sum(b - a for a, b in v) for w, v in spans.items()}
    ends = [max(b for _, b in v) for v in spans.values()] + [first] * (workers - len(spans))
    return {
        "tasks": sum(len(v) for v in spans.values()),
        "worker_busy_s": round(sum(busy.values()), 2),
        # share of the run's wall time x workers spent coding: the wall-clock speed-up is N x this ratio
        "worker_utilisation": round(sum(busy.values()) / (workers * wall), 3) if wall > 0 else None,
        "before_first_task_s": round(first - t0, 3),  # connect, read the first batch, submit
        "tail_idle_s": round(sum(last - e for e in ends) / workers, 3),  # mean idle per worker at the end
        "after_last_task_s": round(t1 - last, 3),  # fetch and load the last shard, finish the run
    }


def dask_run(corpus: Path, db: str, coder: str, workers: int, batch_size: int) -> dict[str, Any]:
    """A run on a LocalCluster of ``workers`` processes (model loaded first), with the workers' CPU time."""
    from distributed import Client, get_task_stream

    from detente.scale.executors import local_cluster  # the cluster `bulk_ingest(workers=N)` starts

    with local_cluster(workers) as cluster, Client(cluster) as client:
        if coder == CODERS["real"]:
            client.run(_warm_up)
        before = client.run(_worker_cpu)
        with get_task_stream(client) as ts:
            row = timed_ingest(corpus, db, coder, 0, batch_size, after=False, scheduler=cluster.scheduler_address,
                               n_parallel=workers)
        after = client.run(_worker_cpu)
    row.update(_task_stream_summary(ts.data, row["_epoch"], workers))
    row["worker_cpu_s"] = round(sum(after.values()) - sum(before.values()), 2)
    n = row["documents"]
    row["worker_cpu_ms_per_doc"] = round(1000 * row["worker_cpu_s"] / n, 3)
    row["client_cpu_ms_per_doc"] = round(1000 * row["client_cpu_s"] / n, 3)
    row["client_main_thread_cpu_ms_per_doc"] = round(1000 * row["client_main_thread_cpu_s"] / n, 3)
    return row


def cold_run(corpus: Path, db: str, coder: str, workers: int, batch_size: int) -> dict[str, Any]:
    """``bulk_ingest(workers=N)`` from nothing: the cluster start and the model load count (a fresh process)."""
    cmd = [sys.executable, __file__, "_cold_child", str(corpus), db, coder, str(workers), str(batch_size)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(ROOT / "src")]))
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def cold_child(corpus: str, db: str, coder: str, workers: str, batch_size: str) -> None:
    row = timed_ingest(Path(corpus), db, coder, int(workers), int(batch_size), after=False)
    row.pop("_epoch", None)
    print(json.dumps(row))


def _median(xs: Sequence[float]) -> float:
    ys = sorted(xs)
    return ys[len(ys) // 2] if len(ys) % 2 else (ys[len(ys) // 2 - 1] + ys[len(ys) // 2]) / 2


def cmd_throughput(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    corpus = make_corpus(tmp / "corpus.jsonl.gz", args.n)
    words = sum(len(json.loads(line)["text"].split()) for line in gzip.open(corpus, "rt", encoding="utf-8"))
    coder = CODERS[args.coder]
    load_before = os.getloadavg()
    runs: list[dict[str, Any]] = []
    for rep in range(args.repeat):  # variants interleaved, so a burst of load spreads over all of them
        order = list(args.workers) if rep % 2 == 0 else list(reversed(args.workers))
        for w in order:
            load = os.getloadavg()[0]
            if w:
                row = dask_run(corpus, _fresh_db(tmp, f"w{w}"), coder, w, args.batch_size)
            else:
                if coder == CODERS["real"]:
                    _warm_up()
                row = timed_ingest(corpus, _fresh_db(tmp, "w0"), coder, 0, args.batch_size, after=False)
                row["cpu_ms_per_doc"] = round(1000 * row["client_cpu_s"] / row["documents"], 3)
            row.pop("_epoch", None)
            row.update(repeat=rep, load_avg_1min_before=round(load, 2))
            runs.append(row)
            print(json.dumps({k: row.get(k) for k in ("workers", "backend", "wall_s", "docs_per_s_wall",
                                                        "docs_per_s_steady", "worker_utilisation",
                                                        "load_avg_1min_before")}), flush=True)
    cold = []
    for w in args.cold:
        row = cold_run(corpus, _fresh_db(tmp, f"cold{w}"), coder, w, args.batch_size)
        row["load_avg_1min_before"] = round(os.getloadavg()[0], 2)
        cold.append(row)
        print(json.dumps({k: row.get(k) for k in ("workers", "backend", "wall_s", "first_commit_s")}), flush=True)

    def pick(w: int) -> list[dict[str, Any]]:
        return [r for r in runs if (r["workers"] if r["backend"] == "dask" else 0) == w]

    summary: dict[str, Any] = {}
    for w in args.workers:
        rs = pick(w)
        walls = [r["wall_s"] for r in rs]
        summary[str(w)] = {
            "wall_s_median": round(_median(walls), 2), "wall_s_best": min(walls),
            "docs_per_s_wall_median": round(args.n / _median(walls), 1),
            "docs_per_s_steady_median": round(_median([r["docs_per_s_steady"] or 0 for r in rs]), 1),
        }
        if w:
            for key in ("worker_cpu_ms_per_doc", "client_cpu_ms_per_doc", "client_main_thread_cpu_ms_per_doc",
                        "worker_utilisation", "before_first_task_s", "tail_idle_s", "after_last_task_s"):
                vals = [r[key] for r in rs if r.get(key) is not None]
                if vals:
                    summary[str(w)][key + "_median"] = round(_median(vals), 3)
        else:
            summary[str(w)]["cpu_ms_per_doc_median"] = round(_median([r["cpu_ms_per_doc"] for r in rs]), 3)
    out: dict[str, Any] = {
        "benchmark": "bulk ingest throughput", "coder": args.coder, "documents": args.n, "words": words,
        "batch_size": args.batch_size, "repeat": args.repeat, "cpu_count": os.cpu_count(),
        "load_avg_before": load_before, "load_avg_after": os.getloadavg(), "python": platform.python_version(),
        "summary": summary, "runs": runs, "cold": cold,
        "note": "same corpus for every run; warm runs load the model before timing (on the Dask workers too); "
                "variants interleaved, medians over the repeats; load_avg_1min_before is the 1-minute load "
                "average before each run (other jobs on the machine make wall-clock figures noisy); 'cold' runs "
                "are bulk_ingest(workers=N) in a fresh process: cluster start and model load included",
    }
    s1, s2 = summary.get("1"), summary.get("2")
    if s1 and s2:
        out["speedup_2_over_1_wall"] = round(s1["wall_s_median"] / s2["wall_s_median"], 3)
        out["speedup_2_over_1_wall_best"] = round(s1["wall_s_best"] / s2["wall_s_best"], 3)
        out["speedup_2_over_1_steady"] = round(s2["docs_per_s_steady_median"] / s1["docs_per_s_steady_median"], 3) \
            if s1["docs_per_s_steady_median"] else None
        # CPU accounting: what 2 dedicated cores would give, from CPU seconds per document (load-independent)
        w1, c1 = s1["worker_cpu_ms_per_doc_median"], s1["client_cpu_ms_per_doc_median"]
        w2, c2 = s2["worker_cpu_ms_per_doc_median"], s2["client_cpu_ms_per_doc_median"]
        one = 1000 / max(w1, c1)  # worker and client each on its own core
        two = min(2000 / (w2 + c2), 2000 / w2, 1000 / c2)  # two workers and the client share two cores
        out["cpu_model_speedup_2_over_1_on_2_cores"] = round(two / one, 3)
        out["cpu_model_speedup_2_over_1_on_3_cores"] = round(min(2000 / w2, 1000 / c2) / one, 3)
        out["docs_per_cpu_second_worker"] = round(1000 / w1, 1)
        out["words_per_cpu_second_worker"] = round(1000 / w1 * words / args.n, 1)
    if "0" in summary:
        out["docs_per_cpu_second_in_process"] = round(1000 / summary["0"]["cpu_ms_per_doc_median"], 1)
    _save(out, args.out or f"scale_throughput_{args.coder}.json")


def cmd_cost(args: argparse.Namespace) -> None:
    """CPU per document for articles of several lengths, whole pipeline in one process (read, code, store)."""
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    coder = CODERS[args.coder]
    if coder == CODERS["real"]:
        _warm_up()
    rows = []
    for words in args.words:
        n = max(args.min_docs, args.total_words // words)
        corpus = make_long_corpus(tmp / f"long{words}.jsonl.gz", n, words)
        actual = sum(len(json.loads(line)["text"].split()) for line in gzip.open(corpus, "rt", encoding="utf-8"))
        row = timed_ingest(corpus, _fresh_db(tmp, f"cost{words}"), coder, 0, args.batch_size, after=False)
        row.pop("_epoch", None)
        cpu = row["client_cpu_s"]
        row.update(words_per_doc=round(actual / n, 1), cpu_ms_per_doc=round(1000 * cpu / n, 2),
                   docs_per_cpu_second=round(n / cpu, 1), words_per_cpu_second=round(actual / cpu, 1),
                   load_avg_1min_after=round(os.getloadavg()[0], 2))
        rows.append(row)
        print(json.dumps({k: row[k] for k in ("words_per_doc", "documents", "cpu_ms_per_doc", "words_per_cpu_second",
                                              "load_avg_1min_after")}), flush=True)
    longest = max(rows, key=lambda r: r["words_per_doc"])
    per_doc_s = longest["cpu_ms_per_doc"] / 1000
    out = {"benchmark": "CPU per document by article length (in process: read, code, store)", "coder": args.coder,
           "batch_size": args.batch_size, "cpu_count": os.cpu_count(), "python": platform.python_version(),
           "runs": rows,
           "extrapolation_200k_articles_per_day": {
               "words_per_article": longest["words_per_doc"], "cpu_s_per_article": round(per_doc_s, 4),
               "mean_cores": round(200_000 * per_doc_s / 86_400, 2),
               "cores_with_3x_burst_allowance": round(3 * 200_000 * per_doc_s / 86_400, 2),
               "cores_to_backfill_one_year_in_a_week": round(365 * 200_000 * per_doc_s / (7 * 86_400), 1)},
           "note": "CPU seconds of this process (process_time), so other jobs on the machine inflate them only "
                   "through contention (caches, frequency), not through waiting"}
    _save(out, f"scale_cost_{args.coder}.json")


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
    r.pop("_epoch", None)
    from _rss import peak_rss_mb  # bench/ is this script's folder

    r["peak_rss_mb"] = round(peak_rss_mb(), 1)
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
    if len(sys.argv) > 1 and sys.argv[1] == "_cold_child":
        cold_child(*sys.argv[2:7])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput", help="documents/s with 0 (in process), 1 and 2 Dask workers")
    t.add_argument("--n", type=int, default=3000)
    t.add_argument("--batch-size", type=int, default=256)
    t.add_argument("--workers", type=int, nargs="+", default=[1, 2, 0])
    t.add_argument("--coder", choices=sorted(CODERS), default="real")
    t.add_argument("--repeat", type=int, default=3, help="runs of each variant, interleaved; medians are reported")
    t.add_argument("--cold", type=int, nargs="*", default=[],
                   help="also time bulk_ingest(workers=N) for these N in a fresh process (start-up included)")
    t.add_argument("--out", help="result file name in bench/results (default scale_throughput_CODER.json)")
    c = sub.add_parser("cost", help="CPU per document for articles of several lengths (in process)")
    c.add_argument("--words", type=int, nargs="+", default=[30, 150, 600])
    c.add_argument("--total-words", type=int, default=60_000, help="words to code for each length")
    c.add_argument("--min-docs", type=int, default=64)
    c.add_argument("--batch-size", type=int, default=64)
    c.add_argument("--coder", choices=sorted(CODERS), default="real")
    r = sub.add_parser("rss", help="peak RSS for corpora of several sizes")
    r.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    r.add_argument("--coder", choices=sorted(CODERS), default="light")
    r.add_argument("--batch-size", type=int, default=64)
    r.add_argument("--after", action="store_true", help="include the post-ingest event grouping step")
    args = ap.parse_args()
    {"throughput": cmd_throughput, "rss": cmd_rss, "cost": cmd_cost}[args.cmd](args)


if __name__ == "__main__":
    main()
