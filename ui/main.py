"""Start the GUI on an open workspace."""

from __future__ import annotations

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


def run_gui(
    workspace: Workspace,
    *,
    screenshot: str | None = None,
    user_label: str | None = None,
    user: User | None = None,
) -> int:
    """Open the main window. Without `user` the login dialog asks who is working (the first-run
    screen on a database without users); a screenshot without a user shows the case list without
    logging in."""
    _ensure_platform(screenshot is not None)
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sunlight")
    app.setApplicationDisplayName("阳光办件")
    app.setOrganizationName("Sunlight")
    if user is None and screenshot is None:
        from ui.login_dialog import sign_in

        user = sign_in(workspace)
        if user is None:
            return 0  # the user cancelled the login
    window = MainWindow(workspace, user_label or "未登录", user=user)
    window.show()
    if screenshot is not None:
        return save_screenshot(window, Path(screenshot))
    return app.exec()


def save_screenshot(window, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Save the window once its data is on screen."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # let queued loads (the case count) and layouts settle
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        raise DomainError(f"无法保存截图到 {path}，请检查路径和写入权限。")
    window.close()
    return 0
