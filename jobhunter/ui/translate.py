"""Marking text for translation, typed.

PySide6 types ``QT_TRANSLATE_NOOP`` as returning ``object``, so every header and label
marked with it would need a cast. This one returns ``str``; lupdate finds the calls by their
name, wherever the function comes from, so the strings are extracted as before.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str, disambiguation: str | None = None) -> str:
    """Mark ``source_text`` for translation in ``context``; translate it where it is shown
    (``QCoreApplication.translate(context, text)``)."""
    return source_text
