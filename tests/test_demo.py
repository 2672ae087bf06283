"""The training database: built through the real services (collective steps by a recorded
meeting), the audit chain intact, and never written over real data; on both backends."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time

import pytest
from sqlalchemy import func, select

from app.agency_time import agency_datetime
from app.audit import verify_chain
from app.calendar_store import load_calendar
from app.catalogue import regulation_spec
from app.demo import build_training_database
from app.errors import ConfigurationError
from app.workspace import Workspace
from db.models import Case, CaseEvent, Meeting, MeetingItem, Regulation
from tests.factories import make_division, make_user

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def test_demo_cases_go_through_the_services(workspace: Workspace) -> None:
    report = build_training_database(workspace, cases=60, now=NOW, seed=7)
    assert report.cases == 60 and report.regulations == 63
    with workspace.reading_sessions() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 60
        statuses = set(session.scalars(select(Case.status)))
        assert {"closed", "in_progress"} <= statuses
        assert verify_chain(session).ok
        # Every collective step that was concluded names the meeting that decided that very case.
        collective = session.scalars(
            select(CaseEvent).where(CaseEvent.action.in_(("pass", "approve", "reject")))
        ).all()
        linked = [e for e in collective if (e.details or {}).get("collective")]
        for event in linked:
            item = session.scalars(
                select(MeetingItem).where(
                    MeetingItem.meeting_id == event.details["meeting_id"],
                    MeetingItem.case_id == event.case_id,
                )
            ).one()
            assert item.decision in ("approved", "rejected")
        concluded_collective = 0
        for event in collective:
            spec = regulation_spec(session.get_one(Case, event.case_id).regulation)
            concluded_collective += next(s for s in spec.steps if s.code == event.step).collective
        assert linked and len(linked) == concluded_collective
        assert session.scalar(select(func.count()).select_from(Meeting)) == len(linked)
        # Each registered under the version in force on the day it was received.
        early = session.scalar(
            select(func.count())
            .select_from(Case)
            .join(Case.regulation)
            .where(func.date(Case.received_at) < Regulation.effective_from)
        )
        assert early == 0
        # Numbered in the order received, as at a real window.
        received = session.execute(select(Case.received_at, Case.year, Case.sequence).order_by(Case.id)).all()
        assert [r.received_at for r in received] == sorted(r.received_at for r in received)
        assert [(r.year, r.sequence) for r in received] == sorted((r.year, r.sequence) for r in received)
        # The demo staff work office hours on working days, and a case's events follow each other.
        calendar = load_calendar(session)
        events = session.scalars(select(CaseEvent).order_by(CaseEvent.case_id, CaseEvent.id)).all()
        for event in events:
            local = agency_datetime(event.at)
            assert calendar.is_working_day(local.date()), event.at
            assert time(8, 30) <= local.time() <= time(17, 30), event.at
        for before, after in itertools.pairwise(events):
            if before.case_id == after.case_id:
                assert before.at <= after.at


def test_demo_refuses_a_database_with_real_data(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        make_user(session, make_division(session, "TZC"), "clerk1", ("clerk",))
    with pytest.raises(ConfigurationError, match="不是培训库"):
        build_training_database(workspace, cases=1, now=NOW)
