"""The audit trail (审计日志): an append-only, hash-chained record of every change of state.

Every service that changes cases, the catalogue, the calendar, users or settings calls `record`
in the same transaction as the change. Each row's `hash` is the SHA-256 of a canonical JSON of
its content together with `prev_hash`, the hash of the row before it; the first row links to
GENESIS_HASH. `verify_chain` recomputes the chain and reports the first row that was altered,
inserted or deleted.

Appends are serialised: the one-row `audit_chain_head` names the last link and is row-locked by
the UPDATE that takes the next sequence numbers (on SQLite every write transaction already begins
IMMEDIATE, holding the database's write lock). The lock is held until the transaction ends, so
`record` only queues the event and the chain is extended just before COMMIT (or before the
transaction's next query): the head is held for two statements, whatever the service did before.
On PostgreSQL the append, the transaction's change notices and the COMMIT itself go to the server
in one round trip (a pipeline of prepared statements), so the head is never held while the desk's
process waits to send COMMIT; a service may send its own last rows in the same round trip
(`ride_with_append`: a case action's).

What the chain cannot prove on its own: someone with write access who rewrites the last rows
*and* the chain head consistently. Revoke UPDATE/DELETE from the application's database role
(docs/deployment-postgresql.md) and keep the head hash that `sunlight audit verify` prints in a
place the database cannot reach (the monthly report, a signed mail) to anchor it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import weakref
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import ARRAY, Text, bindparam, func, insert, literal, select, text, update
from sqlalchemy import event as sa_event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Dialect, Engine
from sqlalchemy.orm import ORMExecuteState, Session

from app import workflow
from app.messages import Message, msg
from app.timesource import current_time
from db.models import AuditChainHead, AuditEvent, User
from db.pipeline import Statement, bound_statement, run_pipeline

GENESIS_HASH = "0" * 64
HEAD_ID = 1

ACTION_LABELS: dict[str, str] = {
    "user.add": "新增用户",
    "user.update": "修改用户",
    "user.passwd": "修改密码",
    "user.disable": "停用用户",
    "user.enable": "启用用户",
    "user.unlock": "解除锁定",
    "user.login_failed": "登录失败",
    "user.locked": "账户锁定",
    "user.backup": "设置AB岗",
    "user.absent": "设置外出",
    "user.import": "批量导入用户",
    "division.add": "新增处室",
    "recusal.declare": "声明回避",
    "case.register": "登记",
    # The handling actions, in the words the case view's buttons use.
    **{f"case.{action}": label for action, label in workflow.ACTION_LABELS.items()},
    "setting.update": "修改设置",
    "calendar.import": "导入工作日历",
    "calendar.edit": "修改工作日历",
    "catalogue.import": "导入制度目录",
    "document.print": "打印文书",
    "notice.send": "发出督办通知",
    "notice.reply": "回复督办通知",
    "complaint.register": "登记投诉",
    "complaint.investigate": "记录投诉调查",
    "complaint.conclude": "投诉办结",
    "meeting.record": "登记集体决策会议",
    "meeting.opinion": "登记参会人员意见",
    "meeting.decide": "登记会议决定",
    "accountability.raise": "立项责任追究",
    "accountability.conclude": "责任追究办结",
    "accountability.dismiss": "撤销责任追究事项",
    "feedback.register": "登记社会监督意见",
    "feedback.reply": "答复社会监督意见",
}


def canonical_json(value: Any) -> str:
    """The one serialisation that is hashed: sorted keys, no whitespace, UTF-8 text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def jsonable(value: Any) -> Any:
    """`value` as plain JSON data (what the database gives back): dates as ISO text, sets sorted,
    decimals as text. Stored and hashed values are the same, so a re-read row hashes the same."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, datetime):
        return _instant_text(value) if value.tzinfo is not None else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=canonical_json)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return str(value)


def _instant_text(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(
    *,
    at: datetime,
    actor_id: int | None,
    acting_for_id: int | None,
    action: str,
    entity_type: str,
    entity_key: str,
    case_id: int | None,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    """SHA-256 over the row's content and the previous row's hash. The sequence number is not
    hashed: the chain itself orders the rows, and gaps in `seq` are checked separately."""
    content = _canonical_content(
        at=at,
        actor_id=actor_id,
        acting_for_id=acting_for_id,
        action=action,
        entity_type=entity_type,
        entity_key=entity_key,
        case_id=case_id,
        before=before,
        after=after,
        prev_hash=prev_hash,
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _canonical_content(
    *,
    at: datetime,
    actor_id: int | None,
    acting_for_id: int | None,
    action: str,
    entity_type: str,
    entity_key: str,
    case_id: int | None,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    return canonical_json(
        {
            "at": _instant_text(at),
            "actor_id": actor_id,
            "acting_for_id": acting_for_id,
            "action": action,
            "entity_type": entity_type,
            "entity_key": entity_key,
            "case_id": case_id,
            "before": before,
            "after": after,
            "prev_hash": prev_hash,
        }
    )


def _hash_of(event: AuditEvent) -> str:
    return row_hash(
        at=event.at,
        actor_id=event.actor_id,
        acting_for_id=event.acting_for_id,
        action=event.action,
        entity_type=event.entity_type,
        entity_key=event.entity_key,
        case_id=event.case_id,
        before=event.before,
        after=event.after,
        prev_hash=event.prev_hash,
    )


_PENDING_KEY = "sunlight_audit_pending"


def _pending(session: Session) -> list[tuple[dict[str, Any], str]]:
    return session.info.setdefault(_PENDING_KEY, [])


def _user_id(user: User | int | None) -> int | None:
    if user is None or isinstance(user, int):
        return user
    if user.id is None:
        raise ValueError("flush the user before recording an audit event about it")
    return user.id


def record(
    session: Session,
    *,
    actor: User | int | None,
    action: str,
    entity: str,
    entity_key: str | int,
    before: Any,
    after: Any,
    case_id: int | None = None,
    acting_for: User | int | None = None,
) -> None:
    """Append one event to the audit trail, in the caller's transaction.

    `actor` is the person acting (None for the system, e.g. the first-run bootstrap);
    `acting_for` the absent holder they act for under the A/B post rule. `entity` names the
    kind of record ("case", "user", "calendar_day", "regulation", "setting", ...), `entity_key`
    identifies it (case number, login, date, code). `before` / `after` are the changed values
    (plain data; None for creation / deletion).

    The row is written, and the chain head locked, only when the transaction is about to commit
    (or when the session next runs a query, so the transaction sees its own rows): every desk
    waits for the head, so it is held for two statements and the COMMIT, not the whole action.
    The content is serialised here, outside the lock; only the last link is hashed under it.
    """
    session.flush()  # ids of the caller's new rows, as before; a clean session sends nothing
    fields: dict[str, Any] = {
        "at": current_time().astimezone(UTC),
        "actor_id": _user_id(actor),
        "acting_for_id": _user_id(acting_for),
        "action": action,
        "entity_type": entity,
        "entity_key": str(entity_key)[:200],
        "case_id": case_id,
        "before": jsonable(before),
        "after": jsonable(after),
    }
    _pending(session).append((fields, _hash_prefix(fields)))


def _hash_prefix(fields: Mapping[str, Any]) -> str:
    """The canonical JSON `row_hash` hashes, up to the previous row's hash: "prev_hash" sorts
    last, so the text is this prefix, the previous hash, and '"}'."""
    content = _canonical_content(**fields, prev_hash="")
    assert content.endswith('"prev_hash":""}')
    return content[:-2]


def _link(prefix: str, prev_hash: str) -> str:
    return hashlib.sha256((prefix + prev_hash + '"}').encode("utf-8")).hexdigest()


def _write_pending(session: Session, *, committing: bool = False) -> None:
    """Chain and insert the events recorded in this transaction: lock the head (it names the
    last link), hash each event after the one before, insert them all, move the head. Change
    notices waiting to be sent (`carry_notices`) go in the same round trip where they can.

    `committing` (just before COMMIT, PostgreSQL): the COMMIT may ride on the append, see
    `_append_and_commit`."""
    pending = session.info.pop(_PENDING_KEY, None)
    if not pending:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql" and len(pending) == 1:
        fields, prefix = pending[0]
        channel, keys = session.info.pop(_NOTICES_KEY, (None, ()))
        params = {**fields, "prefix": prefix, "channel": channel or "", "keys": sorted(keys)}
        if committing and _may_commit_here(session, connection):
            _append_and_commit(connection, params, session.info.pop(_RIDERS_KEY, []))
            return
        _send_riders(session)
        if connection.execute(_append_on_server(), params).rowcount == 1:
            _HEAD_SEEN.add(connection.engine)
            return
        # No head row: the notices were sent all the same (PostgreSQL folds repeated ones).
        connection.execute(
            insert(AuditChainHead.__table__).values(id=HEAD_ID, last_seq=0, last_hash=GENESIS_HASH)
        )
    _send_riders(session)
    head = AuditChainHead.__table__
    take = (
        update(head)
        .where(head.c.id == HEAD_ID)
        .values(last_seq=head.c.last_seq + len(pending))
        .returning(head.c.last_seq, head.c.last_hash)
    )
    row = connection.execute(take).first()
    if row is None:  # a database whose head row was never seeded (the migration seeds it)
        connection.execute(insert(head).values(id=HEAD_ID, last_seq=0, last_hash=GENESIS_HASH))
        row = connection.execute(take).first()
        assert row is not None
    seq, prev_hash = row.last_seq - len(pending), row.last_hash
    rows = []
    for fields, prefix in pending:
        seq += 1
        digest = _link(prefix, prev_hash)
        rows.append({**fields, "seq": seq, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    move = update(head).where(head.c.id == HEAD_ID).values(last_hash=prev_hash)
    append = insert(AuditEvent.__table__)
    if connection.dialect.name == "postgresql":
        # One round trip while the head is held: the head's move rides on the INSERT as a CTE.
        connection.execute(append.values(rows).add_cte(move.cte("moved_head")))
    else:
        connection.execute(append, rows)
        connection.execute(move)


_FIELDS = (
    "at",
    "actor_id",
    "acting_for_id",
    "action",
    "entity_type",
    "entity_key",
    "case_id",
    "before",
    "after",
)


# Engines whose chain head row was seen: only there may the COMMIT ride on the append (a missing
# head row is then an error, not the cue to create it).
_HEAD_SEEN: weakref.WeakSet[Engine] = weakref.WeakSet()


def _may_commit_here(session: Session, connection: Connection) -> bool:
    # Only a session's own top-level transaction on an engine it opened itself: never a
    # savepoint, nor a transaction someone else began on a connection given to the session.
    return (
        connection.engine in _HEAD_SEEN
        and isinstance(session.get_bind(), Engine)
        and not session.in_nested_transaction()
        and not connection.in_nested_transaction()
    )


def _append_and_commit(connection: Connection, params: dict[str, Any], riders: list[Rider]) -> None:
    """The append and the COMMIT in one round trip (a pipeline: the COMMIT runs only if the
    append succeeded): the chain head, which every desk waits for, is then never held while this
    desk's process waits for its turn on a busy machine to send COMMIT. The transaction's
    `riders` (`ride_with_append`) go first in the same round trip, each rider's statements as one
    (its statements its common table expressions), so the head is taken only after them: it is
    held for the append's tail and the COMMIT alone, and a desk that waited for it rechecks the
    row it gets (EvalPlanQual, which sets up again the whole plan of the statement that waited)
    in the append's small plan. If the head row is missing the append fails (division by zero),
    so nothing commits without its audit row. The DBAPI COMMIT SQLAlchemy sends next finds no
    transaction and does nothing."""
    dialect = connection.dialect
    append = bound_statement(_compiled_append(dialect), params)
    _execute_riders(connection, riders, [*_riders_statements(dialect, riders), append], commit=True)


@dataclass(frozen=True)
class Rider:
    """Statements to send with the transaction's audit append. `build()` makes them (data-changing
    statements whose parameters are named apart from the append's); it is called once for each
    `shape`, which names what they are (riders of the same shape are the same SQL), and `params`
    fills them. `refusal(error)` may turn the error the database answers them with into the
    exception the service raises (None: not its error)."""

    shape: Hashable
    build: Callable[[], Sequence[Any]]
    params: Mapping[str, Any]
    refusal: Callable[[Exception], Exception | None] | None = None


_RIDERS_KEY = "sunlight_audit_riders"


def ride_with_append(session: Session, rider: Rider) -> None:
    """PostgreSQL: send `rider`'s statements with this transaction's audit statement, in the round
    trip that also carries the COMMIT (app.cases writes an action's rows so), or on their own
    before the session's next query or flush of its own changes, whichever comes first."""
    session.info.setdefault(_RIDERS_KEY, []).append(rider)


# Riders' statements compiled once per dialect and shape.
_COMPILED: dict[tuple[Any, Hashable], Any] = {}


def _riders_statements(dialect: Dialect, riders: Sequence[Rider]) -> list[Statement]:
    """One statement for each rider: its statements as the common table expressions of one."""
    statements = []
    for rider in riders:
        key = (dialect, rider.shape)
        compiled = _COMPILED.get(key)
        if compiled is None:
            built = rider.build()
            if len(built) == 1:
                (together,) = built
            else:
                ctes = [statement.cte(f"rider_{n}") for n, statement in enumerate(built)]
                together = select(literal(1)).add_cte(*ctes)
            compiled = _COMPILED[key] = together.compile(dialect=dialect)
        statements.append(bound_statement(compiled, rider.params))
    return statements


def has_riders(session: Session) -> bool:
    """Whether statements of this transaction wait to be sent (`ride_with_append`): a read that
    bypasses the session must not run before them."""
    return bool(session.info.get(_RIDERS_KEY))


def _send_riders(session: Session) -> None:
    riders = session.info.pop(_RIDERS_KEY, None)
    if riders:
        connection = session.connection()
        _execute_riders(connection, riders, _riders_statements(connection.dialect, riders))


def _execute_riders(
    connection: Connection, riders: list[Rider], statements: list[Statement], *, commit: bool = False
) -> None:
    """`statements` (the riders', the append's), and the COMMIT if `commit`, in one round trip
    (db.pipeline); an error the database answers comes back as a rider's own refusal where it
    has one."""
    try:
        run_pipeline(connection, statements, commit=commit)
    except sa_exc.DBAPIError as error:
        for rider in riders:
            refused = rider.refusal(error) if rider.refusal is not None else None
            if refused is not None:
                raise refused from error
        raise


@functools.cache
def _checked_append() -> Any:
    """`_append_on_server`, failing (division by zero) where it moved no head."""
    moved = _append_on_server().returning(AuditChainHead.__table__.c.id).cte("moved")
    return select(literal(1) / func.count()).select_from(moved)


@functools.cache
def _compiled_append(dialect: Dialect) -> Any:
    return _checked_append().compile(dialect=dialect)


@functools.cache
def _append_on_server() -> Any:
    """One statement that locks the head, links the event to it (SHA-256 of the same canonical
    text, hashed by PostgreSQL), inserts it and moves the head: while the head is held only this
    statement's tail and the COMMIT stand between one desk and the next. Affects no row when the
    head row is missing. Also sends the transaction's change notices (`:channel`, `:keys`): a
    condition of no row, evaluated once, so no further round trip is needed for them.

    Built once; the event's fields, its hash `:prefix` and the notices are parameters."""
    head = AuditChainHead.__table__
    events = AuditEvent.__table__
    last = select(head.c.last_seq, head.c.last_hash).where(head.c.id == HEAD_ID).with_for_update().cte("last")
    linked = bindparam("prefix", type_=Text) + last.c.last_hash + literal('"}')
    digest = func.encode(func.sha256(func.convert_to(linked, literal("UTF8"))), literal("hex"))
    names = [*_FIELDS, "seq", "prev_hash", "hash"]
    values = [bindparam(name, type_=events.c[name].type) for name in _FIELDS]
    appended = (
        insert(events)
        .from_select(names, select(*values, last.c.last_seq + 1, last.c.last_hash, digest))
        .returning(events.c.seq, events.c.hash)
        .cte("appended")
    )
    moved_on = head.c.last_seq < appended.c.seq  # the head only moves forward
    key = func.unnest(bindparam("keys", type_=ARRAY(Text))).column_valued("k")
    notice = func.pg_notify(bindparam("channel", type_=Text), key)
    notified = select(func.count(notice)).scalar_subquery()
    return (
        update(head)
        .where(head.c.id == HEAD_ID, moved_on, notified >= 0)
        .values(last_seq=appended.c.seq, last_hash=appended.c.hash)
    )


_NOTICES_KEY = "sunlight_audit_notices"


def carry_notices(session: Session, channel: str, keys: Iterable[str]) -> None:
    """Send `pg_notify(channel, key)` for each key with this transaction's audit statement, or
    on its own just before COMMIT when nothing was recorded (app.changes announces through it:
    a notice is delivered at COMMIT whichever statement sent it)."""
    _, carried = session.info.setdefault(_NOTICES_KEY, (channel, set()))
    carried.update(keys)


def _send_notices(session: Session) -> None:
    channel, keys = session.info.pop(_NOTICES_KEY, (None, ()))
    if keys:
        session.connection().execute(
            text("SELECT pg_notify(:channel, k) FROM unnest(CAST(:keys AS text[])) AS k"),
            {"channel": channel, "keys": sorted(keys)},
        )


def _before_commit(session: Session) -> None:
    # The transaction's own changes go first (their notices with them), then the head is taken.
    session.flush()
    if session.info.get(_PENDING_KEY):
        _write_pending(session, committing=True)
    _send_riders(session)
    if session.info.get(_NOTICES_KEY):
        _send_notices(session)


def _before_query(orm_execute_state: ORMExecuteState) -> None:
    # A query in the recording transaction sees its own rows (history, verify, tests).
    session = orm_execute_state.session
    if session.info.get(_RIDERS_KEY):
        _send_riders(session)
    if session.info.get(_PENDING_KEY):
        _write_pending(session)


def _before_flush(session: Session, *_args: Any) -> None:
    # Rows the riders write go before any change the ORM writes after them (a case's next version).
    if session.info.get(_RIDERS_KEY) and (
        session.new or session.deleted or any(session.is_modified(o) for o in session.dirty)
    ):
        _send_riders(session)


def _discard_pending(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING_KEY, None)
    session.info.pop(_NOTICES_KEY, None)
    session.info.pop(_RIDERS_KEY, None)


sa_event.listen(Session, "before_commit", _before_commit)
sa_event.listen(Session, "do_orm_execute", _before_query)
sa_event.listen(Session, "before_flush", _before_flush)
sa_event.listen(Session, "after_rollback", _discard_pending)
sa_event.listen(Session, "after_commit", _discard_pending)


_ITS_CASE: Any = object()


def record_change(
    session: Session,
    actor: User | None,
    row: Any,
    snapshot: Callable[[Any], Any],
    before: Any,
    *,
    action: str,
    case_id: int | None = _ITS_CASE,
) -> None:
    """`record` for a change of a numbered record (a complaint, a notice, an accountability item):
    the entity is the action's prefix ("complaint" for "complaint.conclude"), the key the row's id,
    `after` its `snapshot` once flushed (ids and column defaults filled in), the case the row's
    `case_id` unless `case_id` is given."""
    session.flush()
    record(
        session,
        actor=actor,
        action=action,
        entity=action.partition(".")[0],
        entity_key=row.id,
        before=before,
        after=snapshot(row),
        case_id=row.case_id if case_id is _ITS_CASE else case_id,
    )


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int  # rows checked (all of them when ok)
    first_bad_seq: int | None = None
    problem: str = ""  # "altered" | "inserted" | "deleted" | "" when ok
    message: str = ""  # a Message (Chinese; the GUI translates it), for the user
    head_hash: str = GENESIS_HASH


PROBLEM_LABELS = {"altered": "被修改", "inserted": "被插入", "deleted": "被删除"}


def verify_chain(
    session: Session, *, batch: int = 2000, progress: Callable[[float, str], None] | None = None
) -> VerifyResult:
    """Walk the chain in sequence order and report the first row that was altered, inserted or
    deleted; or OK with the number of rows. `progress(fraction, text)` is told every `batch` rows
    (it may raise to stop the walk: app.reconciliation's caller in the GUI cancels so)."""
    total = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0) if progress else 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch))
    try:
        return _walk(session, rows.scalars(), batch, total, progress)
    finally:
        rows.close()  # a server-side cursor on PostgreSQL when we stop early


def _span(first: int, last: int) -> Message:
    """第 3 条 / 第 3～5 条."""
    if first == last:
        return msg("第 {seq} 条", seq=first)
    return msg("第 {first}～{last} 条", first=first, last=last)


def _walk(
    session: Session,
    events: Iterable[AuditEvent],
    batch: int = 2000,
    total: int = 0,
    progress: Callable[[float, str], None] | None = None,
) -> VerifyResult:
    seen: dict[str, int] = {GENESIS_HASH: 0}
    expected_seq = 1
    prev_hash = GENESIS_HASH
    prev_seq = 0
    count = 0

    def bad(seq: int, problem: str, message: Message) -> VerifyResult:
        return VerifyResult(False, count, seq, problem, message, prev_hash)

    for event in events:
        if event.seq < expected_seq:
            return bad(
                event.seq,
                "inserted",
                msg("序号为 {seq} 的记录不在哈希链的序号范围内，是插入的。", seq=event.seq),
            )
        if event.seq > expected_seq:
            missing = _span(expected_seq, event.seq - 1)
            return bad(expected_seq, "deleted", msg("审计记录{rows}缺失，已被删除。", rows=missing))
        if _hash_of(event) != event.hash:
            return bad(
                event.seq,
                "altered",
                msg("第 {seq} 条审计记录的内容与其哈希值不符，已被修改。", seq=event.seq),
            )
        if event.prev_hash != prev_hash:
            linked = seen.get(event.prev_hash)
            if linked is not None and linked < prev_seq:
                first = linked + 1
                return bad(
                    first,
                    "inserted",
                    msg("{rows}审计记录不在原哈希链上，是后来插入的。", rows=_span(first, event.seq - 1)),
                )
            return bad(
                event.seq,
                "deleted",
                msg(
                    "第 {seq} 条审计记录与前一条记录的链接断开：其前有记录被删除"
                    "（或第 {before} 条被修改后重算了哈希）。",
                    seq=event.seq,
                    before=event.seq - 1,
                ),
            )
        count += 1
        seen[event.hash] = event.seq
        prev_hash, prev_seq = event.hash, event.seq
        expected_seq = event.seq + 1
        session.expunge(event)  # keep memory flat on long chains
        if progress is not None and count % batch == 0:
            progress(count / total if total else 0.0, msg("已校验 {count} 条审计记录……", count=count))
    head = session.get(AuditChainHead, HEAD_ID)
    if head is not None:
        if head.last_seq > prev_seq:
            gone = _span(prev_seq + 1, head.last_seq)
            return bad(prev_seq + 1, "deleted", msg("链尾{rows}审计记录已被删除。", rows=gone))
        if head.last_seq < prev_seq:
            return bad(
                head.last_seq + 1,
                "inserted",
                msg("{rows}审计记录在链尾之后，是绕过程序插入的。", rows=_span(head.last_seq + 1, prev_seq)),
            )
        if head.last_hash != prev_hash:
            return bad(
                prev_seq,
                "altered",
                msg("第 {seq} 条审计记录与链尾登记的哈希值不符，已被修改。", seq=prev_seq),
            )
    return VerifyResult(
        True, count, None, "", msg("审计记录完整：共 {count} 条，哈希链校验通过。", count=count), prev_hash
    )


@dataclass(frozen=True)
class AuditEntry:
    """One line of a history, plain data for the GUI and the CLI."""

    seq: int
    at: datetime
    actor: str  # name (login), or 系统
    acting_for: str  # name (login) of the absent holder, or ""
    action: str
    action_label: str
    entity_type: str
    entity_key: str
    case_id: int | None
    before: Any
    after: Any


def _user_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.name, User.login).where(User.id.in_(ids)))
    return {uid: f"{name}（{login}）" for uid, name, login in rows}


def entries(
    session: Session,
    *,
    case_id: int | None = None,
    entity: str | None = None,
    entity_key: str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditEntry]:
    """Audit events, oldest first (or newest first), filtered by case or by entity."""
    query = select(AuditEvent)
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    if entity is not None:
        query = query.where(AuditEvent.entity_type == entity)
    if entity_key is not None:
        query = query.where(AuditEvent.entity_key == entity_key)
    query = query.order_by(AuditEvent.seq.desc() if newest_first else AuditEvent.seq)
    if limit is not None:
        query = query.limit(limit)
    events = list(session.scalars(query))
    names = _user_names(session, {i for e in events for i in (e.actor_id, e.acting_for_id) if i is not None})
    return [
        AuditEntry(
            seq=e.seq,
            at=e.at,
            actor=names.get(e.actor_id, f"#{e.actor_id}") if e.actor_id is not None else "系统",
            acting_for=names.get(e.acting_for_id, f"#{e.acting_for_id}") if e.acting_for_id else "",
            action=e.action,
            action_label=ACTION_LABELS.get(e.action, e.action),
            entity_type=e.entity_type,
            entity_key=e.entity_key,
            case_id=e.case_id,
            before=e.before,
            after=e.after,
        )
        for e in events
    ]


def case_history(session: Session, case_id: int) -> list[AuditEntry]:
    """Everything recorded about one case, oldest first: what the case view's history shows."""
    return entries(session, case_id=case_id)
