"""Cases (办件): registration and the vocabulary of case states.

Each user action on a case is one function here taking a session, the actor and its arguments;
it checks, changes the case, records the event, and returns plain data or raises a DomainError.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.agency_time import agency_date
from app.errors import InvalidInput
from app.numbering import issue_case_number
from db.models import Case, CaseEvent, Regulation, User

STATUS_LABELS: dict[str, str] = {
    "received": "已接收",
    "supplementing": "补正中",
    "accepted": "已受理",
    "refused": "不予受理",
    "in_progress": "办理中",
    "suspended": "暂停计时",
    "decided": "已办结",
    "closed": "已归档",
    "withdrawn": "已撤回",
}
OPEN_STATUSES = frozenset({"received", "supplementing", "accepted", "in_progress", "suspended"})
APPLICANT_TYPES: dict[str, str] = {"organisation": "法人或其他组织", "person": "自然人"}


@dataclass(frozen=True)
class ApplicantDetails:
    name: str
    applicant_type: str = "organisation"
    id_code: str = ""
    contact: str = ""
    phone: str = ""
    address: str = ""

    def checked(self) -> ApplicantDetails:
        name = self.name.strip()
        if not name:
            raise InvalidInput("请填写申请人名称。", field="applicant_name")
        if self.applicant_type not in APPLICANT_TYPES:
            raise InvalidInput("申请人类型只能是“法人或其他组织”或“自然人”。", field="applicant_type")
        return ApplicantDetails(
            name=name,
            applicant_type=self.applicant_type,
            id_code=self.id_code.strip().upper(),
            contact=self.contact.strip(),
            phone=self.phone.strip(),
            address=self.address.strip(),
        )


def register_case(
    session: Session,
    *,
    actor: User,
    regulation: Regulation,
    applicant: ApplicantDetails,
    subject: str,
    received_at: datetime,
) -> Case:
    """Register an application received at the counter (首问负责: the receiving user is recorded).

    Ex-officio matters start at "accepted": there is no applicant to accept from.
    """
    if regulation.category != "power":
        raise InvalidInput(f"“{regulation.title}”是配套保障制度，不能据此登记办件。", field="regulation")
    applicant = applicant.checked()
    year = agency_date(received_at).year
    sequence, number = issue_case_number(session, year)
    ex_officio = regulation.kind == "ex_officio"
    first_step = (regulation.definition.get("steps") or [{}])[0]
    case = Case(
        number=number,
        year=year,
        sequence=sequence,
        regulation=regulation,
        division_id=regulation.division_id,
        status="accepted" if ex_officio else "received",
        current_step=first_step.get("code"),
        current_step_name=first_step.get("name", ""),
        applicant_type=applicant.applicant_type,
        applicant_name=applicant.name,
        applicant_id_code=applicant.id_code,
        applicant_contact=applicant.contact,
        applicant_phone=applicant.phone,
        applicant_address=applicant.address,
        subject=subject.strip(),
        received_by_id=actor.id,
        assignee_id=actor.id,
        received_at=received_at,
        accepted_at=received_at if ex_officio else None,
    )
    session.add(case)
    session.flush()
    session.add(
        CaseEvent(
            case_id=case.id,
            at=received_at,
            actor_id=actor.id,
            action="register",
            details={"number": number, "regulation": regulation.code, "version": regulation.version},
        )
    )
    return case
