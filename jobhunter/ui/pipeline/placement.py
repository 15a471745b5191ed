"""The placement in the match file: its terms (form, start, hours, end), saved at once;
aftercare and durability count from its start."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jobhunter.models.enums import PLACED_STAGES, Stage
from jobhunter.services.clock import local_day
from jobhunter.services.errors import ValidationError
from jobhunter.services.matches import MatchFile, MatchService
from jobhunter.ui.hub import announce
from jobhunter.ui.labels import label
from jobhunter.ui.pipeline.dialogs import PlacementTermsBox


class PlacementPanel(QWidget):
    """The terms of a running placement, saved with one button."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, matches: MatchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = matches
        self.match_id: uuid.UUID | None = None
        self.box = PlacementTermsBox(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the terms"), self)
        self.save_button.setObjectName("save_terms")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.box)
        layout.addLayout(row)
        layout.addStretch()

    def show_file(self, file: MatchFile) -> None:
        self.match_id = file.id
        placed = file.row.stage in PLACED_STAGES
        self.box.setVisible(placed)
        self.save_button.setVisible(placed)
        if placed:
            self.hint.setText(
                self.tr(
                    "How %1 works here; aftercare and durability count from the start."
                ).replace("%1", file.row.client_name)
            )
            start = file.placement.start if file.placement else None
            self.box.show_terms(
                file.row.stage, file.placement, start or local_day(file.row.stage_since)
            )
        else:
            self.hint.setText(
                self.tr(
                    "The terms (proefplaatsing, stage, leerwerkplek, werkervaringsplek, "
                    "detachering, tijdelijk or vast contract) are set when the match reaches "
                    "%1 or %2."
                )
                .replace("%1", label(Stage.TRIAL_PLACEMENT))
                .replace("%2", label(Stage.CONTRACT))
            )

    def save(self) -> bool:
        terms = self.box.terms()
        if self.match_id is None or terms is None:
            return False
        try:
            self.matches.set_placement(self.match_id, terms)
        except ValidationError as exc:
            self.failed.emit(str(exc))
            return False
        announce("match", [self.match_id])
        self.saved.emit()
        return True
