"""The Dutch translation is complete, consistent with the sources and shipped compiled.

Dutch is the default language, so a missing or broken translation is a visible bug: an
English word in a Dutch screen, a lost ``%1`` that hides a file name, a stale ``.qm`` that
still shows last week's wording.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "jobhunter_nl.ts"
QM_FILE = ROOT / "jobhunter" / "i18n" / "jobhunter_nl.qm"
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"

#: Dutch has a singular and a plural form (Qt's plural rules for nl).
DUTCH_PLURAL_FORMS = 2

#: %n, %1…%99 (optionally %L1) for Qt, {name} for str.format
PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})|\{[A-Za-z_][A-Za-z0-9_]*\}")
#: a keyboard accelerator: "&" before a character, but not the escaped "&&"
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translation_type: str | None
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_messages() -> list[Message]:
    messages = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    numerus=numerus,
                    translation_type=None if translation is None else translation.get("type"),
                    forms=forms,
                )
            )
    return messages


MESSAGES = read_messages()


def test_the_catalogue_is_not_empty() -> None:
    assert len(MESSAGES) > 100, "jobhunter_nl.ts looks truncated"


def test_every_message_is_translated() -> None:
    # Given the Dutch catalogue
    # Then no message is unfinished, obsolete or empty
    problems = [
        f"{m} is {m.translation_type or 'empty'}"
        for m in MESSAGES
        if m.translation_type is not None or not m.forms or not all(f.strip() for f in m.forms)
    ]
    assert not problems, "\n".join(problems)


def test_plural_messages_have_every_dutch_form() -> None:
    problems = [
        f"{m} has {len(m.forms)} plural form(s), Dutch needs {DUTCH_PLURAL_FORMS}"
        for m in MESSAGES
        if m.numerus and len(m.forms) != DUTCH_PLURAL_FORMS
    ]
    assert not problems, "\n".join(problems)


def test_placeholders_match_the_source() -> None:
    # Given each source text and its translation(s)
    # Then every placeholder survives, as often as in the source, in every plural form
    problems = []
    for message in MESSAGES:
        expected = Counter(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            found = Counter(PLACEHOLDER.findall(form))
            if found != expected:
                problems.append(
                    f"{message}: expected {sorted(expected.elements())}, "
                    f"got {sorted(found.elements())} in {form!r}"
                )
    assert not problems, "\n".join(problems)


def test_accelerators_are_kept() -> None:
    # A menu entry or button with an Alt+letter shortcut keeps exactly one in Dutch.
    problems = [
        f"{m}: {form!r}"
        for m in MESSAGES
        if ACCELERATOR.search(m.source)
        for form in m.forms
        if len(ACCELERATOR.findall(form)) != 1
    ]
    assert not problems, "\n".join(problems)


def tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}")
    # Not a skip: the Linguist tools ship with PySide6-Essentials, so a missing tool is a
    # broken environment that would let an untranslated release through.
    assert path is not None, f"pyside6-{name} not on PATH; it ships with PySide6-Essentials"
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compiled_catalogue_is_up_to_date(tmp_path: Path, lang: str) -> None:
    # Given the committed .ts compiled afresh
    ts_file = TS_FILE.with_name(f"jobhunter_{lang}.ts")
    qm_file = QM_FILE.with_name(f"jobhunter_{lang}.qm")
    fresh = tmp_path / qm_file.name
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file), "-qm", str(fresh)], check=True, cwd=ROOT
    )
    # Then it is byte for byte the .qm that ships in the package
    assert qm_file.read_bytes() == fresh.read_bytes(), (
        f"jobhunter/i18n/{qm_file.name} is stale; run scripts/update_translations.py"
    )


def test_catalogue_covers_the_sources() -> None:
    # Given the UI sources re-extracted into a temporary copy of the .ts (the script's --check)
    tool("lupdate")
    result = subprocess.run(
        [sys.executable, str(UPDATE_SCRIPT), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    # Then no message is new, vanished or unfinished
    assert result.returncode == 0, (result.stderr or result.stdout).strip()


@pytest.fixture
def dutch(qapp: QCoreApplication):
    translator = QTranslator()
    # the same resource path the app loads (jobhunter.ui.app.install_translators)
    assert translator.load(str(files("jobhunter") / "i18n" / "jobhunter_nl.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_shipped_catalogue_translates(dutch: QTranslator) -> None:
    assert dutch.translate("labels", "Trial placement") == "Proefplaatsing"
    assert QCoreApplication.translate("labels", "Trial placement") == "Proefplaatsing"


def test_plural_forms_follow_the_number(dutch: QTranslator) -> None:
    assert QCoreApplication.translate("tabs", "%n day(s)", "", 1) == "1 dag"
    assert QCoreApplication.translate("tabs", "%n day(s)", "", 3) == "3 dagen"
