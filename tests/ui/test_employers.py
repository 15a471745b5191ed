"""The Werkgevers tab: a first company visit, its workplace and requirements, a follow-up."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from jobhunter.models.enums import RequirementKind, Sector, WorkplaceStatus
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.employers.dialogs import (
    ContactDialog,
    ContactValues,
    VisitDialog,
    VisitValues,
    WorkplaceDialog,
    WorkplaceValues,
)
from jobhunter.ui.employers.page import NewEmployerDialog
from jobhunter.ui.main_window import TAB_EMPLOYERS, MainWindow

TODAY = date(2026, 3, 16)


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path) -> MainWindow:
    EmployerService(store, clock).create("Zorggroep De Linde", Sector.CARE)
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(TAB_EMPLOYERS)
    return win


def _patch(monkeypatch, dialog, value) -> None:
    monkeypatch.setattr(dialog, "get_values", classmethod(lambda cls, *a, **k: (value, True)))


def test_first_visit_workplace_requirements_and_follow_up(
    window: MainWindow, qtbot, monkeypatch, store, clock
) -> None:
    page = window.employers
    # Given a new employer added with Ctrl+N on the Werkgevers tab
    _patch(monkeypatch, NewEmployerDialog, ("Groenvoorziening Van Dijk", Sector.GREEN.value))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    employer_id = page.file.employer_id
    assert page.file.name.text() == "Groenvoorziening Van Dijk"
    assert page.list.selected_id() == employer_id
    # When the user records the first company visit with a follow-up in two weeks
    _patch(
        monkeypatch,
        VisitDialog,
        VisitValues(
            visited_on=TODAY,
            contact_person_id=None,
            relationship="Rondleiding; eigenaar denkt mee",
            workplace="Medewerker groen, 24 uur",
            commitment=None,
            notes=None,
            follow_up_on=TODAY + timedelta(days=14),
        ),
    )
    page.file.sections.setCurrentWidget(page.file.visits)
    page.file.visits.add()
    # And the workplace it produced, with its real hard requirements
    _patch(
        monkeypatch,
        WorkplaceDialog,
        WorkplaceValues(
            title="Medewerker groen",
            tasks="Maaien, snoeien",
            hours_per_week=24,
            contract_form="Proefplaatsing 2 maanden",
            city="Schiedam",
            status=WorkplaceStatus.OPEN.value,
            jobcarving=None,
            requirements=[("driving_licence", "B", True), ("dutch_level", "A2", False)],
        ),
    )
    page.file.sections.setCurrentWidget(page.file.workplaces)
    page.file.workplaces.add()
    # Then the file shows all of it and the list shows the follow-up
    page.file.sections.setCurrentWidget(page.file.visits)
    assert page.file.visits.table.rowCount() == 1
    assert page.file.visits.table.item(0, 1).text().startswith("✓")
    page.file.sections.setCurrentWidget(page.file.workplaces)
    assert page.file.workplaces.table.item(0, 5).text() == "Driving licence B"
    assert page.file.workplaces.table.item(0, 6).text() == "Dutch level A2"
    (place,) = EmployerService(store, clock).workplaces(employer_id)
    kinds = {(r.kind, r.is_hard) for r in EmployerService(store, clock).requirements(place.id)}
    assert kinds == {(RequirementKind.DRIVING_LICENCE, True), (RequirementKind.DUTCH_LEVEL, False)}

    def listed():
        return next(r for r in page.list.model.rows() if r.id == employer_id)

    qtbot.waitUntil(lambda: listed().follow_up_on == TODAY + timedelta(days=14))
    assert listed().days_since_contact == 0


def test_overdue_follow_up_is_flagged_in_the_file(window: MainWindow, qtbot) -> None:
    page = window.employers
    # Given the first employer open (the tab opens it), when its follow-up date is set in
    # the past
    assert page.file.employer_id == page.list.model.rows()[0].id
    follow_up = page.file.profile.findChild(QWidget, "follow_up_on")
    follow_up.set_value(TODAY - timedelta(days=3))
    follow_up.editingFinished.emit()
    # Then the file says so, and the list highlights it
    assert "13-03-2026" in page.file.alert.text()
    qtbot.waitUntil(lambda: page.list.model.rows()[0].follow_up_on == TODAY - timedelta(days=3))


def test_profile_field_saves_when_left(window: MainWindow, store, clock) -> None:
    page = window.employers
    employer = page.list.model.rows()[0]
    page.list.select_id(employer.id)
    culture = page.file.profile.findChild(QWidget, "culture")
    culture.setPlainText("Hecht team, veel humor")
    culture.editingFinished.emit()
    assert EmployerService(store, clock).get(employer.id).culture == "Hecht team, veel humor"
    page.file.profile.findChild(QWidget, "motives_shortage").setChecked(True)
    assert EmployerService(store, clock).get(employer.id).motives == ["shortage"]


def test_contacts_primary_and_vcard_export(
    window: MainWindow, monkeypatch, tmp_path: Path, store, clock
) -> None:
    page = window.employers
    employer = page.list.model.rows()[0]
    page.list.select_id(employer.id)
    page.file.sections.setCurrentWidget(page.file.contacts)
    for name in ("Petra Jansen", "Karim Haddou"):
        _patch(monkeypatch, ContactDialog, ContactValues(name, "HR", "06-12345678", None, "phone"))
        page.file.contacts.add()
    table = page.file.contacts.table
    assert [table.item(r, 5).text() for r in range(table.rowCount())].count("★") == 1
    table.selectRow([table.item(r, 0).text() for r in range(2)].index("Karim Haddou"))
    page.file.contacts.make_primary()
    assert page.file.contacts.changes.count() == 2
    # export this employer's contacts
    target = tmp_path / "linde.vcf"
    monkeypatch.setattr(window, "ask_save_path", lambda *a: str(target))
    page.file.vcard_button.click()
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert sorted(c.fn.value for c in cards) == ["Karim Haddou", "Petra Jansen"]


def test_a_bad_postcode_is_refused_with_a_message(
    window: MainWindow, store, clock, monkeypatch
) -> None:
    page = window.employers
    employer = page.list.model.rows()[0]
    page.list.select_id(employer.id)
    postcode = page.file.profile.findChild(QWidget, "postcode")
    postcode.setText("99999")
    postcode.editingFinished.emit()
    assert "postcode" in page.file.message.text()
    assert EmployerService(store, clock).get(employer.id).postcode is None
    # closing the window asks what to do with the unsaved value; discarding keeps the store
    asked = []
    monkeypatch.setattr(page, "confirm_discard", lambda problem: asked.append(problem) or True)
    assert window.close()
    assert asked and EmployerService(store, clock).get(employer.id).postcode is None
