"""Where the studio keeps its files.

The user's data (database, recordings), cache (assembled models) and settings live in the
platform's usual folders (platformdirs). Each can be moved: by a setting, or, for tests and
portable installs, by ``STUDIO_DATA_DIR``, ``STUDIO_CACHE_DIR`` and ``STUDIO_CONFIG_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from studio import APP_NAME

_APP_DIR_NAME = "rehearsal-studio"


def _choose(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override).expanduser() if override else Path(default)


def data_dir() -> Path:
    """The folder for the session database and the recordings."""
    return _choose("STUDIO_DATA_DIR", platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """The folder for things that can be rebuilt (assembled models, thumbnails)."""
    return _choose("STUDIO_CACHE_DIR", platformdirs.user_cache_dir(_APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder for the settings file."""
    return _choose("STUDIO_CONFIG_DIR", platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False))


def assets_dir() -> Path:
    """The shipped assets (rule packs, scripts, sounds, themes, translations)."""
    override = os.environ.get("STUDIO_ASSETS_DIR")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "assets", here.parent / "assets"):
        if candidate.is_dir():
            return candidate
    return here.parent / "assets"


__all__ = ["APP_NAME", "assets_dir", "cache_dir", "config_dir", "data_dir"]
