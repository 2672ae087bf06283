"""The documents printed from a case, as services: preview, print (recorded), verify.

Kinds: `receipt` 受理通知书 (with the stub 存根 the agency keeps), `supplement` 补正材料一次性告知书,
`refusal` 不予受理通知书. Each printing is a row of `printed_documents`: the document number
(the same for every printing of one document of one case), who, when, the reprint number (0 for
the original; a later printing is marked 补打 on the paper) and a verification code of its own.
The QR code on the paper carries `SLV1|<case number>|<verification code>`; `verify_code` (CLI:
`sunlight print verify CODE`) finds the printing again, so a paper presented at the counter can be
checked against the database.

Printing a case's documents is allowed to whoever may view the case (app.policy "view"). Every
printing is also recorded in the audit trail (`document.print`).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, policy, settings
from app.agency_time import agency_date, agency_datetime, format_date
from app.cases import MATERIAL_STATUSES, STATUS_LABELS, case_clock, find_case
from app.catalogue import regulation_spec
from app.catalogue.store import agency_from_settings
from app.errors import InvalidAction, InvalidInput, NotFound
from app.files import written_in_full
from app.messages import msg
from app.printing.layout import (
    KIND_TITLES,
    AgencyHeader,
    DocumentData,
    document_from_json,
    document_to_json,
    render_document,
)
from app.retry import run_in_transaction
from app.timesource import current_time
from db.models import Case, CaseEvent, PrintedDocument, User

if TYPE_CHECKING:
    from app.workspace import Workspace

KINDS = tuple(KIND_TITLES)
# Document number tags: 湘发改受通〔2026〕00123号 for the receipt of case 00123 of 2026.
NUMBER_TAGS: dict[str, str] = {"receipt": "受通", "supplement": "补告", "refusal": "不受"}
QR_PREFIX = "SLV1"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
CODE_LENGTH = 8

# The agency header (name, address, phones, logo, seal name) is declared in app.settings.
AGENCY_LOGO = settings.AGENCY_LOGO
AGENCY_SEAL_NAME = settings.AGENCY_SEAL_NAME
RECONSIDERATION_BODY = settings.SettingSpec(
    "reconsideration_body", "湖南省人民政府", "行政复议机关（写入不予受理通知书）"
)


@dataclass(frozen=True)
class PrintedResult:
    """A recorded printing and its PDF."""

    pdf: bytes
    kind: str
    case_number: str
    document_number: str
    verification_code: str
    reprint_no: int
    printed_at: datetime
    data: DocumentData | None = None  # what was drawn (the GUI draws the same on the printer)

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]

    @property
    def is_reprint(self) -> bool:
        return self.reprint_no > 0


@dataclass(frozen=True)
class Verification:
    """What a verification code stands for."""

    code: str
    kind: str
    title: str
    document_number: str
    case_number: str
    applicant: str
    matter: str
    printed_at: datetime
    printed_by: str
    reprint_no: int
    case_status: str

    def summary(self) -> str:
        copy = f"补打（第{self.reprint_no}次）" if self.reprint_no else "原件"
        printed = agency_datetime(self.printed_at)
        return (
            f"验证码 {self.code} 有效：{self.title} {self.document_number}，办件 {self.case_number}，"
            f"申请人 {self.applicant}，事项“{self.matter}”；{copy}，由{self.printed_by}于"
            f"{format_date(printed.date())} {printed:%H:%M} 打印；办件当前状态：{self.case_status}。"
        )


# --- what can be printed ---------------------------------------------------------------------------


def check_kind(kind: str) -> str:
    if kind not in KIND_TITLES:
        raise InvalidInput(
            msg(
                "未知的文书“{kind}”，可打印：{kinds}。",
                kind=kind,
                kinds="、".join(f"{k}（{v}）" for k, v in KIND_TITLES.items()),
            ),
            field="kind",
        )
    return kind


def printable_kinds(session: Session, case: Case) -> dict[str, str]:
    """Each document kind with why it cannot be printed for this case now ('' when it can)."""
    return {kind: _unavailable(session, case, kind) for kind in KINDS}


def _last_event(session: Session, case: Case, action: str) -> CaseEvent | None:
    return session.scalar(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == action)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )


def _unavailable(session: Session, case: Case, kind: str) -> str:
    spec_kind = (case.regulation.kind or "application") if case.regulation else "application"
    if spec_kind == "ex_officio":
        return msg("依职权办理的事项没有申请人，不出具受理、补正或不予受理文书。")
    if kind == "receipt":
        return "" if case.accepted_at is not None else msg("办件尚未受理，不能打印受理通知书。")
    if kind == "supplement":
        if _last_event(session, case, "supplement") is None:
            return msg("本件未作出一次性告知补正，不能打印补正材料一次性告知书。")
        return ""
    if case.status != "refused":
        return msg("本件未作出不予受理决定，不能打印不予受理通知书。")
    return ""


def _require_printable(session: Session, case: Case, kind: str) -> None:
    reason = _unavailable(session, case, check_kind(kind))
    if reason:
        raise InvalidAction(reason)


# --- gathering the document -----------------------------------------------------------------------


def document_number(session: Session, case: Case, kind: str) -> str:
    short = str(settings.read_setting(session, settings.AGENCY_SHORT_NAME) or "")
    return f"{short}{NUMBER_TAGS[kind]}〔{case.year}〕{case.sequence:05d}号"


def agency_header(session: Session) -> AgencyHeader:
    agency = agency_from_settings(session)
    return AgencyHeader(
        name=agency.name,
        address=agency.address,
        postcode=agency.postcode,
        phone=agency.phone,
        website=agency.website,
        logo_path=str(settings.read_setting(session, AGENCY_LOGO) or ""),
        seal_name=str(settings.read_setting(session, AGENCY_SEAL_NAME) or ""),
    )


def gather_document(
    session: Session,
    case: Case,
    kind: str,
    *,
    verification_code: str | None = None,
    reprint_no: int = 0,
    original_printed_at: datetime | None = None,
) -> DocumentData:
    """The document's content from the case, as plain data (no permission check, nothing
    recorded). Without a verification code the result is a preview (marked 样张)."""
    _require_printable(session, case, kind)
    spec = regulation_spec(case.regulation)
    users: dict[int, str] = {}

    def name_of(user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id not in users:
            users[user_id] = session.scalar(select(User.name).where(User.id == user_id)) or ""
        return users[user_id]

    complaint = spec.complaint_phone or str(
        settings.read_setting(session, settings.AGENCY_COMPLAINT_PHONE) or ""
    )
    common = {
        "kind": kind,
        "agency": agency_header(session),
        "document_number": document_number(session, case, kind),
        "case_number": case.number,
        "applicant_name": case.applicant_name,
        "applicant_is_person": case.applicant_type == "person",
        "matter": case.regulation.title,
        "subject": case.subject,
        "division_name": case.division.name,
        "received_on": agency_date(case.received_at),
        "inquiry_phone": spec.inquiry_phone,
        "complaint_phone": complaint,
        "reconsideration_body": str(settings.read_setting(session, RECONSIDERATION_BODY) or ""),
        "verification_code": verification_code,
        "qr_payload": qr_payload(case.number, verification_code),
        "reprint_no": reprint_no,
        "original_printed_on": agency_date(original_printed_at) if original_printed_at else None,
    }
    if kind == "receipt":
        assert case.accepted_at is not None
        accept = _last_event(session, case, "accept")
        reading = case_clock(session, case)
        return DocumentData(
            **common,
            handler_name=name_of(accept.actor_id if accept else case.received_by_id),
            dated=agency_date(case.accepted_at),
            accepted_on=agency_date(case.accepted_at),
            promised_due=reading.promised_due,
            statutory_due=reading.statutory_due,
            promised_limit=spec.promised_limit.label() if spec.promised_limit else "",
            statutory_limit=spec.statutory_limit.label() if spec.statutory_limit else "",
            provisional=reading.provisional,
            materials=tuple((m.name, m.copies) for m in case.materials if m.status == "received"),
        )
    if kind == "supplement":
        event = _last_event(session, case, "supplement")
        assert event is not None
        items = tuple(
            (
                str(item.get("name", "")),
                MATERIAL_STATUSES.get(str(item.get("status", "")), ""),
                str(item.get("note", "") or ""),
            )
            for item in (event.details or {}).get("items", [])
        )
        return DocumentData(
            **common,
            handler_name=name_of(event.actor_id),
            dated=agency_date(event.at),
            supplement_items=items,
            supplement_note=str((event.details or {}).get("note", "") or ""),
        )
    event = _last_event(session, case, "refuse")
    reason = case.decision_text or (str((event.details or {}).get("reason", "")) if event else "")
    return DocumentData(
        **common,
        handler_name=name_of(event.actor_id if event else case.received_by_id),
        dated=agency_date(case.decided_at or (event.at if event else case.received_at)),
        refusal_reason=reason,
    )


# --- services --------------------------------------------------------------------------------------


def _printings(session: Session, case: Case, kind: str) -> list[PrintedDocument]:
    return list(
        session.scalars(
            select(PrintedDocument)
            .where(PrintedDocument.case_id == case.id, PrintedDocument.kind == kind)
            .order_by(PrintedDocument.reprint_no)
        )
    )


def qr_payload(case_number: str, verification_code: str | None) -> str:
    return f"{QR_PREFIX}|{case_number}|{verification_code or ''}"


def _next_printing(
    session: Session, case: Case, kind: str, previous: list[PrintedDocument], code: str | None
) -> DocumentData:
    """The next printing after `previous`: the first one from the case as it is now; a reprint
    (补打) repeats what the original showed — the due dates promised on that day, not today's
    recomputed ones — with its own code and reprint mark."""
    original = previous[0] if previous else None
    if original is None or original.content is None:  # no original, or printed before 0008
        return gather_document(
            session,
            case,
            kind,
            verification_code=code,
            reprint_no=len(previous),
            original_printed_at=original.printed_at if original else None,
        )
    _require_printable(session, case, kind)
    return replace(
        document_from_json(original.content),
        verification_code=code,
        qr_payload=qr_payload(case.number, code),
        reprint_no=len(previous),
        original_printed_on=agency_date(original.printed_at),
    )


def preview_data(session: Session, actor: User, number: str, kind: str) -> DocumentData:
    """The document as it will print (the next printing's reprint mark included), marked 样张
    and without a verification code. Nothing is recorded."""
    case = find_case(session, number)
    policy.require(actor, "view", case, session=session)
    previous = _printings(session, case, check_kind(kind))
    return _next_printing(session, case, kind, previous, None)


def printed_count(session: Session, actor: User, number: str, kind: str) -> int:
    """How many times the document has been printed (0: the next printing is the original)."""
    case = find_case(session, number)
    policy.require(actor, "view", case, session=session)
    return len(_printings(session, case, check_kind(kind)))


def preview_document(session: Session, actor: User, number: str, kind: str) -> bytes:
    """The preview (样张) as PDF bytes; nothing is recorded."""
    return render_document(preview_data(session, actor, number, kind))


def print_document(session: Session, actor: User, number: str, kind: str) -> PrintedResult:
    """Record one printing of the document and return its PDF (with its own verification code;
    marked 补打 when the document was printed before)."""
    case = find_case(session, number)
    policy.require(actor, "view", case, session=session)
    _require_printable(session, case, check_kind(kind))
    # Lock the case row so two desks printing at once number their copies one after the other.
    session.execute(select(Case.id).where(Case.id == case.id).with_for_update())
    previous = _printings(session, case, kind)
    reprint_no = len(previous)
    code = _new_code(session)
    now = current_time()
    data = _next_printing(session, case, kind, previous, code)
    row = PrintedDocument(
        case_id=case.id,
        kind=kind,
        document_number=data.document_number,
        verification_code=code,
        reprint_no=reprint_no,
        printed_by_id=actor.id,
        printed_at=now,
        content=document_to_json(data),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="document.print",
        entity="document",
        entity_key=data.document_number,
        before=None,
        after={"kind": kind, "code": code, "reprint_no": reprint_no, "case": case.number},
        case_id=case.id,
    )
    return PrintedResult(
        render_document(data), kind, case.number, data.document_number, code, reprint_no, now, data
    )


def print_document_to_file(
    workspace: Workspace,
    actor_of: Callable[[Session], User],
    number: str,
    kind: str,
    out: str | os.PathLike[str],
) -> PrintedResult:
    """`print_document` with its PDF saved as `out`. The file is written in the transaction that
    records the printing and takes its name after the commit: a file that cannot be written
    leaves no record of a printing that never reached the user (the next one would be a 补打)."""
    with written_in_full(out) as partial:

        def printed(session: Session) -> PrintedResult:
            result = print_document(session, actor_of(session), number, kind)
            partial.write_bytes(result.pdf)  # again on a retry: the last attempt's is kept
            return result

        return run_in_transaction(workspace, printed)


def normalise_code(code: str) -> str:
    """`k7m2-q9xa` → `K7M2Q9XA`; a QR payload gives its code."""
    text = code.strip()
    if text.startswith(QR_PREFIX + "|"):
        text = text.rsplit("|", 1)[-1]
    return "".join(ch for ch in text.upper() if ch.isalnum())


def verify_code(session: Session, code: str) -> Verification:
    """The printing a verification code (or a scanned QR payload) belongs to, or NotFound."""
    wanted = normalise_code(code)
    row = session.scalar(select(PrintedDocument).where(PrintedDocument.verification_code == wanted))
    if row is None:
        raise NotFound(
            msg("验证码“{code}”不存在：该文书不是本系统打印的，或验证码有误，请核对。", code=code.strip())
        )
    case = session.get(Case, row.case_id)
    assert case is not None
    printer = session.scalar(select(User.name).where(User.id == row.printed_by_id)) or "系统"
    return Verification(
        code=wanted,
        kind=row.kind,
        title=KIND_TITLES[row.kind],
        document_number=row.document_number,
        case_number=case.number,
        applicant=case.applicant_name,
        matter=case.regulation.title,
        printed_at=row.printed_at,
        printed_by=printer,
        reprint_no=row.reprint_no,
        case_status=STATUS_LABELS.get(case.status, case.status),
    )


@dataclass(frozen=True)
class PrintingRecord:
    kind: str
    title: str
    document_number: str
    verification_code: str
    reprint_no: int
    printed_at: datetime
    printed_by: str


def printing_history(session: Session, actor: User, number: str) -> list[PrintingRecord]:
    case = find_case(session, number)
    policy.require(actor, "view", case, session=session)
    rows = session.execute(
        select(PrintedDocument, User.name)
        .join(User, User.id == PrintedDocument.printed_by_id, isouter=True)
        .where(PrintedDocument.case_id == case.id)
        .order_by(PrintedDocument.printed_at, PrintedDocument.id)
    )
    return [
        PrintingRecord(
            d.kind,
            KIND_TITLES[d.kind],
            d.document_number,
            d.verification_code,
            d.reprint_no,
            d.printed_at,
            n or "",
        )
        for d, n in rows
    ]


def _new_code(session: Session) -> str:
    for _ in range(20):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        taken = session.scalar(
            select(func.count()).select_from(PrintedDocument).where(PrintedDocument.verification_code == code)
        )
        if not taken:
            return code
    raise RuntimeError("could not draw a free verification code")  # 31^8 codes: never in practice
