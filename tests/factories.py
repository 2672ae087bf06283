"""Small builders for test data that goes through the real services where they exist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases import ApplicantDetails, register_case
from app.catalogue import import_catalogue, load_catalogue, regulation_in_force
from app.users import add_user, record_account
from db.models import Case, Division, Regulation, User, UserRole

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai, a Monday


TEST_CATALOGUE = Path(__file__).parent / "data" / "catalogue" / "valid"


def import_test_catalogue(session: Session) -> None:
    """The small valid catalogue of tests/data (divisions BGS/TZC/FGC/WLD; QL-01 an application
    with a clock-excluded evaluation step, QL-02 ex officio, BZ-03 the card defaults)."""
    if session.scalar(select(Regulation.id).limit(1)) is None:
        import_catalogue(session, load_catalogue(TEST_CATALOGUE), now=T0)


def make_division(session: Session, code: str = "TZC") -> Division:
    import_test_catalogue(session)
    return session.scalars(select(Division).where(Division.code == code)).one()


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
    record_account(session, user)  # as add_user records it (audit verify holds accounts to it)
    return user


def make_regulation(session: Session, division: Division | None = None, code: str = "QL-01") -> Regulation:
    import_test_catalogue(session)
    regulation = regulation_in_force(session, code, T0.date())
    assert regulation is not None
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


def add_first_admin(session: Session, password: str, login: str = "admin") -> User:
    """The first system administrator, created as on an empty database (no actor)."""
    return add_user(
        session,
        actor=None,
        login=login,
        name="系统管理员",
        division_code=None,
        roles="admin",
        password=password,
    )
