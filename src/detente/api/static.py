"""The web app's files: our own under web/static, third-party ones from web/node_modules (npm)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter
from fastapi import Path as PathParam
from fastapi.responses import FileResponse

from detente.api.errors import ApiError

WEB = Path(__file__).resolve().parent.parent / "web"
STATIC = WEB / "static"
NODE_MODULES = WEB / "node_modules"
SETUP_HINT = "install the web app's libraries with `npm --prefix src/detente/web ci`"

# Served name -> file inside node_modules (only what the pages load).
VENDOR: dict[str, str] = {
    "vega.min.js": "vega/build/vega.min.js",
    "vega-lite.min.js": "vega-lite/build/vega-lite.min.js",
    "vega-embed.min.js": "vega-embed/build/vega-embed.min.js",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}
PAGES = ("", "dyad", "network", "map", "events", "anticipations", "actors")
NO_CACHE = {"Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


def vendor_ready() -> bool:
    return all((NODE_MODULES / p).is_file() for p in VENDOR.values())


@router.get("/static/vendor/{name}")
def vendor(name: str = PathParam(max_length=64)) -> FileResponse:
    rel = VENDOR.get(name)
    if rel is None:
        raise ApiError(404, "not_found", f"no vendor file {name!r}")
    path = NODE_MODULES / rel
    if not path.is_file():
        raise ApiError(404, "not_found", f"{rel} is missing: {SETUP_HINT}")
    return FileResponse(path, headers={"Cache-Control": "max-age=3600"})


_SAFE = re.compile(r"^[a-z0-9_-]+(/[a-z0-9_-]+)*\.(js|css|svg|html)$")


@router.get("/static/app/{rel:path}")
def own(rel: str) -> FileResponse:
    if not _SAFE.match(rel) or not (STATIC / rel).is_file():
        raise ApiError(404, "not_found", f"no static file {rel!r}")
    return FileResponse(STATIC / rel, headers=NO_CACHE)


def _index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html", headers=NO_CACHE)


for _page in PAGES:
    router.add_api_route("/" + _page, _index, methods=["GET"], include_in_schema=False)


@router.get("/documents/{doc_id}")
def document_page(doc_id: str) -> FileResponse:
    return _index()
