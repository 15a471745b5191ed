"""The main window: four record tabs and the day's agenda, a search over everything,
counts in the status bar, and the menus that hold every action and its shortcut."""

from __future__ import annotations

import errno
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from jobhunter import __version__
from jobhunter.models.enums import PLACED_STAGES, Stage
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.record_counts import record_counts
from jobhunter.services.search import SearchService
from jobhunter.services.store import Store
from jobhunter.ui.backup.menu import add_backup_actions
from jobhunter.ui.caseload.page import CaseloadPage
from jobhunter.ui.first_paint import after_first_paint
from jobhunter.ui.handover.actions import HandoverActions
from jobhunter.ui.hub import Hub, announce, listen
from jobhunter.ui.labels import label
from jobhunter.ui.pipeline.page import PipelinePage
from jobhunter.ui.privacy.audit_view import AuditLogDialog
from jobhunter.ui.privacy.retention import RetentionDialog
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.search_panel import SearchPanel
from jobhunter.ui.shortcuts import ShortcutsDialog
from jobhunter.ui.today import TodayPage
from jobhunter.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:  # built when first wanted (see ``MainWindow._build_page``)
    from jobhunter.ui.aftercare.page import AftercarePage
    from jobhunter.ui.employers.page import EmployerPage

TAB_CLIENTS, TAB_EMPLOYERS, TAB_PIPELINE, TAB_AFTERCARE, TAB_TODAY = range(5)
#: record kind -> the tab that lists it
KIND_TAB = {
    "client": TAB_CLIENTS,
    "employer": TAB_EMPLOYERS,
    "match": TAB_PIPELINE,
    "appointment": TAB_AFTERCARE,
}
#: every kind of record a view may show, for a refresh of everything
RECORD_KINDS = (
    "client", "employer", "match", "appointment", "contact_moment", "workplace", "consent",
    "document", "problem", "outcome", "setting",
)  # fmt: skip
#: the tabs whose page is built when first wanted, with their key in the settings
LAZY_TABS = {TAB_EMPLOYERS: "employers", TAB_AFTERCARE: "aftercare"}
T = TypeVar("T")
#: before this hour the window opens on "Vandaag" (and at the first start of any day)
MORNING_ENDS = 12


class _StandIn(QWidget):
    """A lazy page's place in the tabs: the page is built when this is shown, which is before
    Qt gives the focus to what the tab shows (built later, a first visit left the keyboard
    on the empty stand-in)."""

    def __init__(self, build: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build()  # once: the window keeps the page


def setting(settings: QSettings, key: str, default: T) -> T:
    """A stored setting of the default's type; the default when missing or unreadable."""
    value = settings.value(key, default, type=type(default))
    return value if isinstance(value, type(default)) else default


def opens_on_today(now: datetime, last_opened: date | None) -> bool:
    """Whether a start now opens on the day's agenda: in the morning, and the first time
    Jobhunter opens on a day."""
    return now.hour < MORNING_ENDS or last_opened != now.date()


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: QSettings,
        clock: Clock = SYSTEM_CLOCK,
        *,
        demo: bool = False,
        start_of_day: bool = False,
        file_after_paint: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.settings = settings
        self.hub = Hub(self)  # first: every view below listens to it
        guard = install_wheel_guard()
        guard.pause()  # no wheel reaches a window being built; its fields are taken in after
        QTimer.singleShot(0, guard.resume)
        title = self.tr("Jobhunter")
        if demo:
            title += " — " + self.tr("demo data")
        self.setWindowTitle(title)
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.caseload = CaseloadPage(store, clock, self)
        self.pipeline = PipelinePage(store, clock, self)
        self.today = TodayPage(store, clock, self)
        # The Werkgevers and Nazorg pages are built when first wanted (shown, or asked for by
        # an action): their modules and widgets were a tenth of every start. Until then their
        # tab holds an empty stand-in that takes them in.
        self._lazy_pages: dict[int, EmployerPage | AftercarePage] = {}
        self._stand_ins = {index: self._stand_in(index) for index in LAZY_TABS}
        pages: list[QWidget] = [
            self.caseload, self._stand_ins[TAB_EMPLOYERS], self.pipeline,
            self._stand_ins[TAB_AFTERCARE], self.today,
        ]  # fmt: skip
        names = [
            self.tr("Caseload"),
            self.tr("Employers"),
            self.tr("Pipeline"),
            self.tr("Aftercare"),
            self.tr("Today"),
        ]
        for number, (page, name) in enumerate(zip(pages, names, strict=True), 1):
            self.tabs.addTab(page, name)
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
        for tab in (self.caseload.list, self.pipeline.list):
            tab.countChanged.connect(self._update_counts)
        self.caseload.file.openRecord.connect(self.show_record)
        self.pipeline.file.openRecord.connect(self.show_record)
        self.pipeline.board.openRecord.connect(self.show_record)
        self.pipeline.placementReached.connect(self.offer_aftercare)
        self.pipeline.aftercareCancelled.connect(self._aftercare_cancelled)
        self.today.openRecord.connect(self.show_record)
        self.today.show_again.setChecked(setting(self.settings, "start_of_day/show", True))
        self.today.show_again.toggled.connect(
            lambda on: self.settings.setValue("start_of_day/show", on)
        )
        self.caseload.file.findWorkplaces.connect(
            lambda client_id: self.propose_match(client_id=client_id)
        )
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self._build_search()
        self._build_actions()
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._restore_state()
        self.start_of_day: TodayPage | None = None
        if start_of_day:
            self._open_on_today_in_the_morning()
        # The tab in view loads now; each other tab when it is first shown.
        current = self.tabs.currentIndex()
        if current < TAB_TODAY:
            self.list_at(current).reload()
        if file_after_paint:  # a start: the list shows first, its first record's file next
            after_first_paint(self.tabs, self._open_current)
        else:
            self._open_current()
        # the counts of the lists not read yet come from the store, and follow its changes
        listen(self, set(KIND_TAB), lambda _changes: self._update_counts())
        self._update_counts()

    # --- construction -------------------------------------------------------------------
    @property
    def employers(self) -> EmployerPage:
        """The Werkgevers page (built now when it was not yet)."""
        return cast("EmployerPage", self._page(TAB_EMPLOYERS))

    @property
    def aftercare(self) -> AftercarePage:
        """The Nazorg page (built now when it was not yet)."""
        return cast("AftercarePage", self._page(TAB_AFTERCARE))

    @property
    def record_tabs(self) -> list[RecordTab]:
        """The four lists, in the order of their tabs (building a page not built yet)."""
        return [self.list_at(index) for index in KIND_TAB.values()]

    def list_at(self, index: int) -> RecordTab:
        """The list of the tab at ``index`` (building its page when it is not yet)."""
        if index in LAZY_TABS:
            return self._page(index).list
        return self.caseload.list if index == TAB_CLIENTS else self.pipeline.list

    def _built_list(self, index: int) -> RecordTab | None:
        """The list of the tab at ``index``; None when its page is not built yet."""
        if index in LAZY_TABS and index not in self._lazy_pages:
            return None
        return self.list_at(index)

    def _stand_in(self, index: int) -> QWidget:
        stand_in = _StandIn(lambda: self._page(index), self.tabs)
        layout = QVBoxLayout(stand_in)
        layout.setContentsMargins(0, 0, 0, 0)
        return stand_in

    def _page(self, index: int) -> EmployerPage | AftercarePage:
        page = self._lazy_pages.get(index)
        if page is None:
            page = self._lazy_pages[index] = self._build_page(index)
        return page

    def _build_page(self, index: int) -> EmployerPage | AftercarePage:
        stand_in = self._stand_ins[index]
        page: EmployerPage | AftercarePage
        if index == TAB_EMPLOYERS:
            from jobhunter.ui.employers.page import EmployerPage  # this page's modules only

            employers = page = EmployerPage(self.store, self.clock, stand_in)
            employers.file.workplaces.findCandidates.connect(
                lambda workplace_id: self.propose_match(workplace_id=workplace_id)
            )
            employers.file.vcard_button.clicked.connect(
                lambda: self.export_vcard(employers.file.employer_id)
            )
        else:
            from jobhunter.ui.aftercare.page import AftercarePage

            aftercare = page = AftercarePage(self.store, self.clock, stand_in)
            aftercare.openRecord.connect(self.show_record)
            aftercare.droppedOut.connect(self.offer_dropout)
            aftercare.views.setCurrentIndex(setting(self.settings, "window/aftercare_view", 1))
            aftercare.view_group.button(aftercare.views.currentIndex()).setChecked(True)
        page.list.countChanged.connect(self._update_counts)
        self._restore_page(LAZY_TABS[index], page)
        layout = stand_in.layout()
        assert layout is not None
        layout.addWidget(page)
        page.show()  # at once (a child added to a shown widget would be shown a turn later)
        return page

    def _build_search(self) -> None:
        """The search field sits in the tab bar's corner (no toolbar row taken from a
        768-pixel-high screen); its results float over the page."""
        corner = QWidget(self.tabs)
        self.search_edit = QLineEdit(corner)
        self.search_edit.setObjectName("GlobalSearch")
        self.search_edit.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setFixedWidth(300)
        holder = QHBoxLayout(corner)  # the tab widget gives a corner its size hint
        holder.setContentsMargins(4, 2, 6, 2)
        holder.addWidget(self.search_edit)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        self.search_panel = SearchPanel(SearchService(self.store, self.clock), self)
        self.search_panel.serve(self.search_edit)
        self.search_panel.hide()
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_panel.openRecord.connect(self._open_hit)
        self.search_panel.closed.connect(self.close_search)
        self._focus_before_search: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

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
        templates_action.triggered.connect(lambda: self.aftercare.edit_templates())
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
        view_menu.addAction(self.pipeline.toggle_file_action)
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
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Jobhunter"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- behaviour ----------------------------------------------------------------------
    def _open_current(self) -> None:
        if self.tabs.currentIndex() == TAB_CLIENTS:
            self.caseload.open_first()
        elif self.tabs.currentIndex() == TAB_EMPLOYERS:
            self.employers.open_first()
        elif self.tabs.currentIndex() == TAB_PIPELINE:
            self.pipeline.open_first()
        elif self.tabs.currentIndex() == TAB_TODAY:
            self.today.list.setFocus()

    def reload_all(self) -> None:
        """F5: every view reads what it shows again (after the store was changed outside
        this window, by the command line say): any record of any kind may have changed."""
        for kind in RECORD_KINDS:
            self.hub.announce(kind, [])
        self.hub.flush()

    def _on_tab_changed(self, index: int) -> None:
        if index < TAB_TODAY and not self.list_at(index).loaded:
            self.list_at(index).reload()  # a list is read when first shown
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
        page = self._page_with_file(current)
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
        return created

    def _aftercare_cancelled(self, _match_id: uuid.UUID, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n aftercare appointment(s) still to come cancelled", "", count), 8000
        )

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

    def show_start_of_day(self, force: bool = False) -> TodayPage:
        """The day's agenda: the "Vandaag" tab (``force`` is kept for old callers)."""
        self.tabs.setCurrentIndex(TAB_TODAY)
        self.today.refresh()
        self.start_of_day = self.today
        return self.today

    def _open_on_today_in_the_morning(self) -> None:
        """At start: the day's agenda in the morning and at the first start of a day, unless
        the user switched that off on the page."""
        now = self.clock.now()
        last = setting(self.settings, "start_of_day/last_opened", "")
        try:
            last_opened = date.fromisoformat(last) if last else None
        except ValueError:
            last_opened = None
        self.settings.setValue("start_of_day/last_opened", now.date().isoformat())
        if setting(self.settings, "start_of_day/show", True) and opens_on_today(now, last_opened):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(TAB_TODAY)
            self.tabs.blockSignals(False)
            self.start_of_day = self.today

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
        from jobhunter.services.ical import write_calendar  # icalendar: 0.1 s, not at start

        return self._export(
            self.tr("Export aftercare calendar"),
            "jobhunter-nazorg.ics",
            self.tr("iCalendar files (*.ics)"),
            lambda target: write_calendar(self.store, target, self.clock),
            lambda count: self.tr("%n appointment(s) exported to %1", "", count),
        )

    def export_vcard(self, employer_id: uuid.UUID | None) -> Path | None:
        from jobhunter.services.vcard import write_contacts_vcard  # not needed at start

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

    # --- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: into the search field, its text chosen; the last results show again."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        if self.search_edit.text().strip():
            self._show_search_panel()

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self._show_search_panel()
        else:
            self.search_panel.hide()
        self.search_panel.set_query(text)

    def _show_search_panel(self) -> None:
        self._place_search_panel()
        self.search_panel.show()
        self.search_panel.raise_()

    def _place_search_panel(self) -> None:
        """Over the right of the page, under the tab bar: wide enough to read a contact
        moment, never wider than half the window beyond that."""
        top_left = self.tabs.mapTo(self, self.tabs.rect().topLeft())
        top = top_left.y() + self.tabs.tabBar().height() + 2
        width = min(max(460, self.width() // 2), 640, self.width() - 16)
        height = max(self.tabs.height() - self.tabs.tabBar().height() - 12, 200)
        self.search_panel.setGeometry(self.width() - width - 8, top, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.search_panel.isVisible():
            self._place_search_panel()

    def close_search(self) -> None:
        """Escape: the results close and the focus goes back to where it was before."""
        self.search_panel.hide()
        back = self._focus_before_search
        if back is not None and Shiboken.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._open_current()

    def _in_search(self, widget: QWidget | None) -> bool:
        return widget is not None and (
            widget is self.search_edit
            or widget is self.search_panel
            or self.search_panel.isAncestorOf(widget)
        )

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(self):
            return
        if self._in_search(new) and not self._in_search(old) and old is not None:
            self._focus_before_search = old  # where Escape goes back to
        elif (
            new is not None
            and not self._in_search(new)
            and self.search_panel.isVisible()
            and new.window() is self
        ):
            self.search_panel.hide()  # the user went on elsewhere in the window

    def _open_hit(
        self, kind: str, record_id: uuid.UUID, target_kind: str, target_id: uuid.UUID
    ) -> None:
        self.search_panel.hide()
        self.show_record(kind, record_id, target_kind, target_id)

    def show_record(
        self,
        kind: str,
        record_id: uuid.UUID,
        target_kind: str = "",
        target_id: uuid.UUID | None = None,
    ) -> bool:
        """Open a record in its tab; with a target (a search hit), the file opens at it (the
        contact moment, the visit, the workplace) with the focus there."""
        index = KIND_TAB.get(kind)
        if index is None:
            return False
        if kind == "appointment":
            self.tabs.setCurrentIndex(index)
            return self.aftercare.show_appointment(record_id)
        self.tabs.setCurrentIndex(index)
        tab = self.list_at(index)
        found = tab.select_id(record_id)
        if not found:
            return False
        page = self._page_with_file(index)
        revealed = False
        if page is not None and target_kind and target_id is not None:
            revealed = page.file.reveal(target_kind, target_id)
        if not revealed:
            tab.view.setFocus()
        return found

    def _page_with_file(self, index: int) -> CaseloadPage | EmployerPage | None:
        """The page at ``index`` when it is the Caseload or the Werkgevers (with a file)."""
        if index == TAB_CLIENTS:
            return self.caseload
        return self.employers if index == TAB_EMPLOYERS else None

    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: every shortcut of the window on one page (the pages not built yet are built,
        so that theirs are there too)."""
        for index in LAZY_TABS:
            self._page(index)
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _update_counts(self) -> None:
        """The status bar's count of each list: what a list read holds, else the store's."""
        lists = [self._built_list(index) for index in KIND_TAB.values()]
        counted: dict[str, int] = {}
        if not all(tab is not None and tab.loaded for tab in lists):
            counted = record_counts(self.store)
        totals = [
            tab.total() if tab is not None and tab.loaded else counted[kind]
            for kind, tab in zip(KIND_TAB, lists, strict=True)
        ]
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
        for key, page in self._split_pages():
            self._restore_page(key, page)
        self.pipeline.set_view(setting(self.settings, "window/pipeline_view", 0))
        if not setting(self.settings, "window/pipeline_file", True):
            self.pipeline.show_file(False)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(setting(self.settings, "window/tab", 0))
        self.tabs.blockSignals(False)

    def _restore_page(
        self, key: str, page: CaseloadPage | EmployerPage | PipelinePage | AftercarePage
    ) -> None:
        state = self.settings.value(f"window/{key}_splitter")
        if state is not None:
            page.splitter.restoreState(state)
        hidden_key = f"window/{key}_hidden_columns"
        if self.settings.contains(hidden_key):
            page.list.set_hidden_columns(setting(self.settings, hidden_key, []))

    def _split_pages(
        self,
    ) -> list[tuple[str, CaseloadPage | EmployerPage | PipelinePage | AftercarePage]]:
        """The pages with a list and a file that are built (one not built has nothing to
        save: its settings stay as they are)."""
        pages: list[tuple[str, CaseloadPage | EmployerPage | PipelinePage | AftercarePage]] = [
            ("caseload", self.caseload),
            ("pipeline", self.pipeline),
        ]
        pages += [(LAZY_TABS[index], page) for index, page in self._lazy_pages.items()]
        return pages

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
        self.settings.setValue("window/pipeline_file", self.pipeline.file_shown())
        if TAB_AFTERCARE in self._lazy_pages:
            self.settings.setValue("window/aftercare_view", self.aftercare.views.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
