"""Walk files and folders (recursively) and read every document with the reader for its suffix."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import SourceError
from detente.sources import feed, html, jsonl, text  # noqa: F401  (register readers)
from detente.sources.registry import Item, ReadOptions, reader_for


def _load_optional_readers() -> None:
    try:
        import detente.sources.bulk  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name != "detente.sources.bulk":
            raise


_SKIP_IN_FOLDERS = ("readme", "license", "licence", "changelog")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Files under the given paths, in a stable (sorted) order.

    When walking a folder, hidden files and a folder's README/LICENSE/CHANGELOG are skipped (they
    describe the corpus, they are not news); a file named explicitly is always read.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(path).parts):
                    continue
                if f.name.lower().startswith(_SKIP_IN_FOLDERS):
                    continue
                yield f
        elif path.is_file():
            yield path
        else:
            yield SourceError(f"{path}: no such file or folder.", "Check the path.")


def read_paths(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[Item]:
    """Documents (and read errors) from files and folders, streamed one at a time."""
    _load_optional_readers()
    opts = opts or ReadOptions()
    for f in iter_files(paths):
        if isinstance(f, SourceError):
            yield f
            continue
        reader = reader_for(f)
        if reader is None:
            yield SourceError(
                f"{f}: unknown file type {f.suffix!r}.",
                "Give .txt (seed format), .html, .jsonl files or folders of them.",
            )
            continue
        yield from reader(f, opts)
