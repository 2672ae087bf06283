"""The audit trail: a hash chain that `audit verify` checks, and that finds every raw-SQL edit,
deletion and insertion, on both backends."""

from __future__ import annotations

import itertools
import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from app import audit, timesource
from app.cli import main
from app.workspace import Workspace
from db.models import AuditChainHead, AuditEvent

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def _fill(workspace: Workspace, count: int = 6) -> None:
    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        for n in range(count):
            audit.record(
                session,
                actor=None,
                action="setting.update",
                entity="setting",
                entity_key=f"key{n}",
                before={"value": n},
                after={"value": n + 1, "day": date(2026, 3, n + 1), "tags": {"b", "a"}, "名称": "阳光"},
            )


def _verify(workspace: Workspace) -> audit.VerifyResult:
    with workspace.sessions() as session:
        return audit.verify_chain(session)


def _event(workspace: Workspace, seq: int) -> AuditEvent:
    with workspace.sessions() as session:
        event = session.get(AuditEvent, seq)
    assert event is not None
    return event


def _forged_hash(event: AuditEvent, *, actor_id: int, prev_hash: str) -> str:
    """`event`'s hash as a forger who knows the scheme would compute it for `actor_id`, linked
    after `prev_hash`."""
    return audit.row_hash(
        at=event.at,
        actor_id=actor_id,
        acting_for_id=event.acting_for_id,
        action=event.action,
        entity_type=event.entity_type,
        entity_key=event.entity_key,
        case_id=event.case_id,
        before=event.before,
        after=event.after,
        prev_hash=prev_hash,
    )


def _exec(workspace: Workspace, *statements: str, **params: object) -> None:
    with workspace.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), params)


def test_an_empty_trail_verifies(workspace: Workspace) -> None:
    result = _verify(workspace)
    assert result.ok and result.count == 0 and result.head_hash == audit.GENESIS_HASH


def test_records_chain_and_verify(workspace: Workspace) -> None:
    _fill(workspace)
    result = _verify(workspace)
    assert result.ok, result.message
    assert result.count == 6 and "共 6 条" in result.message
    with workspace.sessions() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        head = session.get(AuditChainHead, 1)
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0].prev_hash == audit.GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))
    assert head is not None and head.last_seq == 6 and head.last_hash == rows[-1].hash
    # values are stored as plain JSON, exactly as hashed
    assert rows[0].after == {"value": 1, "day": "2026-03-01", "tags": ["a", "b"], "名称": "阳光"}
    assert rows[0].at == T0


def test_an_edited_row_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    _exec(workspace, "UPDATE audit_events SET actor_id = 99 WHERE seq = 3")
    result = _verify(workspace)
    assert not result.ok
    assert (result.first_bad_seq, result.problem, result.count) == (3, "altered", 2)
    assert "第 3 条" in result.message and "修改" in result.message


def test_an_edited_json_value_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    with workspace.sessions() as session:
        after = session.scalar(select(AuditEvent.after).where(AuditEvent.seq == 5))
    assert after is not None
    _exec(workspace, "UPDATE audit_events SET after = before WHERE seq = 5")
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 5, "altered")


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(workspace: Workspace) -> None:
    _fill(workspace)
    row = _event(workspace, 2)
    forged = _forged_hash(row, actor_id=42, prev_hash=row.prev_hash)
    _exec(workspace, "UPDATE audit_events SET actor_id = 42, hash = :h WHERE seq = 2", h=forged)
    result = _verify(workspace)
    assert not result.ok and result.first_bad_seq == 3


def test_a_deleted_row_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    _exec(workspace, "DELETE FROM audit_events WHERE seq = 4")
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 4, "deleted")
    assert "第 4 条" in result.message and "删除" in result.message


def test_deleted_rows_renumbered_are_found(workspace: Workspace) -> None:
    _fill(workspace)
    _exec(
        workspace,
        "DELETE FROM audit_events WHERE seq = 2",
        "UPDATE audit_events SET seq = seq + 1000 WHERE seq > 2",
        "UPDATE audit_events SET seq = seq - 1001 WHERE seq > 1000",
    )
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 2, "deleted")


def test_deleting_the_last_rows_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    _exec(workspace, "DELETE FROM audit_events WHERE seq >= 5")
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 5, "deleted")


def _copy_row_sql(seq_expr: str = ":seq") -> str:
    return (
        "INSERT INTO audit_events (seq, at, actor_id, acting_for_id, action, entity_type, entity_key,"
        " case_id, before, after, prev_hash, hash)"
        f" SELECT {seq_expr}, at, :actor, acting_for_id, action, entity_type, entity_key, case_id,"
        " before, after, :prev, :hash FROM audit_events WHERE seq = :src"
    )


def test_a_row_inserted_at_the_end_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    last = _event(workspace, 6)
    forged = _forged_hash(last, actor_id=7, prev_hash=last.hash)
    # a well-forged row: correct hash, correctly linked; only the chain head betrays it
    _exec(workspace, _copy_row_sql(), seq=7, actor=7, prev=last.hash, hash=forged, src=6)
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 7, "inserted")


def test_a_row_inserted_in_the_middle_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    row = _event(workspace, 2)
    forged = _forged_hash(row, actor_id=7, prev_hash=row.hash)
    _exec(
        workspace,
        "UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 3",
        "UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1000",
    )
    _exec(workspace, _copy_row_sql(), seq=3, actor=7, prev=row.hash, hash=forged, src=2)
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 3, "inserted")


def test_a_crude_insert_is_found(workspace: Workspace) -> None:
    _fill(workspace)
    _exec(workspace, _copy_row_sql(), seq=0, actor=1, prev="x" * 64, hash="y" * 64, src=1)
    result = _verify(workspace)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 0, "inserted")


def test_concurrent_writers_keep_the_chain_linear(workspace: Workspace) -> None:
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(8):
                with workspace.transaction() as session:
                    audit.record(
                        session,
                        actor=None,
                        action="test",
                        entity="t",
                        entity_key=f"{n}-{i}",
                        before=None,
                        after=i,
                    )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    result = _verify(workspace)
    assert result.ok and result.count == 32


def test_cli_verify_reports_ok_and_tampering(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(workspace, 3)
    assert main(["--db", workspace.url, "audit", "verify"]) == 0  # no users yet: no login needed
    out = capsys.readouterr().out
    assert "共 3 条" in out and "末条哈希" in out
    _exec(workspace, "DELETE FROM audit_events WHERE seq = 2")
    assert main(["--db", workspace.url, "audit", "verify"]) == 1
    assert "第 2 条" in capsys.readouterr().out
    assert main(["--db", workspace.url, "audit", "verify", "--json"]) == 1
    out = capsys.readouterr().out
    assert '"first_bad_seq": 2' in out and '"problem": "deleted"' in out


def test_case_history_lists_a_case_events(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        audit.record(
            session,
            actor=None,
            action="case.accept",
            entity="case",
            entity_key="X1",
            before=None,
            after={},
            case_id=5,
        )
        audit.record(
            session, actor=None, action="setting.update", entity="setting", entity_key="k", before=1, after=2
        )
    with workspace.sessions() as session:
        history = audit.case_history(session, 5)
    assert [(h.action_label, h.actor) for h in history] == [("受理", "系统")]


def test_every_recorded_action_has_a_chinese_label() -> None:
    """The history and the audit listing show every action in words, never as a code."""
    import re
    from pathlib import Path

    from app.audit import ACTION_LABELS
    from app.workflow import CASE_ACTIONS

    root = Path(__file__).resolve().parents[1] / "app"
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    recorded = set(re.findall(r'action="([a-z_]+\.[a-z_]+)"', source))
    recorded |= set(re.findall(r'"(calendar\.[a-z_]+)"', source))
    recorded |= {f"case.{action}" for action in CASE_ACTIONS}
    assert recorded and not recorded - set(ACTION_LABELS), sorted(recorded - set(ACTION_LABELS))
