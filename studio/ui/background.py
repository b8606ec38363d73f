"""Run a short job (a store query) off the GUI thread and get its result back on the GUI thread.

``run_in_background(owner, job, on_done, on_failed)`` runs ``job()`` on Qt's global thread pool. The result (or the
exception) travels back through a signal of a small relay object that lives in the GUI thread, so ``on_done`` and
``on_failed`` run there and may touch widgets. Nothing waits: the window keeps answering keys while the job runs.
If ``owner`` is destroyed first, the relay goes with it and the result is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the job's thread emits ``finished`` and Qt queues it here."""

    finished = Signal(bool, object)  # (succeeded, result or exception)

    def __init__(self, owner: QObject, on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None] | None) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_failed = on_failed
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, succeeded: bool, value: object) -> None:
        try:
            if succeeded:
                self._on_done(value)
            elif self._on_failed is not None:
                assert isinstance(value, BaseException)
                self._on_failed(value)
            else:
                log.error("a background job failed", exc_info=value if isinstance(value, BaseException) else None)
        finally:
            self.setParent(None)
            self.deleteLater()


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # handed to on_failed on the GUI thread
            self._emit(False, exc)
        else:
            self._emit(True, result)

    def _emit(self, succeeded: bool, value: object) -> None:
        try:
            self._relay.finished.emit(succeeded, value)
        except RuntimeError:  # the owner (and the relay with it) is gone: nobody wants the result
            pass


def run_in_background(owner: QObject, job: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None] | None = None) -> None:
    """Run ``job`` on a pool thread; ``on_done(result)`` or ``on_failed(exception)`` then run on the GUI thread."""
    relay = _Relay(owner, on_done, on_failed)
    QThreadPool.globalInstance().start(_Job(job, relay))


__all__ = ["run_in_background"]
