"""Per-workstation preferences in QSettings, declared once here with their types and defaults.

What belongs here: how this computer reaches the database, the interface language, the printer
defaults, and window layouts (per user). Database-wide settings (agency header, idle lock, card
thresholds) live in the database (`app.settings`). The database password is never written to
QSettings: it goes to the system keyring (Windows Credential Manager, macOS Keychain, Secret
Service on Linux) where one is available, and is otherwise asked for at start-up.

Versioned as Picard does: `SETTINGS_VERSION` and `upgrade()` migrate older files. Tests point
QSettings at a temporary INI file (see `use_ini_file`).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

T = TypeVar("T")

ORGANISATION = "Sunlight"
APPLICATION = "Sunlight"
SETTINGS_VERSION = 1
KEYRING_SERVICE = "sunlight-database"

LOCAL = "local"
SERVER = "server"
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T
    kind: type

    def read(self, settings: QSettings | None = None) -> T:
        settings = settings or qsettings()
        raw = settings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                if isinstance(raw, str):
                    return raw.strip().lower() in ("1", "true", "yes", "on")  # type: ignore[return-value]
                return bool(raw)  # type: ignore[return-value]
            return self.kind(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            log.warning("preference %s has an unreadable value; using the default", self.key)
            return self.default

    def write(self, value: T, settings: QSettings | None = None) -> None:
        (settings or qsettings()).setValue(self.key, value)


VERSION = Preference("meta/version", 0, int)
# Database connection: "" (not set up yet), "local" or "server".
DB_MODE = Preference("database/mode", "", str)
DB_LOCAL_PATH = Preference("database/local_path", "", str)  # "" = the default file
DB_HOST = Preference("database/host", "", str)
DB_PORT = Preference("database/port", 5432, int)
DB_NAME = Preference("database/name", "sunlight", str)
DB_USER = Preference("database/user", "", str)
LANGUAGE = Preference("ui/language", "zh_CN", str)
PRINTER_NAME = Preference("printing/printer", "", str)  # "" = the system default printer
PRINT_PREVIEW = Preference("printing/preview_first", True, bool)
PRINT_COPIES = Preference("printing/copies", 1, int)
PRINT_DUPLEX = Preference("printing/duplex", False, bool)

ALL = (
    VERSION,
    DB_MODE,
    DB_LOCAL_PATH,
    DB_HOST,
    DB_PORT,
    DB_NAME,
    DB_USER,
    LANGUAGE,
    PRINTER_NAME,
    PRINT_PREVIEW,
    PRINT_COPIES,
    PRINT_DUPLEX,
)


def qsettings() -> QSettings:
    """This workstation's settings (the registry on Windows, ~/.config/Sunlight/Sunlight.conf on
    Linux; an INI file in tests)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def use_ini_file(directory: Path) -> None:
    """Keep every QSettings of this process under `directory` (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(directory))


def upgrade(settings: QSettings | None = None) -> None:
    """Bring an older settings file to SETTINGS_VERSION (version 0 = before versioning)."""
    settings = settings or qsettings()
    version = VERSION.read(settings)
    # Future upgrades go here: `if version < 2: rename keys …`.
    if version < SETTINGS_VERSION:
        VERSION.write(SETTINGS_VERSION, settings)
        settings.sync()


# --- the database connection ----------------------------------------------------------------------


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def keyring_account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_configured(settings: QSettings | None = None) -> bool:
    return DB_MODE.read(settings) in (LOCAL, SERVER)


def server_connection(settings: QSettings | None = None) -> ServerConnection:
    return ServerConnection(
        DB_HOST.read(settings), DB_PORT.read(settings), DB_NAME.read(settings), DB_USER.read(settings)
    )


def save_local(path: str = "", settings: QSettings | None = None) -> None:
    settings = settings or qsettings()
    DB_MODE.write(LOCAL, settings)
    DB_LOCAL_PATH.write(path, settings)
    settings.sync()


def save_server(
    connection: ServerConnection, password: str | None, settings: QSettings | None = None
) -> bool:
    """Store the connection; the password goes to the keyring. True when the password was kept
    (False: no keyring here, the password will be asked for at each start)."""
    settings = settings or qsettings()
    DB_MODE.write(SERVER, settings)
    DB_HOST.write(connection.host, settings)
    DB_PORT.write(connection.port, settings)
    DB_NAME.write(connection.database, settings)
    DB_USER.write(connection.user, settings)
    settings.sync()
    return store_password(connection, password) if password else False


def local_database_url(settings: QSettings | None = None) -> str:
    from db.engine import default_database_url

    path = DB_LOCAL_PATH.read(settings)
    return f"sqlite:///{path}" if path else default_database_url()


def configured_url(settings: QSettings | None = None, *, password: str | None = None) -> str | None:
    """The database URL this workstation is set up for (password from `password` or the
    keyring), or None when it is not set up."""
    mode = DB_MODE.read(settings)
    if mode == LOCAL:
        return local_database_url(settings)
    if mode == SERVER:
        connection = server_connection(settings)
        return connection.url(password if password is not None else load_password(connection))
    return None


# --- the keyring ----------------------------------------------------------------------------------


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    return not (chained is not None and not chained)


def store_password(connection: ServerConnection, password: str) -> bool:
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_account, password)
    except Exception as exc:  # a locked or refusing keyring: ask at start-up instead
        log.warning("could not store the database password in the keyring: %s", type(exc).__name__)
        return False
    return True


def load_password(connection: ServerConnection) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_account)
    except Exception as exc:
        log.warning("could not read the database password from the keyring: %s", type(exc).__name__)
        return None


def forget_password(connection: ServerConnection) -> None:
    if not keyring_available():
        return
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, connection.keyring_account)


# --- window layouts, per user ---------------------------------------------------------------------


def _layout_key(login: str, window: str, part: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in (login or "_anonymous"))
    return f"layout/{safe}/{window}/{part}"


def save_layout(
    login: str, window: str, part: str, state: QByteArray | bytes, settings: QSettings | None = None
) -> None:
    (settings or qsettings()).setValue(_layout_key(login, window, part), QByteArray(state))


def load_layout(login: str, window: str, part: str, settings: QSettings | None = None) -> QByteArray | None:
    value: Any = (settings or qsettings()).value(_layout_key(login, window, part), None)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None
