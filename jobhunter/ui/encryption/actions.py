"""Encryption at rest from the window: switching it on or off, a new recovery passphrase,
opening an encrypted store whose key is not in the keyring, and finishing an interrupted
switch.

A switch replaces the store file under the running program: the background care (backups,
checks) pauses, the switch runs off the GUI thread behind a modal progress dialog (so no
view touches the store meanwhile), and the care starts again on the new file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.encryption import copies, switch
from jobhunter.services.os_keyring import KeyringUnavailableError
from jobhunter.services.privacy.redact import describe_error
from jobhunter.services.store import Store
from jobhunter.services.store_errors import StoreError
from jobhunter.ui.encryption.dialogs import PassphraseDialog, RecoveryDialog, SwitchDialog
from jobhunter.ui.hub import announce
from jobhunter.ui.tasks import run_in_background

log = logging.getLogger(__name__)

#: how long a switch may take before the window stops waiting for it (it goes on)
SWITCH_WAIT_MS = 30 * 60 * 1000


class _Progress(QObject):
    """Carries the worker's progress to the dialog on the GUI thread (queued)."""

    step = Signal(str, int, int)


def _session_of(parent: QWidget | None) -> Any:
    """The window's session (its background care), found from any widget in the window."""
    widget = parent
    while widget is not None:
        session = getattr(widget, "session", None)
        if session is not None:
            return session
        widget = widget.parentWidget()
    return None


def switch_encryption(
    store: Store, parent: QWidget | None, clock: Clock = SYSTEM_CLOCK
) -> switch.SwitchResult | None:
    """Ask, prepare (the passphrase first, when switching on), switch, and say how it went.
    Returns the result, or None when the user stopped or it failed (and was said)."""
    state = switch.status(store.data_dir)
    encrypting = not state.encrypted
    # the copies that will be in the old form once the store has the new one
    backups = len(copies.in_other_form(store.data_dir, encrypting))
    choice, accepted = SwitchDialog.ask(encrypting, state, backups, parent)
    if not accepted:
        return None
    preparation = None
    if encrypting:
        try:
            preparation = switch.prepare(store.data_dir)
        except KeyringUnavailableError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("encryption", "Encryption is not possible"),
                str(exc),
            )
            return None
        preparation, accepted = PassphraseDialog.ask(preparation, parent)
        if not accepted or preparation is None:
            return None

    def work(progress: Any) -> switch.SwitchResult:
        report = progress.step.emit
        if preparation is not None:
            return switch.encrypt(store, preparation, choice, clock, report)
        return switch.decrypt(store, choice, clock, report)

    if encrypting:
        title = QCoreApplication.translate("encryption", "Encrypting the database…")
    else:
        title = QCoreApplication.translate("encryption", "Storing the database unencrypted…")
    result = _run(parent, work, title)
    if result is None:
        return None
    announce("setting")
    announce("audit")
    _tell(parent, result)
    return result


def _run(parent: QWidget | None, work: Any, title: str) -> Any:
    """Run ``work(progress)`` off the GUI thread behind a modal progress dialog, with the
    background care paused; a failure is said in one Dutch line."""
    session = _session_of(parent)
    paused = session.pause_care() if session is not None else False
    progress = _Progress()
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setObjectName("EncryptionProgress")
    dialog.setWindowTitle(QCoreApplication.translate("encryption", "Encryption"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)

    def show_step(text: str, done: int, total: int) -> None:
        dialog.setLabelText(text)
        dialog.setRange(0, total)
        dialog.setValue(done)

    progress.step.connect(show_step)
    outcome: dict[str, Any] = {}
    task = run_in_background(
        lambda: work(progress),
        lambda result: outcome.update(result=result),
        lambda exc: outcome.update(error=exc),
    )
    task.wait(SWITCH_WAIT_MS)
    dialog.close()
    if paused:
        session.resume_care()
    if "error" in outcome:
        _failed(parent, outcome["error"])
        return None
    return outcome.get("result")


def _failed(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, StoreError | KeyringUnavailableError):
        reason = str(exc)  # our own Dutch line
    else:
        log.error("encryption switch failed", exc_info=exc)
        reason = describe_error(exc)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("encryption", "Encryption not switched"),
        QCoreApplication.translate(
            "encryption", "The switch did not happen; the database is as it was. %1"
        ).replace("%1", reason),
    )


def _tell(parent: QWidget | None, result: switch.SwitchResult) -> None:
    if result.encrypted:
        text = QCoreApplication.translate(
            "encryption", "The database is now stored encrypted; the old file was overwritten."
        )
    else:
        text = QCoreApplication.translate(
            "encryption", "The database is now stored unencrypted; the encrypted file was removed."
        )
    if result.converted:
        text += " " + QCoreApplication.translate(
            "encryption", "%n existing backup(s) converted.", "", result.converted
        )
    if result.removed:
        text += " " + QCoreApplication.translate(
            "encryption", "%n old backup(s) removed.", "", result.removed
        )
    if result.backup is not None:
        text += " " + QCoreApplication.translate("encryption", "A new backup was made.")
    if result.problems:
        text += "\n\n" + "\n".join(result.problems)
        QMessageBox.warning(parent, QCoreApplication.translate("encryption", "Encryption"), text)
        return
    QMessageBox.information(parent, QCoreApplication.translate("encryption", "Encryption"), text)


def renew_passphrase(store: Store, parent: QWidget | None, clock: Clock = SYSTEM_CLOCK) -> bool:
    """A new recovery passphrase (when the paper is lost); the old one stops working."""
    from jobhunter.services.encryption.keys import generate_passphrase

    passphrase, accepted = PassphraseDialog.ask_new(generate_passphrase(), parent)
    if not accepted or passphrase is None:
        return False
    try:
        switch.renew_recovery(store, passphrase, clock)
    except StoreError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("encryption", "Encryption"), str(exc)
        )
        return False
    announce("setting")
    announce("audit")
    return True


def unlock_at_start(data_dir: Path, message: str) -> bool:
    """The store is encrypted and its key not in the keyring: ask for the recovery
    passphrase before any window opens. True when the key is back (open the store again)."""
    recovered, accepted = RecoveryDialog.unlock(data_dir, message)
    if not accepted or recovered is None:
        return False
    problem = getattr(recovered, "keyring_problem", None)
    if problem:
        QMessageBox.information(
            None,
            QCoreApplication.translate("encryption", "Key kept for this session"),
            QCoreApplication.translate(
                "encryption",
                "The database is open, but its key could not be put back in the keyring "
                "(%1). Jobhunter asks for the recovery passphrase again at the next start.",
            ).replace("%1", problem),
        )
    return True


def finish_interrupted(session: Any) -> None:
    """A switch was interrupted after the store changed form: its backups are converted now,
    in the background, and the status bar says so."""
    store = session.store
    if not (store.data_dir / switch.JOURNAL).exists() or not store.writer:
        return
    clock = session.clock

    def done(result: switch.SwitchResult | None) -> None:
        if result is not None:
            session.show_status(
                QCoreApplication.translate(
                    "encryption", "An interrupted switch of encryption was finished."
                )
            )

    def failed(exc: BaseException) -> None:
        log.warning("finishing an interrupted switch failed: %s", describe_error(exc))

    run_in_background(lambda: switch.resume(store, clock), done, failed)
