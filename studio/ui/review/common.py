"""Small helpers shared by the review widgets: clock text, buttons and read-only panes with stable ids, and the
names of finding kinds and severities in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QTextEdit, QToolButton, QWidget

from studio.core.i18n import tr, tr_noop
from studio.core.model import FindingKind, Severity
from studio.ui.i18n import on_language_change
from studio.ui.widgets import MIN_TARGET

# What a finding is about and how much it matters, as the window writes them (translated where shown, with tr).
KIND_NAMES: dict[FindingKind, str] = {
    FindingKind.PACE: tr_noop("pace"),
    FindingKind.DEAD_AIR: tr_noop("dead air"),
    FindingKind.FILLER: tr_noop("filler"),
    FindingKind.STUTTER: tr_noop("stutter"),
    FindingKind.MONOLOGUE: tr_noop("monologue"),
    FindingKind.VOICE: tr_noop("voice"),
    FindingKind.COVERAGE: tr_noop("coverage"),
    FindingKind.ORDER: tr_noop("order"),
    FindingKind.TIMING: tr_noop("timing"),
    FindingKind.DEIXIS: tr_noop("deixis"),
    FindingKind.CLAIM: tr_noop("claim"),
    FindingKind.DISCLAIMER_MISSING: tr_noop("disclaimer missing"),
    FindingKind.FRAMING: tr_noop("framing"),
    FindingKind.COMMENT: tr_noop("comment"),
    FindingKind.VIEWER: tr_noop("viewer question"),
}
SEVERITY_NAMES: dict[Severity, str] = {
    Severity.BLOCK: tr_noop("block"),
    Severity.NEEDS_EVIDENCE: tr_noop("needs evidence"),
    Severity.VERIFY_FACT: tr_noop("verify fact"),
    Severity.WARNING: tr_noop("warning"),
    Severity.INFO: tr_noop("info"),
    Severity.PRAISE: tr_noop("praise"),
}


def kind_name(kind: FindingKind) -> str:
    """The kind of a finding in the interface language ("dead air")."""
    return tr(KIND_NAMES.get(kind, kind.value.replace("_", " ")))


def severity_name(severity: Severity) -> str:
    """The severity of a finding in the interface language ("needs evidence")."""
    return tr(SEVERITY_NAMES.get(severity, severity.value.replace("_", " ")))


def clock(seconds: float) -> str:
    """A moment as text for the eye: "1:05" or "1:02:03" (the spoken form comes from studio.core.say)."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def button(text: str, identifier: str, description: str, parent: QWidget | None = None) -> QPushButton:
    """A push button at least MIN_TARGET high whose description (with its key) is also its tooltip."""
    widget = QPushButton(text, parent)
    widget.setAccessibleIdentifier(identifier)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)
    widget.setMinimumHeight(MIN_TARGET)
    return widget


def reading_pane(name: str, identifier: str, description: str = "") -> QTextEdit:
    """Read-only text a screen reader reads with its caret; Tab leaves it (never a focus trap)."""
    pane = QTextEdit()
    pane.setReadOnly(True)
    pane.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    pane.setTabChangesFocus(True)
    pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pane.setAccessibleName(name)
    pane.setAccessibleIdentifier(identifier)
    if description:
        pane.setAccessibleDescription(description)
    return pane


def _name_in_language(widget: QWidget, name: str) -> None:
    """Give ``widget`` the accessible name ``name`` (a ``tr_noop`` text) in the interface language, now and later."""

    def rename() -> None:
        widget.setAccessibleName(tr(name))

    rename()
    on_language_change(widget, rename)


def quiet_tab_scrollers(tabs: QTabWidget, prefix: str) -> None:
    """The tab bar's scroll arrows: out of the Tab order (arrow keys already move between tabs), with ids."""
    for number, scroller in enumerate(tabs.tabBar().findChildren(QToolButton)):
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setAccessibleIdentifier(f"{prefix}_scroll_{number}")
        arrow = scroller.arrowType()
        name = tr_noop("Scroll left") if arrow == Qt.ArrowType.LeftArrow else tr_noop("Scroll right")
        _name_in_language(scroller, name)
