"""Draw the app icon (a microphone on a rounded square) with Qt and save PNG/ICO sizes for the bundles.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    background = QPainterPath()
    background.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.fillPath(background, QColor("#0B3D91"))
    # microphone capsule
    p.setBrush(QColor("#FFD23F"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(98 * s, 44 * s, 60 * s, 104 * s), 30 * s, 30 * s)
    pen = QPen(QColor("#FFFFFF"), 14 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(74 * s, 78 * s, 108 * s, 104 * s), 200 * 16, 140 * 16)
    p.drawLine(int(128 * s), int(182 * s), int(128 * s), int(212 * s))
    p.drawLine(int(96 * s), int(212 * s), int(160 * s), int(212 * s))
    p.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    linux = ROOT / "packaging" / "linux"
    draw(256).save(str(linux / "org.rehearsalstudio.Studio.png"))
    draw(256).save(str(ROOT / "packaging" / "windows" / "rehearsal-studio.ico"))
    draw(512).save(str(ROOT / "packaging" / "macos" / "rehearsal-studio-512.png"))
    print("icons written")


if __name__ == "__main__":
    main()
