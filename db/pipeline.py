"""PostgreSQL: several statements, and the COMMIT, in one round trip (libpq's pipeline mode).

The statements, the BEGIN where the transaction has not begun and the COMMIT where asked go to the
server in one write, and their results come back in one read: at twenty desks on two cores every
extra packet is a wake-up of the desk and of its server process. (psycopg's own pipeline writes
each command separately, and its BEGIN with a sync of its own.)

Each statement is prepared on the server the first time a connection sends it (a named prepared
statement, kept for the connection's life), so nothing is parsed or planned per call. psycopg
prepares nothing by itself on these connections (db.engine): its cache would DEALLOCATE ALL on a
rollback, taking these statements with it. Should a statement be gone all the same, the error
(SQLSTATE 26000) forgets the connection's statements and is retried like a serialization failure
(app.retry): nothing of the transaction was kept.

An error stops the statements after it, the COMMIT with them; it comes back as SQLAlchemy's
DBAPIError, as from any statement, and a lost connection is marked invalid as SQLAlchemy would
mark it.
"""

from __future__ import annotations

import functools
import re
import select
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

# A statement as the driver takes it: SQL text with named placeholders, and its parameters.
Statement = tuple[str, Mapping[str, Any]]


def bound_statement(compiled: Any, params: Mapping[str, Any]) -> Statement:
    """`compiled` (a statement compiled for PostgreSQL) with `params` as the driver takes them,
    after each type's bind processing."""
    values = compiled.construct_params(params)
    for name, process in compiled._bind_processors.items():
        if name in values:
            values[name] = process(values[name])
    return compiled.string, values


def result_processors(columns: Sequence[Any], dialect: Any) -> tuple[Callable[[Any], Any] | None, ...]:
    """For each of `columns`, what SQLAlchemy does to a value the driver returns for it (an
    instant gets its time zone, db.types.UTCDateTime); None where it takes the value as is."""
    return tuple(column.type.result_processor(dialect, None) for column in columns)


def run_pipeline(
    connection: Connection, statements: Sequence[Statement], *, commit: bool = False
) -> tuple[Any, ...] | None:
    """Send `statements` (and the COMMIT if `commit`) in one round trip, with the BEGIN where the
    transaction has not begun yet; the first row of the last statement's result, or None when it
    returns none."""
    import psycopg

    driver = connection.connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    # Listeners of the engine's statements (counting, tracing) see the pipeline as one statement:
    # one round trip, as a string of several statements would be.
    sent = "; ".join(sql for sql, _ in statements) + ("; COMMIT" if commit else "")
    parameters = [values for _, values in statements]
    listened = connection._has_events or connection.engine._has_events
    cursor = driver.cursor() if listened else None
    if listened:
        connection.dispatch.before_cursor_execute(connection, cursor, sent, parameters, None, False)
    prepared = connection.connection.info.get(PREPARED_KEY)
    if prepared is None:
        prepared = connection.connection.info[PREPARED_KEY] = _PreparedStatements()
    try:
        row = _exchange(driver, prepared, statements, commit)
        if listened:
            connection.dispatch.after_cursor_execute(connection, cursor, sent, parameters, None, False)
        return row
    except psycopg.Error as failure:
        if failure.sqlstate == STATEMENT_GONE:
            prepared.clear()
        lost = connection.dialect.is_disconnect(failure, driver, cursor)
        if lost:
            connection.invalidate(failure)
        raise sa_exc.DBAPIError.instance(
            sent,
            None,
            failure,
            psycopg.Error,
            connection_invalidated=lost,
            dialect=connection.dialect,
        ) from failure
    except BaseException:
        if driver.closed:  # interrupted half way (db.pipeline._exchange closed it): never reused
            connection.invalidate()
        raise
    finally:
        if cursor is not None:
            cursor.close()


class _PreparedStatements:
    """A connection's prepared statements: query → name. Names are never reused
    on the connection, so one forgotten (SQLSTATE 26000) cannot clash with one the server kept."""

    def __init__(self) -> None:
        self.names: dict[bytes, bytes] = {}
        self.made = 0
        # psycopg's adaptation of values for the connection, kept as a cursor keeps its own: it
        # remembers which dumper and loader each type takes (found anew by a new one, each time).
        self.transformer: Any = None

    def new_name(self) -> bytes:
        self.made += 1
        return b"sunlight_%d" % self.made

    def clear(self) -> None:
        self.names.clear()


# Where a connection's prepared statements are kept: SQLAlchemy's per-connection info, which a new
# connection (after a reconnect) starts empty.
PREPARED_KEY = "sunlight_prepared_statements"
STATEMENT_GONE = "26000"  # invalid_sql_statement_name: the prepared statement does not exist

# What the server answers, command by command: the BEGIN, a statement's preparation (its key and
# name), a statement (its index), the COMMIT.
_BEGIN, _COMMIT = "begin", "commit"


def _exchange(
    driver: Any, prepared: _PreparedStatements, statements: Sequence[Statement], commit: bool
) -> tuple[Any, ...] | None:
    from psycopg import errors, pq
    from psycopg._queries import PostgresQuery
    from psycopg.adapt import Transformer

    transformer = prepared.transformer
    if transformer is None or transformer.connection is not driver:
        transformer = prepared.transformer = Transformer(driver)
    queries = []  # converted before anything is sent: a value that cannot be sent fails alone
    for sql, values in statements:
        query = PostgresQuery(transformer)
        query.convert(_in_text_format(sql), values)
        queries.append(query)
    pgconn = driver.pgconn
    answers: list[Any] = []
    pgconn.enter_pipeline_mode()
    drained = False
    try:
        if pgconn.transaction_status == pq.TransactionStatus.IDLE:
            pgconn.send_query_params(b"BEGIN", None)
            answers.append(_BEGIN)
        for index, query in enumerate(queries):
            name = prepared.names.get(query.query)
            if name is None:
                name = prepared.new_name()
                # Types left to the server, which has them from the statement's casts: psycopg
                # would type an int by its size (smallint, integer, bigint) and a None as
                # unknown, one prepared statement for each mix of them.
                pgconn.send_prepare(name, query.query)
                answers.append((query.query, name))
            pgconn.send_query_prepared(name, query.params, param_formats=query.formats)
            answers.append(index)
        if commit:
            pgconn.send_query_params(b"COMMIT", None)
            answers.append(_COMMIT)
        pgconn.pipeline_sync()
        while pgconn.flush():
            _wait(pgconn.socket, writable=True)
        failure: Exception | None = None
        last: Any = None
        for answer in answers:
            result = _next_result(pgconn)
            while _next_result(pgconn) is not None:  # a command's results end with None
                pass
            if result.status == pq.ExecStatus.FATAL_ERROR:
                failure = failure or errors.error_from_result(result, encoding=driver.info.encoding)
            elif result.status == pq.ExecStatus.PIPELINE_ABORTED:
                continue
            elif isinstance(answer, tuple):
                prepared.names[answer[0]] = answer[1]
            elif answer == len(queries) - 1 and result.status == pq.ExecStatus.TUPLES_OK:
                last = result
        synced = _next_result(pgconn)
        assert synced.status == pq.ExecStatus.PIPELINE_SYNC, synced.status
        drained = True
    finally:
        if drained:
            pgconn.exit_pipeline_mode()
        elif pgconn.status != pq.ConnStatus.BAD:
            # Interrupted half way (a signal): with results left unread the connection is of no
            # further use; closed, it is replaced as a lost one would be.
            driver.close()
    if failure is not None:
        raise failure
    if last is None or last.ntuples == 0:
        return None
    transformer.set_pgresult(last)
    return transformer.load_row(0, tuple)


@functools.lru_cache(maxsize=256)
def _in_text_format(sql: str) -> str:
    """`sql` with its parameters sent as text (`%(name)t`, not `%(name)s`): the server reads each
    as the type its cast names, whatever Python type the value has."""
    return _PLACEHOLDER.sub(r"%(\1)t", sql)


_PLACEHOLDER = re.compile(r"(?<!%)%\((\w+)\)s")


def _next_result(pgconn: Any) -> Any:
    """The next result from the server, once it has arrived (None: the end of a command's)."""
    while pgconn.is_busy():
        _wait(pgconn.socket, writable=False)
        pgconn.consume_input()
    return pgconn.get_result()


def _wait(fd: int, *, writable: bool) -> None:
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLOUT if writable else select.POLLIN)
        poller.poll()
    elif writable:  # Windows: sockets only, which this is
        select.select([], [fd], [fd])
    else:
        select.select([fd], [], [fd])
