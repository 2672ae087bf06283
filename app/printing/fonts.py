"""A CJK TrueType font for reportlab, embedded (subset) so that printed Chinese looks the same on
every printer and `pdftotext` gives the text back.

reportlab reads TrueType outlines only: WenQuanYi Micro Hei and the Windows fonts work; Noto CJK
(.ttc with CFF outlines) does not. SUNLIGHT_CJK_FONT may name a font file to use instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import ConfigurationError
from app.messages import msg

FONT_NAME = "SunlightCJK"
ENV_FONT = "SUNLIGHT_CJK_FONT"

# (path, subfont index within a .ttc collection)
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)

_registered: str | None = None
_registered_path: str | None = None


def registered_font_path() -> str | None:
    """The file of the registered CJK font (for drawing the same documents with Qt)."""
    register_cjk_font()
    return _registered_path


def _candidates() -> list[tuple[Path, int]]:
    found: list[tuple[Path, int]] = []
    override = os.environ.get(ENV_FONT, "").strip()
    if override:
        found.append((Path(override), 0))
    windir = os.environ.get("WINDIR")
    for path, index in CANDIDATES:
        if windir and path.startswith("C:/Windows"):
            path = str(Path(windir) / path[len("C:/Windows/") :])
        found.append((Path(path), index))
    return found


def register_cjk_font() -> str:
    """Register (once) an embeddable CJK TrueType font with reportlab and return its name.

    Raises ConfigurationError when no usable font is installed.
    """
    global _registered, _registered_path
    if _registered is not None:
        return _registered
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    tried = []
    for path, index in _candidates():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=index))
        except (TTFError, OSError) as exc:
            tried.append(f"{path}（{exc}）")
            continue
        # No separate bold face: <b> in paragraphs maps to the same font.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_NAME, bold, italic, FONT_NAME)
        _registered = FONT_NAME
        _registered_path = str(path)
        return FONT_NAME
    detail = msg("已尝试但无法使用：{tried}。", tried="；".join(tried)) if tried else ""
    raise ConfigurationError(
        msg(
            "找不到可嵌入 PDF 的中文字体，无法生成打印文件。"
            "Linux 请安装文泉驿微米黑（apt-get install fonts-wqy-microhei），"
            "Windows 应自带微软雅黑（msyh.ttc）；"
            "也可用环境变量 {variable} 指定一个 TrueType 中文字体文件。{detail}",
            variable=ENV_FONT,
            detail=detail,
        )
    )
