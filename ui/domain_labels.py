"""The domain's own labels (app/ holds them in Chinese, without Qt) made translatable in one place.

app/ returns labels such as 黄牌, 已受理 or 经办人 as plain text; the UI shows them through `label`,
`status_label` or `decision_label`, which look them up in the .ts file. The table below lists every
value of those app dictionaries as a literal, so lupdate extracts them (it cannot see values read
from a dictionary); tests/test_i18n.py checks that no value is missing. A text not in the table
(e.g. a violation type added by an imported catalogue) is shown as it is.

Three contexts, because the same Chinese word needs different English: 暂停计时 is a button
("Suspend clock") and a status ("Suspended"); 同意 is a member's stance ("Agree") and a meeting's
decision ("Approved"); 正常 is a card and an account status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QSpinBox

from app.auth import ROLES
from app.cases import STATUS_LABELS
from app.clock import STATE_LABELS
from app.messages import CONTEXT, Message

LABELS = "DomainLabels"  # cards, actions, events, roles, reasons, ratings, channels, types
STATUSES = "DomainStatus"  # statuses and clock states
DECISIONS = "DomainDecision"  # meeting and case decisions
MESSAGES = CONTEXT  # composed texts (app.messages.msg)

TABLE: tuple[tuple[str, str], ...] = (
    # clock cards (app.clock.CARD_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "正常")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "黄牌")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "红牌")),
    # case actions (app.workflow.ACTION_LABELS) and case history events (app.cases.EVENT_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "一次性告知补正")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "受理")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不予受理")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "通过")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "退回")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "暂停计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "恢复计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "延期")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办结（准予）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办结（不予批准）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "撤回")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "归档")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "分派")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "进入不计时环节，暂停计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "离开不计时环节，恢复计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "期限随工作日历调整")),
    # what a permission allows (app.policy.ACTIONS, where not an action label above)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "作出不予批准决定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "作出准予决定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "修改系统设置")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "分办")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "安排AB岗（设置后备人员和外出状态）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "批准延期")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "查看全部办件")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "查看办件")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "查看审计日志")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "督办、登记投诉和责任追究")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "管理用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "维护工作日历")),
    # separation-of-duties rules (app.policy.SEPARATION_RULE_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办理上一环节的人员不得审批下一环节")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "受理人不得作出最后决定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "指定环节须由不同人员办理")),
    # separation rules as the catalogue states them (app.catalogue.model.SEPARATION_RULES)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "受理人不得办理最后一个环节（作出决定）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "下列环节须由不同人员办理")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办理某一环节的人员不得办理其下一环节")),
    # integrity risk levels (app.catalogue.model.RISK_LEVELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "高")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "中")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "低")),
    # catalogue fields, as version histories name them (app.catalogue.versions.FIELD_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "编号")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "名称")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "类别")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "业务分组")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "版本")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "生效日期")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "事项类型")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "申请人类型")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "允许集体决策")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "受理处室")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "咨询电话")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "投诉电话")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "法律依据")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "事项说明")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "法定时限")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "承诺时限")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "预警规则")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "暂停计时上限")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "申请材料")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办理环节")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不相容岗位分离")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "条文")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "参数")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办理角色")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "环节时限")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "可用动作")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "可退回环节")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不计时原因")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "集体决策")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "办理要求")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "产出文书")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "廉政风险点")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "必备")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "原件份数")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "复印件份数")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "要求")),
    # clock events (app.clock.EVENT_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "开始计时")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "停止计时")),
    # suspension reasons (app.clock.SUSPENSION_REASONS, app.catalogue.model.SUSPENSION_REASONS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "专家评审")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "委托咨询评估")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "补正材料")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "听证")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "公示")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "现场核查")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "检验检测")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "征求第三方意见")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "其他")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "征求第三方（有关部门）意见")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "其他（须说明）")),
    # roles (app.auth.ROLES, app.catalogue.model.STEP_ROLES)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "经办人")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "审核人")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "处室负责人")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "委领导")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "纪检监察")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "兼职纪检监察员")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "系统管理员")),
    # applicants and materials (app.cases.APPLICANT_TYPES, MATERIAL_STATUSES)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "法人或其他组织")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "自然人")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "已收取")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "缺少")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不符合要求")),
    # satisfaction ratings (app.cases.SATISFACTION, app.feedback.RATINGS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "满意")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "基本满意")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不满意")),
    # complaints (app.complaints.CHANNELS, OUTCOMES)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "电话")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "信函")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "来访")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "网上")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "属实")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "部分属实")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不属实")),
    # meetings (app.meetings.STANCES; meeting types of BZ-06)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "同意")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不同意")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "缓议")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "回避")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "党组会")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "主任办公会")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "处务会")),
    # accountability (app.accountability.SOURCE_LABELS, RESPONSIBILITIES; BZ-10 violation types, sanctions)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "超过法定时限（系统生成）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "违反一次性告知（系统生成）")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "投诉查实")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "纪检监察人员立项")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "直接责任")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "主要领导责任")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "领导责任")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "超期办理")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "未一次性告知")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "违规受理或不予受理")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "推诿扯皮")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "未按规定回避")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "违反集体决策程序")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "违规暂停计时或延期")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "擅自增设条件或材料")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "应公开未公开")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "索取收受财物或谋取不正当利益")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "批评教育")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "书面检查")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "通报批评")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "诫勉谈话")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "调离岗位")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "移送纪律审查")),
    # audit log (app.audit.ACTION_LABELS, PROBLEM_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "新增用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "修改用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "修改密码")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "停用用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "启用用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "解除锁定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登录失败")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "账户锁定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "设置AB岗")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "设置外出")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "批量导入用户")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "新增处室")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "声明回避")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "修改设置")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "导入工作日历")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "修改工作日历")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "导入制度目录")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "打印文书")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "发出督办通知")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "回复督办通知")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记投诉")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "记录投诉调查")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "投诉办结")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记集体决策会议")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记参会人员意见")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记会议决定")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "立项责任追究")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "责任追究办结")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "撤销责任追究事项")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "登记社会监督意见")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "答复社会监督意见")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "被修改")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "被插入")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "被删除")),
    # time-limit units, as a spin box suffix (app.limits.UNIT_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "个工作日")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "日")),
    # calendar sources (app.calendar_store.SOURCE_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "内置数据")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "文件导入")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "手工维护")),
    # catalogue (app.catalogue.model.CATEGORY_LABELS, KIND_LABELS, ACTION_LABELS)
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "权力运行制度")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "配套保障监督制度")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "依申请")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "依职权")),
    (LABELS, QT_TRANSLATE_NOOP("DomainLabels", "不予批准")),
    # case statuses (app.cases.STATUS_LABELS)
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已接收")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "补正中")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已受理")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "不予受理")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "办理中")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "暂停计时")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已办结")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已归档")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已撤回")),
    # clock states (app.clock.STATE_LABELS)
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "未开始计时")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "计时中")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已停止计时")),
    # complaints, supervision notices, accountability items (their STATUS_LABELS)
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "待回复")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已回复")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "待处理")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已处理")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "不予追究")),
    # user accounts (app.users.UserInfo.status_label)
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "正常")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "外出")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已锁定")),
    (STATUSES, QT_TRANSLATE_NOOP("DomainStatus", "已停用")),
    # meeting decisions (app.meetings.DECISIONS; an item not decided yet)
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "同意")),
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "不同意")),
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "暂缓决定")),
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "尚未决定")),
    # case decisions (app.cases.DECISIONS)
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "准予")),
    (DECISIONS, QT_TRANSLATE_NOOP("DomainDecision", "不予批准")),
)


def label(text: str) -> str:
    """A card, action, event, role, reason, rating, channel or type label from app/, translated."""
    return QCoreApplication.translate(LABELS, text) if text else text


def status_label(text: str) -> str:
    """A status label from app/ (case, clock, complaint, notice, accountability item, account)."""
    return QCoreApplication.translate(STATUSES, text) if text else text


def decision_label(text: str) -> str:
    """A meeting's or a case's decision label from app/."""
    return QCoreApplication.translate(DECISIONS, text) if text else text


def message(text: object) -> str:
    """A text from app/ in the user's language: a Message (app.messages) by its translated template
    and arguments, a domain label through the tables above, anything else as it is."""
    if isinstance(text, Message):
        args = {key: message(value) if isinstance(value, str) else value for key, value in text.args.items()}
        template = QCoreApplication.translate(MESSAGES, text.template)
        try:
            return _counted(template.format(**args))
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message itself.
            return text.template.format(**args)
    if isinstance(text, str):
        return _any_label(text)
    return str(text)


# "3 working day(s)", "1 more error(s)", "2 cop(ies)": a count, up to two words, a noun with its
# plural ending in brackets. A message's English translation writes a countable noun so, as its
# named placeholder may hold any number (Qt's %n plural forms need tr()'s one count).
_COUNTED = re.compile(r"(?<![\w.])(\d[\d,]*)((?:\s+[A-Za-z]+){0,2}?)\s+([A-Za-z]+)\((s|ies)\)")


def _counted(text: str) -> str:
    """`text` with each "N noun(s)" in the singular or plural N asks for ("1 working day",
    "3 errors", "1 copy"); a bracketed ending with no count before it is left as it is."""

    def form(match: re.Match[str]) -> str:
        number, words, stem, plural = match.groups()
        one = number == "1"
        noun = stem + ("" if one else "s") if plural == "s" else stem + ("y" if one else "ies")
        return f"{number}{words} {noun}"

    return _COUNTED.sub(form, text) if ")" in text else text


def _any_label(text: str) -> str:
    for context in (LABELS, STATUSES, DECISIONS):
        translated = QCoreApplication.translate(context, text) if text else text
        if translated != text:
            return translated
    return text


def copies_text(originals: int, copies: int) -> str:
    """What a material requires at the counter: 原件1份、复印件4份."""
    parts = []
    if originals:
        parts.append(_COMPOSER.originals(originals))
    if copies:
        parts.append(_COMPOSER.copies(copies))
    return QCoreApplication.translate("RegisterDialog", "、").join(parts)


def count_copies(spin: QSpinBox) -> QSpinBox:
    """A spin box counting copies, its unit agreeing with its number (1 copy, 2 copies)."""

    def agree(value: int) -> None:
        spin.setSuffix(_COMPOSER.copies_unit(value))

    spin.valueChanged.connect(agree)
    agree(spin.value())
    return spin


def roles_text(roles: Iterable[str]) -> str:
    """Role codes as their labels, in the order of app.auth.ROLES, joined the way the language does."""
    held = set(roles)
    joiner = QCoreApplication.translate("DomainLabels", "、")
    return joiner.join(label(text) for code, text in ROLES.items() if code in held)


class DomainLabels(QObject):
    """Texts the UI composes from app/'s numbers; a QObject so that tr() takes a count (%n), which
    lupdate marks as a plural. Its context is the table's."""

    def originals(self, count: int) -> str:
        return self.tr("原件%n份", "", count)

    def copies(self, count: int) -> str:
        return self.tr("复印件%n份", "", count)

    def remaining(self, remaining: int, overdue: int, unit: str, state: str, past_due: bool) -> str:
        if state == "not_started":
            return status_label(STATE_LABELS["not_started"])
        if state == "stopped":
            if not overdue:
                return status_label(STATUS_LABELS["decided"])
            if unit == "working":
                return self.tr("已办结（超期 %n 个工作日）", "", overdue)
            return self.tr("已办结（超期 %n 日）", "", overdue)
        if state == "suspended":
            return status_label(STATE_LABELS["suspended"])
        if overdue > 0:
            if unit == "working":
                return self.tr("已超期 %n 个工作日", "", overdue)
            return self.tr("已超期 %n 日", "", overdue)
        if past_due:
            return self.tr("已过期限")
        if remaining == 0:
            return self.tr("今日到期")
        if unit == "working":
            return self.tr("剩余 %n 个工作日", "", remaining)
        return self.tr("剩余 %n 日", "", remaining)

    def limit(self, days: int, unit: str) -> str:
        if unit == "working":
            return self.tr("%n个工作日", "", days)
        return self.tr("%n日", "", days)

    def copies_unit(self, count: int) -> str:
        return self.tr(" 份", "", count)


_COMPOSER = DomainLabels()


def remaining_text(
    remaining: int, overdue: int, unit: str = "working", state: str = "running", past_due: bool = False
) -> str:
    """What app.clock.remaining_label says (剩余 3 个工作日 / 今日到期 / 已超期 2 个工作日 …), composed
    here from the numbers so that English gets its plurals."""
    return _COMPOSER.remaining(remaining, overdue, unit, state, past_due)


def limit_text(days: int, unit: str) -> str:
    """What app.limits.Limit.label says (20个工作日 / 60日), with English plurals."""
    return _COMPOSER.limit(days, unit)
