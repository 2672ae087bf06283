"""The interface language.

The source strings are Simplified Chinese, so zh_CN needs no translation of our own; English comes
from resources/translations/sunlight_en.qm (built from sunlight_en.ts by `make translations`).
Qt's own strings (standard buttons, file dialogs) come from Qt's qtbase_*.qm for either language.

The language in force is, in order: `--lang` for this run, the `ui/language` preference (changed
in the settings dialog, effective after a restart), then zh_CN.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
# Each language is named in itself (an English user can find "English" in a Chinese interface);
# marked for the translation file all the same, so no Chinese sits outside the translation path.
LANGUAGES = {"zh_CN": QT_TRANSLATE_NOOP("Language", "简体中文"), "en": "English"}
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

_installed: list[QTranslator] = []


def normalise(language: str | None) -> str:
    """A supported language code for `language` ("en_US" → "en", "zh" → "zh_CN")."""
    if not language:
        return DEFAULT_LANGUAGE
    code = language.replace("-", "_")
    if code in LANGUAGES:
        return code
    if code.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def translation_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"sunlight_{language}.qm"


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for `language` on `app` (replacing earlier ones); the language
    actually in force (zh_CN when the English file is missing)."""
    language = normalise(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Chinese)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    qt_name = "qtbase_en" if language == "en" else "qtbase_zh_CN"
    if qt_translator.load(qt_name, qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(translation_file(language))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s not found; using Chinese", translation_file(language))
            language = DEFAULT_LANGUAGE
            locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    log.info("interface language: %s", language)
    return language
