"""Storage: the event store behind every view (DuckDB by default, PostgreSQL as the server option)."""

from detente.store.base import Store, open_store

__all__ = ["Store", "open_store"]
