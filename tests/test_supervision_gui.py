"""The supervision dashboard widget: its numbers are the service's, a click opens the matching case
list, an inspector sees only his division; the complaint dialog registers through the service."""

from __future__ import annotations

import pytest

from app.caselist import count_cases
from app.complaints import list_complaints
from app.workspace import Workspace
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.complaint_dialog import ComplaintDialog
from ui.supervision_dashboard import SupervisionDashboard


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _user_id(sdesk: SupervisionDesk, login: str) -> int:
    with sdesk.workspace.reading_sessions() as session:
        return sdesk.user(session, login).id


def test_dashboard_tiles_open_filtered_case_lists(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    sdesk.running()
    sdesk.running("QL-91", "fgc-clerk")
    sdesk.at(29)  # both past their statutory limit
    dashboard = SupervisionDashboard(sdesk.workspace, _user_id(sdesk, "supervisor"))
    qtbot.add_widget(dashboard)
    assert dashboard.tiles["red"].value == 2
    assert dashboard.tiles["accountability_open"].value == 2  # raised when the dashboard opened
    with qtbot.wait_signal(dashboard.open_case_list) as blocker:
        dashboard.tiles["red"].click()
    with sdesk.workspace.reading_sessions() as session:
        assert count_cases(session, blocker.args[0]) == 2
    assert dashboard.red_table.rowCount() == 2

    inspector = SupervisionDashboard(sdesk.workspace, _user_id(sdesk, "inspector"))
    qtbot.add_widget(inspector)
    assert inspector.tiles["red"].value == 1
    assert inspector.division_table.rowCount() == 1


def test_complaint_dialog_registers_and_keeps_input_on_error(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    dialog = ComplaintDialog(sdesk.workspace, _user_id(sdesk, "supervisor"))
    qtbot.add_widget(dialog)
    dialog.complainant.setText("张三")
    dialog.case_number.setText(number)
    dialog.save()
    assert dialog.result() == 0 and "投诉事项" in dialog.fields.labels["content"].text()
    assert dialog.complainant.text() == "张三"
    dialog.content.setPlainText("办理拖延。")
    dialog.save()
    assert dialog.complaint_id is not None
    with sdesk.workspace.reading_sessions() as session:
        assert [c.case_number for c in list_complaints(session, sdesk.user(session, "supervisor"))] == [
            number
        ]
