"""API benchmark: 1M synthetic events in DuckDB; query p50/p95; HTTP requests/s under wrk.

    .venv/bin/python bench/api.py                  # 1M events, 15 s of wrk
    .venv/bin/python bench/api.py --events 100000 --duration 5 --reps 20

Writes bench/results/api-<timestamp>.json. The store is cached in bench/.data/ (rebuilt when its event
count differs). wrk (Debian package) only ever targets 127.0.0.1, with bounded duration and connections.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.api.synthetic import SynthConfig, synth_document  # noqa: E402
from detente.store.base import DOCUMENT_COLUMNS, EVENT_COLUMNS, document_row, event_row  # noqa: E402
from detente.store.duckdb import DuckDBStore  # noqa: E402
from detente.views import query as q  # noqa: E402
from detente.views.filters import EventFilter  # noqa: E402

EVENTS_PER_DOC = 5


def build_store(path: Path, n_events: int, seed: int = 1) -> float:
    """Fill a DuckDB store with ``n_events`` synthetic events (5 per report, 5 years); returns seconds."""
    import pyarrow as pa

    t0 = time.perf_counter()
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = DuckDBStore(str(path))
    store.init_schema()
    cfg = SynthConfig(events_per_doc=EVENTS_PER_DOC, start=date(2020, 1, 1), days=5 * 365, seed=seed)
    rng = random.Random(seed)
    n_docs = n_events // EVENTS_PER_DOC
    chunk = 20_000
    for lo in range(0, n_docs, chunk):
        docs, events = [], []
        for i in range(lo, min(n_docs, lo + chunk)):
            doc, evs = synth_document(rng, i, cfg)
            docs.append(document_row(doc, len(evs)))
            events.extend(event_row(e) for e in evs)
        dt = pa.table({c: [r[k] for r in docs] for k, c in enumerate(DOCUMENT_COLUMNS)})
        et = pa.table({c: [r[k] for r in events] for k, c in enumerate(EVENT_COLUMNS)})
        store.con.register("doc_batch", dt)
        store.con.register("event_batch", et)
        store.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) SELECT * FROM doc_batch "
                      "ON CONFLICT DO NOTHING")
        store.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT * FROM event_batch "
                      "ON CONFLICT DO NOTHING")
        store.con.unregister("doc_batch")
        store.con.unregister("event_batch")
        print(f"  stored {min(n_docs, lo + chunk) * EVENTS_PER_DOC:,} events", file=sys.stderr, flush=True)
    store.execute("CHECKPOINT")
    store.close()
    return time.perf_counter() - t0


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    s = sorted(samples_ms)
    pick = lambda p: s[min(len(s) - 1, int(round(p * (len(s) - 1))))]  # noqa: E731
    return {"n": len(s), "p50_ms": round(statistics.median(s), 2), "p95_ms": round(pick(0.95), 2),
            "max_ms": round(s[-1], 2), "mean_ms": round(statistics.fmean(s), 2)}


def timed(fn: Callable[[], Any], reps: int) -> dict[str, float]:
    fn()  # warm
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return percentiles(out)


def query_bench(path: Path, reps: int) -> dict[str, Any]:
    store = DuckDBStore(str(path), read_only=True)
    rng = random.Random(3)
    dyads = [("RUS", "USA"), ("CHN", "RUS"), ("FRA", "DEU"), ("IRN", "ISR"), ("RUSGOV", "USAGOV")]
    res: dict[str, Any] = {"events": q.count_events(store)}
    for period in ("month", "week"):
        it = iter(dyads * (reps // len(dyads) + 2))
        res[f"dyad_timeline_{period}"] = timed(
            lambda p=period, it=it: q.dyad_timeline(store, *next(it), period=p), reps)  # type: ignore[misc]
    res["dyad_timeline_month_2y_window"] = timed(lambda: q.dyad_timeline(
        store, "RUS", "USA", "month", flt=EventFilter(start=date(2022, 1, 1), end=date(2023, 12, 31))), reps)

    def page(flt: EventFilter) -> Callable[[], Any]:
        def run() -> None:
            total = q.count_events(store, flt)
            off = rng.randrange(0, max(1, min(total, 10_000) - 50))
            q.list_events(store, flt, limit=50, offset=off)
        return run

    res["event_page_unfiltered"] = timed(page(EventFilter()), reps)
    res["event_page_actor_RUS"] = timed(page(EventFilter(actor="RUS")), reps)
    res["event_page_quad4_3months"] = timed(page(EventFilter(
        quad_class=4, start=date(2021, 3, 1), end=date(2021, 5, 31))), reps)
    res["event_page_text"] = timed(page(EventFilter(text="air strikes")), reps)
    store.close()
    return res


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


WRK_LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def _parse_wrk(text: str) -> dict[str, Any]:
    def num(pattern: str) -> float | None:
        m = re.search(pattern, text)
        return float(m.group(1)) if m else None

    def ms(value: str, unit: str) -> float:
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    lat = {f"p{p}_ms": round(ms(v, u), 2) for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$",
                                                                        text, re.M)}
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {
        "requests_per_s": num(r"Requests/sec:\s+([\d.]+)"),
        "requests": num(r"(\d+) requests in"),
        "non_2xx": int(num(r"Non-2xx or 3xx responses: (\d+)") or 0),
        "socket_errors": sum(int(x) for x in errors.groups()) if errors else 0,
        "latency": lat,
    }


def http_bench(path: Path, duration: int, connections: int) -> dict[str, Any]:
    if shutil.which("wrk") is None:
        return {"skipped": "wrk is not installed (apt-get install wrk, or .ci/setup-services.sh)"}
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DETENTE_TOKEN", None)
    code = ("import uvicorn; from detente.api.app import create_app; from detente.store.duckdb import DuckDBStore;"
            f"uvicorn.run(create_app(DuckDBStore({str(path)!r}, read_only=True)), host='127.0.0.1', port={port},"
            "log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(base + "/api/health", timeout=2).read()
                break
            except OSError:
                time.sleep(0.3)
        else:
            return {"error": "the server did not start"}
        start = date(2021, 1, 1)
        paths = ["/api/dyads/timeline?a=RUS&b=USA&period=month", "/api/dyads/timeline?a=CHN&b=RUS&period=week",
                 "/api/events?actor=RUS&limit=50", "/api/events?quad_class=4&limit=50&offset=100",
                 f"/api/events?start={start}&end={start + timedelta(days=30)}&limit=50",
                 "/api/dyads/timeline?a=FRA&b=DEU&directed=true"]
        results: dict[str, Any] = {}
        for name, urls in (("mixed", paths), ("dyad_timeline", paths[:2])):
            with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
                fh.write(WRK_LUA % ", ".join(json.dumps(p) for p in urls))
            cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
                   "-s", fh.name, base]
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 30)
            os.unlink(fh.name)
            results[name] = {**_parse_wrk(out.stdout), "command": " ".join(cmd[:-3]) + " <paths.lua> " + base,
                             "paths": urls}
        return results
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=60)
    ap.add_argument("--duration", type=int, default=15, help="seconds of wrk per scenario")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / ".data" / "api-bench.duckdb")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    build_s = None
    have = 0
    if args.db.exists():
        s = DuckDBStore(str(args.db), read_only=True)
        have = q.count_events(s)
        s.close()
    if have != args.events:
        print(f"building {args.events:,} events in {args.db} …", file=sys.stderr)
        build_s = round(build_store(args.db, args.events), 1)
    print("query latencies …", file=sys.stderr)
    queries = query_bench(args.db, args.reps)
    print("HTTP load (wrk) …", file=sys.stderr)
    http = http_bench(args.db, args.duration, args.connections)
    result = {
        "benchmark": "api", "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "events": queries["events"],
        "build_seconds": build_s, "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "loadavg_1m_at_end": round(os.getloadavg()[0], 2)},
        "queries": queries, "http": http,
        "goal": {"dyad_timeline_p95_ms": 100,
                 "met": all(v["p95_ms"] <= 100 for k, v in queries.items() if k.startswith("dyad_timeline"))},
    }
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"api-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
