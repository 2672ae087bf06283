"""The connection test: a specific message for each failure, and the schema guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import connection as conn
from app.auth import hash_password
from app.connection import ConnectionStatus
from db.engine import create_database_engine
from db.migrate import alembic_config, head_revision, upgrade_to_head
from tests.conftest import BACKENDS
from tests.pg_databases import pg_admin_url

Status = ConnectionStatus
PG = "postgresql+psycopg://clerk@db.example:5432/sunlight"


class FakeDriverError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("message", "sqlstate", "status", "words"),
    [
        ('connection to server at "10.0.0.5", port 5432 failed: Connection refused', None, Status.HOST_UNREACHABLE, "无法连接到服务器"),  # noqa: E501
        ("connection to server at \"10.0.0.5\", port 5432 failed: timeout expired", None, Status.HOST_UNREACHABLE, "端口 5432"),  # noqa: E501
        ("failed to resolve host 'db.example': [Errno -2] Name or service not known", None, Status.HOST_UNREACHABLE, "找不到服务器"),  # noqa: E501
        ('FATAL:  password authentication failed for user "clerk"', None, Status.AUTH_FAILED, "用户名或密码错误"),  # noqa: E501
        ('致命错误:  用户 "clerk" Password 认证失败', None, Status.AUTH_FAILED, "用户名或密码错误"),
        ("whatever", "28P01", Status.AUTH_FAILED, "用户名或密码错误"),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.9"', None, Status.AUTH_FAILED, "pg_hba.conf"),
        ('FATAL:  database "sunlight" does not exist', None, Status.DATABASE_MISSING, "没有名为“sunlight”的数据库"),  # noqa: E501
        ('致命错误:  数据库 "sunlight" 不存在', None, Status.DATABASE_MISSING, "没有名为“sunlight”的数据库"),
        ("something else entirely", None, Status.FAILED, "无法连接数据库"),
    ],
)  # fmt: skip
def test_each_failure_gets_its_own_message(
    message: str, sqlstate: str | None, status: Status, words: str
) -> None:
    result = conn.classify_error(PG, FakeDriverError(message, sqlstate))
    assert result.status is status
    assert words in result.message
    assert not result.ok and not result.reachable


def test_messages_never_show_the_password() -> None:
    url = "postgresql+psycopg://clerk:topsecret@db.example:5432/sunlight"
    result = conn.classify_error(
        url, FakeDriverError("could not connect, url postgresql://clerk:topsecret@x/y")
    )
    assert "topsecret" not in result.message + result.detail


def test_a_refused_port_is_host_unreachable() -> None:
    result = conn.check_connection("postgresql+psycopg://postgres@127.0.0.1:1/postgres")
    assert result.status is Status.HOST_UNREACHABLE, result
    assert "127.0.0.1" in result.message


def _sqlite(tmp_path: Path, name: str = "t.db") -> str:
    return f"sqlite:///{tmp_path / name}"


def test_head_schema_is_ok_and_an_empty_database_is_new(tmp_path: Path) -> None:
    empty = conn.check_connection(_sqlite(tmp_path, "empty.db"))
    assert empty.status is Status.NEW_DATABASE and empty.ok
    url = _sqlite(tmp_path)
    engine = create_database_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    result = conn.check_connection(url)
    assert result.status is Status.OK and result.ok
    assert result.revision == head_revision()


def _older_database(url: str) -> None:
    engine = create_database_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()


def _stamp(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_older_schema_needs_an_administrator_and_newer_needs_a_newer_client(tmp_path: Path) -> None:
    older = _sqlite(tmp_path, "older.db")
    _older_database(older)
    result = conn.check_connection(older)
    assert result.status is Status.SCHEMA_OLDER and result.reachable and not result.ok
    assert "系统管理员" in result.message and "0001" in result.message
    newer = _sqlite(tmp_path, "newer.db")
    _older_database(newer)
    _stamp(newer, "9999_from_the_future")
    result = conn.check_connection(newer)
    assert result.status is Status.SCHEMA_NEWER
    assert "升级本机的阳光办件" in result.message


def test_only_an_administrator_passes_and_the_upgrade_brings_the_schema_to_head(tmp_path: Path) -> None:
    url = _sqlite(tmp_path, "older.db")
    _older_database(url)
    assert not conn.verify_administrator(url, "admin", "Passw0rd!")  # no such user yet
    engine = create_engine(url)
    with engine.begin() as connection:
        columns = {row[1] for row in connection.execute(text("PRAGMA table_info(users)"))}
        if "password_hash" not in columns:
            pytest.fail("revision 0001 has no users.password_hash: choose another older revision")
    engine.dispose()
    conn.upgrade_database(url)
    assert conn.check_connection(url).status is Status.OK
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (login, name, password_hash, active, failed_logins, absent, created_at) "
                "VALUES ('admin', '管理员', :h, 1, 0, 0, '2026-01-01 00:00:00'), "
                "('clerk', '经办人', :h, 1, 0, 0, '2026-01-01 00:00:00')"
            ),
            {"h": hash_password("Passw0rd!")},
        )
        connection.execute(
            text("INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users WHERE login='admin'")
        )
    engine.dispose()
    assert conn.verify_administrator(url, "admin", "Passw0rd!")
    assert not conn.verify_administrator(url, "admin", "wrong")
    assert not conn.verify_administrator(url, "clerk", "Passw0rd!")
    assert conn.count_users(url) == 2


@pytest.mark.skipif("postgresql" not in BACKENDS, reason="PostgreSQL not in SUNLIGHT_TEST_BACKENDS")
def test_postgresql_missing_database_and_reachable_server() -> None:
    admin = make_url(pg_admin_url())
    missing = admin.set(database="sunlight_no_such_db").render_as_string(hide_password=False)
    result = conn.check_connection(missing)
    assert result.status is Status.DATABASE_MISSING, result
    assert "sunlight_no_such_db" in result.message
    result = conn.check_connection(admin.render_as_string(hide_password=False))
    assert result.reachable  # the admin database has no Sunlight schema: a new database
