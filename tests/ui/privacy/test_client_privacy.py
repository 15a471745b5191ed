"""The client file's privacy menu, driven as a jobhunter would: erase, access export, keep
longer and anonymise, with the confirmations they need."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jobhunter.models.enums import BarrierKind, ConsentParty, DocumentKind, Phase
from jobhunter.services import backup
from jobhunter.services.activity import ContactService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.privacy.erasure import ErasureService
from jobhunter.services.store import Store
from jobhunter.ui.app import install_translators, settings_for
from jobhunter.ui.main_window import MainWindow
from jobhunter.ui.privacy import access
from jobhunter.ui.privacy.access import AccessExportDoneDialog
from jobhunter.ui.privacy.erase import ErasedDialog, EraseDialog, erase_clients
from jobhunter.ui.privacy.retention import ExtendDialog


@pytest.fixture
def zoe(store: Store, clock: FixedClock, tmp_path: Path):
    clients = ClientService(store, clock)
    client = clients.create("Zoë", "Özdemir", city="Schiedam")
    caseload = CaseloadService(store, clock)
    caseload.set_barrier(client.id, BarrierKind.DEBTS, 3, "Schuldhulp")
    caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Cv")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4 cv")
    caseload.attach(client.id, cv, DocumentKind.CV)
    ContactService(store, clock).log("call", "Gebeld", client_id=client.id)
    clients.create("Bram", "de Vries")
    return client


@pytest.fixture
def window(qtbot, qapp, store: Store, clock: FixedClock, data_dir: Path, zoe) -> MainWindow:
    translators = install_translators(qapp, "nl")
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    win.show_record("client", zoe.id)
    yield win
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_menu_offers_erasure_and_access_export_in_dutch(window: MainWindow) -> None:
    texts = [a.text() for a in window.caseload.file.privacy.menu().actions()]
    assert "Cliënt verwijderen (AVG)…" in texts and "Inzage-export…" in texts
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "Beel&d")
    assert {"&Auditlog…", "Bewaartermijn &verlopen…"} <= {a.text() for a in view.actions()}


def test_the_confirmation_names_what_goes_and_needs_a_tick(
    qtbot, store: Store, clock: FixedClock, zoe
) -> None:
    # Given the plan of an erasure
    plan = ErasureService(store, clock).plan(zoe.id)
    dialog = EraseDialog([plan])
    qtbot.addWidget(dialog)
    # Then it names the client, what goes, and that the trail stays pseudonymised
    summary = dialog.summary.text()
    assert "Zoë Özdemir" in dialog.heading.text()
    assert "1 × Barrier" in summary and "1 × Contact moment" in summary
    assert "cv" in summary  # the document's file, by title
    assert "search index" in summary
    # and removing stays impossible until the user ticks that it cannot be undone
    assert not dialog.remove_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.remove_button.isEnabled()


def test_erasing_from_the_client_file(
    window: MainWindow, store: Store, clock: FixedClock, zoe, monkeypatch, qtbot
) -> None:
    backup.maybe_backup(store, clock)  # a backup that will still hold Zoë
    clock.advance(timedelta(days=1))  # (of another day: the schedule keeps it)
    seen: list[tuple[str, list]] = []
    window.hub.recordsChanged.connect(lambda kind, ids: seen.append((kind, ids)))
    confirmations = []

    def confirm(cls, parent, plans, intro=None):
        confirmations.append(plans)
        return True, True

    monkeypatch.setattr(EraseDialog, "confirm", classmethod(confirm))
    offered = []
    monkeypatch.setattr(
        ErasedDialog, "ask_remove_backups",
        classmethod(lambda cls, parent, reports: offered.append(reports) or (True, True)),
    )  # fmt: skip
    # When the jobhunter chooses "Cliënt verwijderen (AVG)…" and confirms
    window.caseload.file.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    # Then the client is gone, the file shows nothing, the views were told
    with pytest.raises(NotFoundError):
        ClientService(store, clock).get(zoe.id)
    assert window.caseload.file.client_id is None
    assert ("client", [zoe.id]) in seen and any(kind == "audit" for kind, _ in seen)
    qtbot.waitUntil(lambda: window.caseload.list.model.rowCount() == 1)
    # and the backup holding Zoë was offered for removal, and removed
    ((report,),) = offered
    assert len(report.backups) == 1
    assert not report.backups[0].path.exists()


def test_cancelling_erases_nothing(window: MainWindow, store, clock, zoe, monkeypatch) -> None:
    monkeypatch.setattr(
        EraseDialog, "confirm", classmethod(lambda cls, parent, plans, intro=None: (False, False))
    )
    assert erase_clients(window, store, clock, [zoe.id]) == []
    assert ClientService(store, clock).get(zoe.id).name == "Zoë Özdemir"


def test_access_export_from_the_client_file(
    window: MainWindow, store, clock, zoe, monkeypatch, tmp_path: Path, qtbot
) -> None:
    monkeypatch.setattr(access, "ask_folder", lambda parent: tmp_path)
    shown = []
    monkeypatch.setattr(
        AccessExportDoneDialog, "show_result",
        classmethod(lambda cls, parent, result: shown.append(result) or (None, True)),
    )  # fmt: skip
    # When the jobhunter chooses "Inzage-export…" and a folder
    window.caseload.file.privacy.access_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    # Then a folder named for the client holds the PDF, the JSON and the CV
    (result,) = shown
    assert result.folder == tmp_path / "Inzage Zoë Özdemir 2026-03-16"
    assert result.pdf.exists() and result.json.exists() and len(result.documents) == 1
    assert [e.action for e in AuditService(store, clock).events(groups={"export"})] == [
        "export_access"
    ]


def test_a_closed_file_shows_its_retention_and_can_be_kept_longer(
    window: MainWindow, store, clock, zoe, monkeypatch
) -> None:
    # Given Zoë's trajectory closed three years ago
    past = FixedClock(clock.at - timedelta(days=3 * 365))
    ClientService(store, past).change_phase(zoe.id, Phase.CLOSED, "Werk gevonden")
    file = window.caseload.file
    file.reload()
    assert "Bewaartermijn verlopen" in file.advice.text()
    assert file.privacy.extend_action.isEnabled()
    # When the jobhunter keeps it one more year, with a reason
    until = clock.today() + timedelta(days=365)
    monkeypatch.setattr(
        ExtendDialog, "get_extension",
        classmethod(lambda cls, parent, item, today: ((until, "Bezwaarprocedure loopt"), True)),
    )  # fmt: skip
    file.privacy.extend_action.trigger()
    # Then the header says until when
    assert until.strftime("%d-%m-%Y") in file.advice.text()
    assert "verlopen" not in file.advice.text()


def test_anonymising_a_closed_file_from_the_client_file(
    window: MainWindow, store, clock, zoe, monkeypatch
) -> None:
    ClientService(store, clock).change_phase(zoe.id, Phase.CLOSED, "Werk gevonden")
    window.caseload.file.reload()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes),
    )  # fmt: skip
    window.caseload.file.privacy.anonymise_action.trigger()
    assert "Zoë Özdemir" in asked[0]
    assert window.caseload.file.name.text().startswith("Geanonimiseerd")


def test_after_a_handover_erasure_is_offered_with_its_reason(
    qtbot, store: Store, clock: FixedClock, zoe, monkeypatch
) -> None:
    from jobhunter.ui.privacy.erase import offer_erasure_after_handover

    shown: list[EraseDialog] = []

    def confirm(cls, parent, plans, intro=None):
        dialog = cls(plans, intro, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return False, False  # the jobhunter keeps them for now

    monkeypatch.setattr(EraseDialog, "confirm", classmethod(confirm))
    bram = ClientService(store, clock).create("Bram", "Visser")
    assert offer_erasure_after_handover(None, store, clock, [zoe.id, bram.id], "Sanne") == []
    (dialog,) = shown
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.heading)))
    assert "handed over to Sanne" in texts
    assert "Zoë Özdemir, Bram Visser" in dialog.heading.text()
    assert ClientService(store, clock).count() == 3  # nothing erased without confirmation
