"""Session bundles: one zip file that carries a whole session to another computer (see docs/bundle-format.md).

Export writes ``manifest.json`` (format name, schema version, every other file with its size and SHA-256), then
``session.json``, ``trainee.json``, ``script.json`` (when the session has a script), ``transcripts/<pass>.json``,
``report.json``, ``comments.json`` and the session folder's files under ``media/``.

Import treats the bundle as hostile until proven otherwise. :func:`import_bundle` checks EVERYTHING before it changes
anything: only regular files with clean relative names (no absolute paths, drive letters, backslashes, ``..``,
symlinks, devices or duplicates), size limits per file and in total, a compression-ratio limit (zip bombs), the
declared sizes and SHA-256 digests of the manifest, the schema version, and every JSON document through the model's
own ``from_dict`` validation. Only then are the media files staged into a hidden folder next to the sessions
folder; the database rows are written in one transaction and the staged folder is renamed into place just before
the commit. Any failure rolls back both, so the store and the data folder are exactly as they were.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import math
import os
import re
import shutil
import sqlite3
import stat
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from studio import __version__
from studio.core.errors import ModelError, StudioError
from studio.core.model import (
    SCHEMA_VERSION,
    Report,
    ScriptInfo,
    Session,
    Trainee,
    Transcript,
    TranscriptPass,
    dumps,
    loads,
    utc_now,
)
from studio.services.files import free_bytes
from studio.services.store import INSERT_SESSION, Comment, SessionStore, session_params

BUNDLE_FORMAT = "rehearsal-studio-session-bundle"
BUNDLE_SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
_CHUNK = 1 << 20
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_JSON_NAMES = re.compile(r"^(session|trainee|script|report|comments)\.json$|^transcripts/(live|full|imported)\.json$")


@dataclass(frozen=True, slots=True)
class BundleLimits:
    """What an imported bundle may hold. The defaults fit a long rehearsal video with room to spare."""

    max_entries: int = 2_000
    max_file_bytes: int = 8 * 1024**3
    max_json_bytes: int = 64 * 1024**2
    max_total_bytes: int = 16 * 1024**3
    max_ratio: float = 200.0
    """Uncompressed size / compressed size. Video and audio barely compress; JSON about 10:1. A zip bomb is 1000:1."""
    ratio_floor_bytes: int = 1024**2
    """Files smaller than this skip the ratio check (tiny JSON files compress very well and harm nobody)."""


DEFAULT_LIMITS = BundleLimits()


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    size: int
    sha256: str


@dataclass(slots=True)
class _Checked:
    """Everything read and validated from a bundle, before anything is written."""

    manifest: dict[str, Any]
    session: Session
    trainee: Trainee
    script: ScriptInfo | None
    transcripts: list[Transcript] = field(default_factory=list)
    report: Report | None = None
    comments: list[Comment] = field(default_factory=list)
    media: list[_Entry] = field(default_factory=list)


# --------------------------------------------------------------------------- export


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _comment_dict(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "at_seconds": comment.at_seconds,
        "author": comment.author,
        "text": comment.text,
        "audio_path": comment.audio_path,
        "created_at": comment.created_at.isoformat(),
    }


def _media_files(folder: Path) -> list[tuple[str, Path]]:
    """The regular files of a session folder as (bundle name, path); symlinks are not followed nor carried."""
    if not folder.is_dir():
        return []
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path.is_symlink() or not path.is_file():
                continue
            relative = path.relative_to(folder).as_posix()
            found.append((MEDIA_PREFIX + relative, path))
    return found


def export_bundle(store: SessionStore, session_id: str, out: Path) -> Path:
    """Write the session ``session_id`` (with its media) to the zip file ``out``; returns ``out``."""
    session = store.get_session(session_id)
    if session is None:
        raise StudioError(f"there is no session with the id {session_id}")
    trainee = store.get_trainee(session.trainee_id) or Trainee(id=session.trainee_id, name=session.trainee_id)
    documents: dict[str, bytes] = {
        "session.json": dumps(session, indent=2).encode("utf-8"),
        "trainee.json": dumps(trainee, indent=2).encode("utf-8"),
    }
    if session.script_id:
        script = store.get_script(session.script_id)
        if script is not None:
            documents["script.json"] = dumps(script, indent=2).encode("utf-8")
    for source_pass in TranscriptPass:
        transcript = store.load_transcript(session.id, source_pass)
        if transcript is not None:
            documents[f"transcripts/{source_pass.value}.json"] = dumps(transcript, indent=2).encode("utf-8")
    report = store.load_report(session.id)
    if report is not None:
        documents["report.json"] = dumps(report, indent=2).encode("utf-8")
    comments = [_comment_dict(c) for c in store.list_comments(session.id)]
    documents["comments.json"] = json.dumps(
        {"schema": SCHEMA_VERSION, "type": "comments", "comments": comments}, ensure_ascii=False, indent=2
    ).encode("utf-8")

    media = _media_files(store.session_dir(session.id))
    entries = [_Entry(name, len(data), hashlib.sha256(data).hexdigest()) for name, data in documents.items()]
    entries += [_Entry(name, path.stat().st_size, _sha256_file(path)) for name, path in media]
    manifest = {
        "format": BUNDLE_FORMAT,
        "schema": BUNDLE_SCHEMA_VERSION,
        "model_schema": SCHEMA_VERSION,
        "app_version": __version__,
        "created_at": utc_now().isoformat(),
        "session_id": session.id,
        "files": [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in entries],
    }

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(_info(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, data in documents.items():
                archive.writestr(_info(name), data)
            for name, path in media:
                # Recordings are already compressed: storing them is as small and much faster.
                with path.open("rb") as source, archive.open(_info(name, zipfile.ZIP_STORED), "w") as target:
                    shutil.copyfileobj(source, target, _CHUNK)
        os.replace(partial, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return out


def _info(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=utc_now().timetuple()[:6])
    info.compress_type = compression
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


# --------------------------------------------------------------------------- import: checks


class BundleError(StudioError):
    """A session bundle was refused; nothing was changed."""


class SessionExistsError(BundleError):
    """The bundle's session is already in this studio (import it with ``as_copy`` to keep both)."""


def _refuse(bundle: Path, message: str, kind: type[BundleError] = BundleError) -> BundleError:
    return kind(f"{message} Nothing was imported or changed.", path=bundle)


def _check_name(bundle: Path, name: str) -> None:
    shown = name if len(name) < 80 else name[:77] + "..."
    if not name or "\x00" in name or any(ord(ch) < 32 for ch in name):
        raise _refuse(bundle, f"the bundle holds a file with an unreadable name ({shown!r}).")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise _refuse(bundle, f"the bundle holds a file with an absolute path ({shown}), which could overwrite files.")
    if "\\" in name:
        raise _refuse(bundle, f"the bundle holds a file name with a backslash ({shown}), which is not allowed.")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise _refuse(
            bundle, f"the bundle holds a file whose path leaves its folder ({shown}), which could overwrite files."
        )
    if any(":" in part for part in parts):
        raise _refuse(bundle, f"the bundle holds a file name with a colon ({shown}), which is not allowed.")


def _check_entry(bundle: Path, info: zipfile.ZipInfo, limits: BundleLimits) -> None:
    name = info.filename
    _check_name(bundle, name.removesuffix("/") if info.is_dir() else name)
    # Unix zip tools keep the file type in the high 16 bits; Windows tools and Python's writestr leave it 0.
    mode = info.external_attr >> 16
    if info.is_dir() or stat.S_ISDIR(mode):
        raise _refuse(bundle, f"the bundle holds a folder entry ({name}); a bundle holds only files.")
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "a special file"
        raise _refuse(bundle, f"the bundle holds {kind} ({name}); only regular files are allowed.")
    if info.flag_bits & 0x1:
        raise _refuse(bundle, f"the file {name} in the bundle is encrypted, which bundles never are.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(bundle, f"the file {name} in the bundle uses an unsupported compression method.")
    limit = limits.max_json_bytes if not name.startswith(MEDIA_PREFIX) else limits.max_file_bytes
    if info.file_size > limit:
        raise _refuse(
            bundle,
            f"the file {name} in the bundle is too large ({_size(info.file_size)}; the limit is {_size(limit)}).",
        )
    if info.file_size >= limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise _refuse(
            bundle,
            f"the file {name} in the bundle expands {info.file_size / max(info.compress_size, 1):.0f} times, "
            "which is how a zip bomb looks.",
        )


def _size(count: int) -> str:
    value = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{count} bytes"


def _read_limited(handle: IO[bytes], limit: int) -> Iterator[bytes]:
    """Chunks of ``handle``, stopping with an error as soon as more than ``limit`` bytes came out."""
    total = 0
    while True:
        chunk = handle.read(_CHUNK)
        if not chunk:
            return
        total += len(chunk)
        if total > limit:
            raise OverflowError(total)
        yield chunk


def _hash_member(bundle: Path, archive: zipfile.ZipFile, name: str, expected_size: int) -> tuple[str, bytes | None]:
    """SHA-256 of a member (and its bytes when small enough to be JSON), reading at most ``expected_size`` bytes."""
    digest = hashlib.sha256()
    keep = not name.startswith(MEDIA_PREFIX)
    data = bytearray()
    try:
        with archive.open(name) as handle:
            for chunk in _read_limited(handle, expected_size):
                digest.update(chunk)
                if keep:
                    data += chunk
    except OverflowError:
        raise _refuse(bundle, f"the file {name} in the bundle is larger than its manifest says.") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(bundle, f"the file {name} in the bundle is damaged ({exc}).") from exc
    return digest.hexdigest(), bytes(data) if keep else None


def _manifest_entries(bundle: Path, manifest: Any) -> list[_Entry]:
    if not isinstance(manifest, dict):
        raise _refuse(bundle, "the bundle's manifest.json must be a JSON object.")
    if manifest.get("format") != BUNDLE_FORMAT:
        raise _refuse(
            bundle, "this zip file is not a Rehearsal Studio session bundle (its manifest names another format)."
        )
    schema = manifest.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _refuse(bundle, f"the bundle's schema version must be a positive whole number, not {schema!r}.")
    if schema > BUNDLE_SCHEMA_VERSION:
        raise _refuse(
            bundle,
            f"this bundle was made by a newer Rehearsal Studio (bundle schema {schema}; this one reads up to "
            f"{BUNDLE_SCHEMA_VERSION}). Update the app and try again.",
        )
    files = manifest.get("files")
    if not isinstance(files, list):
        raise _refuse(bundle, "the bundle's manifest must list its files.")
    entries: list[_Entry] = []
    for index, item in enumerate(files, start=1):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("name"), str)
            or not isinstance(item.get("size"), int)
            or isinstance(item.get("size"), bool)
            or item["size"] < 0
            or not isinstance(item.get("sha256"), str)
            or not _SHA256.match(item["sha256"])
        ):
            raise _refuse(bundle, f"file {index} in the bundle's manifest needs a name, a size and a SHA-256 digest.")
        entries.append(_Entry(item["name"], item["size"], item["sha256"]))
    return entries


_SIMPLE_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "str | None": (str, type(None)),
    "float": (int, float),
    "bool": (bool,),
}


def _wrong_type(obj: Any, where: str) -> str | None:
    """The first field of a model object (or of the objects inside it) whose value has the wrong JSON type.

    The model validates what matters for its own logic; a bundle comes from outside, so every plain field is checked
    against its annotation too (a title that is a number would otherwise reach the database).
    """
    if not dataclasses.is_dataclass(obj):
        return None
    for spec in dataclasses.fields(obj):
        value = getattr(obj, spec.name)
        expected = _SIMPLE_TYPES.get(str(spec.type))
        if expected is not None:
            if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
                return f"{where}{spec.name}"
            if isinstance(value, float) and not math.isfinite(value):
                return f"{where}{spec.name}"
        if isinstance(value, frozenset) and not all(isinstance(item, str) for item in value):
            return f"{where}{spec.name}"
        if isinstance(value, tuple):
            for index, item in enumerate(value, start=1):
                found = _wrong_type(item, f"{where}{spec.name} {index}, ")
                if found:
                    return found
        elif dataclasses.is_dataclass(value):
            found = _wrong_type(value, f"{where}{spec.name}, ")
            if found:
                return found
    return None


def _document(bundle: Path, name: str, data: bytes, cls: Any) -> Any:
    try:
        obj = loads(data, cls)
    except ModelError as exc:
        line = f", line {exc.line}" if exc.line else ""
        raise _refuse(bundle, f"{name}{line} in the bundle is not valid: {exc.message}.") from exc
    except (UnicodeDecodeError, RecursionError) as exc:
        raise _refuse(bundle, f"{name} in the bundle is not valid UTF-8 JSON.") from exc
    wrong = _wrong_type(obj, "")
    if wrong:
        raise _refuse(bundle, f"{name} in the bundle is not valid: the field {wrong} has the wrong type.")
    return obj


def _comments(bundle: Path, data: bytes, session_id: str) -> list[Comment]:
    try:
        body = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise _refuse(bundle, "comments.json in the bundle is not valid JSON.") from exc
    if not isinstance(body, dict) or not isinstance(body.get("comments"), list):
        raise _refuse(bundle, "comments.json in the bundle must be an object with a list of comments.")
    schema = body.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise _refuse(bundle, f"comments.json was written by a newer Rehearsal Studio (schema {schema}).")
    result: list[Comment] = []
    for index, item in enumerate(body["comments"], start=1):
        problem = f"comment {index} in comments.json"
        if not isinstance(item, dict):
            raise _refuse(bundle, f"{problem} must be an object.")
        at = item.get("at_seconds")
        texts = [item.get(key, "") for key in ("id", "author", "text", "audio_path", "created_at")]
        if isinstance(at, bool) or not isinstance(at, (int, float)) or not (0 <= at < 1e7):
            raise _refuse(bundle, f"{problem} needs a time in seconds (at_seconds).")
        if not all(isinstance(value, str) for value in texts):
            raise _refuse(bundle, f"{problem} has a field of the wrong type; id, author, text and audio path are text.")
        comment_id, author, text, audio, created = texts
        if not _SESSION_ID.match(comment_id):
            raise _refuse(bundle, f"{problem} has an invalid id.")
        if audio:
            _check_name(bundle, audio)
        try:
            moment = datetime.fromisoformat(created)
        except ValueError as exc:
            raise _refuse(bundle, f"{problem} has an invalid creation time.") from exc
        if not text.strip() and not audio:
            raise _refuse(bundle, f"{problem} has neither text nor a voice note.")
        result.append(Comment(comment_id, session_id, float(at), author, text, audio, moment))
    return result


def check_bundle(bundle: Path, *, limits: BundleLimits = DEFAULT_LIMITS) -> _Checked:
    """Read and validate the whole bundle without writing anything; raises :class:`BundleError`."""
    bundle = Path(bundle)
    if bundle.is_symlink() or not bundle.is_file():
        raise _refuse(bundle, "the bundle must be a regular file.")
    try:
        archive = zipfile.ZipFile(bundle)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(bundle, f"this is not a readable zip file ({exc}).") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise _refuse(bundle, f"the bundle holds {len(infos)} files; the limit is {limits.max_entries}.")
        seen: set[str] = set()
        total = packed = 0
        for info in infos:
            _check_entry(bundle, info, limits)
            folded = info.filename.casefold()
            if folded in seen:
                raise _refuse(bundle, f"the bundle holds the file {info.filename} twice.")
            seen.add(folded)
            total += info.file_size
            packed += info.compress_size
        if total > limits.max_total_bytes:
            raise _refuse(
                bundle, f"the bundle unpacks to {_size(total)}; the limit is {_size(limits.max_total_bytes)}."
            )
        # Many small members can add up to a bomb that no single member reveals.
        if total >= limits.ratio_floor_bytes and total > limits.max_ratio * max(packed, 1):
            raise _refuse(
                bundle, f"the bundle expands {total / max(packed, 1):.0f} times, which is how a zip bomb looks."
            )
        members = {info.filename: info for info in infos}
        if MANIFEST not in members:
            raise _refuse(bundle, "this zip file is not a Rehearsal Studio session bundle (it has no manifest.json).")
        _digest, raw = _hash_member(bundle, archive, MANIFEST, members[MANIFEST].file_size)
        try:
            manifest = json.loads(raw or b"")
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise _refuse(bundle, "the bundle's manifest.json is not valid JSON.") from exc
        entries = _manifest_entries(bundle, manifest)

        listed = {entry.name for entry in entries}
        if len(listed) != len(entries):
            raise _refuse(bundle, "the bundle's manifest lists a file twice.")
        extra = sorted(set(members) - listed - {MANIFEST})
        missing = sorted(listed - set(members))
        if extra:
            raise _refuse(bundle, f"the bundle holds a file its manifest does not list: {extra[0]}.")
        if missing:
            raise _refuse(bundle, f"the bundle's manifest lists a file that is missing: {missing[0]}.")

        documents: dict[str, bytes] = {}
        media: list[_Entry] = []
        for entry in entries:
            if not entry.name.startswith(MEDIA_PREFIX) and not _JSON_NAMES.match(entry.name):
                raise _refuse(bundle, f"the bundle holds an unexpected file: {entry.name}.")
            if members[entry.name].file_size != entry.size:
                raise _refuse(bundle, f"the file {entry.name} in the bundle does not have the size its manifest says.")
            digest, data = _hash_member(bundle, archive, entry.name, entry.size)
            if digest != entry.sha256:
                raise _refuse(
                    bundle,
                    f"the file {entry.name} in the bundle is damaged or was changed (its SHA-256 does not match).",
                )
            if data is None:
                media.append(entry)
            else:
                documents[entry.name] = data

    if "session.json" not in documents or "trainee.json" not in documents:
        raise _refuse(bundle, "the bundle has no session.json or trainee.json.")
    session: Session = _document(bundle, "session.json", documents["session.json"], Session)
    trainee: Trainee = _document(bundle, "trainee.json", documents["trainee.json"], Trainee)
    if not _SESSION_ID.match(session.id):  # it names a folder: letters, digits, - and _ only
        raise _refuse(bundle, "the session id in the bundle has characters that are not allowed.")
    if trainee.id != session.trainee_id:
        raise _refuse(bundle, "the bundle's trainee does not match its session.")
    if manifest.get("session_id", session.id) != session.id:
        raise _refuse(bundle, "the bundle's manifest names another session than its session.json.")
    script: ScriptInfo | None = None
    if "script.json" in documents:
        script = _document(bundle, "script.json", documents["script.json"], ScriptInfo)
        if script is None or script.id != session.script_id:
            raise _refuse(bundle, "the bundle's script does not match its session.")
    checked = _Checked(manifest=manifest, session=session, trainee=trainee, script=script, media=media)
    for source_pass in TranscriptPass:
        name = f"transcripts/{source_pass.value}.json"
        if name in documents:
            transcript: Transcript = _document(bundle, name, documents[name], Transcript)
            if transcript.source_pass is not source_pass:
                raise _refuse(bundle, f"{name} in the bundle holds a {transcript.source_pass.value} transcript.")
            checked.transcripts.append(transcript)
    if "report.json" in documents:
        checked.report = _document(bundle, "report.json", documents["report.json"], Report)
    if "comments.json" in documents:
        checked.comments = _comments(bundle, documents["comments.json"], session.id)

    # A recording may be missing from the bundle (deleted before the export, as it was on the other computer); its
    # name must still stay inside the session folder.
    for value in session.media.to_dict().values():
        if value:
            _check_name(bundle, value)
    return checked


# --------------------------------------------------------------------------- import: applying


def _insert_rows(tx: sqlite3.Connection, checked: _Checked, session: Session, comment_ids: Mapping[str, str]) -> None:
    """Insert every row of the imported session (inside the caller's transaction). Plain INSERTs, never upserts:
    a row that already exists makes the whole import fail instead of being overwritten."""
    if tx.execute("SELECT 1 FROM trainees WHERE id = ?", (checked.trainee.id,)).fetchone() is None:
        t = checked.trainee
        tx.execute(
            "INSERT INTO trainees (id, name, language, market, profile_json) VALUES (?, ?, ?, ?, ?)",
            (t.id, t.name, t.language, t.market, json.dumps(t.to_dict())),
        )
    script_id = session.script_id
    if checked.script is not None:
        if tx.execute("SELECT 1 FROM scripts WHERE id = ?", (checked.script.id,)).fetchone() is None:
            s = checked.script
            tx.execute(
                "INSERT INTO scripts (id, title, language, market, path) VALUES (?, ?, ?, ?, ?)",
                (s.id, s.title, s.language, s.market, s.path),
            )
    elif script_id and tx.execute("SELECT 1 FROM scripts WHERE id = ?", (script_id,)).fetchone() is None:
        script_id = None  # the script was not carried and is unknown here: keep the session, drop the link
    tx.execute(INSERT_SESSION, session_params(replace(session, script_id=script_id)))
    now = utc_now().isoformat()
    for transcript in checked.transcripts:
        tx.execute(
            "INSERT INTO transcripts (session_id, pass, json, created_at) VALUES (?, ?, ?, ?)",
            (session.id, transcript.source_pass.value, json.dumps(transcript.to_dict(), ensure_ascii=False), now),
        )
    if checked.report is not None:
        tx.execute(
            "INSERT INTO reports (session_id, json, created_at) VALUES (?, ?, ?)",
            (session.id, json.dumps(checked.report.to_dict(), ensure_ascii=False), now),
        )
    for comment in checked.comments:
        tx.execute(
            "INSERT INTO comments (id, session_id, at_seconds, author, text, audio_path, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                comment_ids[comment.id],
                session.id,
                comment.at_seconds,
                comment.author,
                comment.text,
                comment.audio_path,
                comment.created_at.isoformat(),
            ),
        )


def _stage_media(bundle: Path, checked: _Checked, staging: Path) -> None:
    staging.mkdir(mode=0o700)
    with zipfile.ZipFile(bundle) as archive:
        for entry in checked.media:
            target = staging.joinpath(*PurePosixPath(entry.name[len(MEDIA_PREFIX) :]).parts)
            if staging not in target.parents:  # belt and braces: names were checked already
                raise _refuse(bundle, f"the file {entry.name} would land outside the session folder.")
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with archive.open(entry.name) as source, open(target, "xb") as sink:
                for chunk in _read_limited(source, entry.size):
                    digest.update(chunk)
                    sink.write(chunk)
                sink.flush()
                os.fsync(sink.fileno())
            # The bundle could have been swapped between the check and now: verify again what was written.
            if digest.hexdigest() != entry.sha256:
                raise _refuse(bundle, f"the file {entry.name} changed while it was being imported.")


def import_bundle(
    store: SessionStore, path: Path, *, as_copy: bool = False, limits: BundleLimits = DEFAULT_LIMITS
) -> Session:
    """Import the session in the bundle at ``path`` into ``store``; returns the imported session.

    An existing session with the same id is never overwritten: the import is refused, or with ``as_copy`` the
    session (and its comments) get new ids. On any error a :class:`BundleError` is raised and nothing is changed.
    """
    path = Path(path)
    checked = check_bundle(path, limits=limits)
    session = checked.session
    exists = store.get_session(session.id) is not None
    if exists and not as_copy:
        raise _refuse(
            path,
            f"a session with the id {session.id} is already in this studio. "
            "To keep both, import it as a copy (studio import --as-copy).",
            SessionExistsError,
        )
    if as_copy:
        new_id = uuid.uuid4().hex[:12]
        while store.get_session(new_id) is not None:  # pragma: no cover - 48 random bits
            new_id = uuid.uuid4().hex[:12]
        title = session.title or session.id
        session = replace(session, id=new_id, title=f"{title} (copy)")
    target = store.session_dir(session.id)
    if target.exists() and any(target.iterdir()):
        raise _refuse(path, f"the folder for session {session.id} already holds files ({target}).")
    conn = store.connection  # reads need no transaction
    comment_ids: dict[str, str] = {}
    for comment in checked.comments:
        taken = conn.execute("SELECT 1 FROM comments WHERE id = ?", (comment.id,)).fetchone() is not None
        comment_ids[comment.id] = uuid.uuid4().hex[:12] if (as_copy or taken) else comment.id

    needed = sum(entry.size for entry in checked.media)
    if needed and free_bytes(store.media_root.parent) < needed + 64 * 1024**2:
        raise _refuse(path, f"there is not enough free disk space for the bundle's {_size(needed)} of recordings.")

    store.media_root.parent.mkdir(parents=True, exist_ok=True)  # the data folder; it holds the database already
    created_root = not store.media_root.exists()
    staging = store.media_root.parent / f".import-{uuid.uuid4().hex[:12]}"
    empty_target = target.exists()
    moved = False
    try:
        _stage_media(path, checked, staging)
        # The store's own transaction helper: BEGIN IMMEDIATE, ROLLBACK on any exception, COMMIT at the end.
        with store.transaction() as tx:
            _insert_rows(tx, checked, session, comment_ids)
            store.media_root.mkdir(parents=True, exist_ok=True)
            if empty_target:
                target.rmdir()
            os.rename(staging, target)  # atomic on one file system; the COMMIT follows
            moved = True
    except sqlite3.IntegrityError as exc:
        _undo(store, staging, target, moved=moved, empty_target=empty_target, created_root=created_root)
        raise _refuse(path, f"the session clashes with data already in this studio ({exc}).") from exc
    except BaseException:
        _undo(store, staging, target, moved=moved, empty_target=empty_target, created_root=created_root)
        raise
    imported = store.get_session(session.id)
    assert imported is not None
    return imported


def _undo(
    store: SessionStore, staging: Path, target: Path, *, moved: bool, empty_target: bool, created_root: bool
) -> None:
    """Put the data folder back exactly as it was after a failed import."""
    if moved:
        shutil.rmtree(target, ignore_errors=True)
        if empty_target:
            target.mkdir(exist_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    if created_root:
        with contextlib.suppress(OSError):
            store.media_root.rmdir()


__all__ = [
    "BUNDLE_FORMAT",
    "BUNDLE_SCHEMA_VERSION",
    "DEFAULT_LIMITS",
    "BundleError",
    "BundleLimits",
    "check_bundle",
    "export_bundle",
    "import_bundle",
]
