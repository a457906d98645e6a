"""Saving and reloading fitted forecasters (``detente forecast fit --out FILE``, ``--model-file``).

A model file is one ``.npz`` archive (no pickle): every fitted attribute (name ending in ``_``) that
is an array is stored as ``attr/<name>``; the rest (model name, constructor parameters, scalar or
list attributes, calibration maps, the detente version) sits in a JSON string ``meta``. The data
the model was fit on is identified by a *fingerprint*: dataset name, source path, entity and
relation counts, the size and last time step of each split and a SHA-256 of the facts and names.
Loading checks the fingerprint against the data given, so a model fit on other data (or on an
older state of an event store) is refused instead of silently giving wrong answers.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from detente.forecast.base import Forecaster, get_model
from detente.forecast.data import TKGDataset

FORMAT = "detente-forecast-model"
FORMAT_VERSION = 1


class ModelFileError(ValueError):
    """A model file is missing, unreadable, of another format, or was fit on other data."""


def _version() -> str:
    try:
        from detente import __version__

        return str(__version__)
    except ImportError:  # pragma: no cover
        return "unknown"


def fingerprint(dataset: TKGDataset, source: str | Path | None = None) -> dict[str, Any]:
    """What identifies the data a model was fit on (``source`` is informative, not compared)."""
    h = hashlib.sha256()
    for split in (dataset.train, dataset.valid, dataset.test):
        arr = np.ascontiguousarray(np.asarray(split, dtype=np.int64))
        h.update(str(arr.shape).encode())
        h.update(arr.tobytes())
    h.update("\n".join(dataset.entities).encode())
    h.update(b"\0")
    h.update("\n".join(dataset.relations).encode())

    def last(a: np.ndarray) -> int | None:
        return int(a[:, 3].max()) if len(a) else None

    return {"name": dataset.name, "source": str(source) if source is not None else None,
            "num_entities": dataset.num_entities, "num_relations": dataset.num_relations,
            "sizes": {"train": len(dataset.train), "valid": len(dataset.valid), "test": len(dataset.test)},
            "last_time": {"train": last(dataset.train), "valid": last(dataset.valid), "test": last(dataset.test)},
            "last_time_label": dataset.time_label(max(int(dataset.all_facts()[:, 3].max()), 0))
            if len(dataset.all_facts()) else None,
            "sha256": h.hexdigest()}


_COMPARED = ("num_entities", "num_relations", "sizes", "last_time", "sha256")


def save_model(path: str | Path, model: Forecaster, dataset: TKGDataset, source: str | Path | None = None,
               calibrators: dict[int, tuple[np.ndarray, np.ndarray]] | None = None) -> Path:
    """Write ``model`` (fitted on ``dataset``) and optional isotonic maps ``{within: (x, y)}`` to ``path``."""
    model.check_fitted()
    arrays: dict[str, np.ndarray] = {}
    scalars: dict[str, Any] = {}
    for name, value in vars(model).items():
        if not name.endswith("_") or name.startswith("_"):
            continue
        if isinstance(value, np.ndarray):
            if value.dtype == object:
                raise ModelFileError(f"cannot save object array attribute {name!r}")
            arrays[f"attr/{name}"] = value
        else:
            try:
                json.dumps(value)
            except TypeError as exc:
                raise ModelFileError(f"cannot save attribute {name!r} of type {type(value).__name__}") from exc
            scalars[name] = value
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in model.get_params().items()}
    cals = sorted((calibrators or {}).items())
    for within, (x, y) in cals:
        arrays[f"cal/{within}/x"] = np.asarray(x, dtype=np.float64)
        arrays[f"cal/{within}/y"] = np.asarray(y, dtype=np.float64)
    meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "detente_version": _version(),
            "model": model.name, "params": params, "scalars": scalars,
            "calibrators": [int(w) for w, _ in cals], "fingerprint": fingerprint(dataset, source)}
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_name(path.name + ".npz") if path.suffix == "" else path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        arrays["meta"] = np.array(json.dumps(meta))
        np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]
    tmp.replace(path)
    return path


def read_meta(path: str | Path) -> dict[str, Any]:
    """The JSON metadata of a model file (model, parameters, fingerprint, version)."""
    return _open(Path(path))[0]


def _open(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    if not path.is_file():
        raise ModelFileError(f"model file {path} does not exist; create it with "
                             f"`detente forecast fit --data DIR --out {path}`")
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(str(arrays.pop("meta")))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"model file {path} is corrupt or not a detente model file ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelFileError(f"{path} is not a detente forecast model file")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelFileError(f"{path} has format version {meta.get('format_version')}, this detente reads "
                             f"{FORMAT_VERSION}; fit the model again")
    return meta, arrays


def load_model(path: str | Path, dataset: TKGDataset | None = None
               ) -> tuple[Forecaster, dict[int, tuple[np.ndarray, np.ndarray]], dict[str, Any]]:
    """``(model, calibrators, meta)`` from ``path``; with ``dataset``, refuse a model fit on other data."""
    path = Path(path)
    meta, arrays = _open(path)
    if dataset is not None:
        fp, want = meta.get("fingerprint", {}), fingerprint(dataset)
        diff = [k for k in _COMPARED if fp.get(k) != want[k]]
        if diff:
            raise ModelFileError(
                f"model file {path} was fit on other data ({fp.get('name')!r} from {fp.get('source')}, "
                f"{fp.get('sizes')} facts, last step {fp.get('last_time_label')}); this data is "
                f"{want['name']!r} with {want['sizes']} facts, last step {want['last_time_label']} "
                f"(differs in: {', '.join(diff)}); fit it again with `detente forecast fit`")
    try:
        model = get_model(str(meta["model"]), **meta["params"])
        for name, value in meta["scalars"].items():
            setattr(model, name, value)
        for key, value in arrays.items():
            if key.startswith("attr/"):
                setattr(model, key[5:], value)
        cals = {int(w): (arrays[f"cal/{w}/x"], arrays[f"cal/{w}/y"]) for w in meta["calibrators"]}
    except (KeyError, TypeError) as exc:
        raise ModelFileError(f"model file {path} is incomplete or of another detente version "
                             f"({meta.get('detente_version')}): {exc}") from exc
    model.check_fitted()
    return model, cals, meta
