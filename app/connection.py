"""Test a database connection and say precisely what is wrong (Qt-free: first-run screen,
settings dialog and `sunlight db` alike).

`check_connection(url)` connects, reads the schema revision and returns a `ConnectionResult`
whose `message` is written for the person at the desk: host unreachable, wrong password, database
missing, schema older or newer than this client, or fine. The schema guard for the GUI is built
on the same result: an older schema is upgraded only after `verify_administrator` (plain SQL that
works on any schema version, since the ORM models describe the newest one).
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from app.errors import ConfigurationError
from app.logging_setup import redact
from app.messages import msg
from db.engine import create_database_engine, is_sqlite
from db.migrate import current_revision, head_revision, known_revision

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5


class ConnectionStatus(enum.Enum):
    OK = "ok"
    NEW_DATABASE = "new_database"  # reachable, empty: the schema is created on first open
    HOST_UNREACHABLE = "host_unreachable"
    AUTH_FAILED = "auth_failed"
    DATABASE_MISSING = "database_missing"
    SCHEMA_OLDER = "schema_older"
    SCHEMA_NEWER = "schema_newer"
    FAILED = "failed"


@dataclass(frozen=True)
class ConnectionResult:
    status: ConnectionStatus
    message: str  # a Message (app.messages): the GUI shows it translated
    detail: str = ""  # the driver's own words, redacted, for IT
    revision: str | None = None
    client_revision: str = ""

    @property
    def ok(self) -> bool:
        """The client can work with this database as it is."""
        return self.status in (ConnectionStatus.OK, ConnectionStatus.NEW_DATABASE)

    @property
    def reachable(self) -> bool:
        """The database answered (it may still need an upgrade or a newer client)."""
        return self.ok or self.status in (ConnectionStatus.SCHEMA_OLDER, ConnectionStatus.SCHEMA_NEWER)


# Server messages come in the server's language (lc_messages): English and Chinese are matched.
_AUTH = re.compile(
    r"password authentication failed|authentication failed|no password supplied|"
    r"role \".*\" does not exist|口令认证失败|认证失败|角色 ?\".*\" ?不存在|没有提供口令",
    re.IGNORECASE,
)
_HBA = re.compile(r"no pg_hba\.conf entry|pg_hba\.conf 记录", re.IGNORECASE)
_DB_MISSING = re.compile(r"database \".*\" does not exist|数据库 ?\".*\" ?不存在", re.IGNORECASE)
_NO_HOST = re.compile(
    r"could not translate host name|failed to resolve host|Name or service not known|"
    r"nodename nor servname|getaddrinfo failed|No such host",
    re.IGNORECASE,
)
_UNREACHABLE = re.compile(
    r"Connection refused|timeout expired|timed out|No route to host|Network is unreachable|"
    r"could not connect|Connection reset|server closed the connection|invalid response to SSL|"
    r"拒绝连接|超时",
    re.IGNORECASE,
)
_SQLSTATE_AUTH = {"28P01", "28000"}
_SQLSTATE_DB_MISSING = {"3D000"}


def _place(url: str) -> tuple[str, str, str, str]:
    parsed = make_url(url)
    return (
        parsed.host or "localhost",
        str(parsed.port or 5432),
        parsed.database or "",
        parsed.username or "",
    )


def classify_error(url: str, exc: BaseException) -> ConnectionResult:
    """A connection failure as a status and a message for the user."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    raw = str(original)
    detail = redact(raw.strip())
    sqlstate = getattr(original, "sqlstate", None)
    host, port, database, user = _place(url)
    if is_sqlite(url):
        return ConnectionResult(
            ConnectionStatus.FAILED,
            msg(
                "无法打开本机数据库文件 {database}：{detail}。请检查该文件夹是否存在、是否有写入权限，"
                "以及文件是否被其他程序占用。",
                database=database,
                detail=detail,
            ),
            detail,
        )
    if sqlstate in _SQLSTATE_DB_MISSING or _DB_MISSING.search(raw):
        return ConnectionResult(
            ConnectionStatus.DATABASE_MISSING,
            msg(
                "服务器 {host} 上没有名为“{database}”的数据库。请核对数据库名称，"
                "或请数据库管理员先创建该数据库（见《安装与部署说明》）。",
                host=host,
                database=database,
            ),
            detail,
        )
    if _HBA.search(raw):
        return ConnectionResult(
            ConnectionStatus.AUTH_FAILED,
            msg(
                "服务器 {host} 不允许本机以用户“{user}”连接数据库“{database}”"
                "（服务器的 pg_hba.conf 中没有相应规则）。请联系数据库管理员放行本机地址。",
                host=host,
                user=user,
                database=database,
            ),
            detail,
        )
    if sqlstate in _SQLSTATE_AUTH or _AUTH.search(raw):
        return ConnectionResult(
            ConnectionStatus.AUTH_FAILED,
            msg(
                "用户名或密码错误：服务器拒绝了数据库用户“{user}”的登录。请核对用户名和密码（区分大小写）。",
                user=user,
            ),
            detail,
        )
    if _NO_HOST.search(raw):
        return ConnectionResult(
            ConnectionStatus.HOST_UNREACHABLE,
            msg("找不到服务器“{host}”：请检查服务器地址是否拼写正确，或改用服务器的 IP 地址。", host=host),
            detail,
        )
    if _UNREACHABLE.search(raw):
        return ConnectionResult(
            ConnectionStatus.HOST_UNREACHABLE,
            msg(
                "无法连接到服务器 {host} 的端口 {port}。请检查地址和端口是否正确、"
                "服务器和数据库服务是否已启动、网络是否连通（防火墙是否放行该端口）。",
                host=host,
                port=port,
            ),
            detail,
        )
    return ConnectionResult(ConnectionStatus.FAILED, msg("无法连接数据库：{detail}", detail=detail), detail)


def connection_failure(url: str, exc: BaseException, role: str = "") -> ConfigurationError:
    """The error to raise where opening `url` failed: what is wrong in the user's words
    (`classify_error`), the server's own after it for IT; `role` names which database, where a
    command uses two (源数据库, 目标数据库)."""
    result = classify_error(url, exc)
    reason = result.message
    if result.status is not ConnectionStatus.FAILED and result.detail:  # (FAILED says it already)
        reason = msg("{reason}\n服务器返回：{detail}", reason=reason, detail=result.detail)
    if role:
        reason = msg("{role} {database}：{reason}", role=role, database=display_url(url), reason=reason)
    return ConfigurationError(reason)


# What a database address should look like, said with every address refused.
_URL_FORMS = msg(
    "应写作 postgresql+psycopg://用户名@服务器/数据库名（全委共用的 PostgreSQL），"
    "或单机 SQLite 数据库文件的路径（如 sqlite:////home/user/sunlight.db，也可直接写文件路径）。"
)


def typed_database_url(text: str) -> str:
    """A database address as people type it (`--db`, SUNLIGHT_DB_URL, `db copy`), as the engine
    takes it: a file path (/home/…/sunlight.db, C:\\…\\sunlight.db) is the SQLite database there;
    postgres:// and postgresql:// are PostgreSQL through psycopg. Anything else is refused with
    what to write, instead of a traceback from SQLAlchemy."""
    typed = text.strip()
    if "://" not in typed:
        if typed and (
            "/" in typed or "\\" in typed or typed.lower().endswith((".db", ".sqlite", ".sqlite3"))
        ):
            return f"sqlite:///{Path(typed).expanduser().absolute()}"
        raise ConfigurationError(msg("数据库地址“{text}”无法识别：{forms}", text=typed, forms=_URL_FORMS))
    try:
        parsed = make_url(typed)
    except (ArgumentError, ValueError):
        raise ConfigurationError(
            msg("数据库地址“{text}”无法识别：{forms}", text=typed, forms=_URL_FORMS)
        ) from None
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        if parsed.drivername == "postgresql+psycopg":
            return typed
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise ConfigurationError(
                msg(
                    "“{text}”是 SQLite 内存数据库，程序退出即消失，不能用作阳光办件的数据库：{forms}",
                    text=typed,
                    forms=_URL_FORMS,
                )
            )
        return typed
    raise ConfigurationError(
        msg(
            "不支持的数据库类型“{kind}”：阳光办件使用 PostgreSQL（全委共用）或 SQLite（单机）。{forms}",
            kind=backend,
            forms=_URL_FORMS,
        )
    )


def display_url(url: str) -> str:
    """`url` as shown to people: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def schema_result(revision: str | None) -> ConnectionResult:
    """What the database's schema revision means for this client."""
    head = head_revision()
    if revision is None:
        return ConnectionResult(
            ConnectionStatus.NEW_DATABASE,
            msg("连接成功。这是一个空数据库，首次打开时将自动建立数据表。"),
            revision=None,
            client_revision=head,
        )
    if not known_revision(revision):
        return ConnectionResult(
            ConnectionStatus.SCHEMA_NEWER,
            msg(
                "数据库结构版本 {revision} 比本程序新（本程序为 {head}）："
                "该数据库已由较新版本的阳光办件升级。请先升级本机的阳光办件，再连接该数据库。",
                revision=revision,
                head=head,
            ),
            revision=revision,
            client_revision=head,
        )
    if revision != head:
        return ConnectionResult(
            ConnectionStatus.SCHEMA_OLDER,
            msg(
                "数据库结构版本 {revision} 比本程序需要的 {head} 旧：须由系统管理员先升级数据库"
                "（升级前请先备份），升级后各工作站须使用新版本的阳光办件。",
                revision=revision,
                head=head,
            ),
            revision=revision,
            client_revision=head,
        )
    return ConnectionResult(
        ConnectionStatus.OK,
        msg("连接成功，数据库结构版本 {revision} 与本程序一致。", revision=revision),
        revision=revision,
        client_revision=head,
    )


def _engine(url: str) -> Engine:
    if is_sqlite(url):
        return create_database_engine(url)
    return create_database_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}, pool_size=1)


def check_connection(url: str) -> ConnectionResult:
    """Connect to `url` and judge the schema; never raises for a connection problem."""
    try:
        engine = _engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        return ConnectionResult(
            ConnectionStatus.FAILED,
            msg("数据库地址无效：{detail}", detail=redact(str(exc))),
            redact(str(exc)),
        )
    try:
        revision = current_revision(engine)
    except (SQLAlchemyError, OSError) as exc:
        result = classify_error(url, exc)
        log.info("connection test failed: %s (%s)", result.status.value, result.detail)
        return result
    finally:
        engine.dispose()
    result = schema_result(revision)
    log.info("connection test: %s, revision %s", result.status.value, revision)
    return result


def count_users(url: str) -> int | None:
    """How many users the database has (plain SQL, any schema version); None if unknown."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM users")).scalar_one())
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def verify_administrator(url: str, login: str, password: str) -> bool:
    """Whether `login`/`password` is an active administrator of the database at `url`. Plain SQL,
    so it works on a schema older than this client's models (before the upgrade)."""
    from app.auth import ADMIN_ROLE, verify_password

    engine = _engine(url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT u.password_hash FROM users u JOIN user_roles r ON r.user_id = u.id "
                    "WHERE u.login = :login AND u.active AND r.role = :role"
                ),
                {"login": login.strip(), "role": ADMIN_ROLE},
            ).first()
    except SQLAlchemyError:
        log.exception("could not read the administrators")
        return False
    finally:
        engine.dispose()
    return bool(row and row[0] and verify_password(row[0], password))


def upgrade_database(url: str) -> None:
    """Bring the database at `url` to this client's schema (after an administrator agreed)."""
    from app.workspace import open_workspace

    log.warning("upgrading the database schema of %s to %s", make_url(url), head_revision())
    open_workspace(url, upgrade=True).close()
