"""The preview of a briefing or kandidaatprofiel: look at it, then print it or save it.

The PDF is made off the GUI thread (reportlab and the fonts load on the first one); the
dialog shows a busy state meanwhile. The notes the document service returns (what is
missing in the user's details, how deep a profile goes and which sensitive categories the
consent names) show above the pages, for the jobhunter, not on paper. Printing and saving
go through the document service, which records them in the audit log and refuses a profile
whose consent was withdrawn since the preview was made.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.clock import Clock
from jobhunter.services.documents.service import DocumentService, PrintedDocument, PrintKind
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.files import reason
from jobhunter.services.store import Store
from jobhunter.ui.hub import announce
from jobhunter.ui.tasks import BackgroundTask, run_in_background

log = logging.getLogger(__name__)

BUSY, ERROR, PAGES = range(3)
#: the resolution pages are rendered at for the printer (enough for 10 pt text)
PRINT_DPI = 300


class DocumentPreviewDialog(QDialog):
    """Shows one document for one match; ``kind`` says which."""

    #: the document is on screen (or failed: ``None``); for tests and the status bar
    ready = Signal(object)
    #: something was printed or saved: a Dutch line for the status bar
    handedOver = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        kind: PrintKind,
        match_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.kind = kind
        self.match_id = match_id
        self.service = DocumentService(store, clock)
        self.document: PrintedDocument | None = None
        self.task: BackgroundTask | None = None
        self._buffer: QBuffer | None = None
        self.setWindowTitle(
            self.tr("Briefing") if kind is PrintKind.BRIEFING else self.tr("Candidate profile")
        )
        self.setObjectName(f"preview_{kind.value}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.notes = QLabel(self)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(
            "background: #fff4d6; color: #5c3d00; padding: 6px 10px; border-radius: 4px;"
        )
        self.notes.hide()
        self.settings_button = QPushButton(self.tr("Your details…"), self)
        self.settings_button.setObjectName("settings")
        self.settings_button.setToolTip(self.tr("Name and phone for the footer (File › Settings)"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.settings_button.hide()

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pages")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #8a939c;")
        busy = QWidget(self)
        self.busy_label = QLabel(busy)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        progress = QProgressBar(busy)
        progress.setRange(0, 0)  # turning: how long is not known
        progress.setMaximumWidth(240)
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch()
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(progress, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: #a4262c; font-weight: 600; padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(busy)
        self.stack.addWidget(self.error)
        self.stack.addWidget(self.view)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet("color: #1e6b32;")
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit = QPushButton(self.tr("Fit width"), self)
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.2))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.2))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.2))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(1 / 1.2))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("print")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("save")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_document)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.notes, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.zoom_out)
        bottom.addWidget(self.zoom_in)
        bottom.addWidget(self.fit)
        bottom.addSpacing(12)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self._fit_to_screen(parent)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """A page's width at a readable size, never taller than the screen (a laptop has
        768 pixels: the buttons must stay in reach)."""
        screen = (parent or self).screen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        width, height = min(860, int(area.width() * 0.9)), min(980, area.height() - 60)
        self.resize(width, height)
        self.move(
            area.center().x() - width // 2, area.top() + max(0, (area.height() - height) // 3)
        )

    # --- making the document --------------------------------------------------------------
    def generate(self) -> BackgroundTask:
        """Make the PDF in the background; the dialog is busy until it is on screen."""
        self._set_busy(True)
        self.busy_label.setText(
            self.tr("Making the briefing…")
            if self.kind is PrintKind.BRIEFING
            else self.tr("Making the candidate profile…")
        )
        self.stack.setCurrentIndex(BUSY)
        make: Callable[[uuid.UUID], PrintedDocument] = (
            self.service.briefing_pdf
            if self.kind is PrintKind.BRIEFING
            else self.service.profile_pdf
        )
        match_id = self.match_id
        self.task = run_in_background(lambda: make(match_id), self._show, self._failed)
        return self.task

    def _show(self, document: PrintedDocument) -> None:
        self.document = document
        self.setWindowTitle(document.title)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(document.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it while it shows the pages
        self.notes.setText("\n".join(f"•  {note}" for note in document.notes))
        self.notes.setVisible(bool(document.notes))
        self.settings_button.setVisible(any("Instellingen" in n for n in document.notes))
        self.stack.setCurrentIndex(PAGES)
        self._set_busy(False)
        self.ready.emit(document)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError | NotFoundError):
            message = str(exc)
        else:
            # the type and where, not the message: a layout error quotes the document's text
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("document for match %s failed: %s\n%s", self.match_id,
                      type(exc).__name__, where)  # fmt: skip
            message = self.tr("The document could not be made: %1").replace(
                "%1", type(exc).__name__
            )
        self.document = None
        self.error.setText(message)
        self.stack.setCurrentIndex(ERROR)
        self._set_busy(False, failed=True)
        self.ready.emit(None)

    def _set_busy(self, busy: bool, failed: bool = False) -> None:
        for button in (self.print_button, self.save_button, self.zoom_in, self.zoom_out, self.fit):
            button.setEnabled(not busy and not failed)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def edit_settings(self) -> None:
        from jobhunter.ui.settings_dialog import SettingsDialog

        _settings, saved = SettingsDialog.edit(self.store, self.clock, self)
        if saved:
            self.generate()  # the footer now carries the user's details

    # --- handing it over ------------------------------------------------------------------
    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path

    def print_document(self) -> bool:
        document = self.document
        if document is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setFromTo(1, self.pdf.pageCount())
        if not self.ask_printer(printer):
            return False
        try:
            self.service.check_printable(document)
            self._paint(printer)
            self.service.record_printed(document)
        except ValidationError as exc:
            self._refused(str(exc))
            return False
        announce("audit", [document.client_id])
        done = self.tr("Sent to the printer.")
        self.status.setText(done)
        self.handedOver.emit(done)
        return True

    def _paint(self, printer: QPrinter) -> None:
        """Each page as an image at print resolution, fitted to the printable area."""
        first = max(1, printer.fromPage() or 1)
        last = min(self.pdf.pageCount(), printer.toPage() or self.pdf.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise ValidationError("De printer kon niet worden geopend.")
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.pdf.pagePointSize(number - 1)
                scale = min(area.width() / points.width(), area.height() / points.height())
                fitted = QSize(int(points.width() * scale), int(points.height() * scale))
                # a 1200 dpi printer would need an image of half a gigabyte: 300 dpi will do
                sharp = QSize(
                    int(points.width() / 72 * PRINT_DPI), int(points.height() / 72 * PRINT_DPI)
                )
                image = self.pdf.render(number - 1, fitted.boundedTo(sharp))
                painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
        finally:
            painter.end()

    def save_document(self) -> Path | None:
        document = self.document
        if document is None:
            return None
        path = self.ask_save_path(str(Path.home() / document.file_name))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.service.save(document, target)
        except ValidationError as exc:
            self._refused(str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", reason(exc)),
            )
            return None
        announce("audit", [document.client_id])
        done = self.tr("Saved as %1").replace("%1", str(target))
        self.status.setText(done)
        self.handedOver.emit(done)
        return target

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not allowed"), message)
        self.status.clear()
