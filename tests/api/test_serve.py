"""`detente serve` as a real process: binds 127.0.0.1 by default, serves the API and the web app."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from detente.api.synthetic import SynthConfig, synth_corpus
from detente.store import open_store


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_command(tmp_path: Path) -> None:
    db = tmp_path / "serve.duckdb"
    with open_store(db) as s:
        s.write_batch(list(synth_corpus(SynthConfig(documents=5))))
    port = _port()
    env = {**os.environ, "DETENTE_TOKEN": "t0ken"}
    code = ("import typer; from detente.cli.serve import serve; app = typer.Typer(); app.command()(serve); app()")
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                health = json.loads(urllib.request.urlopen(base + "/api/health", timeout=2).read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("server did not start: " + (proc.stdout.read() if proc.stdout else ""))
        assert health["stats"]["events"] == 15 and health["writes_enabled"] is True
        page = urllib.request.urlopen(base + "/events", timeout=5)
        assert page.headers["Content-Type"].startswith("text/html")
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]
        req = urllib.request.Request(base + "/api/ingest", data=b"[]", method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=5)
            raise AssertionError("a write without the token must be refused")
        except urllib.error.HTTPError as exc:
            assert exc.code == 401 and json.loads(exc.read())["error"]["code"] == "unauthorized"
        # Bound to the loopback address only.
        listening = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout \
            if os.path.exists("/usr/bin/ss") or os.path.exists("/bin/ss") else ""
        if listening:
            assert f"127.0.0.1:{port}" in listening and f"0.0.0.0:{port}" not in listening
    finally:
        proc.terminate()
        proc.wait(timeout=20)
