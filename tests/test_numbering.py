"""Case numbers: the configured pattern, unique and gap-free per year, even under concurrency."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from app import settings, timesource
from app.audit import case_history, verify_chain
from app.cases import ApplicantDetails, register_case
from app.errors import InvalidInput
from app.numbering import (
    format_case_number,
    issue_case_number,
    last_issued,
    validate_pattern,
)
from app.workspace import Workspace, open_workspace
from db.models import AuditChainHead, AuditEvent, Case, CaseEvent, CaseNumberCounter, User
from tests.factories import T0, make_division, make_regulation, make_user, register_many


def test_default_pattern_and_year_from_agency_zone(workspace: Workspace) -> None:
    timesource.set_fake_now(datetime(2027, 1, 4, 1, 0, tzinfo=UTC))
    with workspace.transaction() as session:
        cases = register_many(session, 2)
        assert [c.number for c in cases] == ["湘发改受〔2026〕00001号", "湘发改受〔2026〕00002号"]
        # 2026-12-31T17:00Z is already 2027-01-01 in Shanghai: the first number of 2027.
        late = register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="岳阳示例有限公司"),
            subject="跨年登记",
            received_at=datetime(2026, 12, 31, 17, 0, tzinfo=UTC),
        )
        assert late.number == "湘发改受〔2027〕00001号"


def test_rolled_back_registration_leaves_no_gap(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        register_many(session, 1)
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        issue_case_number(session, 2026)
        raise RuntimeError("the desk lost power")
    with workspace.transaction() as session:
        assert issue_case_number(session, 2026)[0] == 2


def test_configured_pattern(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        settings.write_setting(session, settings.CASE_NUMBER_PATTERN, "湘发改投〔{year}〕第{seq:04d}号")
        assert issue_case_number(session, 2026) == (1, "湘发改投〔2026〕第0001号")


@pytest.mark.parametrize("pattern", ["办件{seq}", "{year}-固定", "{year}-{seq}-{other}", "{year}-{seq:zz}"])
def test_bad_patterns_are_refused_with_a_reason(pattern: str) -> None:
    with pytest.raises(InvalidInput) as error:
        validate_pattern(pattern)
    assert "编号格式" in error.value.message


def test_format_case_number() -> None:
    assert format_case_number("湘发改受〔{year}〕{seq:05d}号", 2026, 123) == "湘发改受〔2026〕00123号"


def _register_in_child(url: str, count: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    workspace = open_workspace(url)
    numbers = []
    try:
        for n in range(count):
            with workspace.transaction() as session:
                case = register_case(
                    session,
                    actor=session.scalars(select(User)).first(),  # type: ignore[arg-type]
                    regulation=make_regulation(session),
                    applicant=ApplicantDetails(name=f"并发登记{n}"),
                    subject="并发",
                    received_at=T0 + timedelta(minutes=n),
                )
                numbers.append(case.sequence)
        queue.put(numbers)
    except Exception as exc:  # pragma: no cover - reported to the parent
        queue.put(repr(exc))
    finally:
        workspace.close()


@pytest.mark.slow
def test_concurrent_desks_get_unique_gap_free_numbers(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        division = make_division(session)
        make_user(session, division)
        make_regulation(session, division)
    desks, per_desk = 6, 15
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [
        context.Process(target=_register_in_child, args=(workspace.url, per_desk, queue))
        for _ in range(desks)
    ]
    for process in processes:
        process.start()
    results = [queue.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert all(isinstance(r, list) for r in results), results
    issued = sorted(seq for r in results for seq in r)
    assert issued == list(range(1, desks * per_desk + 1))
    with workspace.reading_sessions() as session:
        stored = sorted(session.scalars(select(Case.sequence)))
        numbers = set(session.scalars(select(Case.number)))
    assert stored == issued and len(numbers) == desks * per_desk


# --- late numbering (PostgreSQL writes the case in the statement that numbers it) ----------------


@pytest.mark.parametrize(
    "pattern",
    [
        "湘发改受〔{year}〕{seq:05d}号",
        "{year}-{seq}",
        "第{seq:3}件/{year:d}",  # space padded
        "{{{year}}}{seq:02d}%'\"\\号",  # braces, a percent sign, quotes, a backslash
        "{seq:x}-{year}",  # a format the server cannot reproduce: numbered the early way
    ],
)
def test_every_registration_gets_the_patterns_number_everywhere(workspace: Workspace, pattern: str) -> None:
    with workspace.transaction() as session:
        settings.write_setting(session, settings.CASE_NUMBER_PATTERN, pattern)
    with workspace.transaction() as session:
        first = register_many(session, 1)[0]
        # The number is final when register_case returns, before the commit, on both backends.
        assert first.number == format_case_number(pattern, 2026, 1)
        session.execute(update(CaseNumberCounter).values(last_sequence=123455))  # past the width
        second = register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="衡阳示例有限公司"),
            subject="第二件",
            received_at=T0,
        )
        assert (second.sequence, second.number) == (123456, format_case_number(pattern, 2026, 123456))
        ids = [first.id, second.id]
    with workspace.reading_sessions() as session:
        for case_id in ids:
            case = session.get(Case, case_id)
            assert case is not None
            assert case.number == format_case_number(pattern, 2026, case.sequence)
            event = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)).one()
            assert event.details["number"] == case.number
            (entry,) = case_history(session, case_id)
            assert entry.entity_key == case.number
        assert verify_chain(session).ok


def test_a_pattern_changed_by_another_desk_is_used_at_once(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        assert register_many(session, 1)[0].number == "湘发改受〔2026〕00001号"
    other = open_workspace(workspace.url)  # another desk changes the setting
    try:
        with other.transaction() as session:
            settings.write_setting(session, settings.CASE_NUMBER_PATTERN, "新格式{year}-{seq:03d}")
    finally:
        other.close()
    with workspace.transaction() as session:
        case = register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="株洲示例有限公司"),
            subject="改格式后",
            received_at=T0,
        )
        assert case.number == "新格式2026-002"


def test_a_rolled_back_registration_takes_its_number_back(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        register_many(session, 1)
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        case = register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="湘潭示例有限公司"),
            subject="未保存",
            received_at=T0,
        )
        assert case.sequence == 2
        raise RuntimeError("the desk lost power")
    with workspace.transaction() as session:
        again = register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="湘潭示例有限公司"),
            subject="重新登记",
            received_at=T0,
        )
        assert again.sequence == 2
    with workspace.reading_sessions() as session:
        assert sorted(session.scalars(select(Case.sequence))) == [1, 2]
        assert last_issued(session, 2026) == 2


def test_a_registration_never_commits_without_its_audit_row(workspace: Workspace) -> None:
    """On PostgreSQL the audit append and the COMMIT go in one round trip: with the chain head row
    gone the append fails and nothing commits (as on SQLite, where the restarted chain's first
    sequence number is taken)."""
    with workspace.transaction() as session:
        register_many(session, 1)
    with workspace.transaction() as session:
        session.execute(delete(AuditChainHead))
    with pytest.raises(DBAPIError), workspace.transaction() as session:
        register_case(
            session,
            actor=session.scalars(select(User)).one(),
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="郴州示例有限公司"),
            subject="链尾缺失",
            received_at=T0,
        )
    with workspace.reading_sessions() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        audited = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "case.register")
        )
        assert cases == audited == 1
