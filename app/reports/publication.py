"""Open-government publication of the month's cases (政务公开 / 办件公示), as CSV or PDF.

Columns: case number, matter, accepting division, received / accepted / completed dates, status,
whether completed on time. A personal applicant (自然人) is published with the surname only and the
rest masked (张三 → 张*); organisations are named in full. Never published: ID numbers, phones,
addresses, contacts, the project name (which may name a person), opinions.

The month's cases are the same set as the monthly report's detail sheet (docs/reports.md).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from app import settings
from app.cases import STATUS_LABELS
from app.errors import InvalidInput
from app.files import written_in_full
from app.messages import msg
from app.reports.access import report_scope
from app.reports.figures import ReportMonth, _conditions, execute_for_report, report_month
from db.models import Case, Division, Regulation, User

Progress = Callable[[float, str], None]
HEADERS = (
    "办件编号",
    "办理事项",
    "受理处室",
    "申请人",
    "收件日期",
    "受理日期",
    "办结日期",
    "办理状态",
    "是否按时办结",
)


def mask_person(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***: the first character only."""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


@dataclass(frozen=True)
class PublicationResult:
    path: Path
    month: str
    division: str | None
    cases: int


def publication_rows(
    session: Session, month: ReportMonth, division_code: str | None
) -> Iterator[tuple[str, ...]]:
    conds = _conditions(month)
    scope = conds["scope"]
    if division_code:
        scope = and_(scope, Division.code == division_code)
    query = (
        select(
            Case.number,
            Regulation.title,
            Division.name,
            Case.applicant_type,
            Case.applicant_name,
            Case.received_at,
            Case.accepted_at,
            Case.decided_at,
            Case.closed_at,
            Case.status,
            case((conds["on_time"], 1), (conds["late"], 0), else_=None),
        )
        .join(Regulation, Regulation.id == Case.regulation_id)
        .join(Division, Division.id == Case.division_id)
        .where(scope)
        .order_by(Case.year, Case.sequence)
        .execution_options(yield_per=2000)
    )
    offset = timedelta(minutes=month.offset_minutes)

    def day(instant: datetime | None) -> str:
        if instant is None:
            return ""
        return (instant.astimezone(UTC).replace(tzinfo=None) + offset).date().isoformat()

    for (
        number,
        matter,
        division,
        kind,
        name,
        received,
        accepted,
        decided,
        closed,
        status,
        on_time,
    ) in execute_for_report(session, query):
        applicant = mask_person(name) if kind == "person" else name
        ended = decided if decided is not None else (closed if status == "withdrawn" else None)
        yield (
            number,
            matter,
            division,
            applicant,
            day(received),
            day(accepted),
            day(ended),
            STATUS_LABELS.get(status, status),
            {1: "是", 0: "否"}.get(on_time, ""),
        )


def write_publication(
    session: Session,
    actor: User,
    month_text: str,
    out: Path | str,
    *,
    division_code: str | None = None,
    progress: Progress | None = None,
) -> PublicationResult:
    """Write the month's publication list to `out` (.csv, UTF-8 with BOM for Excel, or .pdf)."""
    report = progress or (lambda fraction, text: None)
    out = Path(out)
    fmt = out.suffix.lower()
    if fmt not in (".csv", ".pdf"):
        raise InvalidInput(msg("公示清单的文件名须以 .csv 或 .pdf 结尾。"), field="out")
    division_code = report_scope(session, actor, division_code)
    month = report_month(month_text)
    with written_in_full(out) as partial:  # tried before the work, as the monthly report is
        report(0.05, msg("正在读取本月办件…"))
        rows = list(publication_rows(session, month, division_code))
        report(0.4, msg("正在写入公示清单（共 {count} 件）…", count=len(rows)))
        if fmt == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS)
                for n, row in enumerate(rows, 1):
                    writer.writerow(row)
                    if n % 5000 == 0:
                        report(
                            0.4 + 0.55 * n / len(rows),
                            msg("正在写入：{done}/{count}", done=n, count=len(rows)),
                        )
        else:
            agency = str(settings.read_setting(session, settings.AGENCY_NAME) or "")
            _write_pdf(partial, agency, month, rows, report)
    report(1.0, "完成")
    return PublicationResult(out, month.key, division_code, len(rows))


def _write_pdf(
    path: Path, agency: str, month: ReportMonth, rows: list[tuple[str, ...]], report: Progress
) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from app.printing.fonts import register_cjk_font

    font = register_cjk_font()
    title_style = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    note_style = ParagraphStyle("n", fontName=font, fontSize=9, leading=13, alignment=1)
    cell_style = ParagraphStyle("c", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{agency}{month.label}办件公示",
        author=agency,
    )
    widths = [44 * mm, 52 * mm, 32 * mm, 48 * mm, 19 * mm, 19 * mm, 19 * mm, 18 * mm, 14 * mm]
    data: list[list[Any]] = [list(HEADERS)]
    for row in rows:
        data.append([Paragraph(v, cell_style) if i in (1, 3) else v for i, v in enumerate(row)])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 8),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ea")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 6 * mm, f"第 {document.page} 页")

    story = [
        Paragraph(f"{agency}{month.label}办件公示", title_style),
        Paragraph(
            f"统计范围：{month.label}在办及办结的办件；自然人申请人仅公开姓氏。截至{_cn(month.as_of)}。",
            note_style,
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    report(0.6, msg("正在排版 PDF…"))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
