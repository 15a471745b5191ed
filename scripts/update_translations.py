#!/usr/bin/env python3
"""Keep the translations in step with the English source strings of the UI.

Without arguments: extract every translatable string from ``jobhunter/ui/**/*.py`` into
``resources/i18n/jobhunter_nl.ts`` (existing translations are kept, vanished strings are
dropped) and compile it to ``jobhunter/i18n/jobhunter_nl.qm``, the file the app loads.
English is the source language, so its catalogue ``jobhunter_en.ts`` holds only the plural
messages ("%n day(s)" -> "1 day", "3 days"); their forms are derived from the source text.

With ``--check``: change nothing; exit 1 with a one-line message when a ``.ts`` file no
longer matches the sources (a fresh extraction into a temporary copy yields a different set of
messages) or when a message still lacks its translation. CI and
``tests/i18n/test_translations.py`` run this.
"""

from __future__ import annotations

import argparse
import re
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
EN_TS_FILE = ROOT / "resources" / "i18n" / "jobhunter_en.ts"
EN_QM_FILE = ROOT / "jobhunter" / "i18n" / "jobhunter_en.qm"
#: "(s)", "(es)": the optional plural ending in an English source text
PLURAL_ENDING = re.compile(r"\((e?s)\)")

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
    """Extract the UI strings into ``ts_file``, merging with what it already holds.

    The English catalogue gets only the messages with a plural (``-pluralonly``).
    """
    english = ts_file.name == EN_TS_FILE.name
    command = [
        tool("lupdate"),
        "-silent",
        "-no-obsolete",
        *(["-pluralonly"] if english else []),
        "-locations",
        locations,
        "-source-language",
        "en",
        "-target-language",
        "en_GB" if english else TARGET_LANGUAGE,
        *(str(path.relative_to(ROOT)) for path in ui_sources()),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def fill_english_plurals(ts_file: Path) -> None:
    """Give every plural message its English singular and plural, derived from the source."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        source = message.findtext("source", "")
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in (PLURAL_ENDING.sub("", source), PLURAL_ENDING.sub(r"\1", source)):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


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
    """Return why a ``.ts`` file needs work, or None when both are complete and current."""
    for ts_file in (TS_FILE, EN_TS_FILE):
        problem = check_catalogue(ts_file)
        if problem is not None:
            return problem
    return None


def check_catalogue(ts_file: Path) -> str | None:
    relative_ts = ts_file.relative_to(ROOT)
    if not ts_file.exists():
        return f"{relative_ts} is missing; run scripts/update_translations.py"
    with tempfile.TemporaryDirectory(prefix="jobhunter-i18n-") as tmp:
        fresh = Path(tmp) / ts_file.name
        shutil.copyfile(ts_file, fresh)
        run_lupdate(fresh, locations="none")
        committed, current = message_keys(ts_file), message_keys(fresh)
    if committed != current:
        new, gone = current - committed, committed - current
        example = sorted(new or gone)[0]
        return (
            f"{relative_ts} is out of date with jobhunter/ui ({len(new)} new, {len(gone)} "
            f"vanished, e.g. {example[0]}: {example[1]!r}); run scripts/update_translations.py"
        )
    unfinished = unfinished_messages(ts_file)
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
            print(f"{TS_FILE.relative_to(ROOT)} and {EN_TS_FILE.name} are complete and up to date")
            return 0
        TS_FILE.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(TS_FILE)
        run_lrelease(TS_FILE, QM_FILE)
        run_lupdate(EN_TS_FILE)
        fill_english_plurals(EN_TS_FILE)
        run_lupdate(EN_TS_FILE)  # back to lupdate's own layout
        run_lrelease(EN_TS_FILE, EN_QM_FILE)
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
