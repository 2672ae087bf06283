"""One small dialog per case action, asking only what that action needs.

The dialog knows nothing about the database: it is given what to offer (return targets, assignees,
the materials checklist …) and a `submit` callable that takes the ActionInput, performs the action
through app.cases and returns its message, or raises the DomainError whose message is shown as is —
next to the field it names (InvalidInput.field), otherwise under the form. What the user typed stays
in the form after a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cases import ActionInput, MaterialCheck
from app.errors import ConcurrentChange, DomainError, InvalidInput

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
        caption = QLabel(f"{label}{' *' if required else ''}：")
        caption.setBuddy(widget)
        if required:
            caption.setToolTip("必填")
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


Submit = Callable[[ActionInput], str]

# action → (which inputs, the opinion's caption and placeholder, whether the text is required)
_TEXT: dict[str, tuple[str, str, str, bool]] = {
    # action: (field key, caption, placeholder, required)
    "supplement": ("opinion", "告知说明", "需要向申请人说明的其他事项（可不填）", False),
    "accept": ("opinion", "受理意见", "可不填", False),
    "refuse": ("reason", "不予受理理由", "将写入不予受理通知书", True),
    "pass": ("opinion", "办理意见", "本环节的办理意见", True),
    "return": ("opinion", "退回理由", "写明退回的原因和需要补充办理的内容", True),
    "suspend": ("reason", "暂停说明", "暂停计时的具体情况（事由为“其他”时必填）", False),
    "resume": ("opinion", "说明", "可不填", False),
    "extend": ("reason", "延期理由", "须书面告知申请人", True),
    "approve": ("opinion", "决定内容", "办结意见，将写入决定文书", True),
    "reject": ("opinion", "决定内容", "不予批准的理由，将写入决定文书", True),
    "withdraw": ("reason", "撤回原因", "如：申请人书面申请撤回", True),
}


class ActionDialog(QDialog):
    """The dialog for one action. `submit` performs it; its message is kept in `result_message`."""

    def __init__(self, context: ActionContext, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._submit = submit
        self.result_message = ""
        self.concurrent_change: str = ""
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", context.label).replace("%2", context.case_number)
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields = FieldErrors(form)
        self.materials_editor = None
        self.to_step: QComboBox | None = None
        self.reason_code: QComboBox | None = None
        self.days: QSpinBox | None = None
        self.rating: QComboBox | None = None
        self.assignee: QComboBox | None = None
        self.text_edit: QPlainTextEdit | None = None
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
            self.days.setSuffix(f" {context.extension_unit}" if context.extension_unit else "")
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
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(context.label)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for note in context.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        first = next(iter(self.fields.widgets.values()), None)
        (first or self.ok_button).setFocus()
        char = self.fontMetrics().horizontalAdvance("汉")
        self.resize(char * (60 if self.materials_editor else 36), self.sizeHint().height())

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
        )

    def show_error(self, error: DomainError) -> None:
        self.fields.clear()
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, error.message):
            self.message.setVisible(False)
            return
        self.message.setText(error.message)
        self.message.setVisible(True)

    def accept(self) -> None:
        try:
            self.result_message = self._submit(self.given())
        except ConcurrentChange as exc:
            # Someone else changed the case: nothing of ours is kept; the view reloads.
            self.concurrent_change = exc.message
            super().reject()
            return
        except DomainError as exc:
            self.show_error(exc)
            return
        super().accept()


def context_notes(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line for line in lines if line)
