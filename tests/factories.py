"""Small builders for test data that goes through the real services where they exist."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.cases import ApplicantDetails, register_case
from db.models import Case, Division, Regulation, User, UserRole

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai, a Monday


def make_division(session: Session, code: str = "TZC", name: str = "固定资产投资处") -> Division:
    division = Division(code=code, name=name, phone="0731-82212041")
    session.add(division)
    session.flush()
    return division


def make_user(
    session: Session, division: Division, login: str = "clerk", roles: tuple[str, ...] = ("clerk",)
) -> User:
    user = User(
        login=login,
        name="王晓明",
        division_id=division.id,
        created_at=T0,
        role_rows=[UserRole(role=r) for r in roles],
    )
    session.add(user)
    session.flush()
    return user


def make_regulation(
    session: Session, division: Division, code: str = "QL-04", kind: str = "application", version: int = 1
) -> Regulation:
    regulation = Regulation(
        code=code,
        version=version,
        title="企业投资项目核准",
        category="power",
        kind=kind,
        group_name="投资项目管理",
        division_id=division.id,
        effective_from=date(2026, 1, 1),
        definition={
            "steps": [
                {"code": "S1", "name": "受理审查", "role": "clerk"},
                {"code": "S2", "name": "处室审核", "role": "division_head"},
            ]
        },
        imported_at=T0,
    )
    session.add(regulation)
    session.flush()
    return regulation


def register_many(session: Session, count: int, *, start: datetime = T0) -> list[Case]:
    division = make_division(session)
    user = make_user(session, division)
    regulation = make_regulation(session, division)
    return [
        register_case(
            session,
            actor=user,
            regulation=regulation,
            applicant=ApplicantDetails(name=f"长沙示例{n:03d}有限公司"),
            subject=f"示例项目{n}",
            received_at=start + timedelta(hours=n),
        )
        for n in range(count)
    ]
