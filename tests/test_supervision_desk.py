"""A supervision desk for the supervision tests: the small test catalogue, a second power
regulation accepted by FGC (so two divisions have cases), handlers, leaders, a supervisor and
division inspectors of TZC and FGC. Imported by tests/test_supervision.py, test_complaints.py,
test_meetings.py and test_accountability.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import timesource
from app.cases import ActionInput, ApplicantDetails, find_case, perform, register_case
from app.catalogue import regulation_in_force
from app.workspace import Workspace
from db.models import Division, Regulation, User
from tests.factories import import_test_catalogue, make_division, make_user

MONDAY = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai


@dataclass
class SupervisionDesk:
    workspace: Workspace

    def user(self, session: Session, login: str) -> User:
        return session.scalars(select(User).where(User.login == login)).one()

    def division_id(self, code: str) -> int:
        with self.workspace.reading_sessions() as session:
            return session.scalars(select(Division.id).where(Division.code == code)).one()

    def at(self, days: float) -> None:
        timesource.set_fake_now(MONDAY + timedelta(days=days))

    def register(
        self, code: str = "QL-01", clerk: str = "clerk1", name: str = "长沙示例新能源有限公司"
    ) -> str:
        with self.workspace.transaction() as session:
            case = register_case(
                session,
                actor=self.user(session, clerk),
                regulation=regulation_in_force(session, code, MONDAY.date()),  # type: ignore[arg-type]
                applicant=ApplicantDetails(name=name),
                subject="示例项目",
            )
            return case.number

    def act(self, number: str, login: str, action: str, **given: object) -> str:
        with self.workspace.transaction() as session:
            return perform(
                session, self.user(session, login), find_case(session, number), action, ActionInput(**given)
            ).message  # type: ignore[arg-type]

    def running(self, code: str = "QL-01", clerk: str = "clerk1") -> str:
        """A case accepted and past its clock-excluded evaluation step: its clock runs."""
        number = self.register(code, clerk)
        self.act(number, clerk, "accept")
        self.act(number, clerk, "pass", opinion="评估报告已收到。")
        return number


def _fgc_regulation(session: Session) -> None:
    """QL-91: QL-01's definition, accepted by FGC."""
    source = regulation_in_force(session, "QL-01", MONDAY.date())
    assert source is not None
    fgc = make_division(session, "FGC")
    steps = [
        {**step, "division": "FGC"} if step.get("division") in (None, "TZC") else step
        for step in source.definition.get("steps", [])
    ]
    definition = {
        **source.definition,
        "code": "QL-91",
        "division": "FGC",
        "title": "价格认定复核",
        "steps": steps,
    }
    session.add(
        Regulation(
            code="QL-91",
            version=1,
            title="价格认定复核",
            category="power",
            kind="application",
            group_name=source.group_name,
            division_id=fgc.id,
            effective_from=source.effective_from,
            definition=definition,
            content_hash="",
            imported_at=MONDAY,
        )
    )
    session.flush()


def make_desk(workspace: Workspace) -> SupervisionDesk:
    """Use as `@pytest.fixture def sdesk(workspace): return make_desk(workspace)`."""
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as session:
        import_test_catalogue(session)
        _fgc_regulation(session)
        tzc, fgc, wld, bgs = (make_division(session, code) for code in ("TZC", "FGC", "WLD", "BGS"))
        make_user(session, tzc, "clerk1", ("clerk",))
        make_user(session, tzc, "reviewer", ("reviewer",))
        make_user(session, tzc, "head", ("division_head",))
        make_user(session, fgc, "fgc-clerk", ("clerk",))
        make_user(session, fgc, "fgc-reviewer", ("reviewer",))
        make_user(session, fgc, "fgc-head", ("division_head",))
        for n in (1, 2, 3, 4, 5):
            make_user(session, wld, f"leader{n}", ("leader",))
        make_user(session, bgs, "supervisor", ("supervisor",))
        make_user(session, tzc, "inspector", ("division_inspector",))
        make_user(session, fgc, "fgc-inspector", ("division_inspector",))
        make_user(session, bgs, "admin", ("admin",))
    return SupervisionDesk(workspace)
