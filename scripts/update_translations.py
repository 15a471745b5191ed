#!/usr/bin/env python3
"""Keep the Dutch translation in step with the English source strings of the UI.

Without arguments: extract every translatable string from ``jobhunter/ui/**/*.py`` into
``resources/i18n/jobhunter_nl.ts`` (existing translations are kept, vanished strings are
dropped) and compile it to ``jobhunter/i18n/jobhunter_nl.qm``, the file the app loads.

With ``--check``: change nothing; exit 1 with a one-line message when the ``.ts`` file no
longer matches the sources (a fresh extraction into a temporary copy yields a different set of
messages) or when a message still lacks its Dutch translation. CI and
``tests/i18n/test_translations.py`` run this.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "jobhunter" / "ui"
TS_FILE = ROOT / "resources" / "i18n" / "jobhunter_nl.ts"
QM_FILE = ROOT / "jobhunter" / "i18n" / "jobhunter_nl.qm"
TARGET_LANGUAGE = "nl_NL"

#: A message is identified by its context, English source text and disambiguation comment.
MessageKey = tuple[str, str, str]


class ToolMissingError(RuntimeError):
    """A Qt Linguist tool that ships with PySide6-Essentials cannot be found."""


def tool(name: str) -> str:
    """Return the path of ``pyside6-<name>``, which PySide6-Essentials puts on PATH."""
    path = shutil.which(f"pyside6-{name}")
    if path is None:
        raise ToolMissingError(f"pyside6-{name} not found on PATH; install PySide6-Essentials")
    return path


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def run_lupdate(ts_file: Path, *, locations: str = "relative") -> None:
    """Extract the UI strings into ``ts_file``, merging with what it already holds."""
    command = [
        tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        locations,
        "-source-language",
        "en",
        "-target-language",
        TARGET_LANGUAGE,
        *(str(path.relative_to(ROOT)) for path in ui_sources()),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def message_keys(ts_file: Path) -> set[MessageKey]:
    keys: set[MessageKey] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            keys.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return keys


def unfinished_messages(ts_file: Path) -> list[MessageKey]:
    """Messages marked unfinished or obsolete, or with an empty (plural) translation."""
    found: list[MessageKey] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            if not texts or not all(text.strip() for text in texts):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                found.append(key)
    return found


def check() -> str | None:
    """Return why the ``.ts`` file needs work, or None when it is complete and current."""
    relative_ts = TS_FILE.relative_to(ROOT)
    if not TS_FILE.exists():
        return f"{relative_ts} is missing; run scripts/update_translations.py"
    with tempfile.TemporaryDirectory(prefix="jobhunter-i18n-") as tmp:
        fresh = Path(tmp) / TS_FILE.name
        shutil.copyfile(TS_FILE, fresh)
        run_lupdate(fresh, locations="none")
        committed, current = message_keys(TS_FILE), message_keys(fresh)
    if committed != current:
        new, gone = current - committed, committed - current
        example = sorted(new or gone)[0]
        return (
            f"{relative_ts} is out of date with jobhunter/ui ({len(new)} new, {len(gone)} "
            f"vanished, e.g. {example[0]}: {example[1]!r}); run scripts/update_translations.py"
        )
    unfinished = unfinished_messages(TS_FILE)
    if unfinished:
        context, source, _ = unfinished[0]
        return (
            f"{relative_ts} has {len(unfinished)} unfinished translation(s), "
            f"e.g. {context}: {source!r}"
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only verify that the .ts file is current and fully translated (exit 1 if not)",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problem = check()
            if problem is not None:
                print(problem, file=sys.stderr)
                return 1
            print(f"{TS_FILE.relative_to(ROOT)} is complete and up to date")
            return 0
        TS_FILE.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(TS_FILE)
        run_lrelease(TS_FILE, QM_FILE)
    except (ToolMissingError, subprocess.CalledProcessError) as exc:
        print(exc, file=sys.stderr)
        return 2
    unfinished = len(unfinished_messages(TS_FILE))
    print(
        f"updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}"
        + (f"; {unfinished} message(s) still need a translation" if unfinished else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
