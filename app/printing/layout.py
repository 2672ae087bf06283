"""The layout of the case documents: one reportlab drawing for screen (preview) and paper.

`render_document(data)` draws a `DocumentData` (plain data, see app.printing.documents) on A4
portrait and returns the PDF bytes. The preview dialog renders these bytes with QtPdf and prints
them to a QPrinter, so what the clerk sees is what the applicant gets.

The drawing uses the canvas directly with a small CJK line breaker rather than platypus: a
receipt is printed while the applicant waits, and the whole document costs little more than
drawing its text (tests/bench/bench_receipts.py). The QR code is drawn as merged rectangles from
the `qrcode` matrix with a fixed mask (any of the eight masks is a valid code; choosing the best
one costs eight times the encoding).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.agency_time import format_date_cn
from app.printing.fonts import register_cjk_font

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 26 * mm
RIGHT = PAGE_WIDTH - 26 * mm
TOP = PAGE_HEIGHT - 20 * mm
BOTTOM = 17 * mm
TEXT_WIDTH = RIGHT - LEFT
RED = colors.HexColor("#c00000")
GREY = colors.HexColor("#606060")
BODY_SIZE = 12
BODY_LEADING = 18
STUB_HEIGHT = 58 * mm
QR_SIZE = 22 * mm

# Characters that may not begin a line (标点避头).
NO_LINE_START = frozenset("，。、；：？！）》」』”’…—,.;:?!)")

KIND_TITLES: dict[str, str] = {
    "receipt": "受理通知书",
    "supplement": "补正材料一次性告知书",
    "refusal": "不予受理通知书",
}


@dataclass(frozen=True)
class AgencyHeader:
    name: str
    address: str = ""
    postcode: str = ""
    phone: str = ""
    website: str = ""
    logo_path: str = ""
    seal_name: str = ""  # the name in the seal area; the agency name when empty


@dataclass(frozen=True)
class DocumentData:
    """Everything a printed document shows, as plain data."""

    kind: str  # receipt | supplement | refusal
    agency: AgencyHeader
    document_number: str
    case_number: str
    applicant_name: str
    applicant_is_person: bool
    matter: str
    subject: str
    division_name: str
    handler_name: str
    received_on: date
    dated: date  # the date of the act the document certifies (acceptance, notice, refusal)
    inquiry_phone: str = ""
    complaint_phone: str = ""
    accepted_on: date | None = None
    promised_due: date | None = None
    statutory_due: date | None = None
    promised_limit: str = ""  # "15个工作日"
    statutory_limit: str = ""
    provisional: bool = False
    materials: tuple[tuple[str, int], ...] = ()  # (name, copies) received
    supplement_items: tuple[tuple[str, str, str], ...] = ()  # (name, problem, note)
    supplement_note: str = ""
    refusal_reason: str = ""
    reconsideration_body: str = "湖南省人民政府"
    verification_code: str | None = None  # None: a preview, nothing recorded yet
    qr_payload: str = ""
    reprint_no: int = 0
    original_printed_on: date | None = None
    extra_notes: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]

    @property
    def you(self) -> str:
        return "你" if self.applicant_is_person else "你单位"


_DATE_FIELDS = ("received_on", "dated", "accepted_on", "promised_due", "statutory_due", "original_printed_on")


def document_to_json(data: DocumentData) -> dict[str, Any]:
    """`data` as JSON-ready values (dates as ISO text), kept with each printing."""
    values = asdict(data)
    for name in _DATE_FIELDS:
        if values[name] is not None:
            values[name] = values[name].isoformat()
    return values


def document_from_json(values: dict[str, Any]) -> DocumentData:
    """The DocumentData `document_to_json` wrote (lists back to tuples, ISO text back to dates)."""
    known = {f.name for f in fields(DocumentData)}
    kept = {k: v for k, v in values.items() if k in known}
    kept["agency"] = AgencyHeader(**kept["agency"])
    for name in _DATE_FIELDS:
        if kept.get(name) is not None:
            kept[name] = date.fromisoformat(kept[name])
    for name in ("materials", "supplement_items"):
        kept[name] = tuple(tuple(item) for item in kept.get(name, ()))
    kept["extra_notes"] = tuple(kept.get("extra_notes", ()))
    return DocumentData(**kept)


# --- text measuring and line breaking --------------------------------------------------------------

_widths: dict[tuple[str, str], float] = {}


def _char_width(ch: str, font: str) -> float:
    key = (ch, font)
    width = _widths.get(key)
    if width is None:
        width = _widths[key] = pdfmetrics.stringWidth(ch, font, 1000) / 1000
    return width


def text_width(text: str, font: str, size: float) -> float:
    return sum(_char_width(ch, font) for ch in text) * size


def wrap(text: str, font: str, size: float, width: float, first_indent: float = 0) -> list[str]:
    """Break Chinese (and mixed) text into lines no wider than `width` points. No spaces are
    needed; a closing punctuation mark never starts a line (it hangs at the previous line's end);
    Latin words and numbers are not split when they fit on a line of their own."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        limit = (width - first_indent) / size
        line: list[str] = []
        used = 0.0
        chars = list(paragraph)
        i = 0
        while i < len(chars):
            ch = chars[i]
            w = _char_width(ch, font)
            if used + w > limit and line and ch not in NO_LINE_START:
                # Keep an ASCII word together.
                if ch.isascii() and ch.isalnum():
                    j = len(line)
                    while j > 0 and line[j - 1].isascii() and line[j - 1].isalnum():
                        j -= 1
                    if 0 < j < len(line):
                        carry = line[j:]
                        del line[j:]
                        lines.append("".join(line))
                        line = carry
                        used = sum(_char_width(c, font) for c in line)
                        limit = width / size
                        continue
                lines.append("".join(line))
                line, used, limit = [], 0.0, width / size
            line.append(ch)
            used += w
            i += 1
        lines.append("".join(line))
    return lines


# --- the drawing ------------------------------------------------------------------------------------


class _Page:
    """A canvas with a cursor that moves down and starts a new page when the text runs out."""

    def __init__(self, canvas: Canvas, font: str, data: DocumentData) -> None:
        self.c = canvas
        self.font = font
        self.data = data
        self.y = TOP
        self.page = 1

    def need(self, height: float, bottom: float = BOTTOM) -> None:
        if self.y - height < bottom:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.c.setFont(self.font, 9)
        self.c.setFillColor(GREY)
        self.c.drawString(LEFT, TOP + 6 * mm, f"{self.data.title}（续） {self.data.document_number}")
        self.c.setFillColor(colors.black)

    def _footer(self) -> None:
        c = self.c
        c.setFont(self.font, 8)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_WIDTH / 2, 10 * mm, f"办件编号 {self.data.case_number}    第 {self.page} 页")
        c.setFillColor(colors.black)

    def finish(self) -> None:
        self._footer()
        self.c.showPage()

    def paragraph(
        self,
        text: str,
        size: float = BODY_SIZE,
        leading: float = BODY_LEADING,
        indent_chars: float = 2,
        hanging: float = 0,
        colour: colors.Color = colors.black,
        bottom: float = BOTTOM,
    ) -> None:
        """A paragraph with a first-line indent (`indent_chars` characters), or a hanging indent
        (`hanging` points for the continuation lines, for numbered items)."""
        first = indent_chars * size
        lines = wrap(text, self.font, size, TEXT_WIDTH - hanging, first_indent=first - hanging)
        self.c.setFillColor(colour)
        for n, line in enumerate(lines):
            self.need(leading, bottom)
            self.y -= leading
            self.c.setFont(self.font, size)
            self.c.drawString(LEFT + (first if n == 0 else hanging), self.y, line)
        self.c.setFillColor(colors.black)


def render_document(data: DocumentData) -> bytes:
    """The document as PDF bytes (A4 portrait, one or more pages)."""
    font = register_cjk_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{data.title} {data.document_number}")
    canvas.setAuthor(data.agency.name)
    canvas.setSubject(data.case_number)
    canvas.setCreator("阳光办件")
    draw_document(canvas, data, font)
    canvas.save()
    return buffer.getvalue()


def draw_document(canvas: Any, data: DocumentData, font: str) -> None:
    """Draw the document on `canvas`: a reportlab Canvas, or any object with the same drawing
    methods (the GUI's QPainter adapter draws the same layout for screen and printer)."""
    page = _Page(canvas, font, data)
    _header(page)
    body = {"receipt": _receipt_body, "supplement": _supplement_body, "refusal": _refusal_body}[data.kind]
    stub = data.kind == "receipt"
    body(page)
    _signature(page, bottom=BOTTOM + (STUB_HEIGHT if stub else 0))
    if stub:
        if page.y - 4 * mm < BOTTOM + STUB_HEIGHT:
            page.new_page()
        _stub(page)
    if data.verification_code is None:
        _watermark(page)
    page.finish()


def _header(page: _Page) -> None:
    c, data, font = page.c, page.data, page.font
    agency = data.agency
    top = TOP
    logo = Path(agency.logo_path) if agency.logo_path else None
    if logo is not None and logo.is_file():
        # An unreadable logo must not stop a receipt: the header text is enough.
        with contextlib.suppress(OSError):
            c.drawImage(
                str(logo), LEFT, top - 16 * mm, 16 * mm, 16 * mm, preserveAspectRatio=True, mask="auto"
            )
    c.setFillColor(RED)
    c.setFont(font, 22)
    c.drawCentredString(PAGE_WIDTH / 2, top - 11 * mm, agency.name)
    c.setStrokeColor(RED)
    c.setLineWidth(1.6)
    c.line(LEFT, top - 17 * mm, RIGHT, top - 17 * mm)
    c.setLineWidth(0.5)
    c.line(LEFT, top - 18 * mm, RIGHT, top - 18 * mm)
    contact = "  ".join(
        part
        for part in (
            f"地址：{agency.address}" if agency.address else "",
            f"邮编：{agency.postcode}" if agency.postcode else "",
            f"电话：{agency.phone}" if agency.phone else "",
            agency.website,
        )
        if part
    )
    if contact:
        c.setFont(font, 8)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_WIDTH / 2, top - 22 * mm, contact)
    if data.reprint_no:
        _reprint_mark(page, top)
    c.setFillColor(colors.black)
    c.setFont(font, 18)
    c.drawCentredString(PAGE_WIDTH / 2, top - 32 * mm, data.title)
    c.setFont(font, 11)
    c.drawCentredString(PAGE_WIDTH / 2, top - 38 * mm, data.document_number)
    page.y = top - 42 * mm
    page.paragraph(f"{data.applicant_name}：", indent_chars=0)


def _reprint_mark(page: _Page, top: float) -> None:
    c, font = page.c, page.font
    label = "补打"
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(1.2)
    c.rect(RIGHT - 22 * mm, top - 34 * mm, 22 * mm, 9 * mm, stroke=1, fill=0)
    c.setFont(font, 14)
    c.drawCentredString(RIGHT - 11 * mm, top - 31 * mm, label)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)


def _limit_line(limit: str, due: date | None, provisional: bool, verb: str) -> str:
    if due is None:
        return f"{limit}（自受理之日起计算）" if limit else "依照有关规定办理"
    mark = "（暂定，以当年法定节假日安排公布后为准）" if provisional else ""
    head = f"{limit}，" if limit else ""
    return f"{head}{verb}{format_date_cn(due)}前办结{mark}"


def _matter_phrase(data: DocumentData) -> str:
    subject = f"（项目名称：{data.subject}）" if data.subject else ""
    return f"“{data.matter}”申请{subject}"


def _receipt_body(page: _Page) -> None:
    data = page.data
    page.paragraph(
        f"{data.you}于{format_date_cn(data.received_on)}向本机关提出的{_matter_phrase(data)}，"
        "经审查，申请材料齐全、符合法定形式，本机关决定予以受理。现将有关事项告知如下："
    )
    items = [
        f"办件编号：{data.case_number}",
        f"受理处室：{data.division_name}；经办人：{data.handler_name}",
        f"受理日期：{format_date_cn(data.accepted_on or data.dated)}",
        f"承诺办结时限：{_limit_line(data.promised_limit, data.promised_due, data.provisional, '预计于')}",
        f"法定办结时限：{_limit_line(data.statutory_limit, data.statutory_due, data.provisional, '至迟于')}",
    ]
    _numbered(page, items)
    page.paragraph("六、已收取的申请材料：", indent_chars=2)
    materials = data.materials or (("（无）", 0),)
    for n, (name, copies) in enumerate(materials, 1):
        count = f"（{copies}份）" if copies else ""
        page.paragraph(f"{n}. {name}{count}", indent_chars=4, hanging=4 * BODY_SIZE + 14)
    _numbered(
        page,
        [
            "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审和委托咨询评估的，所需时间不计算在"
            "办理时限内，本机关将书面告知所需时间。办理时限以工作日计算的，不含法定节假日。",
            _phones(data),
        ],
        start=7,
    )


def _supplement_body(page: _Page) -> None:
    data = page.data
    page.paragraph(
        f"{data.you}于{format_date_cn(data.received_on)}向本机关提交的{_matter_phrase(data)}材料，"
        "经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条"
        f"的规定，现一次性告知{data.you}需要补正的全部内容如下："
    )
    items = data.supplement_items or (("（无）", "", ""),)
    for n, (name, problem, note) in enumerate(items, 1):
        detail = "：" + "，".join(p for p in (problem, note) if p) if (problem or note) else ""
        page.paragraph(f"{n}. {name}{detail}", indent_chars=2, hanging=2 * BODY_SIZE + 14)
    if data.supplement_note:
        page.paragraph(f"其他说明：{data.supplement_note}")
    page.paragraph(
        f"请{data.you}按照本告知书的要求一次性补正上述材料后向本机关提交。本机关自收到全部补正材料"
        "之日起受理，办理时限自受理之日起计算。"
    )
    page.paragraph(f"办件编号：{data.case_number}。{_phones(data)}")


def _refusal_body(page: _Page) -> None:
    data = page.data
    page.paragraph(
        f"{data.you}于{format_date_cn(data.received_on)}向本机关提出的{_matter_phrase(data)}，"
        "经审查，本机关决定不予受理，理由如下："
    )
    page.paragraph(data.refusal_reason or "（未填写）")
    page.paragraph(
        f"{data.you}如对本决定不服，可以自收到本通知书之日起六十日内依法向{data.reconsideration_body}"
        "申请行政复议，也可以自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。"
    )
    page.paragraph(f"办件编号：{data.case_number}。{_phones(data)}")


_NUMERALS = "一二三四五六七八九十"


def _numbered(page: _Page, items: Sequence[str], start: int = 1) -> None:
    for n, text in enumerate(items, start):
        page.paragraph(f"{_NUMERALS[n - 1]}、{text}", indent_chars=2)


def _phones(data: DocumentData) -> str:
    parts = []
    if data.inquiry_phone:
        parts.append(f"咨询电话：{data.inquiry_phone}")
    if data.complaint_phone:
        parts.append(f"投诉电话：{data.complaint_phone}")
    return "；".join(parts) + "。" if parts else "咨询、投诉请与本机关联系。"


def _signature(page: _Page, bottom: float) -> None:
    """The seal area (agency name and date, a circle where the seal goes) at the right and the
    QR code with its verification code at the left."""
    c, data, font = page.c, page.data, page.font
    height = 30 * mm
    page.need(height + 2 * mm, bottom)
    top = page.y - 3 * mm
    # Seal area.
    centre_x = RIGHT - 34 * mm
    c.setStrokeColor(colors.HexColor("#d08080"))
    c.setDash(2, 2)
    c.setLineWidth(0.6)
    c.circle(centre_x, top - 14 * mm, 13 * mm, stroke=1, fill=0)
    c.setDash()
    c.setFont(font, 8)
    c.setFillColor(colors.HexColor("#d08080"))
    c.drawCentredString(centre_x, top - 5 * mm, "（印章）")
    c.setFillColor(colors.black)
    c.setFont(font, BODY_SIZE)
    c.drawCentredString(centre_x, top - 15 * mm, data.agency.seal_name or data.agency.name)
    c.drawCentredString(centre_x, top - 22 * mm, format_date_cn(data.dated))
    # QR code and verification code.
    _draw_qr(c, data.qr_payload or data.case_number, LEFT, top - QR_SIZE, QR_SIZE)
    c.setFont(font, 8)
    code = data.verification_code
    shown = f"{code[:4]}-{code[4:]}" if code else "打印时生成"
    c.drawString(LEFT + QR_SIZE + 3 * mm, top - 8 * mm, f"验证码：{shown}")
    c.drawString(LEFT + QR_SIZE + 3 * mm, top - 13 * mm, "扫描二维码或凭验证码")
    c.drawString(LEFT + QR_SIZE + 3 * mm, top - 18 * mm, "向本机关核验本文书真伪")
    if data.reprint_no:
        original = (
            f"，原件打印于{format_date_cn(data.original_printed_on)}" if data.original_printed_on else ""
        )
        c.setFillColor(RED)
        c.drawString(LEFT + QR_SIZE + 3 * mm, top - 23 * mm, f"补打（第{data.reprint_no}次）{original}")
        c.setFillColor(colors.black)
    page.y = top - height


def _stub(page: _Page) -> None:
    """The stub (存根) the agency keeps, below a cut line at the foot of the page."""
    c, data, font = page.c, page.data, page.font
    top = BOTTOM + STUB_HEIGHT
    c.setDash(3, 3)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(LEFT - 10 * mm, top, RIGHT + 10 * mm, top)
    c.setDash()
    c.setFont(font, 8)
    c.setFillColor(GREY)
    label = "沿此线剪开，以下为存根，由本机关留存"
    w = text_width(label, font, 8) + 6
    c.setFillColor(colors.white)
    c.rect(PAGE_WIDTH / 2 - w / 2, top - 4, w, 8, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.drawCentredString(PAGE_WIDTH / 2, top - 3, label)
    c.setFillColor(colors.black)
    c.setFont(font, 14)
    stub_title = f"{data.title}（存根）" + ("  补打" if data.reprint_no else "")
    c.drawCentredString(PAGE_WIDTH / 2, top - 9 * mm, stub_title)
    rows = [
        ("文书编号", data.document_number, "办件编号", data.case_number),
        ("申请人", data.applicant_name, "受理日期", format_date_cn(data.accepted_on or data.dated)),
        ("申请事项", data.matter, "", ""),
        (
            "承诺办结",
            format_date_cn(data.promised_due) if data.promised_due else "—",
            "法定办结",
            format_date_cn(data.statutory_due) if data.statutory_due else "—",
        ),
        ("受理处室", data.division_name, "经办人", data.handler_name),
        ("申请人签收", "", "签收日期", "      年    月    日"),
    ]
    row_h = 6.5 * mm
    y = top - 13 * mm
    label_w = 22 * mm
    half = TEXT_WIDTH / 2
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.black)
    for label1, value1, label2, value2 in rows:
        c.rect(LEFT, y - row_h, TEXT_WIDTH, row_h, stroke=1, fill=0)
        c.setFont(font, 9.5)
        c.drawString(LEFT + 2 * mm, y - row_h + 2.1 * mm, label1)
        full = not label2
        width = TEXT_WIDTH - label_w - 3 * mm if full else half - label_w - 3 * mm
        c.drawString(LEFT + label_w, y - row_h + 2.1 * mm, _fit(value1, font, 9.5, width))
        c.line(LEFT + label_w - 2 * mm, y, LEFT + label_w - 2 * mm, y - row_h)
        if not full:
            c.line(LEFT + half, y, LEFT + half, y - row_h)
            c.line(LEFT + half + label_w - 2 * mm, y, LEFT + half + label_w - 2 * mm, y - row_h)
            c.drawString(LEFT + half + 2 * mm, y - row_h + 2.1 * mm, label2)
            c.drawString(LEFT + half + label_w, y - row_h + 2.1 * mm, _fit(value2, font, 9.5, width))
        y -= row_h
    c.setFont(font, 8)
    c.drawString(LEFT, y - 3.5 * mm, f"验证码：{data.verification_code or '打印时生成'}")


def _fit(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _watermark(page: _Page) -> None:
    c = page.c
    c.saveState()
    c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.12))
    c.setFont(page.font, 96)
    c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, "样张")
    c.restoreState()


# --- QR code -------------------------------------------------------------------------------------


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code's modules (medium error correction, no quiet zone)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def _draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code in a `size` square at (x, y) (lower left), a quiet zone of 4 modules inside:
    one filled path of the dark runs of each row."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = size / (n + 8)
    runs = []  # (column, row from the bottom, length) in modules
    for r, row in enumerate(matrix):
        start = None
        for col in range(n + 1):
            dark = col < n and row[col]
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                runs.append((start, n - r - 1, col - start))
                start = None
    c.saveState()
    c.setFillColor(colors.black)
    c.translate(x + 4 * module, y + 4 * module)
    if isinstance(c, Canvas):
        # Written in module units under a scaling transform: small integer operands, so the few
        # hundred `re` operators cost a string join instead of reportlab's float formatting of
        # each (which made the QR a fifth of a receipt's drawing time).
        c.transform(module, 0, 0, module, 0, 0)
        c.addLiteral("\n".join(f"{col} {row} {length} 1 re" for col, row, length in runs) + "\nf")
    else:  # the preview's QPainter canvas (ui.print_preview) draws the same runs
        path = c.beginPath()
        for col, row, length in runs:
            path.rect(col * module, row * module, length * module, module)
        c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
