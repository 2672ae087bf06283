"""登记: the new-case form a clerk fills in at the counter.

The regulation picker searches by code, title and pinyin initials (e.g. "qytz" finds 企业投资项目核准).
Each field is checked as the user leaves it with the same checks the service applies, and again on
save by app.cases.register_case; a refusal is shown next to the field it names and nothing typed is
lost. The whole form works from the keyboard: type to search, ↓ and Enter to pick, Tab onwards,
Enter saves, Esc cancels.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import policy
from app.cases import (
    APPLICANT_TYPES,
    MATERIAL_STATUSES,
    ApplicantDetails,
    MaterialCheck,
    register_case,
    registered_since,
    registration_start,
)
from app.catalogue import current_regulations, regulation_spec
from app.catalogue.store import today
from app.errors import DomainError, InvalidInput
from app.identifiers import check_credit_code, check_id_card, check_phone
from app.retry import DatabaseUnavailable, run_in_transaction
from app.timesource import current_time
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.action_dialog import FieldErrors, MaterialRow, error_label

# --- pinyin initials without a pinyin package ----------------------------------------------------------

# GB 2312 orders its 3,755 level-1 characters by pinyin, so a character's initial follows from its
# code point. Level-2 characters (ordered by radical) and characters outside GB 2312 get no initial.
_GB2312_INITIALS: tuple[tuple[int, str], ...] = (
    (0xB0A1, "a"),
    (0xB0C5, "b"),
    (0xB2C1, "c"),
    (0xB4EE, "d"),
    (0xB6EA, "e"),
    (0xB7A2, "f"),
    (0xB8C1, "g"),
    (0xB9FE, "h"),
    (0xBBF7, "j"),
    (0xBFA6, "k"),
    (0xC0AC, "l"),
    (0xC2E8, "m"),
    (0xC4C3, "n"),
    (0xC5B6, "o"),
    (0xC5BE, "p"),
    (0xC6DA, "q"),
    (0xC8BB, "r"),
    (0xC8F6, "s"),
    (0xCBFA, "t"),
    (0xCDDA, "w"),
    (0xCEF4, "x"),
    (0xD1B9, "y"),
    (0xD4D1, "z"),
)
_GB2312_LEVEL1_END = 0xD7F9


def pinyin_initial(char: str) -> str:
    """The pinyin initial of a common Chinese character ("企" → "q"); ASCII letters and digits
    stand for themselves; anything else gives ""."""
    if char.isascii():
        return char.lower() if char.isalnum() else ""
    try:
        encoded = char.encode("gb2312")
    except UnicodeEncodeError:
        return ""
    if len(encoded) != 2:
        return ""
    code = (encoded[0] << 8) | encoded[1]
    if not _GB2312_INITIALS[0][0] <= code <= _GB2312_LEVEL1_END:
        return ""
    letter = ""
    for start, initial in _GB2312_INITIALS:
        if code < start:
            break
        letter = initial
    return letter


def pinyin_initials(text: str) -> str:
    return "".join(pinyin_initial(c) for c in text)


# --- the regulation picker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PickerEntry:
    """A regulation the user may register cases under, as plain data."""

    code: str
    title: str
    division_name: str
    version: int
    summary: str  # limits and division, shown under the picker
    applicant_types: tuple[str, ...]
    materials: tuple[MaterialRow, ...]

    @property
    def display(self) -> str:
        return f"{self.code} {self.title}"

    def matches(self, query: str) -> bool:
        q = query.strip().lower()
        if not q:
            return True
        code = self.code.lower()
        return (
            q in code
            or q.replace("-", "") in code.replace("-", "")
            or q in self.title.lower()
            or q in pinyin_initials(self.title)
            or q in self.display.lower()
        )


def picker_entries(workspace: Workspace, actor_id: int | None) -> list[PickerEntry]:
    """The power regulations in force today under which this user may register cases."""
    entries = []
    with workspace.reading_sessions() as session:
        actor = session.get(User, actor_id) if actor_id is not None else None
        day = today()
        for regulation in current_regulations(session):
            if regulation.category != "power" or regulation.effective_from > day:
                continue
            if actor is not None and not policy.can(
                actor, "register", session=session, division_id=regulation.division_id
            ):
                continue
            spec = regulation_spec(regulation)
            limits = []
            if spec.promised_limit is not None:
                limits.append(
                    QCoreApplication.translate("RegisterDialog", "承诺时限 %1").replace(
                        "%1", dl.limit_text(spec.promised_limit.days, spec.promised_limit.unit)
                    )
                )
            if spec.statutory_limit is not None:
                limits.append(
                    QCoreApplication.translate("RegisterDialog", "法定时限 %1").replace(
                        "%1", dl.limit_text(spec.statutory_limit.days, spec.statutory_limit.unit)
                    )
                )
            division = spec.division_name or (regulation.division.name if regulation.division else "")
            where = (
                QCoreApplication.translate("RegisterDialog", "受理处室：%1").replace("%1", division)
                if division
                else ""
            )
            summary = " · ".join([dl.label(spec.kind_label), *limits, where]).strip(" ·")
            materials = tuple(
                MaterialRow(
                    code=m.code,
                    name=m.name,
                    required=m.required,
                    status="received",
                    copies=m.copies,
                    note="",
                    requirement=dl.copies_text(m.originals, m.copies),
                )
                for m in spec.materials
            )
            entries.append(
                PickerEntry(
                    regulation.code,
                    regulation.title,
                    division,
                    regulation.version,
                    summary,
                    spec.applicant_types,
                    materials,
                )
            )
    return entries


# --- the materials checklist ----------------------------------------------------------------------------


class MaterialsEditor(QTableWidget):
    """材料清单: one row per material with a status combo, a copies spin box and a note. The
    table itself takes no focus: Tab goes from cell widget to cell widget."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("MaterialsEditor", "材料名称"),
        QT_TRANSLATE_NOOP("MaterialsEditor", "要求"),
        QT_TRANSLATE_NOOP("MaterialsEditor", "收取情况"),
        QT_TRANSLATE_NOOP("MaterialsEditor", "份数"),
        QT_TRANSLATE_NOOP("MaterialsEditor", "备注"),
    )

    def __init__(self, rows: Sequence[MaterialRow] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(self.COLUMNS))
        self.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().horizontalAdvance("汉")
        for column, chars in ((1, 11), (2, 7), (3, 5), (4, 10)):
            self.setColumnWidth(column, char * chars)
        self.status_boxes: list[QComboBox] = []
        self.copies_boxes: list[QSpinBox] = []
        self.note_edits: list[QLineEdit] = []
        self._rows: list[MaterialRow] = []
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[MaterialRow]) -> None:
        self._rows = list(rows)
        self.status_boxes, self.copies_boxes, self.note_edits = [], [], []
        self.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            name = QTableWidgetItem(row.name + (self.tr("（必备）") if row.required else self.tr("（可选）")))
            name.setToolTip(row.code)
            self.setItem(index, 0, name)
            self.setItem(index, 1, QTableWidgetItem(row.requirement))
            status = QComboBox()
            for code, text in MATERIAL_STATUSES.items():
                status.addItem(dl.label(text), code)
            status.setCurrentIndex(max(0, status.findData(row.status)))
            status.setAccessibleName(self.tr("%1 收取情况").replace("%1", row.name))
            copies = QSpinBox()
            copies.setRange(0, 999)
            copies.setValue(row.copies)
            dl.count_copies(copies)
            copies.setAccessibleName(self.tr("%1 份数").replace("%1", row.name))
            note = QLineEdit(row.note)
            note.setPlaceholderText(self.tr("如：缺少盖章页"))
            note.setAccessibleName(self.tr("%1 备注").replace("%1", row.name))
            self.setCellWidget(index, 2, status)
            self.setCellWidget(index, 3, copies)
            self.setCellWidget(index, 4, note)
            self.status_boxes.append(status)
            self.copies_boxes.append(copies)
            self.note_edits.append(note)
        row_height = max(
            [self.fontMetrics().height() * 2]
            + [w.sizeHint().height() + 6 for w in (*self.status_boxes, *self.copies_boxes)]
        )
        for index in range(self.rowCount()):
            self.setRowHeight(index, row_height)
        if self.copies_boxes:  # room for the suffix, which is longer in English
            widest = max(box.sizeHint().width() for box in self.copies_boxes)
            self.setColumnWidth(3, max(self.columnWidth(3), widest + 6))
        visible_rows = min(max(len(self._rows), 1), 8)
        height = self.horizontalHeader().sizeHint().height() + row_height * visible_rows + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if len(self._rows) <= 8 else 16_777_215)

    def focus_widgets(self) -> list[QWidget]:
        """The cell widgets in Tab order (row by row)."""
        widgets: list[QWidget] = []
        for status, copies, note in zip(self.status_boxes, self.copies_boxes, self.note_edits, strict=True):
            widgets.extend((status, copies, note))
        return widgets

    def checks(self) -> list[MaterialCheck]:
        return [
            MaterialCheck(
                row.code,
                self.status_boxes[i].currentData(),
                self.copies_boxes[i].value(),
                self.note_edits[i].text(),
            )
            for i, row in enumerate(self._rows)
        ]

    @property
    def rows(self) -> list[MaterialRow]:
        return list(self._rows)


# --- the form -------------------------------------------------------------------------------------------


class RegisterDialog(QDialog):
    """新办件登记. After a successful save `case_id` and `case_number` name the new case."""

    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor_id = actor_id
        self.case_id: int | None = None
        self.case_number = ""
        # When an attempt's COMMIT was cut off: the next one first looks for what it saved.
        self._in_doubt_since: datetime | None = None
        self.saved_before_the_break = False  # the case was the cut-off attempt's, found
        self.entries = picker_entries(workspace, actor_id)
        self._by_code = {e.code: e for e in self.entries}
        self.entry: PickerEntry | None = None
        self.setWindowTitle(self.tr("登记新办件"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields = FieldErrors(form)

        self.regulation = QLineEdit()
        self.regulation.setPlaceholderText(self.tr("输入事项编号、名称或拼音首字母查找，↓ 选择，回车确认"))
        self._matches = QStringListModel(self)
        self.completer = QCompleter(self._matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.regulation.setCompleter(self.completer)
        self.regulation.textEdited.connect(self._search)
        self.completer.activated[str].connect(self._picked)
        self.regulation.editingFinished.connect(self._check_regulation)
        self.regulation_info = QLabel(self.tr("选定事项后，下方列出该事项的申请材料清单。"))
        self.regulation_info.setWordWrap(True)
        picker = QWidget()
        picker_box = QVBoxLayout(picker)
        picker_box.setContentsMargins(0, 0, 0, 0)
        picker_box.setSpacing(2)
        picker_box.addWidget(self.regulation)
        picker_box.addWidget(self.regulation_info)
        self.fields.add_row(self.tr("办理事项"), picker, "regulation", required=True)
        self.fields.widgets["regulation"] = self.regulation
        self.fields.alias("received_at", "regulation")

        self.applicant_type = QComboBox()
        for code, label in APPLICANT_TYPES.items():
            self.applicant_type.addItem(dl.label(label), code)
        self.applicant_type.currentIndexChanged.connect(self._type_changed)
        self.fields.add_row(self.tr("申请人类型"), self.applicant_type, "applicant_type", required=True)

        self.applicant_name = QLineEdit()
        self.applicant_name.setMaxLength(200)
        self.applicant_name.editingFinished.connect(self._check_name)
        self.fields.add_row(self.tr("申请人名称"), self.applicant_name, "applicant_name", required=True)

        self.id_code = QLineEdit()
        self.id_code.setMaxLength(20)
        self.id_code.editingFinished.connect(self._check_id_code)
        self.fields.add_row(self.tr("证件号码"), self.id_code, "applicant_id_code")
        self.id_code_caption = form.labelForField(self.id_code.parentWidget())

        self.contact = QLineEdit()
        self.fields.add_row(self.tr("联系人"), self.contact, "applicant_contact")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机或带区号的固定电话，如 0731-82212041"))
        self.phone.editingFinished.connect(self._check_phone)
        self.fields.add_row(self.tr("联系电话"), self.phone, "applicant_phone")
        self.address = QLineEdit()
        self.fields.add_row(self.tr("通讯地址"), self.address, "applicant_address")
        self.subject = QLineEdit()
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(self.tr("项目名称或申请事由"))
        self.fields.add_row(self.tr("项目名称/事由"), self.subject, "subject")

        self.materials = MaterialsEditor()
        self.fields.add_row(self.tr("申请材料"), self.materials, "materials")

        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存登记"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        note = QLabel(self.tr("带 * 的为必填项。接收时间记为保存时刻，登记人为当前用户（首问负责）。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not self.entries:
            self.message.setText(
                self.tr("您没有可登记的事项：只有经办人可以登记本处室受理的依申请或依职权事项。")
            )
            self.message.setVisible(True)
            self.save_button.setEnabled(False)
        self._type_changed()
        self._matches.setStringList([e.display for e in self.entries])
        self._fix_tab_order()
        self.regulation.setFocus()
        char = self.fontMetrics().horizontalAdvance("汉")
        self.resize(char * 62, self.sizeHint().height())

    # --- the picker ----------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self._matches.setStringList([e.display for e in self.entries if e.matches(text)])
        if self.entry is not None and text != self.entry.display:
            self.regulation_info.clear()
        self.completer.complete()

    def _picked(self, display: str) -> None:
        entry = next((e for e in self.entries if e.display == display), None)
        if entry is not None:
            self.choose(entry.code)

    def choose(self, code: str) -> bool:
        """Choose the regulation with `code`; fills the materials checklist (kept when the same
        regulation is chosen again)."""
        entry = self._by_code.get(code.strip().upper())
        if entry is None:
            return False
        self.regulation.setText(entry.display)
        self.regulation_info.setText(entry.summary)
        self.fields.clear("regulation")
        if self.entry is None or self.entry.code != entry.code:
            self.entry = entry
            self.materials.set_rows(entry.materials)
            if entry.applicant_types:
                self.applicant_type.setCurrentIndex(
                    max(0, self.applicant_type.findData(entry.applicant_types[0]))
                )
            self._fix_tab_order()
            layout = self.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        return True

    def _resolve(self) -> PickerEntry | None:
        text = self.regulation.text().strip()
        if not text:
            return None
        if self.entry is not None and text == self.entry.display:
            return self.entry
        first = text.split()[0].upper()
        if first in self._by_code:
            self.choose(first)
            return self.entry
        found = [e for e in self.entries if e.matches(text)]
        if len(found) == 1:
            self.choose(found[0].code)
            return self.entry
        return None

    def _check_regulation(self) -> None:
        if self.completer.popup().isVisible():
            return
        text = self.regulation.text().strip()
        if text and self._resolve() is None:
            self._quiet(
                "regulation",
                self.tr("没有唯一匹配的事项，请从列表中选择（可输入编号、名称或拼音首字母）。"),
            )

    # --- checks as the user leaves a field (the service's own checks) --------------------------------

    def _quiet(self, key: str, text: str) -> None:
        """Show a message at a field without moving the focus (the user is moving on)."""
        label = self.fields.labels[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _check_name(self) -> None:
        try:
            ApplicantDetails(name=self.applicant_name.text()).checked()
        except InvalidInput as exc:
            self._quiet("applicant_name", dl.message(exc.message) if exc.field == "applicant_name" else "")
            return
        self._quiet("applicant_name", "")

    def _check_id_code(self) -> None:
        value = self.id_code.text().strip()
        try:
            if value:
                if self.applicant_type.currentData() == "organisation":
                    self.id_code.setText(check_credit_code(value))
                else:
                    self.id_code.setText(check_id_card(value))
        except InvalidInput as exc:
            self._quiet("applicant_id_code", dl.message(exc.message))
            return
        self._quiet("applicant_id_code", "")

    def _check_phone(self) -> None:
        try:
            check_phone(self.phone.text())
        except InvalidInput as exc:
            self._quiet("applicant_phone", dl.message(exc.message))
            return
        self._quiet("applicant_phone", "")

    def _type_changed(self) -> None:
        person = self.applicant_type.currentData() == "person"
        caption = self.tr("公民身份号码：") if person else self.tr("统一社会信用代码：")
        if isinstance(self.id_code_caption, QLabel):
            self.id_code_caption.setText(caption)
        self.id_code.setPlaceholderText(self.tr("18位") + (self.tr("，末位可为X") if person else ""))
        self.applicant_name.setPlaceholderText(
            self.tr("申请人姓名") if person else self.tr("单位全称，与营业执照或登记证书一致")
        )
        if self.id_code.text().strip():
            self._check_id_code()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.regulation,
            self.applicant_type,
            self.applicant_name,
            self.id_code,
            self.contact,
            self.phone,
            self.address,
            self.subject,
            *self.materials.focus_widgets(),
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- saving -------------------------------------------------------------------------------------

    def applicant(self) -> ApplicantDetails:
        return ApplicantDetails(
            name=self.applicant_name.text(),
            applicant_type=self.applicant_type.currentData(),
            id_code=self.id_code.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
        )

    def show_error(self, error: DomainError) -> None:
        self.fields.clear()
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, dl.message(error.message)):
            self.message.setVisible(False)
            return
        self.message.setText(dl.message(error.message))
        self.message.setVisible(True)

    def save(self) -> None:
        self.message.setVisible(False)
        entry = self._resolve()
        if entry is None:
            self.show_error(
                InvalidInput(
                    self.tr("请选择办理事项（可输入编号、名称或拼音首字母查找）。"), field="regulation"
                )
            )
            return

        in_doubt_since, self._in_doubt_since = self._in_doubt_since, None
        attempted_at = current_time()

        def register(session: Session) -> tuple[int, str]:
            # Run again from the start where the database asks (another desk took the number first).
            if in_doubt_since is not None:
                # The last attempt's COMMIT was cut off: if it was saved after all, that case is the
                # registration, not a second one.
                saved = registered_since(
                    session,
                    actor_id=self._actor_id,
                    applicant=self.applicant(),
                    subject=self.subject.text(),
                    since=in_doubt_since,
                )
                if saved is not None:
                    self.saved_before_the_break = True
                    return saved.id, saved.number
            actor, regulation = registration_start(session, self._actor_id, entry.code)
            case = register_case(
                session,
                actor=actor,  # type: ignore[arg-type]
                regulation=regulation,
                applicant=self.applicant(),
                subject=self.subject.text(),
                materials=self.materials.checks(),
            )
            return case.id, case.number

        try:
            self.case_id, self.case_number = run_in_transaction(self._workspace, register)
        except DomainError as exc:
            self.case_id, self.case_number = None, ""
            # Until an attempt goes through, the one cut off may still be the registration.
            cut_off = isinstance(exc, DatabaseUnavailable) and exc.in_doubt
            self._in_doubt_since = in_doubt_since or (attempted_at if cut_off else None)
            self.show_error(exc)
            return
        self.accept()

    def accept(self) -> None:
        if self.case_id is None:  # Enter pressed: save first
            self.save()
            return
        super().accept()
