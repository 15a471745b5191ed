#!/usr/bin/env python3
"""Render the app icon from its SVG source: the 256 px PNG and the Windows .ico.

The SVG (packaging/icons/jobhunter.svg) is the only hand-edited icon; run this after changing
it. Uses Qt's SVG renderer offscreen, so it needs nothing beyond PySide6-Essentials.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "jobhunter.svg"
PNG = ICONS / "jobhunter.png"
ICO = ICONS / "jobhunter.ico"
PNG_SIZE = 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (read by Windows Vista and later, and Inno Setup)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs an application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot render {SVG}", file=sys.stderr)
        return 1
    PNG.write_bytes(render(renderer, PNG_SIZE))
    ICO.write_bytes(ico_file({size: render(renderer, size) for size in ICO_SIZES}))
    print(f"wrote {PNG.name} and {ICO.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
