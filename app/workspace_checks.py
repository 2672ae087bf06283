"""Checks on where a desk's database lives, for warnings the GUI shows at start-up.

SQLite's WAL mode keeps its shared-memory index in a file beside the database and relies on the
operating system's file locks: both are unreliable on network file systems (NFS, SMB/CIFS), where
two workstations can corrupt the file. One desk's SQLite file belongs on a local disk; an agency
with several desks uses PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.messages import msg

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs",
     "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs"}
)  # fmt: skip


def _unescape_mount_path(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal (\040 …).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_fs_type(path: Path, mounts_text: str) -> str | None:
    """The file system type of the mount holding `path`, from the text of /proc/mounts."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount_path(parts[1]), parts[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) >= best[0]
        ):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    for candidate in (path, *path.parents):
        if candidate.exists():
            # Resolve symlinks in the part that exists; keep the part still to be created.
            return candidate.resolve() / path.relative_to(candidate)
    return path


def sqlite_on_network_share(path: str | os.PathLike[str], *, mounts_file: str = "/proc/mounts") -> bool:
    """Whether the SQLite file at `path` (or the folder it would be created in) is on a network
    share: an NFS/SMB/CIFS mount on Linux, a remote drive or UNC path on Windows."""
    target = Path(path)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows workstations
        return _windows_remote(target)
    if str(target).startswith("//"):
        return True
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as handle:
            mounts_text = handle.read()
    except OSError:
        return False  # no /proc (macOS, BSD): cannot tell, do not warn
    fs_type = mount_fs_type(_existing_ancestor(target), mounts_text)
    return fs_type is not None and (fs_type in NETWORK_FS_TYPES or fs_type.startswith(("nfs", "smb", "cifs")))


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    text = str(path.absolute())
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path \\server\share
    drive_remote = 4  # DRIVE_REMOTE
    root = os.path.splitdrive(text)[0] + "\\"
    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))) == drive_remote


def network_share_warning(url_or_path: str) -> str | None:
    """The warning to show for a workspace URL or SQLite path (a Message: the GUI translates it), or
    None when there is nothing to say."""
    from db.engine import is_sqlite, sqlite_file

    if "://" in url_or_path:
        if not is_sqlite(url_or_path):
            return None
        path = sqlite_file(url_or_path)
        if path is None:
            return None
    else:
        path = Path(url_or_path)
    if not sqlite_on_network_share(path):
        return None
    return msg(
        "数据库文件 {path} 位于网络共享磁盘上。单机版数据库（SQLite）必须放在本机磁盘上："
        "网络磁盘不能可靠地支持其写前日志（WAL）和文件锁，多台电脑同时使用可能损坏数据。"
        "请把数据库移到本机磁盘；多个处室共用时请改用 PostgreSQL 数据库服务器。",
        path=str(path),
    )


__all__ = ["mount_fs_type", "network_share_warning", "sqlite_on_network_share"]
