"""Instructor review: trainee profiles, the session library, the review window with synced playback, progress.

Entry points for the main window: ``LibraryView(store, ...)``, ``open_review(store, session_id, parent=None)``,
``ProgressView(store, trainee_id=None)`` and ``TraineeDialog(store, trainee=None)``. Modules are imported lazily so
that importing this package does not load QtMultimedia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.ui.review.library_view import LibraryView
    from studio.ui.review.profile_dialog import TraineeDialog
    from studio.ui.review.progress_view import ProgressView
    from studio.ui.review.review_window import ReviewWindow, open_review

_WHERE = {
    "LibraryView": "library_view",
    "TraineeDialog": "profile_dialog",
    "ProgressView": "progress_view",
    "ReviewWindow": "review_window",
    "open_review": "review_window",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"studio.ui.review.{module}"), name)


__all__ = ["LibraryView", "ProgressView", "ReviewWindow", "TraineeDialog", "open_review"]
