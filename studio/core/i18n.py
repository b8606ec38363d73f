"""Translation hooks for every text the app shows or speaks, without Qt.

Code writes ``tr("Start recording")`` where a text is shown now, and ``tr_noop("…")`` where a text is only defined
(module-level tables such as the action registry) and translated later with ``tr(text)``. Texts with values use
named ``str.format`` fields *after* translation: ``tr("{count} findings").format(count=3)``, so a translator can move
the field where the language needs it.

The catalogue (``assets/i18n/studio_<lang>.ts``, compiled to ``.qm``) is built from these calls by
``tools/i18n.py``, which reads the source: a text passed to ``tr`` through a variable is only found when it was
written with ``tr_noop`` somewhere. The Qt layer installs the real lookup with :func:`set_backend`; until then (and
in headless commands) ``tr`` returns the English text.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "studio"
UI_LANGUAGES: tuple[str, ...] = ("en", "vi", "zh", "id")
# Each UI language's name in that language, for the language chooser (a person looks for their own language).
NATIVE_NAMES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt", "zh": "简体中文", "id": "Bahasa Indonesia"}
# The Qt locale name of each catalogue file (studio_<name>.ts / .qm).
CATALOG_NAMES: dict[str, str] = {"vi": "vi", "zh": "zh_CN", "id": "id"}

Backend = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_backend: Backend = _identity
_language = "en"


def tr(text: str) -> str:
    """``text`` in the interface language (English when no catalogue is installed or it has no translation)."""
    return _backend(text) if text else text


def tr_noop(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now; translate it where it is shown with ``tr``."""
    return text


def set_backend(backend: Backend | None) -> None:
    """Install the lookup ``tr`` uses (the Qt layer's translator), or go back to English with ``None``."""
    global _backend
    _backend = backend or _identity


def current_language() -> str:
    """The interface language now ("en", "vi", "zh", "id"): values said inside a translated sentence (times,
    numbers) are said in it."""
    return _language


def set_language(language: str) -> None:
    """Record the interface language the installed catalogue is for (the Qt layer calls this when it switches)."""
    global _language
    _language = language if language in UI_LANGUAGES else "en"


def resolve_language(setting: str, system_locale: str) -> str:
    """The interface language for a ``ui.language`` setting: "system" follows the system locale (e.g. "vi_VN").

    A system language the app has no catalogue for gives English.
    """
    if setting in UI_LANGUAGES:
        return setting
    code = system_locale.replace("-", "_").split("_")[0].lower()
    if code == "in":  # the old ISO code some systems still use for Indonesian
        code = "id"
    return code if code in UI_LANGUAGES else "en"
