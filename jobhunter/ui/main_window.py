"""The main window: four record tabs, global search, counts in the status bar."""

from __future__ import annotations

import errno
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from jobhunter import __version__
from jobhunter.models.enums import PLACED_STAGES, Stage
from jobhunter.services.agenda import AgendaService
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.ical import write_calendar
from jobhunter.services.search import SearchService
from jobhunter.services.store import Store
from jobhunter.services.vcard import write_contacts_vcard
from jobhunter.ui.aftercare.dialogs import StartOfDayDialog
from jobhunter.ui.aftercare.page import AftercarePage
from jobhunter.ui.backup.menu import add_backup_actions
from jobhunter.ui.caseload.page import CaseloadPage
from jobhunter.ui.employers.page import EmployerPage
from jobhunter.ui.handover.actions import HandoverActions
from jobhunter.ui.hub import Hub, announce
from jobhunter.ui.labels import label
from jobhunter.ui.pipeline.page import PipelinePage
from jobhunter.ui.privacy.audit_view import AuditLogDialog
from jobhunter.ui.privacy.retention import RetentionDialog
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.search_panel import SearchPanel

TAB_CLIENTS, TAB_EMPLOYERS, TAB_PIPELINE, TAB_AFTERCARE = range(4)
#: record kind -> the tab that lists it
KIND_TAB = {
    "client": TAB_CLIENTS,
    "employer": TAB_EMPLOYERS,
    "match": TAB_PIPELINE,
    "appointment": TAB_AFTERCARE,
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: QSettings,
        clock: Clock = SYSTEM_CLOCK,
        *,
        demo: bool = False,
        start_of_day: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.settings = settings
        self.hub = Hub(self)
        title = self.tr("Jobhunter")
        if demo:
            title += " — " + self.tr("demo data")
        self.setWindowTitle(title)
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.caseload = CaseloadPage(store, clock, self)
        self.employers = EmployerPage(store, clock, self)
        self.pipeline = PipelinePage(store, clock, self)
        self.aftercare = AftercarePage(store, clock, self)
        self.record_tabs: list[RecordTab] = [
            self.caseload.list,
            self.employers.list,
            self.pipeline.list,
            self.aftercare.list,
        ]
        pages: list[QWidget] = [self.caseload, self.employers, self.pipeline, self.aftercare]
        names = [
            self.tr("Caseload"),
            self.tr("Employers"),
            self.tr("Pipeline"),
            self.tr("Aftercare"),
        ]
        for number, (page, name) in enumerate(zip(pages, names, strict=True), 1):
            self.tabs.addTab(page, name)
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
        for tab in self.record_tabs:
            tab.countChanged.connect(self._update_counts)
        self.caseload.file.recordsChanged.connect(self.hub.recordsChanged)
        self.caseload.file.openRecord.connect(self.show_record)
        self.employers.file.employerChanged.connect(
            lambda employer_id: self.hub.recordsChanged.emit("employer", [employer_id])
        )
        self.pipeline.matchesChanged.connect(lambda ids: self.hub.recordsChanged.emit("match", ids))
        self.pipeline.file.openRecord.connect(self.show_record)
        self.pipeline.board.openRecord.connect(self.show_record)
        self.pipeline.placementReached.connect(self.offer_aftercare)
        self.pipeline.aftercareCancelled.connect(self._aftercare_cancelled)
        self.aftercare.appointmentsChanged.connect(
            lambda ids: self.hub.recordsChanged.emit("appointment", ids)
        )
        self.aftercare.openRecord.connect(self.show_record)
        self.aftercare.droppedOut.connect(self.offer_dropout)
        self.caseload.file.findWorkplaces.connect(
            lambda client_id: self.propose_match(client_id=client_id)
        )
        self.employers.file.workplaces.findCandidates.connect(
            lambda workplace_id: self.propose_match(workplace_id=workplace_id)
        )
        self.employers.file.vcard_button.clicked.connect(
            lambda: self.export_vcard(self.employers.file.employer_id)
        )
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self._build_search()
        self._build_actions()
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._stale_tabs: set[int] = set()
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_stale_tabs)
        self.hub.recordsChanged.connect(self._on_records_changed)
        self._restore_state()
        # The tab in view loads now; the others right after the window is on screen.
        self.record_tabs[self.tabs.currentIndex()].reload()
        self._open_current()
        QTimer.singleShot(0, self._load_other_tabs)
        self.start_of_day: StartOfDayDialog | None = None
        if start_of_day and self.settings.value("start_of_day/show", True, type=bool):
            QTimer.singleShot(0, self.show_start_of_day)

    # --- construction -------------------------------------------------------------------
    def _build_search(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("SearchToolBar")
        toolbar.setMovable(False)
        self.search_edit = QLineEdit(toolbar)
        self.search_edit.setObjectName("GlobalSearch")
        self.search_edit.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)
        toolbar.addWidget(self.search_edit)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.search_panel = SearchPanel(SearchService(self.store, self.clock), self)
        self.search_dock = QDockWidget(self.tr("Search results"), self)
        self.search_dock.setObjectName("SearchDock")
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.search_panel.openRecord.connect(self.show_record)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setToolTip(self.tr("New client, employer or match, depending on the tab"))
        new_action.triggered.connect(self.new_record)
        file_menu.addAction(new_action)
        vcard_action = QAction(self.tr("Export all contact persons (vCard)…"), self)
        vcard_action.triggered.connect(lambda: self.export_vcard(None))
        file_menu.addAction(vcard_action)
        calendar_action = QAction(self.tr("Export aftercare calendar (iCalendar)…"), self)
        calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(calendar_action)
        templates_action = QAction(self.tr("Aftercare templates…"), self)
        templates_action.triggered.connect(self.aftercare.edit_templates)
        file_menu.addAction(templates_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setObjectName("settings_action")
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        self.handover = HandoverActions(self)
        self.handover.install(file_menu)
        self.caseload.file.handOver.connect(
            lambda client_id: self.handover.export_clients([client_id])
        )
        file_menu.addSeparator()
        add_backup_actions(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        today_action = QAction(self.tr("&Today in the calendar"), self)
        today_action.setShortcut(QKeySequence("Ctrl+T"))
        today_action.triggered.connect(self.go_today)
        view_menu.addAction(today_action)
        day_action = QAction(self.tr("Start of the &day…"), self)
        day_action.triggered.connect(lambda: self.show_start_of_day(force=True))
        view_menu.addAction(day_action)
        audit_action = QAction(self.tr("&Audit log…"), self)
        audit_action.triggered.connect(self.show_audit_log)
        view_menu.addAction(audit_action)
        retention_action = QAction(self.tr("Retention e&xpired…"), self)
        retention_action.triggered.connect(self.show_retention)
        view_menu.addAction(retention_action)
        search_action = QAction(self.tr("&Search"), self)
        search_action.setShortcut(QKeySequence.StandardKey.Find)
        search_action.triggered.connect(self.focus_search)
        view_menu.addAction(search_action)
        reload_action = QAction(self.tr("&Refresh"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload_all)
        view_menu.addAction(reload_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Jobhunter"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- behaviour ----------------------------------------------------------------------
    def _load_other_tabs(self) -> None:
        for tab in self.record_tabs:
            if not tab.loaded:
                tab.reload()

    def _open_current(self) -> None:
        if self.tabs.currentIndex() == TAB_CLIENTS:
            self.caseload.open_first()
        elif self.tabs.currentIndex() == TAB_EMPLOYERS:
            self.employers.open_first()
        elif self.tabs.currentIndex() == TAB_PIPELINE:
            self.pipeline.open_first()

    def reload_all(self) -> None:
        for tab in self.record_tabs:
            tab.reload()

    def _on_records_changed(self, kind: str, _ids: list[object]) -> None:
        # Names and counts appear across tabs (a client's name in the pipeline), so a change
        # to one kind reloads every tab that shows it: once, after the current event, so a
        # list is never reset inside the signal of its own selection.
        self._stale_tabs |= {
            "client": {TAB_CLIENTS, TAB_PIPELINE, TAB_AFTERCARE},
            "employer": {TAB_EMPLOYERS, TAB_PIPELINE, TAB_AFTERCARE},
            "match": {TAB_PIPELINE, TAB_EMPLOYERS},
            "appointment": {TAB_AFTERCARE},
            "contact_moment": {TAB_CLIENTS, TAB_EMPLOYERS},
            # a print, a save or the user's details change no list
            "audit": set(),
            "setting": set(),
        }.get(kind, set(range(len(self.record_tabs))))
        self._refresh_timer.start()

    def _refresh_stale_tabs(self) -> None:
        stale, self._stale_tabs = self._stale_tabs, set()
        for index in sorted(stale):
            tab = self.record_tabs[index]
            selection = tab.view.selectionModel()
            selection.blockSignals(True)  # the open file stays as it is
            try:
                tab.reload()
            finally:
                selection.blockSignals(False)

    def _on_tab_changed(self, index: int) -> None:
        if not self.record_tabs[index].loaded:  # shown before the background load reached it
            self.record_tabs[index].reload()
        self._open_current()

    def new_record(self) -> None:
        """Ctrl+N: a new employer on the Werkgevers tab, a match on the Pipeline, otherwise a
        new client."""
        if self.tabs.currentIndex() == TAB_EMPLOYERS:
            self.employers.new_record()
        elif self.tabs.currentIndex() == TAB_PIPELINE:
            self.pipeline.new_record()
        else:
            self.tabs.setCurrentIndex(TAB_CLIENTS)
            self.caseload.new_record()

    def propose_match(
        self, *, client_id: uuid.UUID | None = None, workplace_id: uuid.UUID | None = None
    ) -> uuid.UUID | None:
        """From a client file or a workplace: ranked suggestions, and the match on the board."""
        current = self.tabs.currentIndex()
        page = {TAB_CLIENTS: self.caseload, TAB_EMPLOYERS: self.employers}.get(current)
        if page is not None and not page.leave_current():
            return None
        self.tabs.setCurrentIndex(TAB_PIPELINE)
        created = self.pipeline.propose(client_id=client_id, workplace_id=workplace_id)
        if created is None:
            self.tabs.setCurrentIndex(current)
        return created

    def edit_settings(self) -> bool:
        from jobhunter.ui.settings_dialog import SettingsDialog

        _settings, saved = SettingsDialog.edit(self.store, self.clock, self)
        return saved

    def go_today(self) -> None:
        self.tabs.setCurrentIndex(TAB_AFTERCARE)
        self.aftercare.go_today()

    def offer_aftercare(self, match_id: uuid.UUID, who: str) -> int:
        """A match was placed: propose its aftercare schedule, unless one is planned."""
        if self.aftercare.service.planned_count(match_id):
            return 0
        created = self.aftercare.plan(match_id, who)
        if created:
            self.statusBar().showMessage(
                self.tr("%n aftercare appointment(s) planned", "", created), 8000
            )
            self.hub.recordsChanged.emit("appointment", [])
        return created

    def _aftercare_cancelled(self, _match_id: uuid.UUID, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n aftercare appointment(s) still to come cancelled", "", count), 8000
        )
        self.hub.recordsChanged.emit("appointment", [])

    def offer_dropout(self, match_id: uuid.UUID, reason: str) -> bool:
        """A dropout was recorded in aftercare while the match is still placed: offer to
        move it to "uitgevallen" too, so the pipeline and the planned check-ins follow."""
        try:
            stage = self.pipeline.matches.load(match_id).row.stage
        except NotFoundError:
            return False
        if stage not in PLACED_STAGES:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Dropout"),
            self.tr("The match is still in %1. Move it to %2 in the pipeline too?")
            .replace("%1", label(stage))
            .replace("%2", label(Stage.DROPPED_OUT)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.tabs.setCurrentIndex(TAB_PIPELINE)
        return self.pipeline.request_move(match_id, Stage.DROPPED_OUT, note=reason)

    def show_start_of_day(self, force: bool = False) -> StartOfDayDialog | None:
        """Today's and overdue appointments and follow-ups; nothing to show, no dialog."""
        items = AgendaService(self.store, self.clock).start_of_day()
        if not items and not force:
            return None
        dialog = StartOfDayDialog(items, self.clock, self)
        dialog.show_again.setChecked(self.settings.value("start_of_day/show", True, type=bool))
        dialog.show_again.toggled.connect(
            lambda on: self.settings.setValue("start_of_day/show", on)
        )
        dialog.openRecord.connect(self.show_record)
        dialog.show()
        self.start_of_day = dialog
        return dialog

    def show_audit_log(self) -> AuditLogDialog:
        """Beeld → Auditlog: who did what with which data (privacy, AVG)."""
        dialog = AuditLogDialog(self.store, self.clock, self)
        dialog.show()
        return dialog

    def show_retention(self) -> RetentionDialog:
        """Closed files past their retention date, to erase, anonymise or keep longer."""
        dialog = RetentionDialog(self.store, self.clock, self)
        dialog.openRecord.connect(self.show_record)
        dialog.show()
        return dialog

    def export_calendar(self) -> Path | None:
        return self._export(
            self.tr("Export aftercare calendar"),
            "jobhunter-nazorg.ics",
            self.tr("iCalendar files (*.ics)"),
            lambda target: write_calendar(self.store, target, self.clock),
            lambda count: self.tr("%n appointment(s) exported to %1", "", count),
        )

    def export_vcard(self, employer_id: uuid.UUID | None) -> Path | None:
        return self._export(
            self.tr("Export contact persons"),
            "jobhunter-contacten.vcf",
            self.tr("vCard files (*.vcf)"),
            lambda target: write_contacts_vcard(self.store, target, employer_id),
            lambda count: self.tr("%n contact person(s) exported to %1", "", count),
        )

    def _export(
        self,
        title: str,
        file_name: str,
        filters: str,
        write: Callable[[Path], int],
        done: Callable[[int], str],
    ) -> Path | None:
        """Ask where, write, and say how many went there; a write error is a Dutch message."""
        path = self.ask_save_path(title, str(Path.home() / file_name), filters)
        if not path:
            return None
        target = Path(path)
        try:
            count = write(target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", self._os_error(exc)),
            )
            return None
        self.statusBar().showMessage(done(count).replace("%1", str(target)), 8000)
        announce("audit", [])  # every export is in the audit log
        return target

    def _os_error(self, exc: OSError) -> str:
        """Why a file could not be written, in the interface's language where we can."""
        reasons = {
            errno.ENOENT: self.tr("the folder does not exist"),
            errno.EACCES: self.tr("no permission to write there"),
            errno.EPERM: self.tr("no permission to write there"),
            errno.ENOSPC: self.tr("the disk is full"),
            errno.EROFS: self.tr("the disk is read-only"),
            errno.EISDIR: self.tr("that is a folder"),
        }
        return reasons.get(exc.errno or 0, exc.strerror or str(exc))

    def ask_save_path(self, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_text(self, text: str) -> None:
        self.search_dock.setVisible(bool(text.strip()))
        self.search_panel.set_query(text)

    def _on_search_return(self) -> None:
        self.search_panel.run_now(self.search_edit.text())
        self.search_panel.activate_current()

    def show_record(self, kind: str, record_id: uuid.UUID) -> bool:
        index = KIND_TAB.get(kind)
        if index is None:
            return False
        if kind == "appointment":
            self.tabs.setCurrentIndex(index)
            return self.aftercare.show_appointment(record_id)
        self.tabs.setCurrentIndex(index)
        found = self.record_tabs[index].select_id(record_id)
        if found:
            self.record_tabs[index].view.setFocus()
        return found

    def _update_counts(self) -> None:
        totals = [tab.total() for tab in self.record_tabs]
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n client(s)", "", totals[0]),
                    self.tr("%n employer(s)", "", totals[1]),
                    self.tr("%n match(es)", "", totals[2]),
                    self.tr("%n appointment(s)", "", totals[3]),
                ]
            )
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Jobhunter"),
            self.tr("Jobhunter %1\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.store.data_dir)),
        )

    # --- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1400, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.search_dock.hide()
        for key, page in self._split_pages():
            state = self.settings.value(f"window/{key}_splitter")
            if state is not None:
                page.splitter.restoreState(state)
            page.list.set_hidden_columns(
                self.settings.value(f"window/{key}_hidden_columns", [], type=list)
            )
        self.pipeline.set_view(int(self.settings.value("window/pipeline_view", 0)))
        self.aftercare.views.setCurrentIndex(int(self.settings.value("window/aftercare_view", 1)))
        self.aftercare.view_group.button(self.aftercare.views.currentIndex()).setChecked(True)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(int(self.settings.value("window/tab", 0)))
        self.tabs.blockSignals(False)

    def _split_pages(
        self,
    ) -> list[tuple[str, CaseloadPage | EmployerPage | PipelinePage | AftercarePage]]:
        return [
            ("caseload", self.caseload),
            ("employers", self.employers),
            ("pipeline", self.pipeline),
            ("aftercare", self.aftercare),
        ]

    def closeEvent(self, event: QCloseEvent) -> None:
        # an edit that cannot be saved yet keeps the window open, if the user wants
        if not all(page.leave_current() for _key, page in self._split_pages()):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        for key, page in self._split_pages():
            self.settings.setValue(f"window/{key}_splitter", page.splitter.saveState())
            self.settings.setValue(f"window/{key}_hidden_columns", page.list.hidden_columns())
        self.settings.setValue("window/pipeline_view", self.pipeline.views.currentIndex())
        self.settings.setValue("window/aftercare_view", self.aftercare.views.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
