"""The handbook (制度汇编): the whole catalogue as one printable PDF.

A cover, a table of contents with page numbers, then one section per regulation on a new page:
every field, the materials and steps as tables, the risk points, and the flow chart drawn as
vector graphics from the same layout as the screen (`app.catalogue.flowchart`). Chinese text uses
an embedded TrueType font (`app.printing.fonts`), so `pdftotext` gives it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.catalogue.flowchart import (
    COLLECTIVE_COLOUR,
    EXCLUDED_FILL,
    LINE_COLOUR,
    RETURN_COLOUR,
    RISK_COLOURS,
    RISK_FILLS,
    STEP_FILL,
    TERMINAL_FILL,
    FlowChart,
    layout_flowchart,
)
from app.catalogue.model import (
    ACTION_LABELS,
    APPLICANT_TYPE_LABELS,
    CARD_LEVELS,
    CATEGORY_LABELS,
    SEPARATION_RULES,
    STEP_ROLES,
    SUSPENSION_REASONS,
    RegulationSpec,
)
from app.errors import DomainError
from app.files import written_in_full
from app.messages import msg
from app.printing.fonts import register_cjk_font

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_COLOUR = colors.HexColor("#37474f")
TABLE_HEAD = colors.HexColor("#e3e8ec")
GRID = colors.HexColor("#90a4ae")

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class HandbookReport:
    path: Path
    pages: int
    sections: int


@dataclass(frozen=True)
class HandbookInfo:
    agency_name: str
    edition: date
    title: str = "规范权力运行制度汇编"


class _Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=12)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=HEADER_COLOUR)
        self.h0 = ParagraphStyle(
            "h0", parent=base, fontSize=18, leading=26, spaceAfter=12, alignment=TA_CENTER
        )
        self.h1 = ParagraphStyle(
            "h1", parent=base, fontSize=14, leading=20, spaceAfter=8, textColor=HEADER_COLOUR
        )
        self.h2 = ParagraphStyle("h2", parent=base, fontSize=11, leading=16, spaceBefore=8, spaceAfter=4)
        self.h2_keep = ParagraphStyle("h2k", parent=self.h2, keepWithNext=1)
        self.cover_agency = ParagraphStyle("ca", parent=base, fontSize=16, leading=24, alignment=TA_CENTER)
        self.cover_title = ParagraphStyle("ct", parent=base, fontSize=30, leading=42, alignment=TA_CENTER)
        self.cover_sub = ParagraphStyle("cs", parent=base, fontSize=12, leading=20, alignment=TA_CENTER)
        self.toc0 = ParagraphStyle("toc0", parent=base, fontSize=11, leading=18, spaceBefore=6)
        self.toc1 = ParagraphStyle("toc1", parent=base, fontSize=9.5, leading=14, leftIndent=14)


class _Heading(Paragraph):
    """A paragraph that makes a table-of-contents entry and a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(escape(text), style)
        self.toc_text = text
        self.toc_level = level
        self.toc_key = key


class FlowChartFlowable(Flowable):
    """A flow chart drawn as vector graphics; scaled to the frame width (never enlarged) and, when
    taller than the page, split between rows (`FlowChart.breaks`)."""

    def __init__(self, chart: FlowChart, font: str, y0: float = 0.0, y1: float | None = None) -> None:
        super().__init__()
        self.chart = chart
        self.font = font
        self.y0 = y0
        self.y1 = chart.height if y1 is None else y1
        self.scale = 1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.scale = min(1.0, avail_width / self.chart.width)
        self.width = self.chart.width * self.scale
        self.height = (self.y1 - self.y0) * self.scale
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if self.height <= PAGE_HEIGHT - 2 * MARGIN and self.y0 == 0:
            return []  # fits on a page of its own: start it on the next page rather than cut it
        limit = self.y0 + avail_height / self.scale
        cuts = [b for b in self.chart.breaks if self.y0 + 40 < b <= limit]
        if not cuts:
            return []
        cut = cuts[-1]
        return [
            FlowChartFlowable(self.chart, self.font, self.y0, cut),
            _Continued(self.font, f"（{self.chart.code} 工作流程图，续上页）"),
            FlowChartFlowable(self.chart, self.font, cut, self.y1),
        ]

    def draw(self) -> None:
        draw_flowchart(self.canv, self.chart, self.font, scale=self.scale, y0=self.y0, y1=self.y1)


class _Continued(Flowable):
    def __init__(self, font: str, text: str) -> None:
        super().__init__()
        self.font = font
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 12

    def draw(self) -> None:
        self.canv.setFont(self.font, 8)
        self.canv.setFillColor(HEADER_COLOUR)
        self.canv.drawString(0, 2, self.text)


def _arrow_head(canvas: Canvas, x0: float, y0: float, x1: float, y1: float, size: float = 5.0) -> None:
    dx, dy = x1 - x0, y1 - y0
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    left = (x1 - ux * size - uy * size * 0.45, y1 - uy * size + ux * size * 0.45)
    right = (x1 - ux * size + uy * size * 0.45, y1 - uy * size - ux * size * 0.45)
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(*left)
    path.lineTo(*right)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def draw_flowchart(
    canvas: Canvas,
    chart: FlowChart,
    font: str,
    *,
    scale: float = 1.0,
    y0: float = 0.0,
    y1: float | None = None,
) -> None:
    """Draw `chart` with the current origin at the bottom-left of the band [y0, y1] of the chart."""
    y1 = chart.height if y1 is None else y1
    band = y1 - y0
    canvas.saveState()
    canvas.scale(scale, scale)
    clip = canvas.beginPath()
    clip.rect(0, 0, chart.width, band)
    canvas.clipPath(clip, stroke=0, fill=0)

    def Y(y: float) -> float:
        return y1 - y

    canvas.setLineWidth(0.8)
    for arrow in chart.arrows:
        colour = RETURN_COLOUR if arrow.kind == "return" else LINE_COLOUR
        canvas.setStrokeColor(colors.HexColor(colour))
        canvas.setFillColor(colors.HexColor(colour))
        canvas.setDash(2, 2) if arrow.kind == "note" else canvas.setDash()
        path = canvas.beginPath()
        (sx, sy), *rest = arrow.points
        path.moveTo(sx, Y(sy))
        for x, y in rest:
            path.lineTo(x, Y(y))
        canvas.drawPath(path, stroke=1, fill=0)
        if arrow.kind != "note":
            (ax, ay), (bx, by) = arrow.points[-2], arrow.points[-1]
            canvas.setDash()
            _arrow_head(canvas, ax, Y(ay), bx, Y(by))
    canvas.setDash()
    for box in chart.boxes:
        r = box.rect
        if box.kind == "note":
            stroke, fill = (
                RISK_COLOURS.get(box.level or "", LINE_COLOUR),
                RISK_FILLS.get(box.level or "", STEP_FILL),
            )
        elif box.kind == "terminal":
            stroke, fill = LINE_COLOUR, TERMINAL_FILL
        else:
            stroke = COLLECTIVE_COLOUR if box.collective else LINE_COLOUR
            fill = EXCLUDED_FILL if box.clock_excluded else STEP_FILL
        canvas.setStrokeColor(colors.HexColor(stroke))
        canvas.setFillColor(colors.HexColor(fill))
        canvas.setLineWidth(1.0 if box.kind == "step" else 0.7)
        if box.kind == "step" and box.clock_excluded:
            canvas.setDash(4, 2)
        radius = r.h / 2 if box.kind == "terminal" else 3
        canvas.roundRect(r.x, Y(r.bottom), r.w, r.h, radius, stroke=1, fill=1)
        canvas.setDash()
        if box.kind == "step" and box.collective:
            canvas.roundRect(r.x + 2.5, Y(r.bottom) + 2.5, r.w - 5, r.h - 5, 2, stroke=1, fill=0)
        if box.kind == "step" and box.level:
            canvas.setFillColor(colors.HexColor(RISK_COLOURS[box.level]))
            canvas.rect(r.right - 5, Y(r.bottom) + 1, 4, r.h - 2, stroke=0, fill=1)
        for text in box.texts:
            _draw_text(canvas, font, text, Y)
    for text in chart.texts:
        _draw_text(canvas, font, text, Y)
    canvas.restoreState()


def _draw_text(canvas: Canvas, font: str, text: Any, Y: Callable[[float], float]) -> None:
    canvas.setFont(font, text.size)
    canvas.setFillColor(colors.HexColor(text.colour))
    baseline = Y(text.y + text.size * 1.05)
    canvas.drawString(text.x, baseline, text.text)
    if text.bold:  # no bold face in the font: overstrike slightly
        canvas.drawString(text.x + 0.25, baseline, text.text)


class _HandbookDoc(BaseDocTemplate):
    def __init__(
        self, path: Path, info: HandbookInfo, font: str, total: int, progress: ProgressCallback | None
    ) -> None:
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=info.title,
            author=info.agency_name,
            subject="规范权力运行制度汇编",
            creator="阳光办件",
        )
        self.info = info
        self.font = font
        self.total = total
        self.progress = progress
        self.sections_done = 0
        frame = Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame]),
                PageTemplate(id="body", frames=[frame], onPage=self._decorate),
            ]
        )

    def beforeDocument(self) -> None:
        self.sections_done = 0

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(HEADER_COLOUR)
        canvas.drawString(MARGIN, PAGE_HEIGHT - MARGIN + 6, f"{self.info.agency_name}　{self.info.title}")
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, PAGE_HEIGHT - MARGIN + 3, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN + 3)
        canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 14, f"— {doc.page} —")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.toc_text, key, level=flowable.toc_level, closed=flowable.toc_level == 0
            )
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))
            if flowable.toc_level == 1:
                self.sections_done += 1
                if self.progress:
                    self.progress(self.sections_done, self.total)


def _limit_text(limit: Any) -> str:
    return limit.label() if limit is not None else "—"


def _kv_table(rows: list[tuple[str, str]], st: _Styles, width: float) -> Table:
    data = [[Paragraph(escape(k), st.label), Paragraph(escape(v) or "—", st.cell)] for k, v in rows]
    table = Table(data, colWidths=[28 * mm, width - 28 * mm])
    table.setStyle(_grid_style(header=False))
    return table


def _grid_style(*, header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), TABLE_HEAD))
    return TableStyle(commands)


def _table(head: list[str], rows: list[list[str]], widths: list[float], st: _Styles) -> Table:
    data = [[Paragraph(escape(h), st.label) for h in head]]
    data += [[Paragraph(escape(c).replace("\n", "<br/>"), st.cell) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style())
    return table


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _section(spec: RegulationSpec, st: _Styles, font: str, width: float) -> list[Flowable]:
    story: list[Flowable] = [_Heading(f"{spec.code}　{spec.title}", st.h1, 1, f"reg-{spec.code}")]
    division = f"{spec.division_name}（{spec.division}）" if spec.division_name else spec.division
    rows = [
        ("制度编号", spec.code),
        ("类别", spec.category_label),
        ("业务分组", spec.group),
    ]
    if spec.category == "power":
        rows.append(("事项类型", spec.kind_label))
    rows += [
        ("受理处室" if spec.category == "power" else "责任处室", division),
        ("版本", f"第 {spec.version} 版，{spec.effective_from:%Y年%m月%d日}起施行"),
        ("咨询电话", spec.inquiry_phone),
        ("投诉电话", spec.complaint_phone),
    ]
    if spec.category == "power":
        ext = spec.extension
        unit = spec.statutory_limit.unit if spec.statutory_limit else "working"
        ext_text = (
            f"可延长 {ext.days}{'个工作日' if unit == 'working' else '日'}，"
            f"由{STEP_ROLES.get(ext.approver_role, ext.approver_role)}批准；{ext.condition}"
            if ext
            else "不得延期"
        )
        rows += [
            ("法定时限", _limit_text(spec.statutory_limit)),
            ("承诺时限", _limit_text(spec.promised_limit)),
            ("延期", ext_text),
        ]
        if spec.applicant_types:
            rows.append(("申请人", "、".join(APPLICANT_TYPE_LABELS.get(a, a) for a in spec.applicant_types)))
        if spec.cards:
            c = spec.cards
            rows.append(
                (
                    "预警规则",
                    f"剩余不超过 {c.yellow_remaining_days} 天或已用时限达到 "
                    f"{c.yellow_used_share:.0%} 时亮黄牌；超过承诺时限亮"
                    f"{CARD_LEVELS.get(c.promised_overdue, c.promised_overdue)}；超过法定时限亮红牌",
                )
            )
        if spec.suspension_limits:
            rows.append(
                (
                    "暂停计时上限",
                    "；".join(
                        f"{SUSPENSION_REASONS.get(k, k)}不超过{v}个工作日"
                        for k, v in spec.suspension_limits.items()
                    ),
                )
            )
    story.append(_kv_table(rows, st, width))
    story.append(Paragraph("法律依据", st.h2))
    story.append(_para(spec.legal_basis, st.body))
    story.append(Paragraph("事项说明" if spec.category == "power" else "制度概要", st.h2))
    story.append(_para(spec.summary, st.body))

    if spec.materials:
        story.append(Paragraph("申请材料", st.h2))
        rows2 = [
            [m.code, m.name, "必备" if m.required else "视情提供", str(m.originals), str(m.copies), m.note]
            for m in spec.materials
        ]
        story.append(
            _table(
                ["编号", "材料名称", "要求", "原件", "复印件", "说明"],
                rows2,
                [11 * mm, 52 * mm, 15 * mm, 10 * mm, 12 * mm, width - 100 * mm],
                st,
            )
        )
    if spec.steps:
        story.append(Paragraph("办理环节", st.h2))
        rows3 = []
        for s in spec.steps:
            marks = []
            if s.clock_excluded:
                marks.append(f"不计时（{SUSPENSION_REASONS.get(s.clock_excluded_reason or '', '')}）")
            if s.collective:
                marks.append("集体决策")
            actions = "、".join(ACTION_LABELS.get(a, a) for a in s.actions)
            if s.return_to:
                actions += f"（可退回 {'、'.join(s.return_to)}）"
            detail = s.instructions
            if s.outputs:
                detail += f"\n产出：{'、'.join(s.outputs)}"
            if marks:
                detail += f"\n{'；'.join(marks)}"
            rows3.append(
                [
                    s.code,
                    s.name,
                    f"{s.role_label}\n{s.division_name or s.division}",
                    _limit_text(s.limit),
                    actions,
                    detail,
                ]
            )
        story.append(
            _table(
                ["序号", "环节", "办理人", "时限", "动作", "办理要求"],
                rows3,
                [10 * mm, 20 * mm, 24 * mm, 18 * mm, 24 * mm, width - 96 * mm],
                st,
            )
        )
        risks = [[s.code, r.level, r.risk, r.control] for s in spec.steps for r in s.risk_points]
        if risks:
            story.append(Paragraph("廉政风险点及防控措施", st.h2))
            table = _table(
                ["环节", "等级", "风险点", "防控措施"],
                risks,
                [12 * mm, 10 * mm, 60 * mm, width - 82 * mm],
                st,
            )
            level_styles = [
                ("TEXTCOLOR", (1, i + 1), (1, i + 1), colors.HexColor(RISK_COLOURS.get(row[1], "#000000")))
                for i, row in enumerate(risks)
            ]
            table.setStyle(TableStyle(level_styles))
            story.append(table)
        if spec.separation_of_duties:
            story.append(Paragraph("不相容岗位分离", st.h2))
            for rule in spec.separation_of_duties:
                text = SEPARATION_RULES.get(rule.rule, rule.rule)
                if rule.steps:
                    text += "：" + "、".join(rule.steps)
                story.append(_para(f"· {text}", st.body))
    if spec.articles:
        story.append(Paragraph("条文", st.h2))
        story.extend(_para(article, st.body) for article in spec.articles)
    if spec.parameters:
        story.append(Paragraph("系统执行参数", st.h2))
        story.append(_kv_table([(k, _param_text(v)) for k, v in spec.parameters.items()], st, width))
    chart = layout_flowchart(spec)
    if chart.boxes:
        story.append(Paragraph("工作流程图", st.h2_keep))
        story.append(FlowChartFlowable(chart, font))
    return story


def _param_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict) and set(value) == {"days", "unit"}:
        return f"{value['days']}{'个工作日' if value['unit'] == 'working' else '日'}"
    if isinstance(value, dict):
        return "；".join(f"{k}：{_param_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(_param_text(v) for v in value)
    return str(value)


def build_handbook(
    specs: Sequence[RegulationSpec],
    out: Path | str,
    info: HandbookInfo,
    *,
    progress: ProgressCallback | None = None,
) -> HandbookReport:
    """Write the handbook PDF for `specs` (in the given order, grouped by category) to `out`.

    `progress(done, total)` is called as sections are laid out (the layout runs in two or three
    passes for the page numbers of the table of contents); it may raise to cancel.
    """
    out = Path(out)
    if not specs:
        raise DomainError(msg("制度目录是空的，没有可印制的内容。请先导入制度目录。"))
    font = register_cjk_font()
    st = _Styles(font)
    width = PAGE_WIDTH - 2 * MARGIN
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        Paragraph(escape(info.agency_name), st.cover_agency),
        Spacer(1, 18 * mm),
    ]
    story.append(Paragraph(escape(info.title), st.cover_title))
    counts = {c: sum(1 for s in specs if s.category == c) for c in CATEGORY_LABELS}
    story.append(Spacer(1, 12 * mm))
    story.append(
        Paragraph(
            "　".join(f"{label} {counts[c]} 项" for c, label in CATEGORY_LABELS.items() if counts[c]),
            st.cover_sub,
        )
    )
    story.append(Spacer(1, 70 * mm))
    story.append(Paragraph(escape(f"{info.agency_name}　编印"), st.cover_sub))
    story.append(Paragraph(f"{info.edition:%Y年%m月}", st.cover_sub))
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    story.append(Paragraph("目　录", st.h0))
    toc = TableOfContents(levelStyles=[st.toc0, st.toc1], dotsMinLevel=0)
    story.append(toc)
    numerals = "一二三四五六"
    categories = [c for c in CATEGORY_LABELS if counts[c]] + sorted(
        {s.category for s in specs} - set(CATEGORY_LABELS)
    )
    for n, category in enumerate(categories):
        members = [s for s in specs if s.category == category]
        story.append(PageBreak())
        label = CATEGORY_LABELS.get(category, category)
        story.append(
            _Heading(
                f"{numerals[n] if n < len(numerals) else n + 1}、{label}（{len(members)} 项）",
                st.h0,
                0,
                f"cat-{category}",
            )
        )
        for i, spec in enumerate(members):
            if i:
                story.append(PageBreak())
            story.extend(_section(spec, st, font, width))
    with written_in_full(out) as partial:
        doc = _HandbookDoc(partial, info, font, len(specs), progress)
        doc.multiBuild(story, maxPasses=5)
    return HandbookReport(out, doc.page, len(specs))


def write_handbook(
    session: Any,
    out: Path | str,
    *,
    on: date | None = None,
    progress: ProgressCallback | None = None,
) -> HandbookReport:
    """The handbook of the catalogue in force on `on` (default today) in the database."""
    from app import settings
    from app.catalogue.store import current_regulations, regulation_spec, today

    edition = on or today()
    specs = [regulation_spec(row) for row in current_regulations(session, edition)]
    info = HandbookInfo(
        agency_name=str(settings.read_setting(session, settings.AGENCY_NAME)), edition=edition
    )
    return build_handbook(specs, out, info, progress=progress)
