"""Errors the studio reports to people.

Every error a user can cause carries a message that reads well when spoken aloud
("The script file coffee.md, line 12: ...") and, where it comes from a file, the file
and line. Code never matches on message text: it catches the types below.
"""

from __future__ import annotations

from pathlib import Path

from studio.core.i18n import tr


class StudioError(Exception):
    """Base class for errors that are shown and spoken to the user.

    ``message`` is already in the interface language (the raiser writes ``tr("…")``); :meth:`spoken` adds the
    file and line in the language current when it is called.
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.spoken())

    def spoken(self) -> str:
        """The message as one plain sentence, naming the file and line when known."""
        if self.path is None:
            return self.message
        if self.line is None:
            return tr("The file {name}: {message}").format(name=self.path.name, message=self.message)
        return tr("The file {name}, line {line}: {message}").format(
            name=self.path.name, line=self.line, message=self.message)


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
