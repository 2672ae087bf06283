"""Packaging. Always: the PyInstaller spec compiles and names what the bundle needs, and the Windows
and Linux recipes are complete. With PyInstaller installed and SUNLIGHT_TEST_PACKAGE=1 (as
`make package` sets): the one-folder build exists (it is built here if missing), and the built
binary opens the main window and saves a screenshot."""

from __future__ import annotations

import configparser
import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BINARY = ROOT / "dist" / "sunlight" / ("sunlight.exe" if sys.platform.startswith("win") else "sunlight")


def test_spec_compiles_and_bundles_what_the_app_reads_from_files() -> None:
    source = (PACKAGING / "sunlight.spec").read_text(encoding="utf-8")
    compile(source, "sunlight.spec", "exec")
    for needed in ("db\" / \"migrations", "resources\" / \"catalogue", "translations", "*.qm", "wqy-microhei",
                   "collect_submodules(\"app\")", "keyring", "rthook_sunlight.py", "sunlight_entry.py"):  # fmt: skip  # noqa: E501
        assert needed in source, needed
    compile((PACKAGING / "sunlight_entry.py").read_text(encoding="utf-8"), "entry", "exec")
    compile((PACKAGING / "rthook_sunlight.py").read_text(encoding="utf-8"), "rthook", "exec")


def test_windows_installer_script_has_start_menu_icon_and_uninstaller() -> None:
    iss = (PACKAGING / "sunlight.iss").read_text(encoding="utf-8")
    for needed in ("[Setup]", "SetupIconFile=sunlight.ico", "UninstallDisplayIcon", "[Icons]", "{group}\\阳光办件",  # noqa: E501
                   "{uninstallexe}", "..\\dist\\sunlight\\*"):  # fmt: skip
        assert needed in iss, needed


def test_linux_desktop_entry_and_icons() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "sunlight.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name[zh_CN]"] == "阳光办件"
    assert desktop["Exec"].endswith("sunlight gui") and desktop["Icon"] == "sunlight"
    png = (PACKAGING / "sunlight.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    assert (PACKAGING / "sunlight.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def _package_build_requested() -> bool:
    return (
        importlib.util.find_spec("PyInstaller") is not None and os.environ.get("SUNLIGHT_TEST_PACKAGE") == "1"
    )


def test_built_binary_opens_and_takes_a_screenshot(tmp_path: Path) -> None:
    if not _package_build_requested():
        # Without PyInstaller and SUNLIGHT_TEST_PACKAGE=1 the build is not run (it takes minutes);
        # the spec checks above still ran.
        assert not BINARY.exists() or BINARY.is_file()
        return
    if not BINARY.exists():
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(ROOT / "dist"),
             "--workpath", str(ROOT / "build" / "pyinstaller"), str(PACKAGING / "sunlight.spec")],
            check=True, cwd=ROOT,
        )  # fmt: skip
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUNLIGHT_LOG_DIR": str(tmp_path / "logs")}
    env.pop("SUNLIGHT_DB_URL", None)
    result = subprocess.run(
        [str(BINARY), "--db", f"sqlite:///{tmp_path / 'pkg.db'}", "gui", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 400 and height > 300
    # The migrations bundled as files really ran: the database is at this client's schema.
    from app.connection import ConnectionStatus, check_connection

    assert check_connection(f"sqlite:///{tmp_path / 'pkg.db'}").status is ConnectionStatus.OK
