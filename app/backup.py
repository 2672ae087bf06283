"""Backup, restore and whole-database copy.

- SQLite: `backup` uses SQLite's online backup API: a consistent copy while desks keep working.
- PostgreSQL: `backup` runs `pg_dump --format=custom` when it is installed; otherwise (or with
  `fmt="logical"`) it writes a *logical export*: every table read inside one REPEATABLE READ,
  READ ONLY transaction (one snapshot, so the copy is consistent), as gzip-compressed JSON lines.
- `restore` puts a backup into an **empty** database (a new SQLite file, or a database with no
  tables); it refuses a target that already holds tables, so a restore never mixes two databases.
- `copy_database` moves a whole database to another URL — typically a desk's SQLite file into the
  agency's PostgreSQL server when it grows. Ids are kept (every foreign key stays valid) and the
  PostgreSQL sequences are moved past the copied ids, so new rows do not collide.

Every operation ends by checking the result: the row count of every table, and the audit hash chain
(`audit verify`) of the restored or copied database.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import io
import json
import os
import shutil
import sqlite3
import subprocess
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from app import policy
from app.connection import connection_failure, display_url
from app.errors import DomainError, InvalidInput, PermissionDenied
from app.files import cannot_read, written_in_full
from app.messages import Message, enumeration, msg
from db.engine import is_sqlite, sqlite_file
from db.migrate import alembic_config, current_revision, known_revision
from db.models import User

LOGICAL_MAGIC = "sunlight-logical-export"
LOGICAL_VERSION = 1
PG_DUMP_MAGIC = b"PGDMP"
SQLITE_MAGIC = b"SQLite format 3\x00"
BATCH = 5000

# progress(fraction done, what is being done)
Progress = Callable[[float, str], None]
VERSION_TABLE = "alembic_version"


class BackupError(DomainError):
    """A backup, restore or copy could not be made; the message says why and what to do."""


@dataclass
class Outcome:
    """What a backup, restore or copy did, for the CLI to print."""

    kind: str  # sqlite | pg_dump | logical | copy
    path: Path | None = None
    revision: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    audit_ok: bool | None = None
    audit_message: str = ""

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


# --- helpers ------------------------------------------------------------------------------------------


def _plain_engine(url: str) -> Engine:
    """An engine without the application's per-transaction hooks (plain BEGIN on SQLite)."""
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        return create_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _user_tables(engine: Engine) -> list[str]:
    return [t for t in inspect(engine).get_table_names() if not t.startswith("sqlite_")]


def _reflect(bind: Engine | Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(bind)
    return metadata


def _data_tables(metadata: MetaData) -> list[Table]:
    """Tables in foreign-key order (parents first), the Alembic version table excluded."""
    return [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]


def _require_empty(url: str) -> None:
    path = sqlite_file(url) if is_sqlite(url) else None
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return
    engine = _plain_engine(url)
    try:
        tables = _user_tables(engine)
    except SQLAlchemyError as error:
        raise connection_failure(url, error, msg("无法连接目标数据库")) from error
    finally:
        engine.dispose()
    if tables:
        raise BackupError(
            msg(
                "目标数据库 {database} 不是空库（已有 {count} 张表，如 {table}）。"
                "为避免把两个数据库混在一起，只能恢复或复制到空库：请新建一个空数据库"
                "（PostgreSQL：CREATE DATABASE …；SQLite：指定一个不存在的文件）后再试。",
                database=display_url(url),
                count=len(tables),
                table=tables[0],
            )
        )


def row_counts(url: str) -> dict[str, int]:
    """Rows in every table of the database at `url` (alembic_version excluded)."""
    engine = _plain_engine(url)
    try:
        metadata = _reflect(engine)
        with engine.connect() as connection:
            return {
                t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0)
                for t in _data_tables(metadata)
            }
    finally:
        engine.dispose()


def _normalise(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        from datetime import UTC

        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, Decimal):
        return str(value)
    return value


def table_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, normalised and sorted: for comparing two databases (tests, checks)."""
    engine = _plain_engine(url)
    try:
        metadata = _reflect(engine)
        result: dict[str, list[tuple[Any, ...]]] = {}
        with engine.connect() as connection:
            for table in _data_tables(metadata):
                columns = sorted(c.name for c in table.columns)
                rows = connection.execute(select(*(table.c[name] for name in columns)))
                result[table.name] = sorted(
                    (tuple(_normalise(v) for v in row) for row in rows),
                    key=lambda r: json.dumps(r, default=str),
                )
        return result
    finally:
        engine.dispose()


def compare_databases(first: str, second: str) -> list[str]:
    """Differences between two databases' tables (names and rows), in Chinese; empty when equal."""
    a, b = table_rows(first), table_rows(second)
    problems = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            problems.append(f"表 {name} 只存在于{'源' if name in a else '目标'}数据库中。")
        elif a[name] != b[name]:
            problems.append(f"表 {name} 的内容不一致（源 {len(a[name])} 行，目标 {len(b[name])} 行）。")
    return problems


def verify_audit(url: str) -> tuple[bool, str]:
    """`audit verify` on the database at `url`: the hash chain, and every case against it."""
    from sqlalchemy.orm import Session

    from app.reconciliation import check_audit_trail

    engine = _plain_engine(url)
    try:
        with Session(engine) as session:
            check = check_audit_trail(session)
        return check.ok, check.message
    finally:
        engine.dispose()


def reset_sequences(engine: Engine) -> int:
    """Move every PostgreSQL serial/identity sequence past the largest id in its column (after
    rows were inserted with explicit ids). Returns how many sequences were set."""
    with engine.begin() as connection:
        return _reset_sequences(connection)


def _reset_sequences(connection: Connection) -> int:
    if connection.dialect.name != "postgresql":
        return 0
    count = 0
    for table in _reflect(connection).sorted_tables:
        for column in table.primary_key.columns:
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            )
            if sequence is None:
                continue
            top = connection.scalar(select(func.max(column)))
            connection.execute(
                text("SELECT setval(CAST(:s AS regclass), :v, :called)"),
                {"s": sequence, "v": int(top or 1), "called": top is not None},
            )
            count += 1
    return count


def _migrate_to(connection: Connection, revision: str | None) -> None:
    """Create the schema of `revision` ("0004", or "0005+0006" for open branches) in `connection`'s
    transaction (on PostgreSQL undone with the rows if the restore or copy fails)."""
    from alembic import command

    if revision is None:
        return
    if not known_revision(revision):
        raise BackupError(
            msg(
                "备份的数据库结构版本为 {revision}，比本程序新：请先升级本机的阳光办件，再恢复该备份。",
                revision=revision,
            )
        )
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision.split("+") if "+" in revision else revision)


# --- backup -------------------------------------------------------------------------------------------


def require_source(url: str) -> None:
    """A SQLite database to back up or copy from must exist: opening a file that does not would
    create an empty database (a mistyped path in a nightly job would then "back up" nothing)."""
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is None or not path.is_file():
            raise BackupError(msg("源数据库文件 {path} 不存在。", path=str(path or display_url(url))))


def backup(
    url: str, out: str | os.PathLike[str], *, fmt: str = "auto", progress: Progress | None = None
) -> Outcome:
    """Write a consistent backup of the database at `url` to `out`.

    `fmt`: "auto" (SQLite backup API on SQLite; pg_dump when installed, else logical, on
    PostgreSQL), "sqlite", "pg_dump" or "logical". The file must not exist yet. `progress(fraction,
    text)` is told along the way; an exception it raises (the GUI's cancel) stops the backup, and
    nothing is left of it."""
    progress = progress or _quiet
    require_source(url)
    path = Path(out)
    if path.exists():
        raise InvalidInput(
            msg("备份文件 {path} 已存在：请换一个文件名，以免覆盖以前的备份。", path=str(path)), field="out"
        )
    if fmt == "auto":
        fmt = "sqlite" if is_sqlite(url) else ("pg_dump" if shutil.which("pg_dump") else "logical")
    if fmt == "sqlite":
        if not is_sqlite(url):
            raise InvalidInput(msg("SQLite 格式的备份只适用于 SQLite 数据库。"), field="format")
        return _backup_sqlite(url, path, progress)
    if fmt == "pg_dump":
        if is_sqlite(url):
            raise InvalidInput(msg("pg_dump 只适用于 PostgreSQL 数据库。"), field="format")
        progress(0.0, msg("正在用 pg_dump 导出数据库……"))
        return _backup_pg_dump(url, path)
    if fmt == "logical":
        return _backup_logical(url, path, progress)
    raise InvalidInput(
        msg("未知的备份格式“{format}”（可用：auto、sqlite、pg_dump、logical）。", format=fmt), field="format"
    )


def backup_as(actor: User | None, url: str, out: str | os.PathLike[str], **options: Any) -> Outcome:
    """`backup`, for a user: an administrator's work (the GUI's 备份数据库; the CLI checks the
    same right). None: the user's account is gone since he logged in."""
    if actor is None:
        raise PermissionDenied(msg("您的用户账户已不存在，请重新登录。"))
    policy.require(actor, "edit_settings")
    return backup(url, out, **options)


def _quiet(fraction: float, text: str) -> None:
    pass


def _backup_sqlite(url: str, path: Path, progress: Progress) -> Outcome:
    source_path = sqlite_file(url)
    assert source_path is not None  # (`require_source`)
    with written_in_full(path) as partial:
        source = sqlite3.connect(source_path, timeout=30)
        target = sqlite3.connect(partial)
        try:
            # Copies in steps; pages other desks change meanwhile are copied again (online backup).
            def copied(status: int, remaining: int, total: int) -> None:
                progress((total - remaining) / total if total else 1.0, msg("正在复制数据库……"))

            copied(0, 1, 1)
            source.backup(target, pages=1024, progress=copied)
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise BackupError(msg("备份文件校验失败：{check}", check=str(check)))
            target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        except sqlite3.Error as error:  # a full disk, a source that cannot be read
            raise BackupError(msg("备份未完成，SQLite 报告：{detail}。", detail=str(error))) from None
        finally:
            target.close()
            source.close()
    return Outcome("sqlite", path, _revision_of(f"sqlite:///{path}"), row_counts(f"sqlite:///{path}"))


def _pg_environment(url: str) -> dict[str, str]:
    parsed = make_url(url)
    env = dict(os.environ)
    for key, value in (
        ("PGHOST", parsed.host),
        ("PGPORT", parsed.port),
        ("PGUSER", parsed.username),
        ("PGPASSWORD", parsed.password),
        ("PGDATABASE", parsed.database),
    ):
        if value is not None:
            env[key] = str(value)
    for key, value in parsed.query.items():
        if key in ("sslmode", "sslrootcert", "sslcert", "sslkey") and isinstance(value, str):
            env["PG" + key.upper()] = value
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return env


def _run_pg_tool(arguments: list[str], url: str, what: str) -> None:
    """`what` names the operation in the error (a Message, so the GUI translates it)."""
    tool = shutil.which(arguments[0])
    if tool is None:
        raise BackupError(
            msg("未找到 {tool}：请安装 PostgreSQL 客户端工具，或改用逻辑导出格式。", tool=arguments[0])
        )
    completed = subprocess.run(
        [tool, *arguments[1:]], env=_pg_environment(url), capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise BackupError(
            msg(
                "{what}失败（{tool} 退出码 {code}）：{output}",
                what=what,
                tool=arguments[0],
                code=completed.returncode,
                output=completed.stderr.strip(),
            )
        )


def _backup_pg_dump(url: str, path: Path) -> Outcome:
    with written_in_full(path) as partial:
        _run_pg_tool(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(partial)],
            url,
            msg("备份"),
        )
    engine = _plain_engine(url)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    return Outcome("pg_dump", path, revision)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"__t": "dt", "v": value.isoformat()}
    if isinstance(value, date):
        return {"__t": "d", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {"__t": "dec", "v": str(value)}
    if isinstance(value, bytes | memoryview):
        return {"__t": "b", "v": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"__t", "v"}:
        kind, raw = value["__t"], value["v"]
        if kind == "dt":
            return datetime.fromisoformat(raw)
        if kind == "d":
            return date.fromisoformat(raw)
        if kind == "dec":
            return Decimal(raw)
        if kind == "b":
            return base64.b64decode(raw)
    return value


def _backup_logical(url: str, path: Path, progress: Progress) -> Outcome:
    engine = _plain_engine(url)
    counts: dict[str, int] = {}
    try:
        metadata = _reflect(engine)
        tables = _data_tables(metadata)
        options: dict[str, Any] = {"stream_results": True, "yield_per": BATCH}
        if engine.dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"
            options["postgresql_readonly"] = True
        with (
            engine.connect().execution_options(**options) as connection,
            connection.begin(),
            written_in_full(path) as partial,
            partial.open("wb") as raw,
            # Named inside as the backup is named outside (gzip keeps a file name).
            gzip.GzipFile(filename=path.name, mode="wb", fileobj=raw) as compressed,
            io.TextIOWrapper(compressed, encoding="utf-8") as handle,
        ):
            revision = _read_revision(connection)
            header = {"format": LOGICAL_MAGIC, "version": LOGICAL_VERSION, "revision": revision,
                      "tables": [t.name for t in tables]}  # fmt: skip
            handle.write(json.dumps(header, ensure_ascii=False) + "\n")
            for done, table in enumerate(tables):
                progress(done / len(tables), msg("正在导出 {table}……", table=table.name))
                columns = [c.name for c in table.columns]
                handle.write(json.dumps({"table": table.name, "columns": columns}, ensure_ascii=False) + "\n")
                count = 0
                with connection.execute(select(table)) as rows:  # a server-side cursor: closed on failure
                    for row in rows:
                        handle.write(json.dumps([_encode(v) for v in row], ensure_ascii=False) + "\n")
                        count += 1
                        if count % BATCH == 0:
                            progress(done / len(tables), msg("正在导出 {table}……", table=table.name))
                counts[table.name] = count
                handle.write(json.dumps({"end": table.name, "rows": count}) + "\n")
    finally:
        engine.dispose()
    return Outcome("logical", path, revision, counts)


def _read_revision(connection: Any) -> str | None:
    from alembic.runtime.migration import MigrationContext

    heads = sorted(MigrationContext.configure(connection).get_current_heads())
    return "+".join(heads) if heads else None


def _revision_of(url: str) -> str | None:
    engine = _plain_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


# --- restore ------------------------------------------------------------------------------------------


def backup_kind(path: str | os.PathLike[str]) -> str:
    """ "sqlite", "pg_dump" or "logical", from the file's first bytes."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise cannot_read(path, error) from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "pg_dump"
    if head.startswith(b"\x1f\x8b"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            try:
                first = json.loads(handle.readline())
            except (json.JSONDecodeError, UnicodeDecodeError, OSError):
                first = {}
        if isinstance(first, dict) and first.get("format") == LOGICAL_MAGIC:
            return "logical"
    raise BackupError(
        msg(
            "无法识别备份文件 {path} 的格式：它不是阳光办件的备份（SQLite、pg_dump 或逻辑导出）。",
            path=str(path),
        )
    )


def restore(path: str | os.PathLike[str], url: str) -> Outcome:
    """Restore the backup at `path` into the empty database at `url`, then check it.

    All or nothing: a restore that fails part way (a damaged or cut-off backup, the server gone)
    leaves the target as empty as it was, so it can be tried again at once."""
    path = Path(path)
    if not path.exists():
        raise InvalidInput(msg("备份文件 {path} 不存在。", path=str(path)), field="file")
    kind = backup_kind(path)
    _require_empty(url)
    if kind == "pg_dump" and is_sqlite(url):
        raise BackupError(
            msg(
                "pg_dump 备份只能恢复到 PostgreSQL 数据库。要恢复到 SQLite，请对原数据库另做逻辑导出备份"
                "（sunlight backup --format logical），或用 sunlight db copy 直接复制。"
            )
        )
    with _made_whole(url, msg("恢复"), path) as into:
        if kind == "sqlite" and is_sqlite(into):
            _restore_sqlite(path, into)
        elif kind == "sqlite":
            _copy_rows(f"sqlite:///{path}", into)
        elif kind == "pg_dump":
            arguments = ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction"]
            _run_pg_tool([*arguments, "-d", _pg_database(into), str(path)], into, msg("恢复"))
        else:
            _restore_logical(path, into)
    return _checked(kind, url)


@contextlib.contextmanager
def _made_whole(url: str, what: Message, backup_file: Path | None = None) -> Iterator[str]:
    """The URL to restore or copy into, all or nothing. A SQLite file is built under a hidden name
    beside its place and takes the name once complete, so a failure, or the process killed, leaves
    no half-made database there; on PostgreSQL the whole restore or copy (schema, rows, sequences)
    is one transaction. A failure is said with what it left: nothing."""
    untouched = msg("目标数据库未作改动，仍是空库。")
    target = sqlite_file(url) if is_sqlite(url) else None
    try:
        if target is None:
            yield url
            return
        with written_in_full(target) as partial:
            try:
                yield f"sqlite:///{partial}"
            except BaseException:
                for suffix in ("-journal", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
                raise
    except BackupError as error:
        raise BackupError(msg("{reason}\n{untouched}", reason=error.message, untouched=untouched)) from None
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).strip()
        raise BackupError(
            msg("{what}中断：{detail}\n{untouched}", what=what, detail=detail, untouched=untouched)
        ) from None
    except (EOFError, zlib.error, gzip.BadGzipFile, UnicodeDecodeError) as error:
        if backup_file is None:
            raise
        raise BackupError(
            msg(
                "备份文件 {path} 不完整或已损坏（{reason}），无法恢复。\n{untouched}",
                path=str(backup_file),
                reason=msg("文件在中途截断") if isinstance(error, EOFError) else msg("压缩数据有误"),
                untouched=untouched,
            )
        ) from None
    except (json.JSONDecodeError, ValueError, KeyError, TypeError, IndexError) as error:
        if backup_file is None:
            raise
        raise BackupError(
            msg(
                "备份文件 {path} 的内容有误（{reason}），无法恢复。\n{untouched}",
                path=str(backup_file),
                reason=str(error),
                untouched=untouched,
            )
        ) from None


def _pg_database(url: str) -> str:
    return str(make_url(url).database or "postgres")


def _restore_sqlite(path: Path, url: str) -> None:
    target_path = sqlite_file(url)
    if target_path is None:
        raise BackupError(msg("内存数据库不能作为恢复目标。"))
    target_path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
        source.close()


def _restore_logical(path: Path, url: str) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        header = json.loads(handle.readline())
        if header.get("version") != LOGICAL_VERSION:
            raise BackupError(
                msg("逻辑导出文件的格式版本 {version} 本程序不认识。", version=header.get("version"))
            )
        engine = _plain_engine(url)
        try:
            with engine.begin() as connection:
                _migrate_to(connection, header.get("revision"))
                metadata = _reflect(connection)
                _disable_sqlite_fks(connection)
                while True:
                    line = handle.readline()
                    if not line:
                        break
                    start = json.loads(line)
                    table = metadata.tables.get(start["table"])
                    if table is None:
                        raise BackupError(
                            msg("备份中的表 {table} 在目标数据库结构中不存在。", table=start["table"])
                        )
                    columns = start["columns"]
                    # The migration may have seeded rows (the audit chain head): the backup's win.
                    connection.execute(table.delete())
                    batch: list[dict[str, Any]] = []
                    for raw in handle:
                        item = json.loads(raw)
                        if isinstance(item, dict):
                            break
                        batch.append({c: _decode(v) for c, v in zip(columns, item, strict=True)})
                        if len(batch) >= BATCH:
                            connection.execute(table.insert(), batch)
                            batch = []
                    if batch:
                        connection.execute(table.insert(), batch)
                _reset_sequences(connection)
        finally:
            engine.dispose()


def _disable_sqlite_fks(connection: Any) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def _checked(kind: str, url: str) -> Outcome:
    """Bring the restored database to this client's schema and verify its audit chain."""
    from app.workspace import open_workspace

    open_workspace(url).close()  # upgrades a backup of an older release
    ok, message = verify_audit(url)
    return Outcome(kind, None, _revision_of(url), row_counts(url), ok, message)


# --- copy ---------------------------------------------------------------------------------------------


def copy_database(source_url: str, target_url: str) -> Outcome:
    """Copy every table of `source_url` into the empty database `target_url`, keeping ids.

    The target gets the source's schema revision through the migrations, then the rows in
    foreign-key order, then (PostgreSQL) its sequences are reset, all or nothing (see
    `_made_whole`); finally it is brought to this client's schema and its rows and audit chain are
    checked against the source."""
    require_source(source_url)
    _require_empty(target_url)
    with _made_whole(target_url, msg("复制")) as into:
        _copy_rows(source_url, into)
    outcome = _checked("copy", target_url)
    source_counts = row_counts(source_url)
    differing = [t for t, n in source_counts.items() if outcome.row_counts.get(t) != n]
    if differing and _revision_of(source_url) == outcome.revision:
        raise BackupError(
            msg("复制后以下表的行数与源数据库不一致：{tables}。", tables=enumeration(differing))
        )
    return outcome


def _copy_rows(source_url: str, target_url: str) -> None:
    """The copy itself, the schema and the rows in one transaction of the target."""
    source = _plain_engine(source_url)
    target = _plain_engine(target_url)
    try:
        try:
            revision = current_revision(source)
        except SQLAlchemyError as error:
            raise connection_failure(source_url, error, msg("无法连接源数据库")) from error
        if revision is None:
            raise BackupError(
                msg(
                    "源数据库 {database} 不是阳光办件数据库（没有结构版本）。",
                    database=display_url(source_url),
                )
            )
        with source.connect().execution_options(stream_results=True, yield_per=BATCH) as reader:
            if source.dialect.name == "postgresql":
                reader.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with reader.begin(), target.begin() as writer:
                _migrate_to(writer, revision)
                source_meta, target_meta = _reflect(reader), _reflect(writer)
                _disable_sqlite_fks(writer)
                for table in _data_tables(source_meta):
                    into = target_meta.tables.get(table.name)
                    if into is None:
                        raise BackupError(msg("表 {table} 在目标数据库结构中不存在。", table=table.name))
                    writer.execute(into.delete())  # rows seeded by the migrations
                    columns = [c.name for c in table.columns if c.name in into.c]
                    batch: list[dict[str, Any]] = []
                    for row in reader.execute(select(*(table.c[c] for c in columns))):
                        batch.append(dict(zip(columns, row, strict=True)))
                        if len(batch) >= BATCH:
                            writer.execute(into.insert(), batch)
                            batch = []
                    if batch:
                        writer.execute(into.insert(), batch)
                _reset_sequences(writer)
    finally:
        source.dispose()
        target.dispose()


__all__ = [
    "BackupError",
    "Outcome",
    "backup",
    "backup_kind",
    "compare_databases",
    "copy_database",
    "display_url",
    "reset_sequences",
    "restore",
    "row_counts",
    "table_rows",
    "verify_audit",
]
