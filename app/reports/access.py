"""Who may produce reports, and over which divisions.

Commission leaders and the supervision office see every division; a division head and a division
inspector (兼职纪检监察员) only their own division. Clerks, reviewers and administrators do not
produce reports. (Kept here rather than in app.policy until policy grows a report action.)
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.messages import msg
from db.models import Division, User

ALL_DIVISIONS_ROLES = frozenset({"leader", "supervisor"})
OWN_DIVISION_ROLES = frozenset({"division_head", "division_inspector"})


def report_scope(session: Session, actor: User, division_code: str | None) -> str | None:
    """The division code the actor's report covers (None: all divisions), or PermissionDenied."""
    wanted = division_code.strip().upper() if division_code else None
    if not actor.active:
        raise PermissionDenied(msg("您的账户已停用，请联系系统管理员。"))
    roles = actor.roles
    if roles & ALL_DIVISIONS_ROLES:
        return wanted
    if roles & OWN_DIVISION_ROLES and actor.division_id is not None:
        own = session.scalar(select(Division.code).where(Division.id == actor.division_id))
        if wanted not in (None, own):
            raise PermissionDenied(msg("处室负责人和兼职纪检监察员只能统计本处室的办件。"))
        return own
    raise PermissionDenied(msg("只有委领导、纪检监察人员和处室负责人才能生成报表。"))


def may_report(actor: User) -> bool:
    """Whether to show the reports page to this user at all."""
    return bool(actor.active and actor.roles & (ALL_DIVISIONS_ROLES | OWN_DIVISION_ROLES))
