"""Kennismaking: personal data, background and the Werkverkenner, saved as you go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Client
from jobhunter.models.enums import DutchLevel
from jobhunter.services.caseload import FACTORS, CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.ui.flow_layout import FlowBox
from jobhunter.ui.forms import AutoSaveForm
from jobhunter.ui.hub import announce
from jobhunter.ui.labels import FACTOR_LABELS, key_label


class IntakeSection(AutoSaveForm):
    def __init__(
        self, clients: ClientService, caseload: CaseloadService, parent: QWidget | None = None
    ) -> None:
        super().__init__(clients.update, parent, kind="client")
        self._caseload = caseload
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        left, right = self.two_columns(outer)

        self.line(left, "first_name", self.tr("First name"))
        self.line(left, "last_name", self.tr("Last name"))
        self.spin(left, "birth_year", self.tr("Year of birth"), 1900, 2100)
        self.line(left, "phone", self.tr("Phone"), self.tr("06-12345678"))
        self.line(left, "email", self.tr("E-mail"))
        self.line(left, "postcode", self.tr("Postcode"), self.tr("1234 AB"))
        self.line(left, "city", self.tr("City"))
        self.line(left, "languages", self.tr("Languages"), self.tr("e.g. Arabic, Dutch"))
        level = QComboBox(self)
        level.addItem("–", None)
        for value in DutchLevel:
            level.addItem(value.value, value.value)
        self.bind(
            left,
            "dutch_level",
            self.tr("Dutch level"),
            level,
            level.currentData,
            lambda v: level.setCurrentIndex(max(level.findData(v), 0)),
            level.activated,
        )
        self.line(left, "education", self.tr("Education"))
        self.tri(left, "has_startkwalificatie", self.tr("Startkwalificatie"))
        self.tri(left, "driving_licence", self.tr("Driving licence"))
        self.tri(left, "own_transport", self.tr("Own transport"))
        self.spin(left, "hours_available", self.tr("Hours available per week"), 0, 60)

        self.text(right, "work_experience", self.tr("Work experience"))
        self.text(right, "wishes", self.tr("Wishes"))
        self.text(right, "skills", self.tr("Skills and talents"))
        self.text(right, "motivation", self.tr("Motivation"))
        self.date(right, "unemployed_since", self.tr("Unemployed since"))
        self.line(right, "next_action", self.tr("Next action"))
        self.date(right, "next_action_on", self.tr("Next action on"))

        werkverkenner = QGroupBox(self.tr("Werkverkenner"), body)
        wv_form = self.new_form()
        werkverkenner.setLayout(wv_form)
        chance = self.spin(
            wv_form,
            "werkverkenner_chance",
            self.tr("Chance of work within a year"),
            0,
            100,
            empty=self.tr("not filled in"),
        )
        chance.setSuffix(" %")
        self.date(wv_form, "werkverkenner_date", self.tr("Filled in on"))
        factors = QGroupBox(self.tr("Scores on the 18 factors (1 = obstacle, 5 = strength)"))
        flow = FlowBox(factors, spacing=4)  # three a row where there is room, fewer where not
        QVBoxLayout(factors).addWidget(flow)
        self._factor_boxes: dict[str, QComboBox] = {}
        names = [key_label(FACTOR_LABELS, factor) for factor in FACTORS]
        name_width = max(factors.fontMetrics().horizontalAdvance(n) for n in names) + 8
        for factor, name in zip(FACTORS, names, strict=True):
            box = QComboBox(factors)
            box.addItem("–", None)
            for score in range(1, 6):
                box.addItem(str(score), score)
            box.activated.connect(self._save_factors)
            self._factor_boxes[factor] = box
            pair = QWidget(flow)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 12, 0)
            caption = QLabel(name, pair)
            caption.setFixedWidth(name_width)
            row.addWidget(caption)
            row.addWidget(box)
            flow.addWidget(pair)
        wv_form.addRow(factors)
        outer.addWidget(werkverkenner)
        outer.addStretch()

    def show_client(self, client: Client) -> None:
        self.show_record(client)
        scores = client.werkverkenner_factors or {}
        for factor, box in self._factor_boxes.items():
            box.setCurrentIndex(max(box.findData(scores.get(factor)), 0))

    def _save_factors(self) -> None:
        if self.record_id is None:
            return
        scores = {f: box.currentData() for f, box in self._factor_boxes.items()}
        client = self._caseload.set_factor_scores(self.record_id, scores)
        announce("client", [client.id], source=self)
        self.saved.emit(client)
