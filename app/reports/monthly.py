"""The monthly report (月度报表) as an Excel workbook, written with openpyxl in write-only mode.

Sheets: 按处室汇总 (per division, with complaints, cards, supervision notices and accountability),
按事项汇总 (per regulation), 办件明细 (the month's cases), 按时办结率 (a chart by division) and
指标说明 (what each figure means; docs/reports.md says the same). Figures come from
app.reports.figures (SQL aggregates); the detail sheet streams the month's cases from one query.

`write_monthly_report(...)` is a plain function: the CLI calls it directly, the GUI runs it in a
background task and passes a `progress(fraction, text)` callback, which may raise to cancel; the
file is written to a temporary name and only renamed into place when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import and_, literal, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from app import settings
from app.agency_time import agency_datetime
from app.cases import DECISIONS, STATUS_LABELS
from app.files import written_in_full
from app.messages import msg
from app.reports.access import report_scope
from app.reports.figures import (
    EPOCH,
    FigureRow,
    Figures,
    MonthlyFigures,
    ReportMonth,
    _conditions,
    epoch_day,
    execute_for_report,
    monthly_figures,
    used_days_subquery,
)
from app.timesource import current_time
from db.models import Case, Division, Regulation, User

Progress = Callable[[float, str], None]

# (attribute, header, width, kind) — kind: int | avg | rate
CASE_COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    ("carried_over", "上月结转", 9, "int"),
    ("received", "本月收件", 9, "int"),
    ("accepted", "本月受理", 9, "int"),
    ("not_accepted", "不予受理", 9, "int"),
    ("completed", "办结", 8, "int"),
    ("on_time", "按时办结", 9, "int"),
    ("late", "逾期办结", 9, "int"),
    ("withdrawn", "撤回", 7, "int"),
    ("in_progress", "月末在办", 9, "int"),
    ("overdue", "其中超期", 9, "int"),
    ("suspended", "暂停计时", 9, "int"),
    ("avg_days", "平均用时（工作日）", 11, "avg"),
    ("on_time_rate", "按时办结率", 10, "rate"),
    ("yellow", "黄牌", 7, "int"),
    ("red", "红牌", 7, "int"),
)
SUPERVISION_COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    ("complaints_received", "投诉受理", 9, "int"),
    ("complaints_closed", "投诉办结", 9, "int"),
    ("complaints_substantiated", "投诉属实", 9, "int"),
    ("notices", "督办通知", 9, "int"),
    ("accountability", "责任追究", 9, "int"),
)
DETAIL_COLUMNS: tuple[tuple[str, float], ...] = (
    ("办件编号", 24),
    ("事项编号", 9),
    ("事项名称", 28),
    ("受理处室", 16),
    ("申请人", 28),
    ("项目名称或事由", 30),
    ("收件日期", 11),
    ("受理日期", 11),
    ("办结日期", 11),
    ("状态", 9),
    ("决定", 9),
    ("承诺期限", 11),
    ("法定期限", 11),
    ("用时（工作日）", 9),
    ("是否按时办结", 8),
    ("月末暂停计时", 8),
)
DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("统计月份", "所在时区（北京时间）的自然月，自当月1日0时至次月1日0时。"),
    ("截止时点", "已结束的月份为月末；当月为生成报表的时刻。“月末在办”等时点指标按截止时点统计。"),
    ("办件终结", "作出办结决定（准予或不予批准）或不予受理决定的时刻；撤回的办件为撤回时刻。"),
    ("上月结转", "本月1日前收件、且本月1日前尚未终结的办件。"),
    ("本月收件", "收件时间在本月的办件（依职权事项以登记时间计）。"),
    ("本月受理", "受理时间在本月的办件（依职权事项登记即受理）。"),
    ("不予受理", "本月作出不予受理决定的办件。"),
    ("办结", "本月作出办结决定（准予或不予批准）的办件。"),
    (
        "按时办结",
        "本月办结、且实际用时（扣除暂停计时的期间）不超过法定办结时限（含批准的延期）的办件；"
        "跨月暂停计时的办件，其期限随暂停顺延。在不计入办理时限的环节（如报批、证照办理）中作出决定的，"
        "决定日虽晚于法定办结期限，仍按实际用时判断。",
    ),
    ("逾期办结", "本月办结、且实际用时超过法定办结时限（含批准的延期）的办件。"),
    ("撤回", "本月撤回的办件。"),
    ("月末在办", "截止时点尚未终结的办件（含尚待受理、补正中、办理中和暂停计时的办件）。"),
    ("其中超期", "月末在办且已开始计时的办件中，法定办结期限早于截止日的（按当前记录的期限）。"),
    ("暂停计时", "月末在办且截止时点处于暂停计时状态的办件。"),
    (
        "平均用时（工作日）",
        "本月办结办件的实际用时的平均数：自受理次日起至办结日止的工作日数，扣除暂停计时的工作日；"
        "按工作日历计算，不含法定节假日。",
    ),
    ("按时办结率", "按时办结 ÷ 办结；本月无办结时显示“—”。"),
    ("黄牌、红牌", "截止时点在办件的预警：已超法定期限为红牌；未超期但已到黄牌预警日为黄牌。"),
    (
        "投诉、督办、责任追究",
        "本月登记的投诉、本月办结的投诉及其中属实（含部分属实）的，本月发出的督办通知，本月登记的责任追究事项。",
    ),
    ("平衡关系", "上月结转 + 本月收件 = 不予受理 + 办结 + 撤回 + 月末在办（已结束的月份）。"),
)

TITLE_FONT = Font(name="微软雅黑", size=14, bold=True)
NOTE_FONT = Font(name="微软雅黑", size=9, color="555555")
HEAD_FONT = Font(name="微软雅黑", size=10, bold=True)
BODY_FONT = Font(name="微软雅黑", size=10)
TOTAL_FONT = Font(name="微软雅黑", size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDE4EA")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center")
FORMATS = {"int": "#,##0", "avg": "0.0", "rate": "0.0%"}
HEADER_ROW = 3
WRAP_TOP = Alignment(wrap_text=True, vertical="top")

# The workbook's cell styles, registered once as named styles: a cell takes one by name instead of
# each cell hashing its own font, fill, border and alignment into the workbook's style tables.
STYLES: dict[str, dict[str, Any]] = {
    "报表标题": {"font": TITLE_FONT},
    "报表说明": {"font": NOTE_FONT},
    "报表表头": {"font": HEAD_FONT, "fill": HEAD_FILL, "alignment": CENTRE, "border": GRID},
    "报表文字": {"font": BODY_FONT, "border": GRID, "alignment": LEFT},
    "报表图表文字": {"font": BODY_FONT, "border": GRID},
    "报表合计文字": {"font": TOTAL_FONT, "fill": TOTAL_FILL, "border": GRID},
    "报表无数": {"font": BODY_FONT, "alignment": CENTRE, "border": GRID},
    "报表合计无数": {"font": TOTAL_FONT, "fill": TOTAL_FILL, "alignment": CENTRE, "border": GRID},
    "报表指标": {"font": HEAD_FONT, "alignment": WRAP_TOP, "border": GRID},
    "报表口径": {"font": BODY_FONT, "alignment": WRAP_TOP, "border": GRID},
    **{
        f"报表数字{kind}": {"font": BODY_FONT, "number_format": fmt, "border": GRID}
        for kind, fmt in FORMATS.items()
    },
    **{
        f"报表合计数字{kind}": {"font": TOTAL_FONT, "fill": TOTAL_FILL, "number_format": fmt, "border": GRID}
        for kind, fmt in FORMATS.items()
    },
}


@dataclass(frozen=True)
class MonthlyReportResult:
    path: Path
    month: str
    division: str | None
    cases: int  # rows of the detail sheet
    total: Figures


def _register_styles(wb: Workbook) -> None:
    for name, attributes in STYLES.items():
        wb.add_named_style(NamedStyle(name=name, **attributes))


def _cell(ws: Worksheet, value: Any, style: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.style = style
    return cell


def _prepare(ws: Worksheet, widths: list[float], freeze: str, title: str, notes: str) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = freeze
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.append([_cell(ws, title, "报表标题")])
    ws.append([_cell(ws, notes, "报表说明")])


def _header(ws: Worksheet, names: list[str]) -> None:
    ws.append([_cell(ws, n, "报表表头") for n in names])
    ws.row_dimensions[HEADER_ROW].height = 30


def _figure_cells(
    ws: Worksheet, figures: Figures, columns: tuple[tuple[str, str, float, str], ...], total: bool
) -> list[WriteOnlyCell]:
    prefix = "报表合计" if total else "报表"
    cells = []
    for attr, _, _, kind in columns:
        value = getattr(figures, attr)
        if value is None:
            cells.append(_cell(ws, "—", f"{prefix}无数"))
        else:
            cells.append(_cell(ws, value, f"{prefix}数字{kind}"))
    return cells


def _summary_sheet(
    wb: Workbook,
    title: str,
    sheet_title: str,
    notes: str,
    key_columns: list[tuple[str, float]],
    rows: list[FigureRow],
    total: Figures,
    columns: tuple[tuple[str, str, float, str], ...],
    with_division: bool,
) -> Worksheet:
    ws = wb.create_sheet(sheet_title)
    widths = [w for _, w in key_columns] + [w for _, _, w, _ in columns]
    _prepare(ws, widths, f"{get_column_letter(len(key_columns) + 1)}{HEADER_ROW + 1}", title, notes)
    _header(ws, [n for n, _ in key_columns] + [h for _, h, _, _ in columns])
    for row in rows:
        keys = [row.key, row.name] + ([row.division] if with_division else [])
        ws.append([_cell(ws, k, "报表文字") for k in keys] + _figure_cells(ws, row.figures, columns, False))
    blanks = [""] * (len(key_columns) - 2)
    ws.append(
        [_cell(ws, k, "报表合计文字") for k in ["合计", "", *blanks]]
        + _figure_cells(ws, total, columns, True)
    )
    return ws


def _chart_sheet(wb: Workbook, figures: MonthlyFigures, title: str) -> None:
    ws = wb.create_sheet("按时办结率")
    _prepare(ws, [18, 10, 12], f"A{HEADER_ROW + 1}", title, "本月无办结的处室不列入图表。")
    _header(ws, ["处室", "办结", "按时办结率"])
    rows = [r for r in figures.by_division if r.figures.completed]
    for r in rows:
        ws.append(
            [
                _cell(ws, r.name, "报表图表文字"),
                _cell(ws, r.figures.completed, "报表数字int"),
                _cell(ws, r.figures.on_time_rate, "报表数字rate"),
            ]
        )
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "各处室按时办结率"
    chart.y_axis.title = "按时办结率"
    chart.y_axis.numFmt = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.legend = None
    first, last = HEADER_ROW + 1, HEADER_ROW + max(len(rows), 1)
    chart.add_data(Reference(ws, min_col=3, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.height = max(7.5, 0.8 * len(rows) + 3)
    chart.width = 18
    ws.add_chart(chart, "E3")


def _definitions_sheet(wb: Workbook, title: str) -> None:
    ws = wb.create_sheet("指标说明")
    _prepare(
        ws, [18, 100], f"A{HEADER_ROW + 1}", title, "各项指标的统计口径，与系统文档 docs/reports.md 一致。"
    )
    _header(ws, ["指标", "统计口径"])
    for name, text in DEFINITIONS:
        ws.append([_cell(ws, name, "报表指标"), _cell(ws, text, "报表口径")])


def detail_rows(session: Session, figures_month: ReportMonth, division_id: int | None) -> Iterator[list[Any]]:
    """The month's cases (received before the month's end, not ended before its start), in
    number order, as the detail sheet's row values."""
    m = figures_month
    conds = _conditions(m)
    scope = conds["scope"]
    if division_id is not None:
        scope = and_(scope, Case.division_id == division_id)
    used = used_days_subquery(session, m, and_(scope, conds["completed"]))
    offset = literal(m.offset_minutes)
    # The agency dates are computed in SQL (as day numbers): the rows need no time-zone work.
    ended_at = sql_case(
        (Case.decided_at.is_not(None), Case.decided_at),
        (Case.status == "withdrawn", Case.closed_at),
        else_=None,
    )
    query = (
        select(
            Case.number,
            Regulation.code,
            Regulation.title,
            Division.name,
            Case.applicant_name,
            Case.subject,
            epoch_day(Case.received_at, offset),
            epoch_day(Case.accepted_at, offset),
            epoch_day(ended_at, offset),
            Case.status,
            Case.decision,
            Case.promised_due,
            Case.statutory_due,
            used.c.used,
            sql_case((conds["on_time"], "是"), (conds["late"], "否"), else_=None),
            sql_case((conds["suspended"], "是"), else_=None),
        )
        .join(Regulation, Regulation.id == Case.regulation_id)
        .join(Division, Division.id == Case.division_id)
        .join(used, used.c.case_id == Case.id, isouter=True)
        .where(scope)
        .order_by(Case.year, Case.sequence)
        .execution_options(yield_per=2000)
    )
    days: dict[int | None, date | None] = {None: None}

    def day(number: int | None) -> date | None:
        found = days.get(number)
        if found is None and number is not None:
            found = days[number] = date.fromordinal(EPOCH + number)
        return found

    # Blank cells are None, never "": openpyxl writes an element for every "" but skips None.
    for row in execute_for_report(session, query):
        values = list(row)
        values[6] = day(values[6])
        values[7] = day(values[7])
        values[8] = day(values[8])
        values[9] = STATUS_LABELS.get(values[9], values[9])
        values[10] = DECISIONS.get(values[10])
        yield values


def write_monthly_report(
    session: Session,
    actor: User,
    month_text: str,
    out: Path | str,
    *,
    division_code: str | None = None,
    progress: Progress | None = None,
) -> MonthlyReportResult:
    """Write the month's report to `out` (.xlsx). `progress(fraction, text)` is called as the work
    goes on and may raise to cancel (nothing is left behind)."""
    from app.reports.figures import report_month

    report = progress or (lambda fraction, text: None)
    out = Path(out)
    division_code = report_scope(session, actor, division_code)
    month = report_month(month_text)
    # The place is tried before the work: a report that cannot be saved there says so at once.
    with written_in_full(out) as partial:
        report(0.02, msg("正在统计各处室和各事项的数字…"))
        figures = monthly_figures(session, month, division_code)
        division_id = (
            session.scalar(select(Division.id).where(Division.code == division_code))
            if division_code
            else None
        )
        agency = str(settings.read_setting(session, settings.AGENCY_NAME) or "")
        scope_name = next((r.name for r in figures.by_division), "") if division_code else ""
        cutoff_text = f"截至{month.as_of.year}年{month.as_of.month}月{month.as_of.day}日" + (
            "" if month.complete else f"（当月，统计至{agency_datetime(month.cutoff):%H:%M}）"
        )
        generated = agency_datetime(current_time())
        notes = (
            f"统计口径见“指标说明”。{cutoff_text}。"
            f"生成时间：{generated:%Y-%m-%d %H:%M}，生成人：{actor.name}。"
        )
        heading = f"{agency}{scope_name}{month.label}办件情况统计表"

        wb = Workbook(write_only=True)
        _register_styles(wb)
        _summary_sheet(
            wb,
            heading + "（按处室）",
            "按处室汇总",
            notes,
            [("处室代码", 9), ("处室名称", 18)],
            figures.by_division,
            figures.total,
            CASE_COLUMNS + SUPERVISION_COLUMNS,
            with_division=False,
        )
        _summary_sheet(
            wb,
            heading + "（按事项）",
            "按事项汇总",
            notes,
            [("事项编号", 9), ("事项名称", 30), ("受理处室", 16)],
            figures.by_regulation,
            figures.total,
            CASE_COLUMNS,
            with_division=True,
        )
        # The month's cases split by receipt before or in the month: no second count over them.
        total_rows = figures.total.carried_over + figures.total.received
        report(0.1, msg("正在写入办件明细（共 {count} 件）…", count=total_rows))
        ws = wb.create_sheet("办件明细")
        _prepare(ws, [w for _, w in DETAIL_COLUMNS], f"B{HEADER_ROW + 1}", heading + "（办件明细）", notes)
        _header(ws, [n for n, _ in DETAIL_COLUMNS])
        written = 0
        # Dates go in as plain values: openpyxl gives a date the yyyy-mm-dd format by itself.
        for values in detail_rows(session, month, division_id):
            ws.append(values)
            written += 1
            if written % 2000 == 0:
                report(
                    0.1 + 0.85 * written / max(total_rows, 1),
                    msg("正在写入办件明细：{done}/{count}", done=written, count=total_rows),
                )
        _chart_sheet(wb, figures, heading + "（按时办结率）")
        _definitions_sheet(wb, "指标说明")
        report(0.97, msg("正在保存文件…"))
        wb.save(partial)
    report(1.0, "完成")
    return MonthlyReportResult(out, month.key, division_code, written, figures.total)
