"""Log files: rotating files in the user log directory, with secrets scrubbed.

`configure_logging()` is called once at start-up (GUI and CLI). Every record passes through
`redact()`: a database URL keeps its user and host but never its password, and `password=…`
key-value pairs are masked, so a log file can be sent to IT as it is.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from collections import deque
from pathlib import Path

import platformdirs

APP_NAME = "sunlight"
LOG_FILE_NAME = "sunlight.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
ENV_LOG_DIR = "SUNLIGHT_LOG_DIR"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(process)d]: %(message)s"

# scheme://user:password@host → scheme://user:***@host
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)(?P<secret>[^@\s]*)(?P<at>@)")
# password=secret, "password": "secret", PGPASSWORD=secret, pwd: secret …
_KEY_PASSWORD = re.compile(
    r"(?P<head>\b(?:[A-Za-z_]*password|passwd|pwd|secret|token)[\"']?\s*[:=]\s*[\"']?)(?P<secret>[^\s\"',;&)}]+)",
    re.IGNORECASE,
)
MASK = "***"


def redact(text: str) -> str:
    """`text` with passwords removed from URLs and key=value pairs."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}{m['at']}", text)
    return _KEY_PASSWORD.sub(lambda m: f"{m['head']}{MASK}", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_directory() -> Path:
    """Where log files go: SUNLIGHT_LOG_DIR, else the platform's user log directory
    (~/.local/state/sunlight/log on Linux, %LOCALAPPDATA%\\sunlight\\Logs on Windows)."""
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_directory() / LOG_FILE_NAME


_handler: logging.Handler | None = None


def configure_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file (1 MB × 5) in `directory` (default: the user log
    directory). Idempotent: a second call moves the file handler. Returns the log file's path."""
    global _handler
    directory = directory or log_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    # SQLAlchemy's engine logger would echo URLs and statements; keep it at warnings.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    return path


def current_log_file() -> Path | None:
    """The file the configured handler writes to, or None before `configure_logging`."""
    if isinstance(_handler, logging.handlers.RotatingFileHandler):
        return Path(_handler.baseFilename)
    return None


def log_tail(lines: int = 200, path: Path | None = None) -> str:
    """The last `lines` lines of the log file (redacted again, in case), or "" if there is none."""
    path = path or current_log_file() or log_file()
    if _handler is not None:
        _handler.flush()
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            tail = deque(handle, maxlen=lines)
    except OSError:
        return ""
    return redact("".join(tail))
