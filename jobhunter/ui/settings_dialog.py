"""File › Settings…: the user's settings kept in the store, one section per concern.

A section is a small group box that loads its values, checks them and saves them through
the settings service. To add one (the retention period, say), subclass
:class:`SettingsSection` and add it to :func:`all_sections`; the dialog checks every section
before it saves any, so a mistake in one leaves all settings as they were.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services import validation as v
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.errors import ValidationError
from jobhunter.services.settings import SettingsService
from jobhunter.services.store import Store
from jobhunter.ui.hub import announce


class SettingsSection(QGroupBox):
    """One part of the settings dialog."""

    def load(self, settings: SettingsService) -> None:
        """Show the stored values."""

    def validate(self) -> str | None:
        """A Dutch (or translated) message when a value cannot be saved; None when fine."""
        return None

    def save(self, settings: SettingsService) -> None:
        """Store the values shown; called only after every section validated."""


class ProfileSettings(SettingsSection):
    """Who the user is, as printed on every briefing and candidate profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your details"), parent)
        self.setObjectName("profile_settings")
        hint = QLabel(
            self.tr(
                "Printed at the foot of every briefing, and as the contact on a candidate "
                "profile: employers call you, not the candidate."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6670;")
        self.name = QLineEdit(self)
        self.name.setObjectName("profile_name")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("profile_phone")
        self.phone.setPlaceholderText(self.tr("e.g. 06-12345678"))
        self.email = QLineEdit(self)
        self.email.setObjectName("profile_email")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("profile_organisation")
        self.organisation.setPlaceholderText(self.tr("e.g. Werkplein Rijnmond"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(hint)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Organisation"), self.organisation)

    def load(self, settings: SettingsService) -> None:
        profile = settings.profile()
        self.name.setText(profile.name)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.organisation.setText(profile.organisation)

    def validate(self) -> str | None:
        try:
            v.phone(self.phone.text())
            v.email(self.email.text())
        except ValidationError as exc:
            return str(exc)
        return None

    def save(self, settings: SettingsService) -> None:
        settings.save_profile(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            organisation=self.organisation.text(),
        )


def all_sections() -> list[type[SettingsSection]]:
    """The sections, in the order the dialog shows them."""
    from jobhunter.ui.encryption.settings import EncryptionSettings
    from jobhunter.ui.privacy.retention import RetentionSettings

    return [ProfileSettings, RetentionSettings, EncryptionSettings]


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
        sections: list[type[SettingsSection]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.settings = SettingsService(store, clock)
        self.sections = [section() for section in (sections or all_sections())]
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        for section in self.sections:
            section.load(self.settings)
            column.addWidget(section)
        column.addStretch()
        scroll = QScrollArea(self)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #a4262c")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fit_to_screen(holder, parent)

    def _fit_to_screen(self, holder: QWidget, parent: QWidget | None) -> None:
        """Tall enough to show every section without scrolling where the screen allows (a
        laptop has 768 pixels)."""
        screen = (parent or self).screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 680
        wanted = holder.sizeHint().height() + self.buttons.sizeHint().height() + 60
        self.resize(max(self.sizeHint().width(), 600), max(300, min(wanted, room)))

    def section(self, kind: type[SettingsSection]) -> SettingsSection:
        return next(s for s in self.sections if isinstance(s, kind))

    def _save(self) -> None:
        for section in self.sections:
            problem = section.validate()
            if problem:
                self.error.setText(problem)
                return
        try:
            for section in self.sections:
                section.save(self.settings)
        except ValidationError as exc:  # a rule only the service knows
            self.error.setText(str(exc))
            return
        announce("setting")
        self.accept()

    @classmethod
    def edit(
        cls, store: Store, clock: Clock = SYSTEM_CLOCK, parent: QWidget | None = None
    ) -> tuple[SettingsService | None, bool]:
        """Show the settings; returns the settings service and True once saved."""
        dialog = cls(store, clock, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.settings, True
