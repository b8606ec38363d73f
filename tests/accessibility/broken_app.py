"""A deliberately inaccessible window, to prove the audit catches what it claims to catch.

It has an unnamed button, a control without an accessible id, two controls with one name, an image without text,
and a field that swallows Tab (a focus trap). The audit must fail on each.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class TrapEdit(QLineEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.accept()  # swallows Tab: keyboard users are stuck here
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Rehearsal Studio (broken fixture)")
    layout = QVBoxLayout(window)
    unnamed = QPushButton()
    unnamed.setAccessibleIdentifier("btn_unnamed")
    layout.addWidget(unnamed)
    no_id = QPushButton("No id")
    layout.addWidget(no_id)
    for _ in range(2):
        twin = QPushButton("Twin")
        twin.setAccessibleIdentifier(f"btn_twin_{_}")
        layout.addWidget(twin)
    picture = QLabel()
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.red)
    picture.setPixmap(pixmap)
    layout.addWidget(picture)
    trap = TrapEdit()
    trap.setAccessibleName("Trap")
    trap.setAccessibleIdentifier("txt_trap")
    layout.addWidget(trap)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
