"""The main window: four record tabs, global search, counts in the status bar."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from jobhunter import __version__
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.search import SearchService
from jobhunter.services.store import Store
from jobhunter.ui.caseload.page import CaseloadPage
from jobhunter.ui.hub import Hub
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.search_panel import SearchPanel
from jobhunter.ui.tabs import appointment_tab, employer_tab, match_tab

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
        self.record_tabs: list[RecordTab] = [
            self.caseload.list,
            employer_tab(store, clock),
            match_tab(store, clock),
            appointment_tab(store, clock),
        ]
        pages: list[QWidget] = [self.caseload, *self.record_tabs[1:]]
        names = [self.tr("Caseload"), self.tr("Employers"), self.tr("Pipeline"),
                 self.tr("Aftercare")]  # fmt: skip
        for number, (page, name) in enumerate(zip(pages, names, strict=True), 1):
            self.tabs.addTab(page, name)
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
        for tab in self.record_tabs:
            tab.countChanged.connect(self._update_counts)
        self.caseload.file.recordsChanged.connect(self.hub.recordsChanged)
        self.caseload.file.openRecord.connect(self.show_record)
        self.setCentralWidget(self.tabs)

        self._build_search()
        self._build_actions()
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.hub.recordsChanged.connect(self._on_records_changed)
        self.reload_all()
        self._restore_state()

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
    def reload_all(self) -> None:
        for tab in self.record_tabs:
            tab.reload()

    def _on_records_changed(self, kind: str, _ids: list[object]) -> None:
        # Names and counts appear across tabs (a client's name in the pipeline), so a
        # change to one kind reloads the tabs that show it.
        affected = {
            "client": {TAB_CLIENTS, TAB_PIPELINE, TAB_AFTERCARE},
            "employer": {TAB_EMPLOYERS, TAB_PIPELINE, TAB_AFTERCARE},
            "match": {TAB_PIPELINE, TAB_EMPLOYERS},
            "appointment": {TAB_AFTERCARE},
            "contact_moment": {TAB_CLIENTS, TAB_EMPLOYERS},
        }.get(kind, set(range(len(self.record_tabs))))
        for index in sorted(affected):
            self.record_tabs[index].reload()

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
        splitter = self.settings.value("window/caseload_splitter")
        if splitter is not None:
            self.caseload.splitter.restoreState(splitter)
        self.tabs.setCurrentIndex(int(self.settings.value("window/tab", 0)))
        self.caseload.open_first()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.caseload.leave_current():  # an edit that cannot be saved yet
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.setValue("window/caseload_splitter", self.caseload.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
