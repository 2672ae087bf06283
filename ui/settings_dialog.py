"""设置: this workstation (language, printer, database connection) and, for an administrator, the
database-wide settings (agency header, idle lock; the card thresholds are shown from BZ-03).

Workstation settings go to QSettings (`ui.preferences`); database-wide ones to the settings table,
checked against the `edit_settings` permission and written to the audit trail. Language and
connection changes take effect at the next start, and the dialog says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import policy, settings
from app.errors import DomainError, InvalidInput
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui import preferences as prefs
from ui.first_run import ConnectionForm, result_label
from ui.i18n import LANGUAGES

# The agency header fields the dialog shows, in order (checked and saved by app.settings).
AGENCY_FIELDS: tuple[tuple[settings.SettingSpec, str], ...] = (
    (settings.AGENCY_NAME, QT_TRANSLATE_NOOP("SettingsDialog", "机关名称 *：")),
    (settings.AGENCY_SHORT_NAME, QT_TRANSLATE_NOOP("SettingsDialog", "机关简称 *：")),
    (settings.AGENCY_ADDRESS, QT_TRANSLATE_NOOP("SettingsDialog", "地址：")),
    (settings.AGENCY_POSTCODE, QT_TRANSLATE_NOOP("SettingsDialog", "邮政编码：")),
    (settings.AGENCY_PHONE, QT_TRANSLATE_NOOP("SettingsDialog", "联系电话：")),
    (settings.AGENCY_WEBSITE, QT_TRANSLATE_NOOP("SettingsDialog", "网站：")),
    (settings.AGENCY_COMPLAINT_PHONE, QT_TRANSLATE_NOOP("SettingsDialog", "投诉电话：")),
    (settings.AGENCY_SEAL_NAME, QT_TRANSLATE_NOOP("SettingsDialog", "落款名称：")),
    (settings.AGENCY_LOGO, QT_TRANSLATE_NOOP("SettingsDialog", "徽标图片：")),
)
AGENCY_TAB, RULES_TAB = 2, 3


def _printer_names() -> list[str]:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo

        return list(QPrinterInfo.availablePrinterNames())
    except ImportError:  # pragma: no cover - QtPrintSupport ships with PySide6-Essentials
        return []


class SettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, user: User | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._user = user
        self.restart_needed = False
        self.setWindowTitle(self.tr("设置 — 阳光办件"))
        self.may_edit_database = user is not None and bool(policy.can(user, "edit_settings"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._workstation_tab(), self.tr("本机"))
        self.tabs.addTab(self._connection_tab(), self.tr("数据库连接"))
        self.tabs.addTab(self._agency_tab(), self.tr("机关与文书"))
        self.tabs.addTab(self._rules_tab(), self.tr("办件规则"))
        self.message = result_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 48, self.fontMetrics().height() * 30)

    # --- tabs -------------------------------------------------------------------------------------

    def _workstation_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self._initial_language = prefs.LANGUAGE.read()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._initial_language)))
        form.addRow(self.tr("界面语言："), self.language_combo)
        note = QLabel(self.tr("更改语言后，重新启动阳光办件时生效。"))
        note.setWordWrap(True)
        form.addRow("", note)
        self.printer_combo = QComboBox()
        self.printer_combo.addItem(self.tr("系统默认打印机"), "")
        for name in _printer_names():
            self.printer_combo.addItem(name, name)
        saved = prefs.PRINTER_NAME.read()
        if saved and self.printer_combo.findData(saved) < 0:
            self.printer_combo.addItem(self.tr("%1（当前不可用）").replace("%1", saved), saved)
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(saved)))
        form.addRow(self.tr("默认打印机："), self.printer_combo)
        self.preview_check = QCheckBox(self.tr("打印前先显示预览"))
        self.preview_check.setChecked(prefs.PRINT_PREVIEW.read())
        form.addRow("", self.preview_check)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 10)
        self.copies_spin.setValue(prefs.PRINT_COPIES.read())
        dl.count_copies(self.copies_spin)
        form.addRow(self.tr("默认份数："), self.copies_spin)
        self.duplex_check = QCheckBox(self.tr("双面打印"))
        self.duplex_check.setChecked(prefs.PRINT_DUPLEX.read())
        form.addRow("", self.duplex_check)
        return page

    def _connection_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        current = QLabel(self.tr("当前连接：%1").replace("%1", self._workspace.display_name))
        current.setWordWrap(True)
        layout.addWidget(current)
        self.connection_form = ConnectionForm(page)
        self.connection_form.load()
        self._initial_connection = (self.connection_form.mode, self.connection_form.url())
        layout.addWidget(self.connection_form, 1)
        note = QLabel(self.tr("更改数据库连接后，重新启动阳光办件时生效。保存前请先点击“测试连接”。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        return page

    def _agency_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        # Keyed by setting key without the "agency_" prefix: name, short_name, ..., logo_path.
        self.agency_edits: dict[str, QLineEdit] = {}
        with self._workspace.reading_sessions() as session:
            for spec, label in AGENCY_FIELDS:
                edit = QLineEdit(str(settings.read_setting(session, spec) or ""))
                edit.setObjectName(spec.key)
                edit.setReadOnly(not self.may_edit_database)
                self.agency_edits[spec.key.removeprefix("agency_")] = edit
                form.addRow(QCoreApplication.translate("SettingsDialog", label), edit)
        self.agency_edits["logo_path"].setPlaceholderText(
            self.tr("PNG 或 JPG 文件，各工作站须能按此路径读取；可不填")
        )
        if not self.may_edit_database:
            form.addRow("", self._admin_only_note())
        return page

    def _rules_tab(self) -> QWidget:
        from app.calendar_store import agency_card_defaults

        page = QWidget()
        form = QFormLayout(page)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, settings.IDLE_LOCK_MAX_MINUTES)
        self.idle_spin.setSuffix(self.tr(" 分钟"))
        self.idle_spin.setSpecialValueText(self.tr("不锁定"))
        with self._workspace.reading_sessions() as session:
            self.idle_spin.setValue(int(settings.read_setting(session, settings.IDLE_LOCK_MINUTES)))
            cards = agency_card_defaults(session)
        self.idle_spin.setEnabled(self.may_edit_database)
        form.addRow(self.tr("闲置锁定："), self.idle_spin)
        remaining = cards.get("yellow_remaining_days", 2)
        share = float(cards.get("yellow_used_share", 0.8))
        overdue = self.tr("红牌") if cards.get("promised_overdue") == "red" else self.tr("黄牌")
        card_text = (
            self.tr(
                "剩余不超过 %n 个工作日或已用时限达到 %2% 时亮黄牌；超过承诺时限亮%3；超过法定时限一律亮红牌。",  # noqa: E501
                "",
                int(remaining),
            )
            .replace("%2", f"{share * 100:.0f}")
            .replace("%3", overdue)
        )
        self.cards_label = QLabel(card_text)
        self.cards_label.setWordWrap(True)
        form.addRow(self.tr("黄牌红牌默认规则："), self.cards_label)
        cards_note = QLabel(
            self.tr(
                "默认规则在制度目录 BZ-03《限时办结制度》的参数中维护，各事项可另行规定；修改请导入新版本制度目录。"  # noqa: E501
            )
        )
        cards_note.setWordWrap(True)
        form.addRow("", cards_note)
        if not self.may_edit_database:
            form.addRow("", self._admin_only_note())
        return page

    def _admin_only_note(self) -> QLabel:
        label = QLabel(self.tr("这些设置对全单位有效，只有系统管理员可以修改。"))
        label.setWordWrap(True)
        return label

    # --- saving -----------------------------------------------------------------------------------

    def database_values(self) -> dict[str, Any]:
        """The shared settings as entered, by setting key (checked by app.settings on saving)."""
        values: dict[str, Any] = {f"agency_{key}": edit.text() for key, edit in self.agency_edits.items()}
        values[settings.IDLE_LOCK_MINUTES.key] = self.idle_spin.value()
        return values

    def _save_database_settings(self) -> bool:
        """Save the shared settings; False (the reason shown, the field focused) when refused."""
        assert self._user is not None
        try:
            with self._workspace.transaction() as session:
                actor = session.get_one(User, self._user.id)
                settings.save_settings(session, actor, self.database_values())
        except InvalidInput as exc:
            edit = self.agency_edits.get((exc.field or "").removeprefix("agency_"))
            if edit is not None:
                self.tabs.setCurrentIndex(AGENCY_TAB)
                edit.setFocus()
                edit.selectAll()
            elif exc.field == settings.IDLE_LOCK_MINUTES.key:
                self.tabs.setCurrentIndex(RULES_TAB)
                self.idle_spin.setFocus()
            self.message.setText(dl.message(exc.message))
            return False
        except DomainError as exc:
            self.message.setText(dl.message(exc.message))
            return False
        return True

    def accept(self) -> None:
        connection_changed = (
            self.connection_form.mode,
            self.connection_form.url(),
        ) != self._initial_connection
        if connection_changed:
            result = self.connection_form.last_result or self.connection_form.run_test()
            if result is None or not result.reachable:
                self.tabs.setCurrentIndex(1)
                self.message.setText(self.tr("新的数据库连接无法使用，未保存。请修改后重新测试连接。"))
                return
        if self.may_edit_database and self._user is not None and not self._save_database_settings():
            return
        language = self.language_combo.currentData()
        prefs.LANGUAGE.write(language)
        prefs.PRINTER_NAME.write(self.printer_combo.currentData())
        prefs.PRINT_PREVIEW.write(self.preview_check.isChecked())
        prefs.PRINT_COPIES.write(self.copies_spin.value())
        prefs.PRINT_DUPLEX.write(self.duplex_check.isChecked())
        if connection_changed:
            self.connection_form.save()
        prefs.qsettings().sync()
        self.restart_needed = connection_changed or language != self._initial_language
        if self.restart_needed and self.parentWidget() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("设置已保存"),
                self.tr("语言或数据库连接的更改将在重新启动阳光办件后生效。"),
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        super().accept()
