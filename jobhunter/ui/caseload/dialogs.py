"""Small dialogs of the client file; each offers a classmethod returning (value, accepted)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from jobhunter.models import Intervention
from jobhunter.models.enums import (
    WEAK_EFFECT,
    BarrierKind,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
)
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.labels import CONSENT_CATEGORY_LABELS, key_label, label
from jobhunter.ui.widgets import OptionalDateEdit, PlainTextEdit


class PhaseDialog(FormDialog):
    """Moving a client to another phase is an explicit act with a reason."""

    def __init__(self, current: Phase, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change phase"), parent)
        self.phase = QComboBox(self)
        for phase in Phase:
            if phase is not current:
                self.phase.addItem(label(phase), phase)
        order = list(Phase)
        following = order[min(order.index(current) + 1, len(order) - 1)]
        index = self.phase.findData(following)
        self.phase.setCurrentIndex(max(index, 0))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why, in one sentence"))
        self.form.addRow(self.tr("From"), QLabel(label(current), self))
        self.form.addRow(self.tr("To"), self.phase)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def validate(self) -> str | None:
        if not self.reason.text().strip():
            return self.tr("Give a reason for the phase change.")
        return None

    @classmethod
    def get_phase(
        cls, parent: QWidget | None, current: Phase
    ) -> tuple[tuple[Phase, str] | None, bool]:
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            return None, False
        return (dialog.phase.currentData(), dialog.reason.text().strip()), True


@dataclass
class InterventionValues:
    kind: InterventionKind
    goal: str
    provider: str | None
    start_date: date | None
    end_date: date | None
    status: InterventionStatus
    evaluation: str | None
    barriers: list[BarrierKind] = field(default_factory=list)
    approach: str | None = None
    effect: int | None = None
    follow_up: InterventionFollowUp | None = None


def effect_labels() -> dict[int, str]:
    """The effect scale as the plan shows it."""
    return {
        1: QCoreApplication.translate("effect", "1 none"),
        2: QCoreApplication.translate("effect", "2 weak"),
        3: QCoreApplication.translate("effect", "3 some"),
        4: QCoreApplication.translate("effect", "4 good"),
        5: QCoreApplication.translate("effect", "5 strong"),
    }


class InterventionDialog(FormDialog):
    """An item of the plan as gewogen maatwerk records it: what (and for which barriers),
    how (the approach, bejegening), and the effect seen, with what follows from it."""

    def __init__(
        self,
        item: Intervention | None,
        parent: QWidget | None = None,
        client_barriers: set[BarrierKind] | None = None,
    ) -> None:
        super().__init__(self.tr("Intervention"), parent)
        self.setMinimumWidth(560)
        self.kind = QComboBox(self)
        for kind in InterventionKind:
            self.kind.addItem(label(kind), kind)
        self.goal = QLineEdit(self)
        self.barriers = QListWidget(self)
        self.barriers.setObjectName("barriers")
        self.barriers.setMaximumHeight(110)
        self.barriers.setToolTip(self.tr("The client's own barriers come first"))
        own = client_barriers or set()
        for barrier in sorted(BarrierKind, key=lambda k: k not in own):
            entry = QListWidgetItem(
                label(barrier) + (" ●" if barrier in own else ""), self.barriers
            )
            entry.setData(Qt.ItemDataRole.UserRole, barrier.value)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        self.approach = PlainTextEdit(self)
        self.approach.setObjectName("approach")
        self.approach.setPlaceholderText(
            self.tr("How it is done: approach, tone, who does what (bejegening)")
        )
        self.provider = QLineEdit(self)
        self.start = OptionalDateEdit(self)
        self.end = OptionalDateEdit(self)
        self.status = QComboBox(self)
        for status in InterventionStatus:
            self.status.addItem(label(status), status)
        self.evaluation = QPlainTextEdit(self)
        self.evaluation.setMaximumHeight(72)
        self.evaluation.setPlaceholderText(self.tr("What effect do you see? Adjust if none."))
        self.effect = QComboBox(self)
        self.effect.setObjectName("effect")
        self.effect.addItem("–", None)
        for score, text in effect_labels().items():
            self.effect.addItem(text, score)
        self.follow_up = QComboBox(self)
        self.follow_up.setObjectName("follow_up")
        self.follow_up.addItem(self.tr("– (not decided)"), None)
        for choice in InterventionFollowUp:
            self.follow_up.addItem(label(choice), choice)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Goal"), self.goal)
        self.form.addRow(self.tr("Addresses"), self.barriers)
        self.form.addRow(self.tr("Approach"), self.approach)
        self.form.addRow(self.tr("Provider"), self.provider)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("End"), self.end)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Evaluation of the effect"), self.evaluation)
        self.form.addRow(self.tr("Effect seen"), self.effect)
        self.form.addRow(self.tr("Follow-up"), self.follow_up)
        self.finish_layout()
        if item is not None:
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.goal.setText(item.goal)
            addressed = set(item.barriers or [])
            for row in range(self.barriers.count()):
                entry = self.barriers.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) in addressed:
                    entry.setCheckState(Qt.CheckState.Checked)
            self.approach.setPlainText(item.approach or "")
            self.provider.setText(item.provider or "")
            self.start.set_value(item.start_date)
            self.end.set_value(item.end_date)
            self.status.setCurrentIndex(self.status.findData(item.status))
            self.evaluation.setPlainText(item.evaluation or "")
            self.effect.setCurrentIndex(max(self.effect.findData(item.effect), 0))
            self.follow_up.setCurrentIndex(max(self.follow_up.findData(item.follow_up), 0))
        self.effect.currentIndexChanged.connect(self._update_follow_up)
        self._update_follow_up()

    def _update_follow_up(self) -> None:
        """A follow-up decides about an effect: it waits for one; a weak one asks for it."""
        effect = self.effect.currentData()
        self.follow_up.setEnabled(effect is not None)
        if effect is None:
            self.follow_up.setCurrentIndex(0)
        weak = effect is not None and effect <= WEAK_EFFECT
        self.follow_up.setToolTip(
            self.tr("A weak effect keeps asking 'adjust?' until you choose what follows")
            if weak
            else ""
        )

    def values(self) -> InterventionValues:
        return InterventionValues(
            kind=self.kind.currentData(),
            goal=self.goal.text(),
            provider=self.provider.text() or None,
            start_date=self.start.value(),
            end_date=self.end.value(),
            status=self.status.currentData(),
            evaluation=self.evaluation.toPlainText() or None,
            barriers=[
                BarrierKind(self.barriers.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.barriers.count())
                if self.barriers.item(row).checkState() == Qt.CheckState.Checked
            ],
            approach=self.approach.toPlainText() or None,
            effect=self.effect.currentData(),
            follow_up=self.follow_up.currentData(),
        )

    def validate(self) -> str | None:
        values = self.values()
        if not values.goal.strip():
            return self.tr("The goal is required.")
        if values.start_date and values.end_date and values.end_date < values.start_date:
            return self.tr("The end date is before the start date.")
        if (values.evaluation or "").strip() and values.effect is None:
            return self.tr("Score the effect you see (1 none to 5 strong).")
        return None

    @classmethod
    def get_values(
        cls,
        parent: QWidget | None,
        item: Intervention | None = None,
        client_barriers: set[BarrierKind] | None = None,
    ) -> tuple[InterventionValues | None, bool]:
        dialog = cls(item, parent, client_barriers)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.values(), True


class ConsentDialog(FormDialog):
    """What the client agreed may be shared; sensitive categories are ticked one by one,
    because only what is ticked ever reaches an employer's candidate profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from jobhunter.models.enums import ConsentCategory, ConsentParty

        super().__init__(self.tr("Record consent"), parent)
        self.party = QComboBox(self)
        for party in ConsentParty:
            self.party.addItem(label(party), party)
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("e.g. CV, work experience, skills and availability"))
        self.given = OptionalDateEdit(self)
        self.given.setDate(QDate.currentDate())
        self.categories: dict[str, QCheckBox] = {}
        sensitive = QGroupBox(self.tr("Sensitive information the client named explicitly"), self)
        grid = QGridLayout(sensitive)
        hint = QLabel(
            self.tr(
                "Only what is ticked here may appear in a candidate profile, whatever the text "
                "above says. Leave all unticked when in doubt."
            ),
            sensitive,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6670;")
        grid.addWidget(hint, 0, 0, 1, 2)
        for index, category in enumerate(ConsentCategory):
            box = QCheckBox(key_label(CONSENT_CATEGORY_LABELS, category.value), sensitive)
            box.setObjectName(f"category_{category.value}")
            self.categories[category.value] = box
            grid.addWidget(box, 1 + index // 2, index % 2)
        self.confirm = QCheckBox(self.tr("The client agreed to this explicitly"), self)
        self.form.addRow(self.tr("With whom"), self.party)
        self.form.addRow(self.tr("What may be shared"), self.scope)
        self.form.addRow(self.tr("Since"), self.given)
        self.form.addRow(sensitive)
        self.form.addRow(self.confirm)
        self.finish_layout()

    def validate(self) -> str | None:
        if not self.scope.text().strip():
            return self.tr("Describe what may be shared.")
        if not self.confirm.isChecked():
            return self.tr("Confirm that the client agreed.")
        return None

    def chosen_categories(self) -> list[str]:
        return [value for value, box in self.categories.items() if box.isChecked()]

    @classmethod
    def get_consent(
        cls, parent: QWidget | None
    ) -> tuple[tuple[object, str, date, list[str]] | None, bool]:
        """(party, scope, given on, sensitive categories named) and whether it was accepted."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        given = dialog.given.value() or date.today()
        values = (dialog.party.currentData(), dialog.scope.text().strip(), given)
        return (*values, dialog.chosen_categories()), True
