"""Printable documents of the supervision office, as PDF bytes (A4 portrait, embedded CJK font):
the supervision notice (督办通知书) and meeting minutes (会议纪要/会议记录).

Both take plain data (app.notices.NoticeInfo, app.meetings.Minutes) and the agency's name, so the
GUI and the CLI print the same thing and tests can read the text back.
"""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from app.agency_time import agency_date, format_date_cn
from app.meetings import Minutes
from app.notices import NoticeInfo
from app.printing.fonts import register_cjk_font


def _styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = register_cjk_font()
    base = ParagraphStyle("base", fontName=font, fontSize=12, leading=20, wordWrap="CJK")
    return {
        "agency": ParagraphStyle(
            "agency", parent=base, fontSize=20, leading=28, alignment=TA_CENTER, textColor="#c00000"
        ),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=28, alignment=TA_CENTER),
        "number": ParagraphStyle("number", parent=base, alignment=TA_CENTER, fontSize=11),
        "body": ParagraphStyle("body", parent=base, firstLineIndent=24),
        "plain": base,
        "small": ParagraphStyle("small", parent=base, fontSize=10, leading=15),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "heading": ParagraphStyle("heading", parent=base, fontSize=13, leading=22, spaceBefore=8),
    }


def _p(text: str, style: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _build(flowables: list[object], title: str, author: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=26 * mm,
        rightMargin=26 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=title,
        author=author,
    )
    doc.build(flowables)
    return buffer.getvalue()


def _rule() -> object:
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width="100%", thickness=1.5, color="#c00000", spaceBefore=2, spaceAfter=10)


def notice_pdf(notice: NoticeInfo, agency_name: str, office_name: str = "驻委纪检组监察室") -> bytes:
    """督办通知书 for the division, with the cases, the requirements and the reply deadline."""
    from reportlab.platypus import Spacer

    s = _styles()
    sent = agency_date(notice.sent_at)
    story: list[object] = [
        _p(agency_name, s["agency"]),
        _rule(),
        _p("督办通知书", s["title"]),
        _p(notice.label, s["number"]),
        Spacer(1, 10),
        _p(f"{notice.division}：", s["plain"]),
        _p(f"经效能监察，发现你处室承办的下列事项需要督办：{notice.subject}。", s["body"]),
    ]
    if notice.case_numbers:
        story.append(_p("涉及办件：" + "、".join(notice.case_numbers) + "。", s["body"]))
    story += [
        _p(f"整改要求：{notice.requirements}", s["body"]),
        _p(
            f"请于{format_date_cn(notice.reply_due)}前（收到本通知之日起5个工作日内）在办件系统中书面回复"
            "办理和整改情况。逾期不回复的，依照《效能监察办法》予以通报批评。",
            s["body"],
        ),
        Spacer(1, 24),
        _p(office_name, s["right"]),
        _p(format_date_cn(sent), s["right"]),
    ]
    if notice.status == "replied" and notice.replied_at is not None:
        story += [
            Spacer(1, 18),
            _p("处室回复", s["heading"]),
            _p(notice.reply, s["body"]),
            _p(
                f"回复人：{notice.replied_by}　回复日期：{format_date_cn(agency_date(notice.replied_at))}"
                + ("（逾期回复）" if notice.replied_late else ""),
                s["small"],
            ),
        ]
    story += [Spacer(1, 18), _p(f"发出人：{notice.sender}", s["small"])]
    return _build(story, f"督办通知书 {notice.label}", agency_name)


def minutes_pdf(record: Minutes, agency_name: str) -> bytes:
    """The meeting's record: attendance and quorum, each item with every member's opinion in
    speaking order (the presiding leader last), the decision and the dissent."""
    from reportlab.platypus import Spacer

    s = _styles()
    story: list[object] = [
        _p(agency_name, s["agency"]),
        _rule(),
        _p(f"{record.meeting_type}会议记录", s["title"]),
        Spacer(1, 8),
        _p(f"会议名称：{record.title}", s["plain"]),
        _p(f"会议日期：{format_date_cn(record.held_on)}", s["plain"]),
        _p(f"主持人：{record.presiding}　记录人：{record.recorder}", s["plain"]),
        _p(f"到会人员：{'、'.join(record.attended)}", s["plain"]),
        _p(
            "缺席人员："
            + ("、".join(f"{n}（{r}）" if r else n for n, r in record.absent) if record.absent else "无"),
            s["plain"],
        ),
        _p(f"到会情况：{record.quorum.text}", s["plain"]),
    ]
    for item in record.items:
        story.append(_p(f"议题{item.seq}：{item.title}", s["heading"]))
        if item.case_number:
            story.append(_p(f"涉及办件：{item.case_number}", s["small"]))
        if item.personnel:
            story.append(_p("（人事事项）", s["small"]))
        for o in item.opinions:
            who = f"{o.name}（主持人，末位表态）" if o.presiding else o.name
            story.append(
                _p(f"{o.seq}. {who}：{o.stance_label}" + (f"。{o.reason}" if o.reason else ""), s["plain"])
            )
        if not item.opinions:
            story.append(_p("尚未登记参会人员意见。", s["plain"]))
        story.append(_p(f"会议决定：{item.decision_label}。{item.decision_text}", s["plain"]))
        story.append(_p(f"不同意见：{item.dissent or '无'}", s["plain"]))
    if record.notes:
        story += [_p("其他事项", s["heading"]), _p(record.notes, s["body"])]
    story += [Spacer(1, 24), _p("主持人（签字）：＿＿＿＿＿＿　记录人（签字）：＿＿＿＿＿＿", s["plain"])]
    return _build(story, f"{record.meeting_type}会议记录 {record.held_on.isoformat()}", agency_name)
