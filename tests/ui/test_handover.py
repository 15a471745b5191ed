"""Handing clients over from the window and receiving them, driven as a jobhunter would."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pyrage
import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover import crypto
from jobhunter.services.handover.identity import KEYRING_SERVICE, KEYRING_USER, ColleagueService
from jobhunter.services.handover.merge import Decision, ItemKind
from jobhunter.services.handover.service import (
    ExportRequest,
    HandoverService,
    Protection,
)
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.handover.export_dialog import OTHER_KEY, ExportChoice, ExportDialog
from jobhunter.ui.handover.import_dialog import ImportDialog
from jobhunter.ui.handover.keys import ColleaguesDialog, OwnKeyDialog
from jobhunter.ui.main_window import MainWindow
from jobhunter.ui.privacy.erase import EraseDialog


@pytest.fixture(autouse=True)
def _erasure_declined(monkeypatch) -> None:
    """After an export, erasing the clients here is offered; unless a test says otherwise the
    user declines (the confirmation would wait for a click offscreen)."""
    monkeypatch.setattr(EraseDialog, "confirm", classmethod(lambda cls, *a, **k: (False, False)))


@pytest.fixture
def colleague() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


def _window(qtbot, store: Store, clock: FixedClock, folder: Path) -> MainWindow:
    win = MainWindow(store, settings_for(folder), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path) -> MainWindow:
    clients = ClientService(store, clock)
    for first, last in (("Bram", "de Vries"), ("Zoë", "Özdemir"), ("Ahmed", "Bakkali")):
        clients.create(first, last, phone="06-12345678" if first == "Bram" else None)
    return _window(qtbot, store, clock, data_dir)


def _select(window: MainWindow, names: list[str]) -> list[uuid.UUID]:
    tab = window.caseload.list
    ids = [k.id for k in tab.model.all_keys() if k.name in names]
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for record_id in ids:
        index = tab.model.index(tab.model.row_of(record_id), 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    return ids


def test_the_caseload_hands_over_several_clients_and_marks_them_transferred(
    window: MainWindow, monkeypatch, tmp_path: Path, colleague, store: Store, clock
) -> None:
    # Given two clients selected in the caseload
    ids = _select(window, ["Bram de Vries", "Zoë Özdemir"])
    assert sorted(window.caseload.list.selected_ids()) == sorted(ids)
    target = tmp_path / "overdracht.age"
    chosen: dict[str, object] = {}

    def choose(cls, parent, clients, colleagues):
        chosen["clients"] = [name for _id, name in clients]
        protection = Protection("Sanne", public_key=str(colleague.to_public()))
        return ExportChoice(protection, {ids[0]: "Belt liever dan mailen"}), True

    monkeypatch.setattr(ExportDialog, "get_choice", classmethod(choose))
    monkeypatch.setattr(window.handover, "ask_save_path", lambda suggested: str(target))
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    offered: list[str] = []

    def confirm(cls, parent, plans, intro=None):
        offered.extend(plan.name for plan in plans)
        return False, False  # the user keeps them here for now

    monkeypatch.setattr(EraseDialog, "confirm", classmethod(confirm))
    # When the user hands them over
    task = window.handover.export_selected()
    # Then a busy state shows while the packet is made, and the window stays usable
    assert window.handover.busy is not None
    assert task is not None and task.wait()
    assert sorted(chosen["clients"]) == ["Bram de Vries", "Zoë Özdemir"]
    # And the packet opens for the colleague's key only
    data = target.read_bytes()
    assert crypto.decrypt(data, identities=[str(colleague)]).startswith(b"PK")
    # And after saying yes, both trajectories are closed "overgedragen aan Sanne"
    assert "Sanne" in asked[0]
    for client_id in ids:
        client = ClientService(store, clock).get(client_id)
        assert client.phase is Phase.CLOSED
    assert window.handover.busy is None
    # And erasing them from this computer is offered (declined here: they stay)
    assert sorted(offered) == ["Bram de Vries", "Zoë Özdemir"]


def test_all_clients_in_the_filter_can_be_handed_over(window: MainWindow, monkeypatch) -> None:
    # Given a filter that shows two of the three clients
    window.caseload.list.filter_edit.setText("de")
    visible = window.caseload.list.visible_ids()
    assert 1 <= len(visible) < 3
    seen: list[list[uuid.UUID]] = []
    monkeypatch.setattr(
        window.handover, "export_clients", lambda ids: seen.append(list(ids)) or None
    )
    # When "all clients in this filter" is chosen
    window.handover.export_filtered()
    # Then exactly the shown clients are handed over
    assert seen == [visible]


def test_the_client_file_has_a_handover_button(window: MainWindow, monkeypatch, qtbot) -> None:
    seen: list[list[uuid.UUID]] = []
    monkeypatch.setattr(window.handover, "export_clients", lambda ids: seen.append(ids))
    window.caseload.open_first()
    qtbot.mouseClick(window.caseload.file.handover_button, Qt.MouseButton.LeftButton)
    assert seen == [[window.caseload.file.client_id]]


def test_the_export_dialog_keeps_a_note_per_client_and_checks_the_protection(
    qtbot, store: Store, colleague
) -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    colleagues = [ColleagueService(store).save("Sanne", str(colleague.to_public()))]
    dialog = ExportDialog([(a, "Bram"), (b, "Zoë")], colleagues)
    qtbot.addWidget(dialog)
    # Given a note typed for the first client, then the second chosen
    dialog.note.setPlainText("Bang voor telefoon")
    dialog.client_list.setCurrentRow(1)
    dialog.note.setPlainText("Wil graag in de zorg")
    dialog.client_list.setCurrentRow(0)
    # Then each client keeps their own note
    assert dialog.note.toPlainText() == "Bang voor telefoon"
    choice = dialog.choice()
    assert choice.notes == {a: "Bang voor telefoon", b: "Wil graag in de zorg"}
    assert choice.protection.public_key == str(colleague.to_public())
    # When a weak passphrase of one's own is chosen, OK explains why and stays open
    dialog.pass_mode.setChecked(True)
    dialog.passphrase.setText("Welkom2024!")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "te kort" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    # And a pasted key with a typo is refused
    dialog.key_mode.setChecked(True)
    dialog.colleague.setCurrentIndex(dialog.colleague.findData(OTHER_KEY))
    dialog.pasted_key.setText("age1xyz")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "geen geldige overdrachtssleutel" in dialog.error.text()
    # The proposed passphrase is six words and may be copied
    dialog.pass_mode.setChecked(True)
    dialog.suggest.click()
    assert len(dialog.passphrase.text().split("-")) == 6
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == dialog.passphrase.text()
    assert dialog.protection().passphrase == dialog.passphrase.text()


def _packet_for(store: Store, clock, public_key: str, path: Path, count: int = 2) -> list:
    ids = [r.id for r in ClientService(store, clock).list_rows()[:count]]
    request = ExportRequest(ids, Protection("Jij", public_key=public_key))
    HandoverService(store, clock).export(request, path)
    return ids


@pytest.fixture
def other_store(tmp_path: Path, clock) -> Iterator[Store]:
    other = Store.open(tmp_path / "collega")
    clients = ClientService(other, clock)
    clients.create("Fatima", "El Amrani", email="fatima@example.nl")
    clients.create("Kees", "Jansen")
    yield other
    other.close()


def test_a_packet_is_received_previewed_and_imported(
    window: MainWindow, monkeypatch, other_store: Store, clock, tmp_path: Path, memory_keyring
) -> None:
    # Given a packet a colleague made for my key
    from jobhunter.services.handover.identity import own_public_key

    public = own_public_key()
    packet = tmp_path / "van-collega.age"
    ids = _packet_for(other_store, clock, public, packet)
    monkeypatch.setattr(window.handover, "ask_open_path", lambda: str(packet))
    seen: dict[str, object] = {}

    def decide(cls, parent, preview, recompute):
        seen["preview"] = preview
        return {}, True

    monkeypatch.setattr(ImportDialog, "get_decisions", classmethod(decide))
    closing: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text: closing.append(text))
    )
    # When the user chooses Overdracht ontvangen
    first = window.handover.import_packet()
    assert first is not None and first.wait()
    assert window.handover.task is not None and window.handover.task.wait()
    # Then the preview listed the clients as new, and the closing summary counts them
    preview = seen["preview"]
    assert sorted(name for _i, name, _n in preview.clients) == ["Fatima El Amrani", "Kees Jansen"]
    assert preview.counts[ItemKind.NEW] > 0
    assert len(closing) == 1 and closing[0].startswith(str(preview.counts[ItemKind.NEW]))
    # And the caseload shows them (the hub told it)
    QApplication.processEvents()
    names = {r.name for r in window.caseload.list.model.rows()}
    assert {"Fatima El Amrani", "Kees Jansen"} <= names
    assert set(ids) <= {r.id for r in window.caseload.list.model.rows()}


def test_dropping_a_packet_on_the_window_imports_it(window: MainWindow, monkeypatch, tmp_path):
    packet = tmp_path / "overdracht.age"
    packet.write_bytes(b"age-encryption.org/v1\n")
    seen: list[Path] = []
    monkeypatch.setattr(window.handover, "import_packet", lambda path=None: seen.append(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(packet))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    # (offscreen Qt delivers no drop without a real drag: hand the event to the window's
    # filter as Qt would)
    assert window.handover.eventFilter(window, event) is True
    assert event.isAccepted()
    assert seen == [packet]
    # a file of another kind is left alone
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "foto.jpg"))])
    ignored = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, other,
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    assert window.handover.eventFilter(window, ignored) is False
    assert seen == [packet]


def test_without_a_keyring_the_import_says_so(
    window: MainWindow, monkeypatch, other_store, clock, tmp_path, colleague
) -> None:
    from keyring.backends import fail

    original = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    packet = tmp_path / "p.age"
    _packet_for(other_store, clock, str(colleague.to_public()), packet, 1)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: warnings.append(m)))
    try:
        assert window.handover.import_packet(packet) is None
    finally:
        keyring.set_keyring(original)
    assert "sleutelbos" in warnings[0] and "wachtwoord" in warnings[0]


def test_a_damaged_packet_is_refused_with_its_message(
    window: MainWindow, monkeypatch, other_store, clock, tmp_path, memory_keyring
) -> None:
    from jobhunter.services.handover.identity import own_public_key

    packet = tmp_path / "p.age"
    _packet_for(other_store, clock, own_public_key(), packet, 1)
    data = bytearray(packet.read_bytes())
    data[-100] ^= 1
    packet.write_bytes(bytes(data))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: warnings.append(m)))
    task = window.handover.import_packet(packet)
    assert task.wait()
    assert "beschadigd" in warnings[0]


def test_the_preview_dialog_lets_the_user_decide_a_conflict(
    qtbot, store: Store, other_store: Store, clock, tmp_path: Path, colleague
) -> None:
    # Given the same client changed on both sides after an earlier handover
    ids = _packet_for(other_store, clock, str(colleague.to_public()), tmp_path / "1.age", 1)
    service = HandoverService(store, clock)
    service.apply(service.read_file(tmp_path / "1.age", identities=[str(colleague)]))
    ClientService(store, clock).update(ids[0], city="Utrecht")
    ClientService(other_store, clock).update(ids[0], city="Gouda")
    _packet_for(other_store, clock, str(colleague.to_public()), tmp_path / "2.age", 1)
    read = service.read_file(tmp_path / "2.age", identities=[str(colleague)])
    calls: list[dict] = []

    def recompute(decisions):
        calls.append(dict(decisions))
        return service.preview(read, decisions)

    dialog = ImportDialog(service.preview(read), recompute)
    qtbot.addWidget(dialog)
    # Then the conflict is listed with the differing field, mine and theirs
    assert dialog.table.rowCount() == 1
    cells = [dialog.differences.item(0, c).text() for c in range(3)]
    assert cells == ["Woonplaats", "Utrecht", "Gouda"] or cells == ["City", "Utrecht", "Gouda"]
    # When the user takes the packet's version
    box = dialog.table.cellWidget(0, ImportDialog.COL_DECISION)
    box.setCurrentIndex(box.findData(Decision.TAKE_PACKET.value))
    # Then the preview is recomputed with that decision and it is what the dialog returns
    assert calls[-1] == {("client", ids[0]): Decision.TAKE_PACKET}
    assert dialog.decisions == {("client", ids[0]): Decision.TAKE_PACKET}


def test_the_preview_dialog_shows_what_the_packet_brings_against_the_rules(
    qtbot, store: Store, other_store: Store, clock, tmp_path: Path, colleague
) -> None:
    from jobhunter.services.handover import rules

    # Given a packet whose preview carries a warning (a client erased here)
    ids = _packet_for(other_store, clock, str(colleague.to_public()), tmp_path / "1.age", 1)
    service = HandoverService(store, clock)
    read = service.read_file(tmp_path / "1.age", identities=[str(colleague)])
    preview = service.preview(read)
    assert preview.warnings == []
    preview.warnings = [
        rules.RuleWarning(rules.Concern.ERASED_HERE, "client", ids[0], "Is hier eerder gewist.")
    ]
    # When the dialog shows it
    dialog = ImportDialog(preview, lambda decisions: service.preview(read, decisions))
    qtbot.addWidget(dialog)
    dialog.show()
    # Then the warning is on screen, above the decisions, before anything is imported
    assert dialog.warnings.isVisible()
    assert "Is hier eerder gewist." in dialog.warnings.text()
    # And a preview without warnings hides the box
    dialog.show_preview(service.preview(read))
    assert not dialog.warnings.isVisible()


def test_my_handover_key_shows_and_copies(qtbot, memory_keyring) -> None:
    from jobhunter.services.handover.identity import own_public_key

    dialog = OwnKeyDialog(own_public_key(), None, None)
    qtbot.addWidget(dialog)
    assert dialog.key.text().startswith("age1")
    dialog.findChild(QPushButton, "copy").click()
    assert QGuiApplication.clipboard().text() == dialog.key.text()
    assert (KEYRING_SERVICE, KEYRING_USER) in memory_keyring.secrets


def test_the_colleagues_dialog_adds_valid_keys_only(qtbot, store: Store, colleague) -> None:
    dialog = ColleaguesDialog(ColleagueService(store))
    qtbot.addWidget(dialog)
    dialog.name.setText("Piet")
    dialog.key.setText("age1bestaatniet")
    assert not dialog.add()
    assert "geen geldige overdrachtssleutel" in dialog.error.text()
    dialog.key.setText(str(colleague.to_public()))
    assert dialog.add()
    assert dialog.list.count() == 1 and "Piet" in dialog.list.item(0).text()


def test_a_passphrase_packet_leaves_the_window_responsive_both_ways(
    window: MainWindow, monkeypatch, tmp_path: Path, qtbot, store: Store, clock
) -> None:
    from PySide6.QtCore import QTimer

    from jobhunter.ui.handover.import_dialog import PassphraseDialog

    # Given a handover locked with a passphrase
    phrase = "lemon-stadium-quarry-dwelling-aerobics-pelican"
    ids = _select(window, ["Ahmed Bakkali"])
    target = tmp_path / "wachtwoord.age"
    monkeypatch.setattr(
        ExportDialog,
        "get_choice",
        classmethod(
            lambda cls, p, c, k: (ExportChoice(Protection("Sanne", passphrase=phrase)), True)
        ),
    )
    monkeypatch.setattr(window.handover, "ask_save_path", lambda suggested: str(target))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No)
    )
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    # When it is made (scrypt runs in the worker process, about a second)
    task = window.handover.export_selected()
    assert task is not None and task.wait(60_000)
    # Then the window kept handling events meanwhile
    assert len(ticks) >= 10, len(ticks)
    assert target.exists() and crypto.read_envelope(target.read_bytes()).passphrase
    # And receiving it asks the passphrase, again first a wrong one
    answers = iter(["verkeerd", phrase])
    messages: list[str] = []

    def ask(cls, parent, message=""):
        messages.append(message)
        return next(answers), True

    monkeypatch.setattr(PassphraseDialog, "get_passphrase", classmethod(ask))
    monkeypatch.setattr(
        ImportDialog, "get_decisions", classmethod(lambda cls, p, preview, r: ({}, True))
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    ClientService(store, clock).delete(ids[0])
    task = window.handover.import_packet(target)
    assert task.wait(60_000)  # the wrong passphrase: asked again, saying why
    assert "klopt niet" in messages[-1]
    assert window.handover.task.wait(60_000)  # opened and previewed
    assert window.handover.task.wait(60_000)  # applied
    assert ClientService(store, clock).get(ids[0]).name == "Ahmed Bakkali"
    timer.stop()
