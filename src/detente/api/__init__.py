"""The HTTP API and web app over the event store (``detente serve``)."""

from detente.api.app import create_app

__all__ = ["create_app"]
