"""Briefing and kandidaatprofiel in the window: opened from the match file, a card's menu and
the employer file, made in the background, previewed, printed and saved; the profile and
the pipeline refuse without consent; the settings dialog fills the footer."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from sqlalchemy import select

from jobhunter.models import AuditEvent
from jobhunter.models.enums import ConsentParty, InformationPreference, Sector, Stage
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.documents.service import PrintKind
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.settings import SettingsService
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.caseload.dialogs import ConsentDialog
from jobhunter.ui.documents import actions
from jobhunter.ui.documents.chooser import MatchChooserDialog
from jobhunter.ui.documents.preview import BUSY, PAGES, DocumentPreviewDialog
from jobhunter.ui.main_window import TAB_EMPLOYERS, TAB_PIPELINE, MainWindow
from jobhunter.ui.pipeline.dialogs import MoveDialog
from jobhunter.ui.settings_dialog import ProfileSettings, SettingsDialog


@pytest.fixture
def people(store: Store, clock: FixedClock):
    """Ağaoğlu Bakkerij with two candidates: Zoë agreed to share with employers, Łukasz did
    not."""
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir", work_experience="Bakkerij in Izmir", hours_available=24)
    lukasz = clients.create("Łukasz", "Wróbel")
    CaseloadService(store, clock).give_consent(
        zoe.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    employers = EmployerService(store, clock)
    employer = employers.create(
        "Ağaoğlu Bakkerij", Sector.PRODUCTION, information_preference=InformationPreference.FULL
    )
    workplace = employers.add_workplace(employer.id, "Inpakker", hours_per_week=24)
    matches = MatchService(store, clock)
    zoe_match = matches.propose(zoe.id, employer.id, workplace.id)
    lukasz_match = matches.propose(lukasz.id, employer.id, workplace.id)
    return employer, zoe_match, lukasz_match


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, people) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(TAB_PIPELINE)
    return win


def _audit(store: Store, action: str) -> list[AuditEvent]:
    with store.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _opened(monkeypatch) -> list[DocumentPreviewDialog]:
    """Catch each preview the action opens, to wait for it and drive it."""
    opened: list[DocumentPreviewDialog] = []
    real = actions.open_document

    def spy(*args, **kwargs):
        dialog = real(*args, **kwargs)
        if dialog is not None:
            opened.append(dialog)
        return dialog

    monkeypatch.setattr(actions, "open_document", spy)
    for module in ("jobhunter.ui.pipeline.match_file", "jobhunter.ui.pipeline.page",
                   "jobhunter.ui.employers.page"):  # fmt: skip
        monkeypatch.setattr(f"{module}.open_document", spy)
    return opened


def _wait(qtbot, dialog: DocumentPreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != BUSY, timeout=30_000)


def test_the_match_file_previews_the_briefing_made_in_the_background(
    window: MainWindow, qtbot, monkeypatch, people
) -> None:
    _employer, zoe_match, _lukasz = people
    opened = _opened(monkeypatch)
    window.pipeline.board.select(zoe_match.id)
    # When the user chooses "Make briefing…" under the match file's Print button
    menu = window.pipeline.file.documents_button.menu()
    menu.findChild(type(menu.actions()[0]), "document_briefing").trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    # Then the dialog is busy first: nothing to print yet
    assert dialog.stack.currentIndex() == BUSY
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    _wait(qtbot, dialog)
    # And then shows the pages, with what is missing in the user's details above them
    assert dialog.stack.currentIndex() == PAGES
    assert dialog.pdf.pageCount() >= 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.windowTitle() == "Briefing Zoë Özdemir bij Ağaoğlu Bakkerij"
    assert "ontbreken in de voettekst" in dialog.notes.text()
    assert dialog.settings_button.isVisibleTo(dialog)


def test_save_as_pdf_writes_the_file_and_audits_it(
    qtbot, monkeypatch, store: Store, clock: FixedClock, people, tmp_path: Path
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = DocumentPreviewDialog(store, clock, PrintKind.PROFILE, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    # When the user saves it under a name without ".pdf"
    monkeypatch.setattr(dialog, "ask_save_path", lambda suggested: str(tmp_path / "profiel"))
    target = dialog.save_document()
    # Then the PDF is written whole, with its extension, and the save is on the audit log
    assert target == tmp_path / "profiel.pdf"
    assert dialog.document is not None and target.read_bytes() == dialog.document.data
    (event,) = _audit(store, "print_profile")
    assert event.entity_id == zoe_match.client_id and str(tmp_path) in (event.detail or "")
    assert "profiel.pdf" not in (event.detail or "")  # a file name may carry the name
    assert str(target) in dialog.status.text()


def test_printing_sends_every_page_and_audits_it(
    qtbot, monkeypatch, store: Store, clock: FixedClock, people, tmp_path: Path
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    out = tmp_path / "printed.pdf"

    def choose_pdf_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(dialog, "ask_printer", choose_pdf_printer)
    assert dialog.print_document()
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) == dialog.pdf.pageCount()
    (event,) = _audit(store, "print_briefing")
    assert event.entity_id == zoe_match.client_id and "afgedrukt" in (event.detail or "")


def test_a_cancelled_print_dialog_prints_and_audits_nothing(
    qtbot, monkeypatch, store: Store, clock: FixedClock, people
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    monkeypatch.setattr(dialog, "ask_printer", lambda printer: False)
    assert not dialog.print_document()
    assert _audit(store, "print_briefing") == []


def test_a_card_menu_offers_both_documents_and_refuses_a_profile_without_consent(
    window: MainWindow, qtbot, monkeypatch, people
) -> None:
    _employer, _zoe, lukasz_match = people
    opened = _opened(monkeypatch)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_: shown.append(menu))
    board = window.pipeline.board
    board.select(lukasz_match.id)
    column = board.columns[Stage.PROPOSED]
    rect = column.view.visualRect(column.view.currentIndex())
    # When the user right-clicks Łukasz's card and asks for the candidate profile
    board._context_menu(column, rect.center())
    texts = [a.text() for a in shown[-1].actions()]
    assert texts[-2:] == [text for _kind, text in actions.menu_texts()]
    shown[-1].actions()[-1].trigger()
    # Then nothing is made: a Dutch message points to the consent tab
    assert opened == []
    assert len(warnings) == 1 and "tabblad Toestemming" in warnings[0]
    assert "Łukasz Wróbel" in warnings[0]


def test_a_consent_withdrawn_after_the_preview_stops_the_print(
    qtbot, monkeypatch, store: Store, clock: FixedClock, people
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = DocumentPreviewDialog(store, clock, PrintKind.PROFILE, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    caseload = CaseloadService(store, clock)
    for consent in caseload.load(zoe_match.client_id).consents:
        caseload.withdraw_consent(consent.id, "Wil het zelf vertellen")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    printers: list[QPrinter] = []
    monkeypatch.setattr(dialog, "ask_printer", lambda printer: printers.append(printer) or True)
    assert not dialog.print_document()
    assert "geen actieve toestemming" in warnings[0]
    assert _audit(store, "print_profile") == []


def test_the_pipeline_refuses_the_pre_briefing_without_consent_in_the_move_dialog(
    window: MainWindow, qtbot, monkeypatch, store: Store, clock: FixedClock, people
) -> None:
    _employer, _zoe, lukasz_match = people
    errors: list[str] = []

    def answer(dialog: MoveDialog) -> int:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        errors.append(dialog.error.text())
        return QDialog.DialogCode.Rejected  # the user gives up

    monkeypatch.setattr(MoveDialog, "exec", answer)
    # When the user moves Łukasz's card to the employer's pre-briefing
    assert not window.pipeline.request_move(lukasz_match.id, Stage.EMPLOYER_PREBRIEF)
    # Then the dialog says to record the consent first, and the card stays where it was
    assert "geen actieve toestemming" in errors[0] and "Toestemming" in errors[0]
    assert MatchService(store, clock).load(lukasz_match.id).row.stage is Stage.PROPOSED


def test_the_employer_file_chooses_the_candidate_then_previews(
    window: MainWindow, qtbot, monkeypatch, store: Store, clock: FixedClock, people
) -> None:
    employer, zoe_match, _lukasz = people
    opened = _opened(monkeypatch)
    chooser = MatchChooserDialog(store, clock, employer.id, PrintKind.PROFILE)
    qtbot.addWidget(chooser)
    # Then every candidate put forward is listed; who gave no consent says so
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert any(t.startswith("Zoë Özdemir — Inpakker") and "no consent" not in t for t in texts)
    assert any(t.startswith("Łukasz Wróbel") and "no consent" in t for t in texts)
    # When the user picks Zoë from the employer file's Print button
    monkeypatch.setattr(
        MatchChooserDialog, "choose", classmethod(lambda cls, *a, **k: (zoe_match.id, True))
    )
    window.tabs.setCurrentIndex(TAB_EMPLOYERS)
    window.employers.file.show_record(employer.id)
    window.employers.file.open_document(PrintKind.PROFILE)
    (dialog,) = opened
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    assert dialog.windowTitle() == "Kandidaatprofiel Zoë Özdemir voor Ağaoğlu Bakkerij"
    assert "volledige informatie" in dialog.notes.text()


def test_settings_refuse_a_wrong_phone_and_save_the_profile_for_the_footer(
    qtbot, store: Store, clock: FixedClock, people
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = SettingsDialog(store, clock)
    qtbot.addWidget(dialog)
    section = dialog.section(ProfileSettings)
    assert isinstance(section, ProfileSettings)
    section.name.setText("Ĳsbrand de Vries")
    section.phone.setText("bel me")
    # When the user saves a phone number that is none
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    # Then the dialog stays open and says why, in Dutch; nothing is stored
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "geen geldig telefoonnummer" in dialog.error.text()
    assert SettingsService(store, clock).profile().name == ""
    section.phone.setText("06-12345678")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert SettingsService(store, clock).profile().author_line == "Ĳsbrand de Vries · 06-12345678"
    # And the next briefing carries the name in its footer, with nothing missing
    preview = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, zoe_match.id)
    qtbot.addWidget(preview)
    preview.generate().wait()
    assert preview.document is not None and not preview.notes.isVisibleTo(preview)
    text = pypdf.PdfReader(io.BytesIO(preview.document.data)).pages[0].extract_text()
    assert "Ĳsbrand de Vries · 06-12345678" in text


def test_the_file_menu_opens_the_settings(window: MainWindow, monkeypatch) -> None:
    shown: list[SettingsDialog] = []

    def accept(dialog: SettingsDialog) -> int:
        shown.append(dialog)
        dialog.section(ProfileSettings).name.setText("Sanne de Vries")  # type: ignore[attr-defined]
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    action = window.findChild(type(window.menuBar().actions()[0]), "settings_action")
    action.trigger()
    assert shown and SettingsService(window.store, window.clock).profile().name == "Sanne de Vries"


def test_the_consent_dialog_names_sensitive_categories_one_by_one(qtbot, monkeypatch) -> None:
    def fill(dialog: ConsentDialog) -> int:
        dialog.scope.setText("Cv en de rugklachten")
        dialog.categories["health"].setChecked(True)
        dialog.confirm.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", fill)
    values, ok = ConsentDialog.get_consent(None)
    assert ok and values is not None
    party, scope, _given, categories = values
    assert (party, scope, categories) == (
        ConsentParty.EMPLOYERS,
        "Cv en de rugklachten",
        ["health"],
    )


def test_the_consent_tab_shows_what_a_consent_names(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv", date(2026, 1, 5), categories=["health"]
    )
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.caseload.file.show_record(client.id)
    win.caseload.file.sections.setCurrentWidget(win.caseload.file.consent)
    table = win.caseload.file.consent.table
    assert table.item(0, 1).text().startswith("Cv  [")
    assert "Health" in table.item(0, 1).text() or "Gezondheid" in table.item(0, 1).text()


def test_opening_the_main_window_loads_neither_reportlab_nor_qtpdf() -> None:
    """Start-up pays nothing for documents: they load when the first one is asked for."""
    code = (
        "import sys, jobhunter.ui.main_window\n"
        "heavy = [m for m in ('reportlab', 'PySide6.QtPdf', 'PySide6.QtPdfWidgets',"
        " 'jobhunter.services.documents.layout', 'jobhunter.services.documents.service',"
        " 'jobhunter.ui.documents.preview') if m in sys.modules]\n"
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_failure_shows_in_the_dialog_not_as_a_traceback(
    qtbot, store: Store, clock: FixedClock, people
) -> None:
    import uuid

    dialog = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, uuid.uuid4())
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    assert dialog.stack.currentIndex() != PAGES
    assert "bestaat niet" in dialog.error.text()
    assert not dialog.print_button.isEnabled()
    assert dialog.error.alignment() & Qt.AlignmentFlag.AlignCenter


def test_a_print_or_a_settings_change_reloads_no_list(window: MainWindow, qtbot) -> None:
    from jobhunter.ui.hub import announce

    reloaded: list[int] = []
    for index, tab in enumerate(window.record_tabs):
        tab.model.modelReset.connect(lambda i=index: reloaded.append(i))
    announce("audit", [])
    announce("setting")
    qtbot.wait(50)
    assert reloaded == []
    announce("match", [])  # a real change still reloads what shows matches
    qtbot.waitUntil(lambda: bool(reloaded))


def test_your_details_from_the_preview_are_saved_and_the_document_made_again(
    qtbot, monkeypatch, store: Store, clock: FixedClock, people
) -> None:
    _employer, zoe_match, _lukasz = people
    dialog = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    assert dialog.settings_button.isVisibleTo(dialog)

    def fill(settings: SettingsDialog) -> int:
        section = settings.section(ProfileSettings)
        section.name.setText("Ștefan Țăranu")  # type: ignore[attr-defined]
        section.phone.setText("06-87654321")  # type: ignore[attr-defined]
        settings.buttons.button(settings.buttons.StandardButton.Save).click()
        return settings.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    # When the user fills in their details from the preview's button
    dialog.settings_button.click()
    assert dialog.task is not None and dialog.task.wait()
    # Then the briefing is made again, signed, and nothing is missing any more
    assert not dialog.notes.isVisibleTo(dialog) and not dialog.settings_button.isVisibleTo(dialog)
    assert dialog.document is not None
    text = pypdf.PdfReader(io.BytesIO(dialog.document.data)).pages[0].extract_text()
    assert "Ștefan Țăranu · 06-87654321" in text


def test_an_unexpected_failure_is_logged_without_the_documents_text(
    qtbot, monkeypatch, caplog, store: Store, clock: FixedClock, people
) -> None:
    from jobhunter.services.documents.service import DocumentService

    _employer, zoe_match, _lukasz = people

    def broken(self, match_id):
        quoted = DocumentService(store, clock).briefing(match_id).candidate
        raise RuntimeError(f"Flowable with {quoted}'s notes too large")  # as reportlab does

    monkeypatch.setattr(DocumentService, "briefing_pdf", broken)
    dialog = DocumentPreviewDialog(store, clock, PrintKind.BRIEFING, zoe_match.id)
    qtbot.addWidget(dialog)
    dialog.generate().wait()
    assert "RuntimeError" in dialog.error.text() and "Özdemir" not in dialog.error.text()
    assert "RuntimeError" in caplog.text and "Özdemir" not in caplog.text


def test_a_section_out_of_view_shows_the_client_on_screen_when_it_comes_into_view(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    """Sections are filled when they come into view: never with an earlier client's data."""
    caseload = CaseloadService(store, clock)
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    ahmed = ClientService(store, clock).create("Ahmed", "Bakker")
    caseload.give_consent(zoe.id, ConsentParty.EMPLOYERS, "Cv", date(2026, 1, 5))
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    file = win.caseload.file
    file.sections.setCurrentWidget(file.intake)
    # Given Zoë's consent seen, then Ahmed's file opened on the intake
    file.show_record(zoe.id)
    file.sections.setCurrentWidget(file.consent)
    assert file.consent.table.rowCount() == 1
    file.sections.setCurrentWidget(file.intake)
    file.show_record(ahmed.id)
    # When the consent section comes into view, it is Ahmed's: none
    file.sections.setCurrentWidget(file.consent)
    assert file.consent.table.rowCount() == 0
    # And a consent given to Ahmed elsewhere shows while it is in view
    caseload.give_consent(ahmed.id, ConsentParty.EMPLOYERS, "Cv", date(2026, 2, 1))
    file.reload()
    assert file.consent.table.rowCount() == 1
