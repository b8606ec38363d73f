"""The translation catalogue: extract texts from the source, keep the Qt Linguist ``.ts`` files, compile ``.qm``.

    python tools/i18n.py update            # add new texts to every .ts, mark removed ones obsolete, compile .qm
    python tools/i18n.py todo vi > vi.json # the texts Vietnamese still lacks, as {"English": ""}
    python tools/i18n.py merge vi vi.json  # put translations from a JSON object into studio_vi.ts, compile
    python tools/i18n.py check             # exit 1 when a text is missing, untranslated or breaks a {field}

Texts are the first argument of ``tr(...)`` and ``tr_noop(...)`` calls (``studio.core.i18n``) when it is a string
literal; pyside6-lupdate's Python parser knows only ``QCoreApplication.translate``, so this reads the source itself
and writes the same TS 2.1 format, which Qt Linguist opens. ``.qm`` files are compiled with ``pyside6-lrelease``.
All texts are in the one context ``studio``.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (REPO / "studio",)
I18N_DIR = REPO / "assets" / "i18n"
CONTEXT = "studio"
LANGUAGES = {"vi": "vi", "zh": "zh_CN", "id": "id"}  # UI language → catalogue (and Qt locale) name
MARKERS = frozenset({"tr", "tr_noop"})
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")


@dataclass
class Message:
    source: str
    translation: str = ""
    finished: bool = False
    obsolete: bool = False
    locations: list[str] = field(default_factory=list)


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "i18n":
        return func.attr
    return None


def extract(paths: tuple[Path, ...] = SOURCE_DIRS) -> dict[str, list[str]]:
    """Every marked text → where it appears ("studio/ui/dialogs.py:42"), in source order."""
    found: dict[str, list[str]] = {}
    for root in paths:
        for path in sorted(root.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and _marker_name(node.func) in MARKERS and node.args):
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.setdefault(arg.value, []).append(f"{_shown(path)}:{node.lineno}")
    return dict(sorted(found.items(), key=lambda item: _location_key(item[1][0])))


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _location_key(location: str) -> tuple[str, int]:
    path, line = location.rsplit(":", 1)
    return path, int(line)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"studio_{LANGUAGES[language]}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def read_ts(path: Path) -> dict[str, Message]:
    if not path.exists():
        return {}
    messages: dict[str, Message] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        kind = node.get("type", "") if node is not None else "unfinished"
        text = (node.text or "") if node is not None else ""
        messages[source] = Message(source, text, kind == "", kind in ("obsolete", "vanished"))
    return messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for msg in messages:
        node = ET.SubElement(context, "message")
        for location in msg.locations[:1]:
            filename, line = location.rsplit(":", 1)
            ET.SubElement(node, "location", filename=f"../../{filename}", line=line)
        ET.SubElement(node, "source").text = msg.source
        translation = ET.SubElement(node, "translation")
        translation.text = msg.translation
        if msg.obsolete:
            translation.set("type", "vanished")
        elif not msg.finished:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(language: str, texts: dict[str, list[str]], *, write: bool = True) -> dict[str, Message]:
    """The catalogue for ``language`` with every current text (translations kept) and removed ones obsolete,
    written back to its ``.ts`` unless ``write`` is False (``todo`` only reads)."""
    old = read_ts(ts_path(language))
    merged: dict[str, Message] = {}
    for source, locations in texts.items():
        previous = old.get(source)
        msg = Message(source, previous.translation if previous else "", previous.finished if previous else False)
        msg.locations = locations
        merged[source] = msg
    for source, previous in old.items():
        if source not in merged and previous.translation:
            merged[source] = Message(source, previous.translation, previous.finished, obsolete=True)
    if write:
        write_ts(ts_path(language), language, list(merged.values()))
    return merged


def fields(text: str) -> set[str]:
    return set(FIELD.findall(text))


def problems(language: str, texts: dict[str, list[str]]) -> list[str]:
    """What is wrong with one catalogue, each naming the file and a text; [] when it is complete."""
    path = ts_path(language)
    catalogue = read_ts(path)
    found: list[str] = []
    name = path.relative_to(REPO)
    for source, locations in texts.items():
        msg = catalogue.get(source)
        if msg is None or msg.obsolete:
            found.append(f"{name}: no entry for {source!r} ({locations[0]}); run tools/i18n.py update")
        elif not msg.finished or not msg.translation.strip():
            found.append(f"{name}: {source!r} is not translated ({locations[0]})")
        elif fields(msg.translation) != fields(source):
            found.append(f"{name}: the translation of {source!r} has fields {sorted(fields(msg.translation))}, "
                         f"the English has {sorted(fields(source))}")
        elif source.count("&") == 1 and msg.translation.count("&") != 1:
            found.append(f"{name}: the translation of {source!r} needs one '&' before its access key")
    stale = [s for s, m in catalogue.items() if s not in texts and not m.obsolete]
    found.extend(f"{name}: {s!r} is no longer in the source; run tools/i18n.py update" for s in stale)
    if not qm_path(language).exists():
        found.append(f"{qm_path(language).relative_to(REPO)} is missing; run tools/i18n.py update")
    return found


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(here) if here.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease was not found; install the project (scripts/bootstrap.sh)")
    return tool


def compile_qm(language: str) -> None:
    result = subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts_path(language)), "-qm",
                             str(qm_path(language))], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts_path(language)}: {result.stderr or result.stdout}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="add new texts to every catalogue and compile")
    todo = sub.add_parser("todo", help="print the untranslated texts of a language as JSON")
    todo.add_argument("language", choices=sorted(LANGUAGES))
    merge = sub.add_parser("merge", help="put translations from a JSON file into a catalogue")
    merge.add_argument("language", choices=sorted(LANGUAGES))
    merge.add_argument("json_file", type=Path)
    sub.add_parser("check", help="exit 1 when a catalogue is incomplete")
    args = parser.parse_args(argv)
    texts = extract()
    if args.command == "update":
        for language in LANGUAGES:
            update(language, texts)
            compile_qm(language)
        print(f"{len(texts)} texts in {len(LANGUAGES)} catalogues")
    elif args.command == "todo":
        catalogue = update(args.language, texts, write=False)
        missing = {s: m.translation for s, m in catalogue.items() if not m.obsolete and not m.finished}
        print(json.dumps(missing, ensure_ascii=False, indent=1))
    elif args.command == "merge":
        catalogue = update(args.language, texts)
        given = json.loads(args.json_file.read_text(encoding="utf-8"))
        unknown = [s for s in given if s not in catalogue]
        for source, translation in given.items():
            if source in catalogue and isinstance(translation, str) and translation.strip():
                catalogue[source].translation = translation
                catalogue[source].finished = True
        write_ts(ts_path(args.language), args.language, list(catalogue.values()))
        compile_qm(args.language)
        if unknown:
            print(f"{len(unknown)} texts in {args.json_file} are not in the source, e.g. {unknown[0]!r}")
    else:
        found = [p for language in LANGUAGES for p in problems(language, texts)]
        print("\n".join(found) if found else f"{len(texts)} texts, translated in {len(LANGUAGES)} languages")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
