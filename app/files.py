"""Files the user names for the application to write (backups, reports, printed documents,
exports) or read (backups, catalogues, calendars, user lists).

A file is written whole or not at all: into a hidden partial file beside it, which takes the name
asked for only once it is complete (and, where writing it goes with a transaction, only after the
commit), and is removed when anything fails. A file that cannot be written or read is named with
the reason in the user's words (`FileProblem`), never as a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from app.errors import DomainError, InvalidInput
from app.messages import Message, msg


class FileProblem(DomainError):
    """A file the user named cannot be written or read; nothing was left half written."""


def _reason(error: OSError, *, writing: bool) -> Message | str:
    code = error.errno
    if code == errno.ENOENT:
        return msg("所在的文件夹不存在") if writing else msg("文件不存在")
    if code in (errno.EACCES, errno.EPERM):
        return msg("没有写入该位置的权限") if writing else msg("没有读取该文件的权限")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return msg("磁盘空间不足")
    if code == errno.EROFS:
        return msg("该位置只读")
    if code == errno.EISDIR:
        return msg("这是一个文件夹，不是文件")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return msg("路径中有一级不是文件夹，而是同名的文件")
    if code == errno.ENAMETOOLONG:
        return msg("文件名太长")
    if code == errno.EIO:
        return msg("读写文件时出错")
    return error.strerror or str(error)


def cannot_write(path: str | os.PathLike[str], error: OSError) -> FileProblem:
    reason = _reason(error, writing=True)
    return FileProblem(msg("无法写入文件 {path}：{reason}。", path=str(path), reason=reason))


def cannot_read(path: str | os.PathLike[str], error: OSError) -> FileProblem:
    reason = _reason(error, writing=False)
    return FileProblem(msg("无法读取文件 {path}：{reason}。", path=str(path), reason=reason))


@contextlib.contextmanager
def written_in_full(path: str | os.PathLike[str]) -> Iterator[Path]:
    """The partial file to write `path`'s content into; it becomes `path` when the block ends
    without an error, and is removed when it ends with one (an OSError becomes a FileProblem).
    The partial file exists already when the block starts, so a place that cannot be written is
    found before any work is done."""
    target = Path(path)
    partial = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.open("wb").close()
    except OSError as error:
        raise cannot_write(target, error) from None
    try:
        yield partial
        partial.replace(target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(target, error) from None
        raise


def write_file(path: str | os.PathLike[str], content: bytes | str) -> Path:
    """Write `content` (text as UTF-8) to `path`, whole or not at all; the path written."""
    with written_in_full(path) as partial:
        partial.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return Path(path)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at `path`, or a FileProblem saying why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise cannot_read(path, error) from None


__all__ = ["FileProblem", "cannot_read", "cannot_write", "read_file", "write_file", "written_in_full"]


def spreadsheet_text(data: bytes) -> str:
    """The text of a CSV file as people save it: UTF-8 (with or without Excel's byte-order mark) or
    GBK (what Excel and WPS write on Chinese Windows)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(msg("无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV 文件。"), field="file")
