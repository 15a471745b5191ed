"""Documents for print: the employer briefing, the kandidaatprofiel and other PDFs.

``layout`` and the ``*_pdf`` renderers import reportlab, and the builders and the document
service are only needed once a document is asked for: import them then, never at start-up.
This package itself stays light, so the interface can name the kinds of document.
"""

from __future__ import annotations

from enum import StrEnum


class PrintKind(StrEnum):
    """The documents a match can be printed as."""

    BRIEFING = "briefing"
    PROFILE = "profile"

    @property
    def audit_action(self) -> str:
        """The audit log's action for a print or save of this document."""
        return "print_briefing" if self is PrintKind.BRIEFING else "print_profile"
