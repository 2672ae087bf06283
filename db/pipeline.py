"""PostgreSQL: several statements, and the COMMIT, in one round trip (a psycopg pipeline).

Each statement goes with its parameters through the extended protocol, so psycopg prepares it on
the server once it has been seen a few times: nothing is parsed or planned per call. An error
stops the statements after it, the COMMIT with them; it comes back as SQLAlchemy's DBAPIError, as
from any statement, and a lost connection is marked invalid as SQLAlchemy would mark it.
"""

from __future__ import annotations

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
    transaction has not begun yet (psycopg would otherwise send it on its own first: at twenty
    desks on two cores each round trip costs every process a wake-up); the first row of the last
    statement's result, or None when it returns none."""
    import psycopg

    driver = connection.connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    cursor = driver.cursor()
    # Listeners of the engine's statements (counting, tracing) see the pipeline as one statement:
    # one round trip, as a string of several statements would be.
    sent = "; ".join(sql for sql, _ in statements) + ("; COMMIT" if commit else "")
    parameters = [values for _, values in statements]
    if connection._has_events or connection.engine._has_events:
        connection.dispatch.before_cursor_execute(connection, cursor, sent, parameters, None, False)
    try:
        begun = driver.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
        if len(statements) == 1 and not commit and begun:
            # One statement in a transaction already begun: nothing to fold in, and psycopg's
            # pipeline costs the desk about 0.1 ms of CPU a call.
            cursor.execute(*statements[0])
        else:
            with driver.pipeline():
                for sql, values in statements:
                    cursor.execute(sql, values)
                if commit:
                    driver.commit()
        # (`cursor.description` would build a Column object per field, every time it is read.)
        returned = cursor.pgresult is not None and cursor.pgresult.status == psycopg.pq.ExecStatus.TUPLES_OK
        row = cursor.fetchone() if returned else None
        if connection._has_events or connection.engine._has_events:
            connection.dispatch.after_cursor_execute(connection, cursor, sent, parameters, None, False)
        return row
    except psycopg.Error as failure:
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
    finally:
        cursor.close()
