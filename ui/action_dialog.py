"""One small dialog per case action, asking only what that action needs.

The dialog knows nothing about the database: it is given what to offer (return targets, assignees,
the materials checklist …) and a `submit` callable that takes the ActionInput, performs the action
through app.cases and returns its message, or raises the DomainError whose message is shown as is —
next to the field it names (InvalidInput.field), otherwise under the form. What the user typed stays
in the form after a refusal.

A step marked collective (集体决策) is concluded only by linking the meeting that decided the case:
for such a step the dialog shows a meeting picker, filled by a `MeetingSource` (CollectiveMeetings
reads app.meetings and opens the meeting dialog when none has been recorded yet).

The shared form helpers at the top (FieldErrors, FormDialog, ServiceDialog …) serve the other
forms too: registration, complaints, supervision notices, meetings and social feedback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.cases import ActionInput, MaterialCheck
from app.errors import ConcurrentChange, DomainError, InvalidInput
from app.retry import run_in_transaction
from app.users import list_divisions
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl

# --- shared form helpers (also used by the registration form) ------------------------------------------


def error_label() -> QLabel:
    """The message shown under a field; hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setStyleSheet("#fieldError { color: #b3261e; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldErrors:
    """Error labels under the fields of a QFormLayout, keyed by the service's field names."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add_row(self, label: str, widget: QWidget, key: str, *, required: bool = False) -> QLabel:
        """Add `widget` with its error label under it; `key` is InvalidInput.field."""
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = error_label()
        box.addWidget(message)
        # The separator is translated too: "：" in Chinese, ": " in English.
        caption = QLabel(
            QCoreApplication.translate("FieldErrors", "%1：").replace(
                "%1", f"{label}{' *' if required else ''}"
            )
        )
        caption.setBuddy(widget)
        if required:
            caption.setToolTip(QCoreApplication.translate("FieldErrors", "必填"))
        self._form.addRow(caption, container)
        self.widgets[key] = widget
        self.labels[key] = message
        return message

    def alias(self, key: str, existing: str) -> None:
        """Show errors for `key` at the field registered as `existing`."""
        self.widgets[key] = self.widgets[existing]
        self.labels[key] = self.labels[existing]

    def show(self, key: str, text: str) -> bool:
        """Show `text` at field `key` (and focus the field); False when there is no such field."""
        label = self.labels.get(key)
        if label is None:
            return False
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            self.widgets[key].setFocus()
        return True

    def clear(self, key: str | None = None) -> None:
        for name, label in self.labels.items():
            if key is None or name == key:
                label.clear()
                label.setVisible(False)

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and label.isVisible() else ""


class EnterSubmits(QObject):
    """In a multi-line box, Enter submits the dialog and Shift+Enter starts a new line."""

    def __init__(self, dialog: QDialog, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._dialog = dialog
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return False
            self._dialog.accept()
            return True
        return False


class FormDialog(QDialog):
    """A dialog whose form collects input for a service: a refusal is shown next to the field it
    names (InvalidInput.field), otherwise under the form, and what was typed stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields = FieldErrors(self.form)
        self.message = error_label()

    def lay_out(self, buttons: QDialogButtonBox, *, width_chars: int, above: Sequence[QWidget] = ()) -> None:
        """The usual arrangement: notes above, the form, the message, the buttons."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * width_chars, self.sizeHint().height())

    def show_error(self, error: DomainError) -> None:
        self.fields.clear()
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, dl.message(error.message)):
            self.message.setVisible(False)
            return
        self.message.setText(dl.message(error.message))
        self.message.setVisible(bool(dl.message(error.message)))

    def clear_errors(self) -> None:
        self.fields.clear()
        self.message.clear()
        self.message.setVisible(False)


class ServiceDialog(FormDialog):
    """A FormDialog acting for a signed-in user on the workspace, one transaction per call."""

    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id

    def attempt(self, call: Callable[[Session, User], object]) -> bool:
        """Run `call(session, actor)` in one transaction (again where the database asks); on a
        refusal show it and say False (the transaction is rolled back, so nothing half-done is kept)."""
        try:
            run_in_transaction(
                self.workspace, lambda session: call(session, session.get_one(User, self.actor_id))
            )
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.clear_errors()
        return True

    def accept_after(self, call: Callable[[Session, User], object]) -> None:
        """Close the dialog as accepted once `call` went through; otherwise show why not."""
        if self.attempt(call):
            self.accept()

    def add_case_and_division(self, case_number: str = "") -> tuple[QLineEdit, QComboBox]:
        """The 涉及办件 and 涉及处室 rows of the supervision forms (complaints, social feedback):
        the case's number, else the division concerned (the service takes the case's division)."""
        number = QLineEdit(case_number)
        number.setPlaceholderText(QCoreApplication.translate("ServiceDialog", "如涉及具体办件，填写办件编号"))
        self.fields.add_row(QCoreApplication.translate("ServiceDialog", "涉及办件"), number, "case")
        division = QComboBox()
        division.addItem(
            QCoreApplication.translate("ServiceDialog", "（按办件确定，或未涉及具体处室）"), None
        )
        with self.workspace.reading_sessions() as session:
            for d in list_divisions(session):
                if d.active:
                    division.addItem(d.name, d.code)
        self.fields.add_row(QCoreApplication.translate("ServiceDialog", "涉及处室"), division, "division")
        return number, division


def opinion_box(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    lines = 4
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


# --- what an action dialog offers -----------------------------------------------------------------------


@dataclass(frozen=True)
class MaterialRow:
    """One line of the materials checklist, as plain data."""

    code: str
    name: str
    required: bool
    status: str = "received"
    copies: int = 0
    note: str = ""
    requirement: str = ""  # e.g. 原件1份、复印件4份


@dataclass(frozen=True)
class ActionContext:
    """What the dialog may offer for one action on one case (plain data)."""

    action: str
    label: str
    case_number: str
    step_name: str = ""
    return_targets: tuple[tuple[str, str], ...] = ()  # (code, name)
    suspension_reasons: tuple[tuple[str, str], ...] = ()  # (code, label)
    ratings: tuple[tuple[str, str], ...] = ()
    assignees: tuple[tuple[str, str], ...] = ()  # (login, label)
    materials: tuple[MaterialRow, ...] = ()
    extension_left: int = 0
    extension_unit: str = ""
    expected_version: int | None = None
    notes: tuple[str, ...] = field(default=())
    collective: bool = False  # the current step is concluded by a meeting's decision (集体决策)


Submit = Callable[[ActionInput], str]

# action → (field key, caption, placeholder, whether the text is required); the captions are
# translated where they are shown (context "ActionDialog").
_TEXT: dict[str, tuple[str, str, str, bool]] = {
    "supplement": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "告知说明"),
        QT_TRANSLATE_NOOP("ActionDialog", "需要向申请人说明的其他事项（可不填）"),
        False,
    ),
    "accept": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "受理意见"),
        QT_TRANSLATE_NOOP("ActionDialog", "可不填"),
        False,
    ),
    "refuse": (
        "reason",
        QT_TRANSLATE_NOOP("ActionDialog", "不予受理理由"),
        QT_TRANSLATE_NOOP("ActionDialog", "将写入不予受理通知书"),
        True,
    ),
    "pass": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "办理意见"),
        QT_TRANSLATE_NOOP("ActionDialog", "本环节的办理意见"),
        True,
    ),
    "return": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "退回理由"),
        QT_TRANSLATE_NOOP("ActionDialog", "写明退回的原因和需要补充办理的内容"),
        True,
    ),
    "suspend": (
        "reason",
        QT_TRANSLATE_NOOP("ActionDialog", "暂停说明"),
        QT_TRANSLATE_NOOP("ActionDialog", "暂停计时的具体情况（事由为“其他”时必填）"),
        False,
    ),
    "resume": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "说明"),
        QT_TRANSLATE_NOOP("ActionDialog", "可不填"),
        False,
    ),
    "extend": (
        "reason",
        QT_TRANSLATE_NOOP("ActionDialog", "延期理由"),
        QT_TRANSLATE_NOOP("ActionDialog", "须书面告知申请人"),
        True,
    ),
    "approve": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "决定内容"),
        QT_TRANSLATE_NOOP("ActionDialog", "办结意见，将写入决定文书"),
        True,
    ),
    "reject": (
        "opinion",
        QT_TRANSLATE_NOOP("ActionDialog", "决定内容"),
        QT_TRANSLATE_NOOP("ActionDialog", "不予批准的理由，将写入决定文书"),
        True,
    ),
    "withdraw": (
        "reason",
        QT_TRANSLATE_NOOP("ActionDialog", "撤回原因"),
        QT_TRANSLATE_NOOP("ActionDialog", "如：申请人书面申请撤回"),
        True,
    ),
}

# The actions that conclude a collective step, and the meeting decision each needs.
COLLECTIVE_DECISION: dict[str, str] = {"pass": "approved", "approve": "approved", "reject": "rejected"}


@dataclass(frozen=True)
class MeetingChoice:
    """A recorded meeting with an agenda item about the case, as the picker shows it."""

    meeting_id: int
    held_on: date
    meeting_type: str
    title: str
    decision: str | None  # the item's decision code (app.meetings.DECISIONS), None while undecided
    decision_label: str


class MeetingSource(Protocol):
    """Where the action dialog gets the meetings about the case, and records a new one."""

    def choices(self) -> Sequence[MeetingChoice]: ...

    def record(self, parent: QWidget, done: Callable[[], None]) -> None:
        """Let the user record a meeting about the case; call `done` when that is over."""
        ...


def meeting_choices(session: Session, case_id: int) -> tuple[MeetingChoice, ...]:
    """The meetings with an agenda item about the case, newest first, with that item's decision
    (the last item about the case when a meeting studied it more than once)."""
    from app.meetings import list_meetings, minutes
    from db.models import Case

    number = session.get_one(Case, case_id).number
    found = []
    for row in list_meetings(session, case_id=case_id):
        items = [i for i in minutes(session, row.id).items if i.case_number == number]
        item = next((i for i in reversed(items) if i.decision), items[-1])
        found.append(
            MeetingChoice(
                row.id, row.held_on, row.meeting_type, row.title, item.decision, item.decision_label
            )
        )
    return tuple(found)


class CollectiveMeetings:
    """The MeetingSource of one case: reads app.meetings; `record` opens the meeting dialog with
    the case as its agenda item."""

    def __init__(self, workspace: Workspace, actor_id: int, case_id: int, case_number: str) -> None:
        self.workspace = workspace
        self.actor_id = actor_id
        self.case_id = case_id
        self.case_number = case_number
        self.last_dialog: QDialog | None = None

    def choices(self) -> tuple[MeetingChoice, ...]:
        with self.workspace.reading_sessions() as session:
            return meeting_choices(session, self.case_id)

    def record(self, parent: QWidget, done: Callable[[], None]) -> None:
        from ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.workspace, self.actor_id, parent, case_number=self.case_number)
        dialog.finished.connect(lambda _result: done())
        self.last_dialog = dialog
        dialog.open()


class ActionDialog(FormDialog):
    """The dialog for one action. `submit` performs it; its message is kept in `result_message`.
    For a collective step `meetings` fills the meeting picker (see MeetingSource)."""

    def __init__(
        self,
        context: ActionContext,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        meetings: MeetingSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._submit = submit
        self._meetings = meetings
        self.result_message = ""
        self.concurrent_change: str = ""
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", context.label).replace("%2", context.case_number)
        )
        self.materials_editor = None
        self.to_step: QComboBox | None = None
        self.reason_code: QComboBox | None = None
        self.days: QSpinBox | None = None
        self.rating: QComboBox | None = None
        self.assignee: QComboBox | None = None
        self.text_edit: QPlainTextEdit | None = None
        self.meeting: QComboBox | None = None
        self.no_meeting: QLabel | None = None
        self.record_meeting_button: QPushButton | None = None
        self._text_key = ""
        action = context.action

        if action in ("supplement", "accept") and context.materials:
            from ui.register_dialog import MaterialsEditor

            self.materials_editor = MaterialsEditor(context.materials)
            self.fields.add_row(self.tr("材料清单"), self.materials_editor, "materials")
        if action == "return":
            self.to_step = QComboBox()
            for code, name in context.return_targets:
                self.to_step.addItem(f"{code} {name}", code)
            self.fields.add_row(self.tr("退回到"), self.to_step, "to_step", required=True)
        if action == "suspend":
            self.reason_code = QComboBox()
            self.reason_code.addItem(self.tr("（请选择）"), "")
            for code, label in context.suspension_reasons:
                self.reason_code.addItem(label, code)
            self.fields.add_row(self.tr("暂停事由"), self.reason_code, "reason_code", required=True)
        if action == "extend":
            self.days = QSpinBox()
            self.days.setRange(1, max(1, context.extension_left))
            self.days.setValue(max(1, context.extension_left))
            self.days.setSuffix(f" {dl.label(context.extension_unit)}" if context.extension_unit else "")
            self.fields.add_row(self.tr("延长天数"), self.days, "days", required=True)
        if action == "close":
            self.rating = QComboBox()
            self.rating.addItem(self.tr("（请选择）"), "")
            for code, label in context.ratings:
                self.rating.addItem(label, code)
            self.fields.add_row(self.tr("申请人评价"), self.rating, "rating", required=True)
        if action == "assign":
            self.assignee = QComboBox()
            self.assignee.addItem(self.tr("（请选择）"), "")
            for login, label in context.assignees:
                self.assignee.addItem(label, login)
            self.fields.add_row(self.tr("承办人"), self.assignee, "assignee", required=True)
        if context.collective and action in COLLECTIVE_DECISION:
            self.fields.add_row(self.tr("集体决策会议"), self._meeting_picker(), "meeting_id", required=True)
        if action in _TEXT:
            key, caption, placeholder, required = _TEXT[action]
            self._text_key = key
            self.text_edit = opinion_box(self.tr(placeholder) + self.tr("（回车确定，Shift+回车换行）"))
            EnterSubmits(self, self.text_edit)
            self.fields.add_row(self.tr(caption), self.text_edit, key, required=required)
            # Services name the text field "opinion" or "reason" depending on the action.
            other = "reason" if key == "opinion" else "opinion"
            self.fields.alias(other, key)

        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        notes = [intro]
        for note in context.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            notes.append(label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(context.label)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lay_out(
            self.buttons, width_chars=60 if self.materials_editor else 48 if self.meeting else 36, above=notes
        )
        first = next(iter(self.fields.widgets.values()), None)
        (first or self.ok_button).setFocus()

    # --- the meeting picker of a collective step --------------------------------------------------

    def _meeting_picker(self) -> QWidget:
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(24)
        box.addWidget(self.meeting)
        self.no_meeting = QLabel()
        self.no_meeting.setWordWrap(True)
        self.no_meeting.setObjectName("noMeeting")
        self.no_meeting.setStyleSheet("#noMeeting { color: #7a4f01; }")
        box.addWidget(self.no_meeting)
        row = QHBoxLayout()
        self.record_meeting_button = QPushButton(self.tr("登记会议记录…"))
        self.record_meeting_button.setToolTip(self.tr("登记研究本件的会议，本件已列为议题"))
        self.record_meeting_button.setAutoDefault(False)
        self.record_meeting_button.setEnabled(self._meetings is not None)
        self.record_meeting_button.clicked.connect(self.record_meeting)
        row.addWidget(self.record_meeting_button)
        row.addStretch(1)
        box.addLayout(row)
        self.fill_meetings()
        return container

    def fill_meetings(self) -> None:
        """(Re)load the meetings about the case; the first one decided as this action needs is
        chosen."""
        assert self.meeting is not None and self.no_meeting is not None
        choices = list(self._meetings.choices()) if self._meetings is not None else []
        wanted = COLLECTIVE_DECISION[self.context.action]
        previous = self.meeting.currentData()
        self.meeting.clear()
        for c in choices:
            self.meeting.addItem(self.meeting_caption(c), c.meeting_id)
        self.meeting.setEnabled(bool(choices))
        matching = [n for n, c in enumerate(choices) if c.decision == wanted]
        kept = self.meeting.findData(previous) if previous is not None else -1
        self.meeting.setCurrentIndex(matching[0] if matching else max(kept, 0))
        if not choices:
            self.meeting.addItem(self.tr("（尚无研究本件的会议记录）"), None)
            self.no_meeting.setText(
                self.tr(
                    "本环节须集体决策，但还没有研究本件的会议记录。"
                    "请先登记会议记录（会议研究并作出决定后），再办理本环节。"
                )
            )
        elif not matching:
            self.no_meeting.setText(
                self.tr("研究本件的会议尚未作出“%1”的决定，本环节暂不能%2。")
                .replace("%1", self.tr("同意") if wanted == "approved" else self.tr("不同意"))
                .replace("%2", self.context.label)
            )
        else:
            self.no_meeting.setText("")
        self.no_meeting.setVisible(bool(self.no_meeting.text()))

    def meeting_caption(self, c: MeetingChoice) -> str:
        """Date, type, title (unless it is the default one made of type and date) and decision."""
        held = c.held_on.isoformat()
        if c.title in ("", f"{c.meeting_type}（{held}）"):
            meeting = self.tr("%1 %2").replace("%1", held).replace("%2", dl.label(c.meeting_type))
        else:
            meeting = (
                self.tr("%1 %2《%3》")
                .replace("%1", held)
                .replace("%2", dl.label(c.meeting_type))
                .replace("%3", c.title)
            )
        return (
            self.tr("%1 — 本件议题：%2")
            .replace("%1", meeting)
            .replace("%2", dl.decision_label(c.decision_label))
        )

    def record_meeting(self) -> None:
        if self._meetings is not None:
            self._meetings.record(self, self.refresh_meetings)

    def refresh_meetings(self) -> None:
        """Reload the meetings (one was recorded or decided meanwhile)."""
        # A refusal about the meetings offered before no longer applies.
        self.clear_errors()
        self.fill_meetings()

    def _intro(self) -> str:
        c = self.context
        where = self.tr("，当前环节：%1").replace("%1", c.step_name) if c.step_name else ""
        return self.tr("办件 %1%2。").replace("%1", c.case_number).replace("%2", where)

    def given(self) -> ActionInput:
        """What the user entered, as the service's input."""
        text = self.text_edit.toPlainText() if self.text_edit is not None else ""
        opinion = text if self._text_key == "opinion" else ""
        reason = text if self._text_key == "reason" else ""
        materials: tuple[MaterialCheck, ...] = ()
        if self.materials_editor is not None:
            materials = tuple(self.materials_editor.checks())
        return ActionInput(
            opinion=opinion,
            reason=reason,
            reason_code=self.reason_code.currentData() if self.reason_code is not None else "",
            days=self.days.value() if self.days is not None else None,
            to_step=self.to_step.currentData() or "" if self.to_step is not None else "",
            rating=self.rating.currentData() if self.rating is not None else "",
            assignee_login=self.assignee.currentData() if self.assignee is not None else "",
            materials=materials,
            expected_version=self.context.expected_version,
            meeting_id=self.meeting.currentData() if self.meeting is not None else None,
        )

    def accept(self) -> None:
        try:
            self.result_message = self._submit(self.given())
        except ConcurrentChange as exc:
            # Someone else changed the case: nothing of ours is kept; the view reloads.
            self.concurrent_change = dl.message(exc.message)
            super().reject()
            return
        except DomainError as exc:
            self.show_error(exc)
            return
        super().accept()


def context_notes(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line for line in lines if line)
