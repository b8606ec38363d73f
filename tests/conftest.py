"""Shared fixtures: isolated user folders for every test, and where the real test data lives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    override = os.environ.get("STUDIO_SHARED_DIR")
    if override:
        return Path(override)
    # CI clones the repository next to a copy of shared/; developers have /work/shared.
    for candidate in (REPO_ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "data").is_dir():
            return candidate
    return REPO_ROOT.parent / "shared"


SHARED_DIR = _shared_dir()
SPEECH_DIR = SHARED_DIR / "data" / "speech"
FACES_DIR = SHARED_DIR / "data" / "faces"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def speech_dir() -> Path:
    """Real recorded speech with reference transcripts (see its README)."""
    assert SPEECH_DIR.is_dir(), f"the shared speech data is missing at {SPEECH_DIR}"
    return SPEECH_DIR


@pytest.fixture(scope="session")
def faces_dir() -> Path:
    assert FACES_DIR.is_dir(), f"the shared face data is missing at {FACES_DIR}"
    return FACES_DIR


@pytest.fixture(scope="session")
def model_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the whole run, so the embedded model is assembled once."""
    override = os.environ.get("STUDIO_TEST_MODEL_CACHE")
    if override:
        return Path(override)
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, model_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data and settings folders; no test touches the real user's files."""
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("STUDIO_CACHE_DIR", str(model_cache_dir))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    yield
