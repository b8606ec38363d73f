"""Errors the studio reports to people.

Every error a user can cause carries a message that reads well when spoken aloud
("The script file coffee.md, line 12: ...") and, where it comes from a file, the file
and line. Code never matches on message text: it catches the types below.
"""

from __future__ import annotations

from pathlib import Path


class StudioError(Exception):
    """Base class for errors that are shown and spoken to the user."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.spoken())

    def spoken(self) -> str:
        """The message as one plain sentence, naming the file and line when known."""
        if self.path is None:
            return self.message
        where = f"The file {self.path.name}"
        if self.line is not None:
            where += f", line {self.line}"
        return f"{where}: {self.message}"


class ModelError(StudioError, ValueError):
    """A session-model value is invalid (bad field, bad JSON, unknown schema version)."""


class StoreError(StudioError):
    """The session store cannot be used."""


class CorruptDatabaseError(StoreError):
    """The database file exists but is not a readable SQLite database."""


class ForeignDatabaseError(StoreError):
    """The database file is a SQLite database that belongs to another program or a newer studio."""


class Cancelled(Exception):
    """Raised cooperatively inside a long job when the user cancelled it."""
