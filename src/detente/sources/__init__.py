"""Reading news: files in the seed format, plain text, HTML, JSONL, folders and feeds.

Every reader yields :class:`~detente.model.Document` or :class:`~detente.errors.SourceError` items, so
one broken file is reported and the rest of the batch goes on.
"""

from detente.sources.read import ReadOptions, read_paths

__all__ = ["ReadOptions", "read_paths"]
