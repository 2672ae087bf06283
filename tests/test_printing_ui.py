"""The print preview dialog (QtPdf) and the report dialog (background task, cancel), offscreen."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from app.workspace import Workspace
from db.models import PrintedDocument, User
from tests.shots import save_shot
from tests.test_printing import cases  # noqa: F401 - fixture
from tests.test_reports import desk, march  # noqa: F401 - fixtures


def _id(workspace: Workspace, login: str) -> int:
    with workspace.sessions() as s:
        return s.scalars(select(User.id).where(User.login == login)).one()


def test_preview_then_save_records_and_marks_reprint(  # type: ignore[no-untyped-def]
    qtbot,
    workspace: Workspace,
    cases,  # noqa: F811
    tmp_path: Path,
) -> None:
    from ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(workspace, _id(workspace, "clerk1"), cases["receipt"], "receipt")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1
    assert "样张" in dialog.note.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    save_shot(dialog, "preview")
    assert dialog.save_to(str(tmp_path / "a.pdf"))
    assert dialog.note.text().startswith("已登记打印，文书编号 ")
    assert dialog.save_to(str(tmp_path / "b.pdf"))
    assert dialog.note.text().startswith("已登记打印（补打第1次），文书编号 ")
    assert "补打" in "".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages)
    with workspace.sessions() as s:
        assert [r.reprint_no for r in s.scalars(select(PrintedDocument))] == [0, 1]
    again = PrintPreviewDialog(workspace, _id(workspace, "clerk1"), cases["receipt"], "receipt")
    qtbot.addWidget(again)
    assert "本文书已打印过 2 次，再次打印将标注“补打”" in again.note.text()
    assert again.windowTitle() == f"打印预览 — 受理通知书 {cases['receipt']}"


def test_saving_where_it_cannot_be_written_says_why_and_records_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    workspace: Workspace,
    cases,  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.print_preview import PrintPreviewDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = PrintPreviewDialog(workspace, _id(workspace, "clerk1"), cases["receipt"], "receipt")
    qtbot.addWidget(dialog)
    (tmp_path / "out").write_text("a file, not a folder", encoding="utf-8")
    assert not dialog.save_to(str(tmp_path / "out" / "a.pdf"))
    reason = "路径中有一级不是文件夹，而是同名的文件"
    assert warnings == [f"无法写入文件 {tmp_path / 'out' / 'a.pdf'}：{reason}。"]
    with workspace.sessions() as s:
        assert s.scalars(select(PrintedDocument)).all() == []
    assert "样张" in dialog.note.text()
    assert dialog.save_to(str(tmp_path / "a.pdf"))  # the first printing, not a reprint
    assert dialog.note.text().startswith("已登记打印，文书编号 ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "out"]


def test_preview_of_a_document_that_does_not_apply(qtbot, workspace: Workspace, cases) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(workspace, _id(workspace, "clerk1"), cases["receipt"], "refusal")
    qtbot.addWidget(dialog)
    assert "不予受理决定" in dialog.note.text() and not dialog.print_button.isEnabled()


def test_preview_without_a_chinese_font_says_so_and_draws_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    qtlog,
    workspace: Workspace,
    cases,  # noqa: F811
    monkeypatch,
) -> None:
    import app.printing.fonts as fonts
    from ui.print_preview import PrintPreviewDialog

    monkeypatch.setattr(fonts, "CANDIDATES", ())
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_registered_path", None)
    monkeypatch.delenv(fonts.ENV_FONT, raising=False)
    dialog = PrintPreviewDialog(workspace, _id(workspace, "clerk1"), cases["receipt"], "receipt")
    qtbot.addWidget(dialog)
    assert "找不到可嵌入 PDF 的中文字体" in dialog.note.text() and "fonts-wqy-microhei" in dialog.note.text()
    assert dialog.page_count == 0
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    # No page image was left half painted (destroying one can bring the application down).
    assert not [r for r in qtlog.records if "being painted" in r.message]
    with workspace.sessions() as s:
        assert list(s.scalars(select(PrintedDocument))) == []


def test_report_dialog_runs_in_background(qtbot, workspace: Workspace, march, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.report_dialog import MonthlyReportDialog

    dialog = MonthlyReportDialog(workspace, _id(workspace, "leader1"))
    qtbot.addWidget(dialog)
    dialog.month.setDate(dialog.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
    out = tmp_path / "m.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.finished_file, timeout=30_000):
        dialog.start()
        assert not dialog.generate.isEnabled() and dialog.cancel_button.isEnabled()
    assert out.exists() and dialog.open_file.isEnabled()
    assert re.match(r"已生成 2026-03 月度统计报表，办件明细 \d+ 件。\n", dialog.status.text())
    dialog.show()
    qtbot.waitExposed(dialog)
    save_shot(dialog, "report_dialog")


def test_report_task_cancel_leaves_no_file(qtbot, workspace: Workspace, march, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.workers import BackgroundTask

    calls = []

    def work(*, progress):  # type: ignore[no-untyped-def]
        import time

        for n in range(200):
            progress(n / 200, "…")
            calls.append(n)
            time.sleep(0.005)
        return "done"

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.start()
        qtbot.wait(50)
        task.cancel()
    assert len(calls) < 200 and not task.running

    failing = BackgroundTask(lambda *, progress: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=10_000) as blocker:
        failing.start()
    assert "意外错误" in blocker.args[0]
