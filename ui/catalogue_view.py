"""制度: the catalogue browser — regulations by category and division with search, the details of
the selected one, its flow chart, and its version history."""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import RegulationSpec, current_regulations, regulation_spec
from app.catalogue.flowchart import RISK_COLOURS, layout_flowchart
from app.catalogue.model import (
    ACTION_LABELS,
    APPLICANT_TYPE_LABELS,
    CARD_LEVELS,
    CATEGORY_LABELS,
    SEPARATION_RULES,
    STEP_ROLES,
    SUSPENSION_REASONS,
)
from app.catalogue.versions import VersionInfo, version_history
from app.workspace import Workspace
from ui import domain_labels as dl
from ui.flowchart_view import FlowChartView
from ui.workers import later

CODE_ROLE = Qt.ItemDataRole.UserRole


def _matches(spec: RegulationSpec, words: list[str]) -> bool:
    haystack = " ".join(
        [spec.code, spec.title, spec.group, spec.division, spec.division_name, spec.summary, spec.legal_basis]
        + [s.name for s in spec.steps]
    ).lower()
    return all(word in haystack for word in words)


def _limit(limit) -> str:  # type: ignore[no-untyped-def]
    return dl.limit_text(limit.days, limit.unit) if limit is not None else "—"


def _extension_unit(spec: RegulationSpec) -> str:
    """An extension counts in its statutory limit's unit (working or calendar days)."""
    return spec.statutory_limit.unit if spec.statutory_limit is not None else "working"


# Headings used inside f-strings below: marked here, where lupdate can see them.
_LEGAL_BASIS = QT_TRANSLATE_NOOP("CatalogueView", "法律依据")
_MATERIALS = QT_TRANSLATE_NOOP("CatalogueView", "申请材料")
_STEPS = QT_TRANSLATE_NOOP("CatalogueView", "办理环节")
_SEPARATION = QT_TRANSLATE_NOOP("CatalogueView", "不相容岗位分离")
_ARTICLES = QT_TRANSLATE_NOOP("CatalogueView", "条文")
_PARAMETERS = QT_TRANSLATE_NOOP("CatalogueView", "系统执行参数")
_NO_VERSIONS = QT_TRANSLATE_NOOP("CatalogueView", "没有版本记录。")
_FIRST_VERSION = QT_TRANSLATE_NOOP("CatalogueView", "首版")
_UNCHANGED = QT_TRANSLATE_NOOP("CatalogueView", "内容未变")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("CatalogueView", "、")
_CLAUSE_SEPARATOR = QT_TRANSLATE_NOOP("CatalogueView", "；")


def _t(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in the CatalogueView context) in the UI language."""
    return QCoreApplication.translate("CatalogueView", text)


class CatalogueDetail(QObject):
    """The detail's texts with a count: tr() takes it (%n), which lupdate marks as a plural."""

    def cards(self, days: int) -> str:
        return self.tr("剩余不超过 %n 天或已用 %2 亮黄牌；超过承诺时限亮%3；超过法定时限亮红牌", "", days)


_TEXTS = CatalogueDetail()


def detail_html(spec: RegulationSpec) -> str:
    """The detail pane of one regulation as HTML (limits, materials, legal basis, steps)."""
    e = escape
    rows: list[tuple[str, str]] = [
        (
            _t(QT_TRANSLATE_NOOP("CatalogueView", "类别")),
            _t(QT_TRANSLATE_NOOP("CatalogueView", "%1　%2"))
            .replace("%1", dl.label(spec.category_label))
            .replace("%2", dl.label(spec.kind_label)),
        ),
        (_t(QT_TRANSLATE_NOOP("CatalogueView", "业务分组")), spec.group),
    ]
    division_label = (
        QT_TRANSLATE_NOOP("CatalogueView", "受理处室")
        if spec.category == "power"
        else QT_TRANSLATE_NOOP("CatalogueView", "责任处室")
    )
    rows.append((_t(division_label), f"{spec.division_name}（{spec.division}）"))
    rows.append(
        (
            _t(QT_TRANSLATE_NOOP("CatalogueView", "版本")),
            _t(QT_TRANSLATE_NOOP("CatalogueView", "第 %1 版，%2 起施行"))
            .replace("%1", str(spec.version))
            .replace("%2", spec.effective_from.isoformat()),
        )
    )
    if spec.category == "power":
        rows.append((_t(QT_TRANSLATE_NOOP("CatalogueView", "法定时限")), _limit(spec.statutory_limit)))
        rows.append((_t(QT_TRANSLATE_NOOP("CatalogueView", "承诺时限")), _limit(spec.promised_limit)))
        extension = _t(QT_TRANSLATE_NOOP("CatalogueView", "延期"))
        if spec.extension:
            rows.append(
                (
                    extension,
                    _t(QT_TRANSLATE_NOOP("CatalogueView", "可延长 %1，由%2批准；%3"))
                    .replace("%1", dl.limit_text(spec.extension.days, _extension_unit(spec)))
                    .replace("%2", dl.label(STEP_ROLES.get(spec.extension.approver_role, "")))
                    .replace("%3", spec.extension.condition),
                )
            )
        else:
            rows.append((extension, _t(QT_TRANSLATE_NOOP("CatalogueView", "不得延期"))))
        if spec.applicant_types:
            rows.append(
                (
                    _t(QT_TRANSLATE_NOOP("CatalogueView", "申请人")),
                    _t(_LIST_SEPARATOR).join(
                        dl.label(APPLICANT_TYPE_LABELS.get(a, a)) for a in spec.applicant_types
                    ),
                )
            )
        if spec.cards:
            c = spec.cards
            rows.append(
                (
                    _t(QT_TRANSLATE_NOOP("CatalogueView", "预警")),
                    _TEXTS.cards(c.yellow_remaining_days)
                    .replace("%2", f"{c.yellow_used_share:.0%}")
                    .replace("%3", dl.label(CARD_LEVELS.get(c.promised_overdue, ""))),
                )
            )
    rows += [
        (_t(QT_TRANSLATE_NOOP("CatalogueView", "咨询电话")), spec.inquiry_phone),
        (_t(QT_TRANSLATE_NOOP("CatalogueView", "投诉电话")), spec.complaint_phone),
    ]
    parts = [f"<h2>{e(spec.code)}　{e(spec.title)}</h2>", "<table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td style='color:#546e7a' nowrap>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    basis = e(spec.legal_basis).replace(chr(10), "<br>")
    parts.append(f"<h3>{e(_t(_LEGAL_BASIS))}</h3><p>{basis}</p>")
    summary_title = (
        QT_TRANSLATE_NOOP("CatalogueView", "事项说明")
        if spec.category == "power"
        else QT_TRANSLATE_NOOP("CatalogueView", "制度概要")
    )
    parts.append(f"<h3>{e(_t(summary_title))}</h3><p>{e(spec.summary)}</p>")
    table = "<table border='1' cellspacing='0' cellpadding='3' style='border-color:#b0bec5'>"
    if spec.materials:
        parts.append(f"<h3>{e(_t(_MATERIALS))}</h3>" + table)
        parts.append(
            _header_row(
                QT_TRANSLATE_NOOP("CatalogueView", "编号"),
                QT_TRANSLATE_NOOP("CatalogueView", "材料名称"),
                QT_TRANSLATE_NOOP("CatalogueView", "要求"),
                QT_TRANSLATE_NOOP("CatalogueView", "原件"),
                QT_TRANSLATE_NOOP("CatalogueView", "复印件"),
                QT_TRANSLATE_NOOP("CatalogueView", "说明"),
            )
        )
        for m in spec.materials:
            need = _t(
                QT_TRANSLATE_NOOP("CatalogueView", "必备")
                if m.required
                else QT_TRANSLATE_NOOP("CatalogueView", "视情提供")
            )
            parts.append(
                f"<tr><td>{e(m.code)}</td><td>{e(m.name)}</td><td>{e(need)}</td><td>{m.originals}</td>"
                f"<td>{m.copies}</td><td>{e(m.note)}</td></tr>"
            )
        parts.append("</table>")
    if spec.steps:
        parts.append(f"<h3>{e(_t(_STEPS))}</h3>" + table)
        parts.append(
            _header_row(
                QT_TRANSLATE_NOOP("CatalogueView", "环节"),
                QT_TRANSLATE_NOOP("CatalogueView", "办理人"),
                QT_TRANSLATE_NOOP("CatalogueView", "时限"),
                QT_TRANSLATE_NOOP("CatalogueView", "动作"),
                QT_TRANSLATE_NOOP("CatalogueView", "办理要求与廉政风险点"),
            )
        )
        for s in spec.steps:
            marks = []
            if s.clock_excluded:
                reason = dl.label(SUSPENSION_REASONS.get(s.clock_excluded_reason or "", ""))
                marks.append(
                    e(_t(QT_TRANSLATE_NOOP("CatalogueView", "不计时（%1）"))).replace("%1", e(reason))
                )
            if s.collective:
                marks.append(e(_t(QT_TRANSLATE_NOOP("CatalogueView", "集体决策"))))
            actions = _t(_LIST_SEPARATOR).join(dl.label(ACTION_LABELS.get(a, a)) for a in s.actions)
            if s.return_to:
                actions += _t(QT_TRANSLATE_NOOP("CatalogueView", "（可退回 %1）")).replace(
                    "%1", _t(_LIST_SEPARATOR).join(s.return_to)
                )
            control = _t(QT_TRANSLATE_NOOP("CatalogueView", "；防控：%1"))
            risks = "".join(
                f"<br><span style='color:{RISK_COLOURS.get(r.level, '#000')}'>"
                f"【{e(dl.label(r.level))}】{e(r.risk)}</span>" + e(control).replace("%1", e(r.control))
                for r in s.risk_points
            )
            mark_text = "<br><b>" + _t(_CLAUSE_SEPARATOR).join(marks) + "</b>" if marks else ""
            outputs = (
                "<br>"
                + e(_t(QT_TRANSLATE_NOOP("CatalogueView", "产出：%1"))).replace(
                    "%1", e(_t(_LIST_SEPARATOR).join(s.outputs))
                )
                if s.outputs
                else ""
            )
            parts.append(
                f"<tr><td nowrap>{e(s.code)} {e(s.name)}</td>"
                f"<td>{e(dl.label(s.role_label))}<br>{e(s.division_name or s.division)}</td>"
                f"<td nowrap>{e(_limit(s.limit))}</td><td>{e(actions)}</td>"
                f"<td>{e(s.instructions)}{outputs}{mark_text}{risks}</td></tr>"
            )
        parts.append("</table>")
    if spec.separation_of_duties:
        parts.append(f"<h3>{e(_t(_SEPARATION))}</h3><ul>")
        for rule in spec.separation_of_duties:
            steps = f"：{'、'.join(rule.steps)}" if rule.steps else ""
            parts.append(f"<li>{e(dl.label(SEPARATION_RULES.get(rule.rule, rule.rule)))}{e(steps)}</li>")
        parts.append("</ul>")
    if spec.articles:
        parts.append(f"<h3>{e(_t(_ARTICLES))}</h3>" + "".join(f"<p>{e(a)}</p>" for a in spec.articles))
    if spec.parameters:
        parts.append(f"<h3>{e(_t(_PARAMETERS))}</h3><ul>")
        parts += [f"<li>{e(k)}：{e(str(v))}</li>" for k, v in spec.parameters.items()]
        parts.append("</ul>")
    return "".join(parts)


def _header_row(*labels: str) -> str:
    return "<tr>" + "".join(f"<th>{escape(_t(label))}</th>" for label in labels) + "</tr>"


def history_html(code: str, history: list[VersionInfo]) -> str:
    if not history:
        return f"<p>{escape(_t(_NO_VERSIONS))}</p>"
    title = _t(QT_TRANSLATE_NOOP("CatalogueView", "%1 版本历史")).replace("%1", code)
    parts = [f"<h3>{escape(title)}</h3>"]
    for item in reversed(history):
        line = (
            _t(QT_TRANSLATE_NOOP("CatalogueView", "第 %1 版，%2 起施行（%3 导入）"))
            .replace("%1", str(item.version))
            .replace("%2", item.effective_from.isoformat())
            .replace("%3", f"{item.imported_at:%Y-%m-%d}")
        )
        parts.append(f"<p><b>{escape(line)}</b></p><ul>")
        if item is history[0]:
            parts.append(f"<li>{escape(_t(_FIRST_VERSION))}</li>")
        elif not item.changes:
            parts.append(f"<li>{escape(_t(_UNCHANGED))}</li>")
        parts += [f"<li>{escape(dl.message(c.describe()))}</li>" for c in item.changes]
        parts.append("</ul>")
    return "".join(parts)


class CatalogueView(QWidget):
    """The 制度 page of the main window."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._specs: dict[str, RegulationSpec] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按编号、名称、处室或环节查找"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._populate)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._on_current)
        self.count = QLabel()
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("查找：")))
        top.addWidget(self.search, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_note)
        left_layout.addWidget(self.count)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.flowchart = FlowChartView()
        self.history = QTextBrowser()
        # The history is read once the event loop is free, to keep browsing quick.
        self._history_timer = later(self, self._load_history)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("制度内容"))
        self.tabs.addTab(self.flowchart, self.tr("工作流程图"))
        self.tabs.addTab(self.history, self.tr("版本历史"))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(
            [self.fontMetrics().horizontalAdvance("汉") * 22, self.fontMetrics().horizontalAdvance("汉") * 60]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        with self._workspace.reading_sessions() as session:
            specs = [regulation_spec(row) for row in current_regulations(session)]
        self._specs = {s.code: s for s in specs}
        self._populate()

    def _populate(self) -> None:
        words = self.search.text().lower().split()
        current = self.current_code()
        self.tree.clear()
        shown = 0
        select: QTreeWidgetItem | None = None
        categories: dict[str, QTreeWidgetItem] = {}
        divisions: dict[tuple[str, str], QTreeWidgetItem] = {}
        for spec in self._specs.values():
            if words and not _matches(spec, words):
                continue
            cat = categories.get(spec.category)
            if cat is None:
                cat = QTreeWidgetItem(
                    self.tree, [dl.label(CATEGORY_LABELS.get(spec.category, spec.category))]
                )
                categories[spec.category] = cat
            key = (spec.category, spec.division)
            div = divisions.get(key)
            if div is None:
                div = QTreeWidgetItem(cat, [spec.division_name or spec.division])
                divisions[key] = div
            item = QTreeWidgetItem(div, [f"{spec.code} {spec.title}"])
            item.setData(0, CODE_ROLE, spec.code)
            item.setToolTip(
                0,
                _t(QT_TRANSLATE_NOOP("CatalogueView", "%1　%2"))
                .replace("%1", spec.group)
                .replace("%2", dl.label(spec.kind_label)),
            )
            shown += 1
            if select is None or spec.code == current:
                select = item
        for cat in categories.values():
            cat.setText(0, f"{cat.text(0)}（{sum(d.childCount() for d in _children(cat))}）")
        self.tree.expandAll()
        self.count.setText(self.tr("共 %n 项", "", shown))
        if not self._specs:
            self.empty_note.setText(
                self.tr("制度目录是空的。请系统管理员用 sunlight catalogue import 导入制度目录。")
            )
        elif not shown:
            self.empty_note.setText(self.tr("没有符合查找条件的制度。"))
        self.empty_note.setVisible(not shown)
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self._show(None)

    def current_code(self) -> str | None:
        item = self.tree.currentItem()
        code = item.data(0, CODE_ROLE) if item is not None else None
        return str(code) if code else None

    def select(self, code: str) -> None:
        for item in self._all_items():
            if item.data(0, CODE_ROLE) == code:
                self.tree.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            for div in _children(self.tree.topLevelItem(i)):
                out += _children(div)
        return out

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        code = item.data(0, CODE_ROLE) if item is not None else None
        self._show(self._specs.get(code) if code else None)

    def _show(self, spec: RegulationSpec | None) -> None:
        if spec is None:
            hint = self.tr("在左侧选择一项制度，查看其内容、工作流程图和版本历史。")
            self.details.setHtml(f"<p>{hint}</p>")
            self.flowchart.set_chart(None)
            self.history.clear()
            self._history_timer.stop()
            return
        self.details.setHtml(detail_html(spec))
        self.flowchart.set_chart(layout_flowchart(spec))
        self._history_timer.start()

    def _load_history(self) -> None:
        # The timer can fire while the window is being torn down, its browser already gone.
        if not shiboken6.isValid(self.history):
            return
        code = self.current_code()
        if code is None:
            return
        with self._workspace.reading_sessions() as session:
            history = version_history(session, code)
        if shiboken6.isValid(self.history):  # (and may be gone once the history is read)
            self.history.setHtml(history_html(code, history))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]
