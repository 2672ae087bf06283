"""Start the GUI on an open workspace."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import DomainError
from app.workspace import Workspace

if TYPE_CHECKING:
    from db.models import User


def _ensure_platform(screenshot: bool) -> None:
    # A screenshot must work on a machine with no display (CI, docs): fall back to offscreen.
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if screenshot and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def prepare_application(*, screenshot: bool = False, language: str | None = None):  # type: ignore[no-untyped-def]
    """The QApplication, with log file, crash dialog and translators installed (once)."""
    _ensure_platform(screenshot)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.logging_setup import configure_logging
    from ui import preferences
    from ui.crash import install_crash_handler
    from ui.i18n import install_translators

    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    if getattr(app, "_sunlight_prepared", False) and language is None:
        return app
    app.setApplicationName("Sunlight")
    app.setOrganizationName("Sunlight")
    if existing is None:  # the real application, not a test's QApplication
        configure_logging()
        install_crash_handler()
        if not screenshot:  # a screenshot run leaves the workstation's settings alone
            preferences.upgrade()
    chosen = install_translators(app, language or preferences.LANGUAGE.read())
    logging.getLogger(__name__).info("Sunlight starting, language %s", chosen)
    app.setApplicationDisplayName(QCoreApplication.translate("Main", "阳光办件"))
    app._sunlight_prepared = True  # type: ignore[attr-defined]
    return app


def run_gui(
    workspace: Workspace,
    *,
    screenshot: str | None = None,
    user_label: str | None = None,
    user: User | None = None,
    language: str | None = None,
) -> int:
    """Open the main window. Without `user` the login dialog asks who is working (the first-run
    screen on a database without users); a screenshot without a user shows the case list without
    logging in."""
    from PySide6.QtCore import QCoreApplication

    from ui.crash import CrashHandler
    from ui.main_window import MainWindow

    app = prepare_application(screenshot=screenshot is not None, language=language)
    if isinstance(sys.excepthook, CrashHandler):
        sys.excepthook.report_database(lambda: workspace.display_name)
    if user is None and screenshot is None:
        from ui.login_dialog import sign_in

        user = sign_in(workspace)
        if user is None:
            return 0  # the user cancelled the login
    window = MainWindow(
        workspace,
        user_label or QCoreApplication.translate("Main", "未登录"),
        user=user,
        remember_layout=screenshot is None,
    )
    window.show()
    if screenshot is not None:
        return save_screenshot(window, Path(screenshot))
    return app.exec()


def start_gui(
    explicit_url: str | None = None, *, screenshot: str | None = None, language: str | None = None
) -> int:
    """The desktop start-up: the database from `--db`/SUNLIGHT_DB_URL or this workstation's
    preferences (the first-run set-up when there are none), the connection and schema checks with
    their dialogs, then login and the main window."""
    from app.workspace import open_workspace

    prepare_application(screenshot=screenshot is not None, language=language)
    if screenshot is not None:  # no dialogs: the configured (or default) database as it is
        from ui import preferences

        workspace = open_workspace(explicit_url or preferences.configured_url())
    else:
        from ui.first_run import open_database

        opened = open_database(explicit_url)
        if opened is None:
            return 0  # the user cancelled the set-up
        workspace = opened
    try:
        return run_gui(workspace, screenshot=screenshot)
    finally:
        workspace.close()


def save_screenshot(window, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Save the window once its data is on screen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # let queued loads (the case count) and layouts settle
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        text = QCoreApplication.translate("Main", "无法保存截图到 %1，请检查路径和写入权限。")
        raise DomainError(text.replace("%1", str(path)))
    window.close()
    return 0
