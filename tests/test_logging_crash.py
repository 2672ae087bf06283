"""Log files without secrets, and the crash dialog: plain words, a report, the form kept."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from app import logging_setup
from app.errors import InvalidAction
from tests.shots import save_shot
from ui import crash

SECRET = "s3cret-Pa55"


@pytest.fixture
def log_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    level = root.level
    path = logging_setup.configure_logging(tmp_path / "logs")
    yield path
    handler = logging_setup._handler
    if handler is not None:
        root.removeHandler(handler)
        handler.close()
    logging_setup._handler = None
    root.setLevel(level)


def test_redact_hides_passwords_in_urls_and_pairs() -> None:
    text = f"postgresql+psycopg://clerk:{SECRET}@10.0.0.5:5432/sunlight password={SECRET} 'pwd': '{SECRET}'"
    redacted = logging_setup.redact(text)
    assert SECRET not in redacted
    assert "postgresql+psycopg://clerk:***@10.0.0.5:5432/sunlight" in redacted
    assert logging_setup.redact("sqlite:///C:/data/sunlight.db") == "sqlite:///C:/data/sunlight.db"


def test_log_file_rotates_and_never_holds_passwords(log_dir: Path) -> None:
    assert log_dir.name == "sunlight.log"
    log = logging.getLogger("sunlight.test")
    log.info("connecting to postgresql://u:%s@host/db", SECRET)
    log.warning("login with password=%s", SECRET)
    handler = logging_setup._handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == logging_setup.MAX_BYTES and handler.backupCount == logging_setup.BACKUP_COUNT
    handler.flush()
    content = log_dir.read_text(encoding="utf-8")
    assert "connecting to postgresql://u:***@host/db" in content
    assert SECRET not in content
    assert "connecting" in logging_setup.log_tail(10)


def test_log_directory_is_the_user_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(logging_setup.ENV_LOG_DIR, raising=False)
    assert "sunlight" in str(logging_setup.log_directory()).lower()
    monkeypatch.setenv(logging_setup.ENV_LOG_DIR, "/tmp/x-logs")
    assert logging_setup.log_directory() == Path("/tmp/x-logs")


def _exc_info(exc: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_report_has_versions_traceback_log_and_no_password(log_dir: Path) -> None:
    logging.getLogger("x").info("before the crash, url postgresql://a:%s@h/d", SECRET)
    info = _exc_info(RuntimeError(f"boom password={SECRET}"))
    report = crash.build_report(info, database=f"postgresql://a:{SECRET}@h/d")
    assert "RuntimeError" in report and "before the crash" in report
    assert "sunlight:" in report and "python:" in report and "qt:" in report
    assert SECRET not in report


def test_uncaught_exception_shows_dialog_keeps_form_and_saves_report(
    qtbot, log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A form the user is filling in: its text must survive, the password must not be copied.
    form = QDialog()
    form.setWindowTitle("登记新办件")
    layout = QVBoxLayout(form)
    applicant = QLineEdit("长沙市某某科技有限公司")
    applicant.setObjectName("applicant")
    password = QLineEdit(SECRET)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(applicant)
    layout.addWidget(password)
    qtbot.addWidget(form)
    form.show()
    monkeypatch.setattr(crash, "drafts_directory", lambda: tmp_path / "drafts")
    shown: list[crash.CrashDialog] = []

    def fake_exec(dialog: crash.CrashDialog) -> int:
        shown.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    handler = crash.CrashHandler(lambda: f"postgresql://u:{SECRET}@h/db")
    handler(*_exc_info(ZeroDivisionError("division by zero")))
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    # Not inside fake_exec: the handler catches whatever exec raises, a failed save would go unseen.
    save_shot(dialog, "sunlight-crash-dialog")
    assert any("内部错误" in label.text() for label in dialog.findChildren(type(dialog.status)))
    assert form.isVisible() and applicant.text() == "长沙市某某科技有限公司"
    drafts = list((tmp_path / "drafts").glob("draft-*.json"))
    assert len(drafts) == 1
    draft = drafts[0].read_text(encoding="utf-8")
    assert "长沙市某某科技有限公司" in draft and SECRET not in draft
    out = tmp_path / "report.txt"
    dialog.save_report(out)
    saved = out.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in saved and SECRET not in saved
    assert str(out) in dialog.status.text()
    logging_setup._handler.flush()  # type: ignore[union-attr]
    assert "uncaught exception" in log_dir.read_text(encoding="utf-8")


def test_domain_error_is_shown_in_its_own_words(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[crash.CrashDialog] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda d: shown.append(d) or 0)
    monkeypatch.setattr(crash, "save_drafts", lambda: None)
    crash.CrashHandler()(*_exc_info(InvalidAction("本件已办结，不能再退回。")))
    qtbot.addWidget(shown[0])
    texts = [label.text() for label in shown[0].findChildren(type(shown[0].status))]
    assert "本件已办结，不能再退回。" in texts


def test_a_lost_database_is_no_program_error_but_a_word_in_the_status_bar(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A screen's read on a timer while the server is down: no dialog (there would be one per
    tick), the main window's status bar names the database and says what to expect."""
    import psycopg
    from PySide6.QtWidgets import QMainWindow
    from sqlalchemy.exc import OperationalError

    shown: list[crash.CrashDialog] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda d: shown.append(d) or 0)
    monkeypatch.setattr(crash, "save_drafts", lambda: None)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lost = OperationalError("SELECT 1", {}, psycopg.OperationalError("connection refused"))
    crash.CrashHandler(lambda: "postgresql+psycopg://sunlight_app@dbhost/sunlight")(*_exc_info(lost))
    assert shown == []
    status = window.statusBar().currentMessage()
    assert "sunlight_app@dbhost/sunlight" in status and "暂时无法连接" in status
    crash.CrashHandler()(*_exc_info(ZeroDivisionError("division by zero")))  # a bug still is one
    assert len(shown) == 1


def test_install_and_uninstall_replace_the_excepthook() -> None:
    previous = sys.excepthook
    handler = crash.install_crash_handler()
    try:
        assert sys.excepthook is handler
    finally:
        handler.uninstall()
    assert sys.excepthook is previous
