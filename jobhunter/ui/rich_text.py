"""Rows that wrap and mark words: a delegate that paints an item's text as simple HTML.

A side list of problems or placements, a search result or an agenda line often holds more
than a column can show; cut to "Hodan …" it says nothing. Painted as a little document, the
text wraps onto as many lines as it needs, bold and grey mark what is what, and the row is
as tall as its text.
"""

from __future__ import annotations

from collections import OrderedDict
from html import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

Index = QModelIndex | QPersistentModelIndex

MUTED = "#5f6670"


def light_selection(view_class: str) -> str:
    """A style sheet for a view whose rows the delegate paints: the chosen row light and its
    text dark, so grey and marked words stay readable on it."""
    return (
        f"{view_class}::item:selected {{ background: #cfe2fb; color: palette(text); }}"
        f"{view_class}::item:selected:!active {{ background: #e3ecf7; }}"
    )


def line(*parts: str, muted: bool = False, bold: bool = False) -> str:
    """One line of plain texts (escaped), joined by " · ", optionally grey or bold."""
    text = " · ".join(escape(part) for part in parts if part)
    if bold:
        text = f"<b>{text}</b>"
    if muted:
        text = f"<span style='color:{MUTED}'>{text}</span>"
    return text


def lines(*rows: str) -> str:
    """Lines made with :func:`line`, one under the other (empty ones left out)."""
    return "<br>".join(row for row in rows if row)


class RichTextDelegate(QStyledItemDelegate):
    """Paints the display text as HTML, wrapped to the column's width. The view shows the
    chosen row in a light colour (see ``light_selection``), so grey and marked words stay
    readable on it."""

    PADDING = 4
    #: laid-out documents kept: a view asks each row's height, then paints it, and asks
    #: again when it lays out anew; a document is laid out once for all of these. A
    #: screenful or two of rows (the search shows some 70): each costs some kilobytes
    CACHED = 128

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        """``html`` laid out at ``width`` in the option's font, from the cache when it is
        there (the least recently used is dropped when it is full)."""
        key = (html, max(width, 40), option.font.key())
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDocumentMargin(self.PADDING)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(key[1])
        self._documents[key] = document
        if len(self._documents) > self.CACHED:
            self._documents.popitem(last=False)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        html, options.text = options.text, ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        rect = options.rect
        document = self._document(options, html, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.Text)
        )
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        widget = option.widget
        width = option.rect.width()
        if widget is not None and hasattr(widget, "columnWidth"):
            width = widget.columnWidth(index.column())
            if isinstance(widget, QTreeView):  # a child row is painted indented
                parent, depth = index.parent(), 0
                while parent.isValid():
                    parent, depth = parent.parent(), depth + 1
                width -= depth * widget.indentation()
        elif widget is not None and hasattr(widget, "viewport"):
            width = widget.viewport().width()
        html = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        document = self._document(option, html, width)
        return QSize(int(document.idealWidth()), int(document.size().height()))
