"""The error catalogue. Every error says what went wrong and what to do about it."""

from __future__ import annotations


class DetenteError(Exception):
    """Base class: ``code`` is stable (E001...), ``hint`` tells the user what to do."""

    code = "E000"

    def __init__(self, message: str, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"[{self.code}] {self.explanation}")

    @property
    def explanation(self) -> str:
        """The reason, then the hint as a sentence of its own ("file is empty. Remove it ...")."""
        if not self.hint:
            return self.message
        reason = self.message.rstrip()
        stop = "" if reason.endswith((".", "!", "?", ":", ";")) else "."
        return f"{reason}{stop} {self.hint}"


class SourceError(DetenteError):
    """A document could not be read; the rest of the batch goes on."""

    code = "E001"


class NoDateError(SourceError):
    code = "E002"


class StoreError(DetenteError):
    code = "E010"


class ModelMissingError(DetenteError):
    code = "E020"


class QueryError(DetenteError):
    """Bad query parameters (a 4xx in the API)."""

    code = "E030"
