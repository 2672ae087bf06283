"""Live refresh between desks: a change committed on one desk reaches another within 2 seconds."""

from __future__ import annotations

import time

from sqlalchemy import select

from app.caselist import fetch_case_page
from app.cases import find_case, perform
from app.changes import ALL, ChangeFeed, LiveRefresh, announce, case_key, latest_audit_seq
from app.workspace import Workspace, open_workspace
from db.models import Setting, User
from tests.factories import register_many

DEADLINE = 2.0


def _wait_for(feed: ChangeFeed, wanted: str, deadline: float = DEADLINE) -> tuple[set[str], float]:
    start = time.monotonic()
    seen: set[str] = set()
    while time.monotonic() - start < deadline:
        seen |= feed.poll(0.2)
        if wanted in seen or ALL in seen:
            break
    return seen, time.monotonic() - start


def test_two_desks_see_each_others_changes_within_two_seconds(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        (case,) = register_many(session, 1)
        case_id, number = case.id, case.number
    other_desk = open_workspace(workspace.url)  # a second session, as another workstation
    try:
        with ChangeFeed(other_desk.url) as feed:
            assert feed.poll(0) == set()
            with other_desk.reading_sessions() as session:
                before = fetch_case_page(session)[0]
            assert before.status == "received"

            with workspace.transaction() as session:  # desk A accepts the case
                perform(session, session.scalars(select(User)).one(), find_case(session, number), "accept")

            seen, took = _wait_for(feed, case_key(case_id))
            assert case_key(case_id) in seen, seen
            assert took < DEADLINE
            with other_desk.reading_sessions() as session:  # desk B reloads what it was told about
                after = fetch_case_page(session)[0]
            assert (after.id, after.status) == (case_id, "in_progress")
    finally:
        other_desk.close()


def test_registration_is_announced_and_rollback_is_not(workspace: Workspace) -> None:
    with ChangeFeed(workspace.url) as feed:
        try:
            with workspace.transaction() as session:
                register_many(session, 1)
                raise RuntimeError("the desk gave up")
        except RuntimeError:
            pass
        assert feed.poll(0.5) == set()
        with workspace.transaction() as session:
            (case,) = register_many(session, 1)
        seen, _ = _wait_for(feed, case_key(case.id))
        assert case_key(case.id) in seen
        assert feed.poll(0.1) == set()  # each change is reported once


def test_explicit_announcement(workspace: Workspace, backend: str) -> None:
    with ChangeFeed(workspace.url) as feed:
        with workspace.transaction() as session:
            session.add(Setting(key="agency_phone", value='"0731-1"'))
            announce(session, "setting", "agency_phone")
        seen = feed.poll(1.0)
    # PostgreSQL delivers the named key; SQLite only knows that something was committed.
    assert seen == ({"setting:agency_phone"} if backend == "postgresql" else {ALL})


def test_live_refresh_adapter_calls_subscribers(workspace: Workspace) -> None:
    refresh = LiveRefresh(workspace.url)
    received: list[frozenset[str]] = []
    refresh.subscribe(received.append)
    try:
        assert refresh.tick().connected
        with workspace.transaction() as session:
            (case,) = register_many(session, 1)
        deadline = time.monotonic() + DEADLINE
        state = refresh.tick()
        while not state.changed and time.monotonic() < deadline:
            state = refresh.tick(wait=0.2)
        assert state.connected and state.touches_case(case.id) and state.any_case
        assert received and case_key(case.id) in received[-1]
    finally:
        refresh.close()


def test_live_refresh_reports_an_unreachable_server_without_raising() -> None:
    now = [0.0]
    refresh = LiveRefresh("postgresql+psycopg://postgres@127.0.0.1:1/sunlight", clock=lambda: now[0])
    state = refresh.tick()
    assert not state.connected and "无法连接" in state.message
    assert not refresh.tick().connected  # waits retry_every before trying again
    now[0] += 5
    assert not refresh.tick().connected
    refresh.close()


def test_latest_audit_seq_moves_with_changes(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        first = latest_audit_seq(session)
    with workspace.transaction() as session:
        register_many(session, 2)
    with workspace.sessions() as session:
        assert latest_audit_seq(session) >= first + 2  # the catalogue import is audited too
