"""The main window wired to the other desks' work: the supervision page and its click-through to
the case list, the report and meeting menus by role, automatic accountability at start, live
refresh from another desk, and the banner while the database cannot be reached."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.caselist import count_cases
from app.changes import ALL, LiveRefresh, RefreshState
from app.workspace import Workspace, open_workspace
from db.models import AccountabilityItem, User
from tests.shots import save_shot
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.main_window import MainWindow

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/sunlight"


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _login(workspace: Workspace, login: str) -> User:
    """The user as the login dialog hands him over: detached, roles and division loaded."""
    with workspace.reading_sessions() as session:
        user = session.scalars(select(User).where(User.login == login)).one()
        _ = user.roles, user.division
        return user


def _window(qtbot: QtBot, workspace: Workspace, login: str) -> MainWindow:
    window = MainWindow(workspace, "", user=_login(workspace, login), idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _items(workspace: Workspace) -> int:
    with workspace.reading_sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AccountabilityItem)) or 0)


def test_supervisor_dashboard_number_opens_the_filtered_case_list(
    qtbot: QtBot, sdesk: SupervisionDesk
) -> None:
    sdesk.running()
    sdesk.running("QL-91", "fgc-clerk")
    sdesk.register()  # a third case, not overdue
    sdesk.at(29)  # the two running cases are past their statutory limit
    window = _window(qtbot, sdesk.workspace, "supervisor")
    assert window.page_keys == ["cases", "supervision", "catalogue"]
    assert window.report_menu is not None and window.meeting_action is None
    assert window.show_page("supervision")
    dashboard = window.supervision
    assert dashboard is not None and window.pages.currentWidget() is dashboard
    assert dashboard.tiles["red"].value == 2
    window.resize(1400, 800)
    qtbot.wait(50)
    save_shot(window, "main-supervisor")

    dashboard.tiles["red"].click()
    page = window.case_list
    assert window.pages.currentWidget() is page
    assert page.filters.preset is not None and page.filters.preset_row.isVisible()
    assert page.filters.preset_label.text() == "监督台选出的办件"
    assert page.model.rowCount() == 2 and page.total == 2
    with sdesk.workspace.reading_sessions() as session:
        assert count_cases(session, page.filters.case_filter()) == 2
    save_shot(window, "main-supervisor-red-list")
    # The search box narrows the chosen cases; 显示全部办件 goes back to the whole list.
    page.search.setText("价格")  # no applicant or subject of the red cases says so
    page.search.returnPressed.emit()
    assert page.model.rowCount() == 0 and page.filters.preset is not None
    page.filters.preset_clear.click()
    assert page.filters.preset is None and not page.filters.preset_row.isVisible()
    assert page.model.rowCount() == 3
    # Choosing another filter also leaves the dashboard's choice.
    dashboard.tiles["open"].click()
    assert page.model.rowCount() == 3 and page.filters.preset is not None
    page.filters.card.setCurrentIndex(page.filters.card.findData("red"))
    assert page.filters.preset is None and page.model.rowCount() == 2

    # A new case elsewhere: the hidden dashboard is recounted when it is shown again.
    assert dashboard.tiles["open"].value == 3
    sdesk.register(name="长沙示例物流有限公司")
    qtbot.waitUntil(lambda: window._supervision_stale, timeout=5_000)
    assert dashboard.tiles["open"].value == 3
    window.show_page("supervision")
    assert dashboard.tiles["open"].value == 4


def test_navigation_and_menus_follow_the_roles(qtbot: QtBot, sdesk: SupervisionDesk) -> None:
    from ui.meeting_dialog import MeetingDialog
    from ui.report_dialog import MonthlyReportDialog

    sdesk.running()
    sdesk.at(29)
    assert _items(sdesk.workspace) == 0
    clerk = _window(qtbot, sdesk.workspace, "clerk1")
    # Opening any desk after login raises the automatic items for cases past their limit.
    assert _items(sdesk.workspace) == 1
    assert "supervision" not in clerk.page_keys and clerk.supervision is None
    assert clerk.report_menu is None
    assert clerk.meeting_action is not None
    clerk.meeting_action.trigger()
    meeting = QApplication.activeModalWidget()
    assert isinstance(meeting, MeetingDialog)
    meeting.reject()
    clerk.close()
    assert _items(sdesk.workspace) == 1  # idempotent: a second desk raises nothing new

    head = _window(qtbot, sdesk.workspace, "head")
    assert "supervision" not in head.page_keys
    assert head.report_menu is not None and head.meeting_action is not None
    titles = [a.text() for a in head.report_menu.actions()]
    assert titles == ["月度统计报表(&M)…", "办件公示清单（政务公开）(&P)…"]
    head.report_menu.actions()[1].trigger()
    report = QApplication.activeModalWidget()
    assert isinstance(report, MonthlyReportDialog)
    assert report.kind.currentData() == "publish_csv"
    report.reject()
    head.close()

    inspector = _window(qtbot, sdesk.workspace, "inspector")
    assert "supervision" in inspector.page_keys and inspector.report_menu is not None
    assert inspector.meeting_action is None
    inspector.close()
    leader = _window(qtbot, sdesk.workspace, "leader1")
    assert {"todo", "supervision"} <= set(leader.page_keys)
    assert leader.report_menu is not None and leader.meeting_action is not None
    leader.close()
    admin = _window(qtbot, sdesk.workspace, "admin")
    assert "supervision" not in admin.page_keys and admin.report_menu is None
    assert admin.meeting_action is None


def test_another_desks_changes_show_within_seconds(qtbot: QtBot, sdesk: SupervisionDesk) -> None:
    first = sdesk.register()
    window = _window(qtbot, sdesk.workspace, "clerk1")
    page = window.case_list
    assert window.todo is not None
    assert page.model.rowCount() == 1 and window.todo.model.rowCount() == 1
    page.view.selectRow(0)
    case_window = window.open_case(page.model.case_id(0))
    view = case_window.view
    # The clerk is half-way through typing a refusal when another desk acts on the case.
    view.action_buttons["refuse"].click()
    dialog = view.last_dialog
    assert dialog is not None and dialog.text_edit is not None
    dialog.text_edit.setPlainText("申请事项不属于本机关职权范围，")
    loaded = view.snapshot.lock_version  # type: ignore[union-attr]

    other_desk = open_workspace(sdesk.workspace.url)  # another workstation, its own connections
    try:
        desk = SupervisionDesk(other_desk)
        second = desk.register(name="长沙示例交通建设有限公司")
        desk.act(first, "clerk1", "withdraw", reason="申请人书面申请撤回。")
    finally:
        other_desk.close()

    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    qtbot.waitUntil(lambda: view.snapshot.lock_version != loaded, timeout=5_000)  # type: ignore[union-attr]
    # The list kept the selected case selected although a new one came in above it.
    selected = page.view.selectionModel().selectedRows()
    assert [page.model.case_id(i.row()) for i in selected] == [view.case_id]
    assert page.model.case_id(0) != view.case_id  # the new case is on top
    numbers = {page.model.index(r, 1).data() for r in range(2)}
    assert numbers == {first, second}
    qtbot.waitUntil(lambda: window.todo.model.rowCount() == 1, timeout=5_000)  # type: ignore[union-attr]
    assert window.todo.model.index(0, 1).data() == second
    # The case view shows the withdrawal, says it changed, and the typed refusal is still there.
    assert view.snapshot.data["status"] == "withdrawn"  # type: ignore[union-attr]
    assert "其他窗口或工作站" in view.result_label.text()
    assert dialog.isVisible()
    assert dialog.text_edit.toPlainText() == "申请事项不属于本机关职权范围，"


def test_lost_connection_shows_the_banner_and_keeps_the_form(
    qtbot: QtBot, sdesk: SupervisionDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.register_dialog import RegisterDialog

    window = _window(qtbot, sdesk.workspace, "clerk1")
    assert not window.connection_banner.isVisible()
    dialog = window.register_case()
    assert isinstance(dialog, RegisterDialog)
    dialog.choose("QL-01")
    dialog.applicant_name.setText("长沙示例新能源有限公司")

    # The feed cannot reach its server: the real timer and worker thread bring the state.
    window.live.use_feed(LiveRefresh(UNREACHABLE, retry_every=0.2))
    qtbot.waitUntil(window.connection_banner.isVisible, timeout=5_000)
    text = window.connection_banner.text()
    assert "连接已中断" in text and "已保留" in text and "自动重新连接" in text
    assert dialog.isVisible() and dialog.applicant_name.text() == "长沙示例新能源有限公司"
    window.resize(1200, 700)
    save_shot(window, "main-disconnected")

    window.live.use_feed(LiveRefresh(sdesk.workspace.url))
    window.apply_refresh_state(RefreshState(True, frozenset({ALL}), reconnected=True))
    assert not window.connection_banner.isVisible()
    assert "已恢复" in window.statusBar().currentMessage()
    assert dialog.isVisible() and dialog.applicant_name.text() == "长沙示例新能源有限公司"
    dialog.save_button.click()
    assert dialog.case_id is not None  # saved once the database is back
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=5_000)


def test_network_share_warning_is_shown_at_start(
    qtbot: QtBot, sdesk: SupervisionDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.main_window as main_window

    window = _window(qtbot, sdesk.workspace, "clerk1")
    assert not window.share_banner.isVisible()  # the test database is on a local disk
    window.close()
    seen: list[str] = []

    def on_share(url: str) -> str:
        seen.append(url)
        return "数据库文件位于网络共享磁盘上。"

    monkeypatch.setattr(main_window, "network_share_warning", on_share)
    warned = _window(qtbot, sdesk.workspace, "clerk1")
    assert seen == [sdesk.workspace.url]
    assert warned.share_banner.isVisible()
    assert warned.share_banner.text() == "数据库文件位于网络共享磁盘上。"


def test_every_page_title_fits_the_navigation_in_english(qtbot: QtBot, sdesk: SupervisionDesk, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from ui import i18n

    try:
        assert i18n.install_translators(qapp, "en") == "en"
        window = _window(qtbot, sdesk.workspace, "inspector")  # cases, supervision, regulations
        navigation = window.navigation
        titles = [navigation.item(row).text() for row in range(navigation.count())]
        assert "Supervision" in titles
        metrics = navigation.fontMetrics()
        room = navigation.viewport().width()
        assert all(metrics.horizontalAdvance(title) < room for title in titles), (titles, room)
        save_shot(window, "main-english")
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())


def test_supervisor_checks_the_audit_trail_in_the_gui(qtbot: QtBot, sdesk: SupervisionDesk) -> None:
    """View → 校验审计日志: the chain and every case, off the UI thread; a case closed behind the
    program's back is listed, and a clerk has neither the menu nor, asked directly, the service."""
    from sqlalchemy import text

    from app.errors import PermissionDenied
    from app.reconciliation import check_audit_trail

    number = sdesk.register()
    sdesk.act(number, "clerk1", "accept")
    clerk = _window(qtbot, sdesk.workspace, "clerk1")
    assert clerk.audit_action is None
    with sdesk.workspace.reading_sessions() as session, pytest.raises(PermissionDenied, match="纪检监察人员"):
        check_audit_trail(session, sdesk.user(session, "clerk1"))

    window = _window(qtbot, sdesk.workspace, "supervisor")
    assert window.audit_action is not None
    dialog = window.check_audit_trail()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.ok
    assert dialog.chain_label.text().startswith("审计记录完整：共 ")
    assert len(dialog.head_hash.text()) == 64 and dialog.copy_hash.isEnabled()
    assert dialog.cases_label.text() == "1 件办件的当前状态均与其审计记录一致。"
    assert dialog.problems.toPlainText() == ""

    with sdesk.workspace.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET status = 'closed' WHERE number = :n"), {"n": number})
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.result.ok, timeout=10_000)
    assert dialog.chain_label.text().startswith("审计记录完整")  # the trail itself is intact
    assert dialog.cases_label.text().startswith("发现 1 处与审计记录不符（共核对 1 件）")
    assert dialog.problems.toPlainText().startswith(f"办件 {number} 的状态为“已归档”，而其最后一条审计记录")
    assert dialog.status.text() == "校验完毕：发现问题，请报纪检监察室核查。"
    save_shot(dialog, "audit-check")


def test_administrator_backs_up_the_database_from_the_admin_page(
    qtbot: QtBot, sdesk: SupervisionDesk, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """管理 → 备份数据库: in the background, to a dated file that never overwrites one, restorable."""
    from datetime import date

    from app import backup as backups
    from ui.backup_dialog import suggested_backup_path

    sdesk.register()
    window = _window(qtbot, sdesk.workspace, "admin")
    assert window.admin_page is not None and window.admin_page.backup_button.isEnabled()
    dialog = window.admin_page.open_backup()
    assert dialog.path.text().endswith(".backup")
    out = tmp_path / "desk.backup"
    dialog.path.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    assert out.exists() and dialog.open_folder.isEnabled()
    assert dialog.status.text().startswith(f"已备份到 {out}（")
    if sdesk.workspace.engine.dialect.name == "sqlite":
        assert backups.restore(out, f"sqlite:///{tmp_path / 'restored.db'}").audit_ok
    else:
        import uuid

        from tests.pg_databases import create_database, drop_database

        name = f"sunlight_bk_{uuid.uuid4().hex[:10]}"
        try:
            assert backups.restore(out, create_database(name)).audit_ok
        finally:
            drop_database(name)
    kind = dialog.outcome.kind

    dialog.start_button.click()  # the same file again: refused, the first backup untouched
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=15_000)
    assert dialog.status.text().startswith("备份未完成：") and "已存在" in dialog.status.text()
    assert backups.backup_kind(out) == kind

    (tmp_path / "sunlight-2026-12-07.backup").write_text("an earlier one", encoding="utf-8")
    assert suggested_backup_path(tmp_path, date(2026, 12, 7)).name == "sunlight-2026-12-07-2.backup"
