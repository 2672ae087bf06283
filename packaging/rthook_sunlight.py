# PyInstaller runtime hook: use the Chinese font shipped in the bundle for printed documents when
# the administrator has not named one (SUNLIGHT_CJK_FONT) and the system has none of the known ones.
import os
import sys
from pathlib import Path

_bundled = Path(getattr(sys, "_MEIPASS", "")) / "fonts" / "wqy-microhei.ttc"
if _bundled.exists() and not os.environ.get("SUNLIGHT_CJK_FONT"):
    os.environ["SUNLIGHT_CJK_FONT"] = str(_bundled)
