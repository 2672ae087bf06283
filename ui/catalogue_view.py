"""制度: the catalogue browser — regulations by category and division with search, the details of
the selected one, its flow chart, and its version history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
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
from ui.flowchart_view import FlowChartView

CODE_ROLE = Qt.ItemDataRole.UserRole


def _matches(spec: RegulationSpec, words: list[str]) -> bool:
    haystack = " ".join(
        [spec.code, spec.title, spec.group, spec.division, spec.division_name, spec.summary, spec.legal_basis]
        + [s.name for s in spec.steps]
    ).lower()
    return all(word in haystack for word in words)


def _limit(limit) -> str:  # type: ignore[no-untyped-def]
    return limit.label() if limit is not None else "—"


def detail_html(spec: RegulationSpec) -> str:
    """The detail pane of one regulation as HTML (limits, materials, legal basis, steps)."""
    e = escape
    rows: list[tuple[str, str]] = [
        ("类别", f"{spec.category_label}　{spec.kind_label}"),
        ("业务分组", spec.group),
    ]
    rows.append(
        ("受理处室" if spec.category == "power" else "责任处室", f"{spec.division_name}（{spec.division}）")
    )
    rows.append(("版本", f"第 {spec.version} 版，{spec.effective_from.isoformat()} 起施行"))
    if spec.category == "power":
        rows.append(("法定时限", _limit(spec.statutory_limit)))
        rows.append(("承诺时限", _limit(spec.promised_limit)))
        if spec.extension:
            rows.append(
                (
                    "延期",
                    f"可延长 {spec.extension.days} 天，"
                    f"由{STEP_ROLES.get(spec.extension.approver_role, '')}批准；"
                    f"{spec.extension.condition}",
                )
            )
        else:
            rows.append(("延期", "不得延期"))
        if spec.applicant_types:
            rows.append(("申请人", "、".join(APPLICANT_TYPE_LABELS.get(a, a) for a in spec.applicant_types)))
        if spec.cards:
            c = spec.cards
            rows.append(
                (
                    "预警",
                    f"剩余不超过 {c.yellow_remaining_days} 天或已用 {c.yellow_used_share:.0%} 亮黄牌；"
                    f"超过承诺时限亮{CARD_LEVELS.get(c.promised_overdue, '')}；超过法定时限亮红牌",
                )
            )
    rows += [("咨询电话", spec.inquiry_phone), ("投诉电话", spec.complaint_phone)]
    parts = [f"<h2>{e(spec.code)}　{e(spec.title)}</h2>", "<table cellspacing='0' cellpadding='3'>"]
    parts += [f"<tr><td style='color:#546e7a' nowrap>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts.append(f"<h3>法律依据</h3><p>{e(spec.legal_basis).replace(chr(10), '<br>')}</p>")
    parts.append(f"<h3>{'事项说明' if spec.category == 'power' else '制度概要'}</h3><p>{e(spec.summary)}</p>")
    table = "<table border='1' cellspacing='0' cellpadding='3' style='border-color:#b0bec5'>"
    if spec.materials:
        parts.append("<h3>申请材料</h3>" + table)
        parts.append(
            "<tr><th>编号</th><th>材料名称</th><th>要求</th><th>原件</th><th>复印件</th><th>说明</th></tr>"
        )
        for m in spec.materials:
            need = "必备" if m.required else "视情提供"
            parts.append(
                f"<tr><td>{e(m.code)}</td><td>{e(m.name)}</td><td>{need}</td><td>{m.originals}</td>"
                f"<td>{m.copies}</td><td>{e(m.note)}</td></tr>"
            )
        parts.append("</table>")
    if spec.steps:
        parts.append("<h3>办理环节</h3>" + table)
        parts.append(
            "<tr><th>环节</th><th>办理人</th><th>时限</th><th>动作</th><th>办理要求与廉政风险点</th></tr>"
        )
        for s in spec.steps:
            marks = []
            if s.clock_excluded:
                marks.append(
                    f"<b>不计时</b>（{e(SUSPENSION_REASONS.get(s.clock_excluded_reason or '', ''))}）"
                )
            if s.collective:
                marks.append("<b>集体决策</b>")
            actions = "、".join(ACTION_LABELS.get(a, a) for a in s.actions)
            if s.return_to:
                actions += f"（可退回 {'、'.join(s.return_to)}）"
            risks = "".join(
                f"<br><span style='color:{RISK_COLOURS.get(r.level, '#000')}'>"
                f"【{e(r.level)}】{e(r.risk)}</span>"
                f"；防控：{e(r.control)}"
                for r in s.risk_points
            )
            mark_text = "<br>" + "；".join(marks) if marks else ""
            outputs = f"<br>产出：{e('、'.join(s.outputs))}" if s.outputs else ""
            parts.append(
                f"<tr><td nowrap>{e(s.code)} {e(s.name)}</td>"
                f"<td>{e(s.role_label)}<br>{e(s.division_name or s.division)}</td>"
                f"<td nowrap>{e(_limit(s.limit))}</td><td>{e(actions)}</td>"
                f"<td>{e(s.instructions)}{outputs}{mark_text}{risks}</td></tr>"
            )
        parts.append("</table>")
    if spec.separation_of_duties:
        parts.append("<h3>不相容岗位分离</h3><ul>")
        for rule in spec.separation_of_duties:
            steps = f"：{'、'.join(rule.steps)}" if rule.steps else ""
            parts.append(f"<li>{e(SEPARATION_RULES.get(rule.rule, rule.rule))}{e(steps)}</li>")
        parts.append("</ul>")
    if spec.articles:
        parts.append("<h3>条文</h3>" + "".join(f"<p>{e(a)}</p>" for a in spec.articles))
    if spec.parameters:
        parts.append("<h3>系统执行参数</h3><ul>")
        parts += [f"<li>{e(k)}：{e(str(v))}</li>" for k, v in spec.parameters.items()]
        parts.append("</ul>")
    return "".join(parts)


def history_html(code: str, history: list[VersionInfo]) -> str:
    if not history:
        return "<p>没有版本记录。</p>"
    parts = [f"<h3>{escape(code)} 版本历史</h3>"]
    for item in reversed(history):
        parts.append(
            f"<p><b>第 {item.version} 版</b>，{item.effective_from.isoformat()} 起施行"
            f"（{item.imported_at:%Y-%m-%d} 导入）</p><ul>"
        )
        if item is history[0]:
            parts.append("<li>首版</li>")
        elif not item.changes:
            parts.append("<li>内容未变</li>")
        parts += [f"<li>{escape(c.describe())}</li>" for c in item.changes]
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
                cat = QTreeWidgetItem(self.tree, [CATEGORY_LABELS.get(spec.category, spec.category)])
                categories[spec.category] = cat
            key = (spec.category, spec.division)
            div = divisions.get(key)
            if div is None:
                div = QTreeWidgetItem(cat, [spec.division_name or spec.division])
                divisions[key] = div
            item = QTreeWidgetItem(div, [f"{spec.code} {spec.title}"])
            item.setData(0, CODE_ROLE, spec.code)
            item.setToolTip(0, f"{spec.group}　{spec.kind_label}")
            shown += 1
            if select is None or spec.code == current:
                select = item
        for cat in categories.values():
            cat.setText(0, f"{cat.text(0)}（{sum(d.childCount() for d in _children(cat))}）")
        self.tree.expandAll()
        self.count.setText(self.tr("共 %1 项").replace("%1", str(shown)))
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
            self.details.setHtml(
                f"<p>{self.tr('在左侧选择一项制度，查看其内容、工作流程图和版本历史。')}</p>"
            )
            self.flowchart.set_chart(None)
            self.history.clear()
            return
        self.details.setHtml(detail_html(spec))
        self.flowchart.set_chart(layout_flowchart(spec))
        # The history is read when the tab is shown to keep browsing quick.
        QTimer.singleShot(0, self, lambda code=spec.code: self._load_history(code))

    def _load_history(self, code: str) -> None:
        if self.current_code() != code:
            return
        with self._workspace.reading_sessions() as session:
            history = version_history(session, code)
        self.history.setHtml(history_html(code, history))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]
