"""Session bundles: a full round trip into another store, and hostile bundles refused with a clear message while
the target store's database and data folder stay byte-for-byte as they were."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio.core.model import TranscriptPass
from studio.services.bundle import BundleError, BundleLimits, check_bundle, export_bundle, import_bundle
from studio.services.store import SessionStore

from .conftest import SampleSession, add_sample_session

# --------------------------------------------------------------------------- helpers


def snapshot(folder: Path) -> list[tuple[str, str]]:
    """Every file and folder under ``folder`` with a digest of its bytes. The SQLite shared-memory index (-shm) is
    rewritten by mere reads, so only its presence counts."""
    result: list[tuple[str, str]] = []
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            result.append((str(Path(root, name).relative_to(folder)) + "/", "dir"))
        for name in files:
            path = Path(root, name)
            digest = "shm" if name.endswith("-shm") else hashlib.sha256(path.read_bytes()).hexdigest()
            result.append((str(path.relative_to(folder)), digest))
    return sorted(result)


Members = dict[str, bytes]


def rebuild(
    source: Path,
    target: Path,
    edit: Callable[[Members], None] = lambda members: None,
    *,
    manifest: Callable[[dict[str, object]], None] | None = None,
    refresh_manifest: bool = True,
    extra: list[tuple[zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
) -> Path:
    """A copy of the bundle ``source`` with its members edited; the manifest is recomputed (so only the intended
    defect remains) unless ``refresh_manifest`` is false."""
    with zipfile.ZipFile(source) as archive:
        members: Members = {info.filename: archive.read(info) for info in archive.infolist()}
    body = json.loads(members.pop("manifest.json"))
    edit(members)
    if refresh_manifest:
        body["files"] = [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        ] + [
            {"name": info.filename, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for info, data in extra
        ]
    if manifest is not None:
        manifest(body)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(body))
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return target


@dataclass
class World:
    """A source store with the sample session exported as a bundle, and a separate target store that already
    holds a session of its own."""

    source: SampleSession
    bundle: Path
    target: SessionStore
    target_dir: Path
    tmp: Path


@pytest.fixture
def world(sample: SampleSession, speech_dir: Path, tmp_path: Path) -> Iterator[World]:
    bundle = export_bundle(sample.store, sample.session_id, tmp_path / "bundle.zip")
    target_dir = tmp_path / "target"
    target = SessionStore(target_dir / "studio.sqlite3")
    add_sample_session(target, speech_dir, title="already here")
    try:
        yield World(sample, bundle, target, target_dir, tmp_path)
    finally:
        target.close()


def assert_refused(world: World, bundle: Path, message: str, **kwargs: object) -> None:
    before = snapshot(world.target_dir)
    sessions = world.target.list_sessions()
    with pytest.raises(BundleError, match=message) as caught:
        import_bundle(world.target, bundle, **kwargs)  # type: ignore[arg-type]
    assert "Nothing was imported or changed." in caught.value.spoken()
    assert caught.value.path == bundle
    assert snapshot(world.target_dir) == before
    assert world.target.list_sessions() == sessions


# --------------------------------------------------------------------------- round trip


def test_round_trip_into_a_fresh_store_keeps_everything(world: World) -> None:
    src, session_id = world.source.store, world.source.session_id
    imported = import_bundle(world.target, world.bundle)
    assert imported == src.get_session(session_id)
    for source_pass in (TranscriptPass.LIVE, TranscriptPass.FULL):
        assert world.target.load_transcript(session_id, source_pass) == src.load_transcript(session_id, source_pass)
    assert world.target.load_report(session_id) == src.load_report(session_id)
    assert world.target.list_comments(session_id) == src.list_comments(session_id)
    assert world.target.get_trainee("lan") == src.get_trainee("lan")
    assert world.target.get_script("coffee") == src.get_script("coffee")
    folder = world.target.session_dir(session_id)
    for name, data in world.source.media.items():
        assert (folder / name).read_bytes() == data
    assert sorted(p.name for p in world.target_dir.iterdir() if p.name.startswith(".import-")) == []


def test_the_manifest_lists_every_file_with_size_and_sha256(world: World) -> None:
    with zipfile.ZipFile(world.bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = {info.filename for info in archive.infolist()} - {"manifest.json"}
        assert {entry["name"] for entry in manifest["files"]} == names
        for entry in manifest["files"]:
            data = archive.read(entry["name"])
            assert entry["size"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["schema"] == 1 and manifest["session_id"] == world.source.session_id
    assert {"session.json", "trainee.json", "script.json", "report.json", "comments.json"} <= names
    assert {"transcripts/live.json", "transcripts/full.json", "media/audio.flac", "media/notes/voice-1.wav"} <= names


def test_an_existing_session_is_refused_without_as_copy(world: World) -> None:
    import_bundle(world.target, world.bundle)
    assert_refused(world, world.bundle, "already in this studio.*--as-copy")


def test_as_copy_imports_a_second_session_with_new_ids_and_leaves_the_first_alone(world: World) -> None:
    first = import_bundle(world.target, world.bundle)
    first_comments = world.target.list_comments(first.id)
    copy = import_bundle(world.target, world.bundle, as_copy=True)
    assert copy.id != first.id and copy.title.endswith("(copy)")
    assert world.target.list_comments(first.id) == first_comments
    copied = world.target.list_comments(copy.id)
    assert [c.text for c in copied] == [c.text for c in first_comments]
    assert not {c.id for c in copied} & {c.id for c in first_comments}
    assert world.target.load_report(copy.id) == world.target.load_report(first.id)
    assert (world.target.session_dir(copy.id) / "audio.flac").read_bytes() == world.source.media["audio.flac"]


# --------------------------------------------------------------------------- hostile bundles


def _file_info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    return info


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../x", "leaves its folder"),
        ("media/../../x", "leaves its folder"),
        ("/etc/passwd", "absolute path"),
        ("C:\\x", "absolute path"),
        ("C:/Windows/x", "absolute path"),
        ("media\\..\\x", "backslash"),
        ("media//x", "leaves its folder"),
    ],
)
def test_path_traversal_names_are_refused(world: World, name: str, message: str) -> None:
    bad = rebuild(world.bundle, world.tmp / "bad.zip", extra=[(_file_info(name), b"owned")])
    assert name in [i.filename for i in zipfile.ZipFile(bad).infolist()]  # the zip really holds that name
    assert_refused(world, bad, message)


def test_symlink_entries_are_refused(world: World) -> None:
    link = _file_info("media/passwd", stat.S_IFLNK | 0o777)
    bad = rebuild(world.bundle, world.tmp / "bad.zip", extra=[(link, b"/etc/passwd")])
    assert_refused(world, bad, "symbolic link")


def test_folder_entries_are_refused(world: World) -> None:
    folder = _file_info("media/sub/", stat.S_IFDIR | 0o755)
    bad = rebuild(world.bundle, world.tmp / "bad.zip", extra=[(folder, b"")])
    assert_refused(world, bad, "folder entry")


def test_a_file_over_the_size_limit_is_refused_by_its_declared_size(world: World) -> None:
    big = os.urandom(3 * 1024 * 1024)  # random: does not compress, so only the size limit can catch it
    bad = rebuild(world.bundle, world.tmp / "bad.zip", lambda m: m.__setitem__("media/big.bin", big))
    assert_refused(world, bad, "too large", limits=BundleLimits(max_file_bytes=2 * 1024 * 1024))


def test_a_total_over_the_limit_is_refused(world: World) -> None:
    assert_refused(world, world.bundle, "unpacks to", limits=BundleLimits(max_total_bytes=100_000))


def _lie_about_size(path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size of ``name`` in the local header and the central directory of a zip."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    # (signature, offset of the uncompressed size, offset of the name length, offset of the name)
    for signature, size_at, length_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        at = data.find(signature)
        while at != -1:
            (length,) = struct.unpack_from("<H", data, at + length_at)
            if data[at + name_at : at + name_at + length] == encoded:
                struct.pack_into("<I", data, at + size_at, size)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def test_a_file_larger_than_its_zip_header_says_is_refused(world: World) -> None:
    payload = b"A" * (2 * 1024 * 1024)
    small = 1000
    fake = payload[:small]

    def add(members: Members) -> None:
        members["media/liar.bin"] = payload

    def declare_small(body: dict[str, object]) -> None:
        for entry in body["files"]:  # type: ignore[attr-defined]
            if entry["name"] == "media/liar.bin":
                entry["size"], entry["sha256"] = small, hashlib.sha256(fake).hexdigest()

    bad = rebuild(world.bundle, world.tmp / "bad.zip", add, manifest=declare_small)
    _lie_about_size(bad, "media/liar.bin", small)
    assert zipfile.ZipFile(bad).getinfo("media/liar.bin").file_size == small
    # declared 1000 bytes (under the 1.5 MB limit), actually 2 MB (over it): reading stops at the declared size
    assert_refused(world, bad, "liar.bin in the bundle is damaged", limits=BundleLimits(max_file_bytes=1536 * 1024))


def test_a_zip_bomb_is_refused_by_its_compression_ratio(world: World) -> None:
    zeros = bytes(64 * 1024 * 1024)
    bad = rebuild(world.bundle, world.tmp / "bomb.zip", lambda m: m.__setitem__("media/bomb.bin", zeros))
    assert bad.stat().st_size < 2 * 1024 * 1024  # 64 MB in under 2 MB: that is the bomb
    assert_refused(world, bad, "zip bomb")


def test_a_bomb_of_many_small_members_is_refused_by_the_total_ratio(world: World) -> None:
    def add(members: Members) -> None:
        for index in range(40):
            members[f"media/part-{index:02d}.bin"] = bytes(1024 * 1000)  # each just under the per-file floor

    bad = rebuild(world.bundle, world.tmp / "bomb.zip", add)
    assert_refused(world, bad, "the bundle expands", limits=BundleLimits(max_ratio=20.0))


def test_bad_json_is_refused_with_the_file_and_line(world: World) -> None:
    bad = rebuild(
        world.bundle, world.tmp / "bad.zip", lambda m: m.__setitem__("report.json", b'{\n "schema": 1,\n oops')
    )
    assert_refused(world, bad, r"report.json, line 3 in the bundle is not valid: this is not valid JSON")


@pytest.mark.parametrize(
    ("document", "field", "value", "message"),
    [
        ("session.json", "duration", "long", "duration must be a number"),
        ("session.json", "state", "flying", "state must be one of"),
        ("session.json", "title", 42, "the field title has the wrong type"),
        ("session.json", "created_at", 12, "creation time must be a date"),
        ("report.json", "findings", {"a": 1}, "findings must be a list"),
        ("report.json", "summary", ["x"], "the field summary has the wrong type"),
        ("transcripts/full.json", "words", [{"word": "hi", "start": "soon", "end": 1}], "start must be a number"),
        ("trainee.json", "disabled_metrics", [1, 2], "disabled_metrics has the wrong type"),
        ("comments.json", "comments", [{"id": "c1", "at_seconds": "x", "author": "a", "text": "t"}], "needs a time"),
    ],
)
def test_wrong_types_are_refused_with_the_models_message(
    world: World, document: str, field: str, value: object, message: str
) -> None:
    def edit(members: Members) -> None:
        body = json.loads(members[document])
        body[field] = value
        members[document] = json.dumps(body).encode()

    bad = rebuild(world.bundle, world.tmp / "bad.zip", edit)
    assert_refused(world, bad, message)


def test_a_newer_bundle_schema_is_refused(world: World) -> None:
    bad = rebuild(world.bundle, world.tmp / "bad.zip", manifest=lambda body: body.__setitem__("schema", 2))
    assert_refused(world, bad, "made by a newer Rehearsal Studio")


def test_a_newer_document_schema_is_refused(world: World) -> None:
    def edit(members: Members) -> None:
        body = json.loads(members["session.json"])
        body["schema"] = 99
        members["session.json"] = json.dumps(body).encode()

    assert_refused(world, rebuild(world.bundle, world.tmp / "bad.zip", edit), "written by a newer Rehearsal Studio")


def test_a_sha256_mismatch_is_refused(world: World) -> None:
    def tamper(members: Members) -> None:
        audio = bytearray(members["media/audio.flac"])
        audio[5000] ^= 0xFF
        members["media/audio.flac"] = bytes(audio)

    bad = rebuild(world.bundle, world.tmp / "bad.zip", tamper, refresh_manifest=False)
    assert_refused(world, bad, "audio.flac in the bundle is damaged or was changed")


def test_files_missing_from_or_unlisted_in_the_manifest_are_refused(world: World) -> None:
    unlisted = rebuild(
        world.bundle,
        world.tmp / "unlisted.zip",
        lambda m: m.__setitem__("media/extra.txt", b"x"),
        manifest=lambda body: body.__setitem__(
            "files",
            [e for e in body["files"] if e["name"] != "media/extra.txt"],  # type: ignore[attr-defined]
        ),
    )
    assert_refused(world, unlisted, "does not list: media/extra.txt")
    missing = rebuild(
        world.bundle, world.tmp / "missing.zip", lambda m: m.__delitem__("report.json"), refresh_manifest=False
    )
    assert_refused(world, missing, "lists a file that is missing: report.json")


def test_unexpected_documents_and_non_zip_files_are_refused(world: World) -> None:
    odd = rebuild(world.bundle, world.tmp / "odd.zip", lambda m: m.__setitem__("evil.py", b"print(1)"))
    assert_refused(world, odd, "unexpected file: evil.py")
    not_zip = world.tmp / "notes.zip"
    not_zip.write_bytes(b"just text")
    assert_refused(world, not_zip, "not a readable zip file")
    foreign = world.tmp / "foreign.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert_refused(world, foreign, "no manifest.json")


def test_check_bundle_reads_without_writing_anything(world: World) -> None:
    before = snapshot(world.target_dir)
    checked = check_bundle(world.bundle)
    assert checked.session.id == world.source.session_id
    assert {entry.name for entry in checked.media} == {"media/audio.flac", "media/notes/voice-1.wav"}
    assert snapshot(world.target_dir) == before


def test_a_failure_while_moving_into_place_rolls_back_the_rows(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last step (rename of the staged folder) fails: the transaction rolls back and the staging is removed."""
    before = snapshot(world.target_dir)

    def broken_rename(src: object, dst: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr("studio.services.bundle.os.rename", broken_rename)
    with pytest.raises(OSError, match="disk unplugged"):
        import_bundle(world.target, world.bundle)
    assert world.target.get_session(world.source.session_id) is None
    assert snapshot(world.target_dir) == before


def test_an_exported_bundle_survives_being_read_from_memory_too(world: World) -> None:
    """The bundle is a plain zip: any zip tool lists it (no custom container)."""
    with zipfile.ZipFile(io.BytesIO(world.bundle.read_bytes())) as archive:
        assert archive.testzip() is None
