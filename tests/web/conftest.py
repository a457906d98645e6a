"""A live server (uvicorn in a thread, 127.0.0.1) over a synthetic store, and headless Debian Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.api import create_app
from detente.api.static import vendor_ready
from detente.api.synthetic import SynthConfig, synth_actors, synth_corpus
from detente.model import ActorRef, CodedEvent, Document, EventDate
from detente.store import open_store

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path("/tmp/detente-shots")

XSS_TEXT = ('Russia <script>window.__xss = 1</script> threatened Ukraine. '
            'Ukraine <img src=x onerror="window.__xss = 2"> accused Russia of lying.')


def hostile_document() -> tuple[Document, list[CodedEvent]]:
    """A report whose text and sentences carry markup that must stay inert."""
    doc = Document(text=XSS_TEXT, date=date(2024, 6, 3), title='<img src=x onerror="window.__xss=3">Title',
                   source="<b>Evil wire</b>", external_id="xss-1")
    day = date(2024, 6, 3)
    s1 = XSS_TEXT[: XSS_TEXT.index("Ukraine.") + len("Ukraine.")]
    s2_start = XSS_TEXT.index("Ukraine <img")
    s2 = XSS_TEXT[s2_start:]
    evs = []
    for sent, s0, src, tgt, trig, cameo, g, q in (
        (s1, 0, "Russia", "Ukraine", "threatened", "130", -4.4, 3),
        (s2, s2_start, "Ukraine", "Russia", "accused", "112", -2.0, 3),
    ):
        a = XSS_TEXT.index(src, s0)
        t = XSS_TEXT.index(trig, s0)
        b = XSS_TEXT.index(tgt, t)
        evs.append(CodedEvent(
            doc_id=doc.id, source=ActorRef(src, src[:3].upper(), src[:3].upper(), start=a, end=a + len(src)),
            target=ActorRef(tgt, tgt[:3].upper(), tgt[:3].upper(), start=b, end=b + len(tgt)),
            cameo=cameo, goldstein=g, quad_class=q, plover="THREATEN", plover_mode=None, modality="happened",
            trigger=trig, trigger_start=t, trigger_end=t + len(trig), sentence=sent, sentence_index=0,
            sentence_start=s0, event_date=EventDate(day.isoformat(), "day", day, day), report_date=day,
        ))  # fmt: skip
    return doc, evs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    import uvicorn

    if not vendor_ready():
        pytest.skip("the web app's npm libraries are missing: run `npm --prefix src/detente/web ci`")
    store = open_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    store.write_batch(list(synth_corpus(SynthConfig(documents=150, seed=21))) + [hostile_document()],
                      synth_actors())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "store": store, "xss_doc": hostile_document()[0].id}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (.ci/setup-services.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live_server: dict[str, Any]) -> Iterator[Any]:
    """A page that records console errors, page errors, failed and off-host requests."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    base = live_server["url"]
    pg.on("console", lambda m: m.type in ("error", "warning") and pg.problems.append(f"console {m.type}: {m.text}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: pg.problems.append(f"request failed: {r.url}"))
    pg.on("request", lambda r: r.url.startswith(("http", "ws")) and not r.url.startswith(base)
          and pg.problems.append(f"off-host request: {r.url}"))
    yield pg
    ctx.close()


@pytest.fixture
def shots(tmp_path: Path) -> Any:
    """Save a screenshot in the test's tmp dir and in /tmp/detente-shots/ (to look at)."""
    def take(pg: Any, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        try:
            SHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, SHOTS / path.name)
        except OSError:
            pass
        return path

    return take
