"""Screenshots of widgets, for people to look at.

Engineers open these PNGs to judge the GUI as a user would see it (layout, wording, clipped text,
colours: what no assertion checks), so every GUI test saves its screenshots the same way, into one
directory: $SUNLIGHT_SHOTS if set, else /tmp/sunlight-gui-shots. A screenshot that cannot be written
fails its test, rather than leaving a missing or stale PNG that someone then judges.

Names are unique across the suite; a test run on both backends overwrites its own screenshot.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

DEFAULT_DIRECTORY = Path("/tmp/sunlight-gui-shots")


def shots_directory() -> Path:
    return Path(os.environ.get("SUNLIGHT_SHOTS") or DEFAULT_DIRECTORY)


def save_shot(widget: QWidget, name: str) -> Path:
    """Save `widget.grab()` as `<shots directory>/<name>.png` and return its path.

    `name` is a bare file stem such as "main-disconnected" (no directory, no ".png").
    """
    if not name or "/" in name or name.endswith(".png"):
        raise ValueError(f"screenshot name must be a bare stem like 'main-disconnected', not {name!r}")
    directory = shots_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.png"
    saved = widget.grab().save(str(path), "PNG")
    if not saved:  # not a bare assert: it must hold under python -O too
        raise AssertionError(f"could not save the screenshot {path}")
    return path
