"""The case view: only the allowed actions enabled (the others say why), a step passed through
the action dialog, refusals shown at the field, and a concurrent change reloads the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cases import ApplicantDetails, register_case
from app.workspace import Workspace
from db.models import Case
from tests.factories import make_regulation
from tests.shots import save_shot
from tests.test_cases import desk  # noqa: F401 - fixture
from ui.case_view import CaseView, CaseWindow


def _act(view: CaseView, qtbot: QtBot, action: str, text: str | None = None) -> None:
    """Open the action's dialog as a click on its button would, type `text`, press Enter."""
    assert view.action_buttons[action].isEnabled()
    view.action_buttons[action].click()
    dialog = view.last_dialog
    assert dialog is not None and dialog.isVisible()
    if text is not None:
        assert dialog.text_edit is not None
        dialog.text_edit.setPlainText(text)
        dialog.text_edit.setFocus()
    qtbot.keyClick(dialog.text_edit or dialog.ok_button, Qt.Key.Key_Return)


def test_only_allowed_actions_are_enabled_and_a_step_passes_through_the_dialog(
    workspace: Workspace, people: dict[str, int], qtbot: QtBot
) -> None:
    window = CaseWindow(workspace, people["clerk"], people["case"])
    qtbot.addWidget(window)
    window.show()
    view = window.view
    buttons = view.action_buttons
    assert buttons["accept"].isEnabled() and buttons["supplement"].isEnabled()
    assert not buttons["pass"].isEnabled()
    assert buttons["pass"].toolTip() == "请先作出受理或不予受理决定。"
    assert not buttons["close"].isEnabled() and buttons["close"].toolTip()
    assert view.step_box.title() == "当前环节：S1 受理审查"
    assert "未开始计时" in view.remaining_label.text()
    assert view.materials_table.rowCount() == 2
    save_shot(window, "case-received")

    _act(view, qtbot, "accept")
    assert "已受理" in view.result_label.text()
    assert view.step_box.title() == "当前环节：S2 委托评估"
    assert "不计入办理时限" in view.step_values["limit"].text()
    assert view.badge.badge.suspended and view.badge.toolTip()
    assert view.badge.toolTip().count(view.snapshot.reading.explanation) == 1  # type: ignore[union-attr]

    # Passing without an opinion: the service's message at the opinion box, the dialog stays.
    view.action_buttons["pass"].click()
    dialog = view.last_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert dialog.isVisible()
    assert dialog.fields.text("opinion") == "请填写本环节的办理意见。"
    dialog.text_edit.setPlainText("评估报告已收到，评估结论可行。")  # type: ignore[union-attr]
    save_shot(dialog, "action-pass")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert view.step_box.title() == "当前环节：S3 处室审核"
    # S3 is a reviewer's step: the clerk may no longer pass it, and is told why.
    assert not view.action_buttons["pass"].isEnabled()
    assert view.action_buttons["pass"].toolTip()
    labels = [view.timeline_table.item(r, 1).text() for r in range(view.timeline_table.rowCount())]
    assert labels[0] == "登记" and "受理" in labels and "通过" in labels
    assert view.history_table.rowCount() >= 3

    reviewer = CaseView(workspace, people["reviewer"], people["case"])
    qtbot.addWidget(reviewer)
    reviewer.resize(1100, 700)
    reviewer.show()
    assert reviewer.action_buttons["pass"].isEnabled()
    assert reviewer.action_buttons["return"].isEnabled()
    assert "降低核准条件" in reviewer.step_values["risks"].text()
    save_shot(reviewer, "case-reviewer")
    reviewer.action_buttons["return"].click()
    dialog = reviewer.last_dialog
    assert dialog is not None and dialog.to_step is not None
    assert dialog.to_step.currentData() == "S1"
    dialog.reject()


def test_a_concurrent_change_reloads_the_view(
    workspace: Workspace, people: dict[str, int], qtbot: QtBot
) -> None:
    view = CaseView(workspace, people["clerk"], people["case"])
    qtbot.addWidget(view)
    view.show()
    loaded = view.snapshot.lock_version  # type: ignore[union-attr]
    with workspace.transaction() as session:  # another desk changes the case meanwhile
        case = session.get(Case, people["case"])
        assert case is not None
        case.applicant_contact = "张三"
    view.action_buttons["refuse"].click()
    dialog = view.last_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("不属于本机关职权范围。")  # type: ignore[union-attr]
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert "已被" in view.result_label.text() and "重新载入" in view.result_label.text()
    assert view.snapshot.lock_version != loaded  # type: ignore[union-attr]
    assert view.snapshot.data["status"] == "received"  # type: ignore[union-attr]
    assert QApplication.activeModalWidget() is None


def test_each_counter_decision_offers_its_document_and_opens_the_preview(
    workspace: Workspace, people: dict[str, int], qtbot: QtBot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from db.models import PrintedDocument, User
    from ui.print_preview import PrintPreviewDialog

    window = CaseWindow(workspace, people["clerk"], people["case"])
    qtbot.addWidget(window)
    window.show()
    view = window.view
    assert not view.print_offer.isVisible()
    # Before any decision nothing can be printed, and the menu says why on hover.
    assert view.print_actions() == {"receipt": False, "supplement": False, "refusal": False}
    receipt_item = next(a for a in view.print_menu.actions() if a.data() == "receipt")
    assert receipt_item.toolTip() == "办件尚未受理，不能打印受理通知书。"

    _act(view, qtbot, "accept")
    assert "已受理" in view.result_label.text()
    assert view.print_offer.isVisible() and view.offered_kind == "receipt"
    assert view.print_offer_button.text() == "打印受理通知书…"
    assert "存根" in view.print_offer_label.text()
    assert QApplication.activeModalWidget() is None  # an offer, not a question in the way
    assert view.print_actions() == {"receipt": True, "supplement": False, "refusal": False}
    window.resize(1100, 760)
    qtbot.wait(50)  # let the rebuilt action buttons lay out
    save_shot(window, "case-accepted-receipt-offer")

    view.print_offer_button.click()
    preview = view.last_preview
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    assert preview.kind == "receipt" and preview.page_count == 1
    preview.reject()  # closed without printing: the offer stays
    assert view.print_offer.isVisible()
    view.print_offer_button.click()
    preview = view.last_preview
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.save_to(str(tmp_path / "receipt.pdf"))
    preview.reject()
    assert not view.print_offer.isVisible()  # printed: the offer is done
    with workspace.reading_sessions() as session:
        assert session.query(PrintedDocument).filter_by(case_id=people["case"], kind="receipt").count() == 1

    # A second application: supplement, then refusal, each offers its own notice.
    with workspace.transaction() as session:
        clerk = session.get(User, people["clerk"])
        other = register_case(
            session,
            actor=clerk,  # type: ignore[arg-type]
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="长沙示例建设有限公司"),
            subject="示例道路项目",
        )
        other_id = other.id
    second = CaseView(workspace, people["clerk"], other_id)
    qtbot.addWidget(second)
    second.show()
    second.action_buttons["supplement"].click()
    dialog = second.last_dialog
    assert dialog is not None and dialog.materials_editor is not None
    status = dialog.materials_editor.status_boxes[0]
    status.setCurrentIndex(status.findData("missing"))
    dialog.text_edit.setPlainText("请补正项目备案证明。")  # type: ignore[union-attr]
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert second.offered_kind == "supplement"
    assert second.print_offer_button.text() == "打印补正材料一次性告知书…"
    _act(second, qtbot, "refuse", "不属于本机关职权范围。")
    assert second.offered_kind == "refusal"
    assert second.print_offer_button.text() == "打印不予受理通知书…"
    assert second.print_actions() == {"receipt": False, "supplement": True, "refusal": True}
    second.print_offer_button.click()
    assert isinstance(second.last_preview, PrintPreviewDialog) and second.last_preview.page_count == 1
    assert second.last_preview.kind == "refusal"
    second.last_preview.reject()


def test_a_step_over_its_limit_says_by_how_much_in_the_limits_unit(
    workspace: Workspace,
    desk,  # noqa: F811
    qtbot: QtBot,
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import User

    number = desk.register()
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")  # enters S3 处室审核 (5 working days)
    desk.at(9)  # Wednesday 03-11: 7 working days in the step
    with workspace.sessions() as s:
        reviewer = s.scalars(select(User.id).where(User.login == "reviewer")).one()
        case_id = s.scalars(select(Case.id).where(Case.number == number)).one()
    view = CaseView(workspace, reviewer, case_id)
    qtbot.addWidget(view)
    assert "5个工作日" in view.step_values["limit"].text()
    assert "环节超时 2个工作日" in view.step_values["limit"].text()


def test_a_case_out_of_the_users_sight_is_not_shown(
    workspace: Workspace,
    desk,  # noqa: F811
    qtbot: QtBot,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """The lists show only what a user may see; opening a case any other way is refused by the
    service's rule, and a case that moves on out of sight says so instead of going on showing."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import select

    from app import users
    from app.auth import hash_password
    from app.errors import PermissionDenied
    from db.models import Division, User
    from tests.factories import make_user
    from ui.main_window import MainWindow

    number = desk.register()
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")
    desk.act(number, "reviewer", "pass", opinion="经审核，同意。")  # at S4, an FGC reviewer's step
    with workspace.transaction() as s:
        fgc = s.scalars(select(Division).where(Division.code == "FGC")).one()
        second = make_user(s, fgc, "fgc-reviewer2", ("reviewer",)).id
        s.scalars(select(User).where(User.login == "fgc-clerk")).one().password_hash = hash_password(
            "Pass-2026x"
        )
        case_id = s.scalars(select(Case.id).where(Case.number == number)).one()

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = MainWindow(
        workspace, "", user=users.authenticate(workspace, "fgc-clerk", "Pass-2026x"), idle_minutes=0
    )
    qtbot.addWidget(window)
    assert window.open_case(case_id) is None and not window.case_windows
    assert warnings == ["该办件不属于您的处室，您也未参与办理，无权查看。"]
    with pytest.raises(PermissionDenied):
        CaseView(workspace, window.actor_id, case_id)

    view = CaseView(workspace, second, case_id)  # the step's other reviewer may look at it
    qtbot.addWidget(view)
    assert view.action_buttons["pass"].isEnabled()
    desk.act(number, "fgc-reviewer", "pass", opinion="合法性审查通过。")  # on: out of its sight
    assert view.live_reload()
    assert "无权查看" in view.result_label.text()
    assert not any(button.isEnabled() for button in view.action_buttons.values())
