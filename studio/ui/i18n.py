"""The interface language at run time: Qt translators from ``assets/i18n``, switching without a restart.

:class:`LanguageManager` installs the app's catalogue (``studio_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm``
where Qt ships one), and points :func:`studio.core.i18n.tr` at it. Switching language installs the new catalogue;
Qt then sends every widget a ``LanguageChange`` event, and each window re-applies its texts in its
``retranslate_ui`` (registered with :func:`on_language_change`). Nothing is rebuilt, so what the trainee typed,
the findings in the list and a recording in progress stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from studio.core import i18n
from studio.services import paths


def catalog_dir() -> Path:
    return paths.assets_dir() / "i18n"


def _qt_translate(text: str) -> str:
    return QCoreApplication.translate(i18n.CONTEXT, text)


class LanguageManager:
    """Which catalogue is installed; ``switch`` changes it for the whole app."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._translators: list[QTranslator] = []
        i18n.set_backend(_qt_translate)

    @property
    def language(self) -> str:
        """The interface language now (kept once, in studio.core.i18n, where tr's callers read it)."""
        return i18n.current_language()

    def switch(self, setting: str) -> str:
        """Install the catalogue for a ``ui.language`` value ("system", "en", "vi", "zh", "id"); returns the code."""
        language = i18n.resolve_language(setting, QLocale.system().name())
        if language == i18n.current_language():
            return language
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            name = i18n.CATALOG_NAMES[language]
            own = QTranslator(self.app)
            if own.load(str(catalog_dir() / f"studio_{name}.qm")):
                self._translators.append(own)
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
        for translator in self._translators:
            self.app.installTranslator(translator)
        i18n.set_language(language)
        QLocale.setDefault(QLocale(i18n.CATALOG_NAMES.get(language, "en_US")))
        return language


class _LanguageWatcher(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` whenever the interface language changes (the widget keeps its state)."""
    _LanguageWatcher(widget, retranslate)
