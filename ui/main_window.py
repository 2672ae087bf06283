"""The main window: navigation on the left, the work area on the right, status bar below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, policy, users
from app.agency_time import agency_date
from app.auth import ADMIN_ROLE, HANDLING_ROLES, roles_label
from app.caselist import count_cases
from app.timesource import current_time
from app.workspace import Workspace
from db.models import User
from ui.case_filters import CaseFilterBar
from ui.case_table import CaseTableModel, CaseTableView
from ui.case_view import CaseWindow
from ui.idle_lock import IdleLock
from ui.register_dialog import RegisterDialog
from ui.todo_page import TodoPage


class CaseListPage(QWidget):
    """办件: the filter bar, the lazily loaded case table, and a line saying how many cases match."""

    count_changed = Signal(int)
    open_case = Signal(int)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, actor_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.filters = CaseFilterBar(workspace, actor_id, self)
        self.search = self.filters.search
        self.filters.changed.connect(self._apply_filter)
        self._filter = self.filters.case_filter()
        self.model = CaseTableModel(workspace, self, case_filter=self._filter)
        self.view = CaseTableView(self.model, self)
        self.view.case_activated.connect(self.open_case)
        self.summary = QLabel()
        self.empty_note = QLabel(self.tr("没有符合条件的办件。"))
        self.empty_note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_note, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.model.loaded.connect(self._after_load)
        self._after_load()
        self.total: int | None = None
        # Cards and remaining days tick each minute (and so across midnight) without a reload.
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.model.tick)
        self.clock_timer.start()
        # Counting a million rows is cheap but not free: do it once the window is on screen.
        QTimer.singleShot(0, self, self.refresh_count)

    def _apply_filter(self) -> None:
        self._filter = self.filters.case_filter()
        self.model.set_filter(self._filter)
        self.refresh_count()

    def _after_load(self) -> None:
        self.empty_note.setVisible(self.model.loaded_rows == 0)

    def refresh_count(self) -> None:
        with self._workspace.reading_sessions() as session:
            self.total = count_cases(session, self._filter)
        self.summary.setText(self.tr("共 %n 件", "", self.total))
        self.count_changed.emit(self.total)

    def reload(self) -> None:
        self._apply_filter()


class AdminPage(QWidget):
    """管理: user administration and the working calendar, for administrators."""

    def __init__(self, workspace: Workspace, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._user = user
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        title = QLabel(self.tr("用户管理"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addStretch(1)
        self.calendar_button = QPushButton(self.tr("工作日历维护…"))
        self.calendar_button.setEnabled(bool(policy.can(user, "edit_calendar")))
        self.calendar_button.setToolTip(policy.can(user, "edit_calendar").reason)
        self.calendar_button.clicked.connect(self.open_calendar)
        bar.addWidget(self.calendar_button)
        layout.addLayout(bar)
        self.users: QWidget | None = None
        if policy.can(user, "manage_users"):
            from ui.user_admin import UserAdminWidget

            self.users = UserAdminWidget(workspace, user, self)
            layout.addWidget(self.users, 1)
        else:
            layout.addStretch(1)

    def open_calendar(self) -> None:
        from ui.calendar_view import CalendarYearView

        view = CalendarYearView(
            self._workspace, agency_date(current_time()).year, actor_id=self._user.id, parent=self
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(view.sizeHint().expandedTo(view.minimumSizeHint()))
        view.open()


class MainWindow(QMainWindow):
    """The main window. Without `user` (a screenshot, a test) it shows the case list only, with
    nothing to act on; with a user, the navigation his roles allow, starting at 我的待办."""

    def __init__(
        self,
        workspace: Workspace,
        user_label: str,
        parent: QWidget | None = None,
        *,
        user: User | None = None,
        idle_minutes: float | None = None,
        remember_layout: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.user = user
        self.actor_id = user.id if user is not None else None
        self.setWindowTitle(self.tr("阳光办件 — 规范权力运行办件系统"))
        self.is_training = workspace.is_training
        self.case_windows: dict[int, CaseWindow] = {}
        self.todo: TodoPage | None = None
        self.admin_page: AdminPage | None = None
        self.idle_lock: IdleLock | None = None

        self.navigation = QListWidget()
        self.navigation.setMaximumWidth(self.fontMetrics().horizontalAdvance("汉") * 9)
        self.pages = QStackedWidget()
        self._page_index: dict[str, int] = {}
        roles = user.roles if user is not None else frozenset()
        if user is not None and roles & HANDLING_ROLES:
            self.todo = TodoPage(workspace, user.id, self)
            self.todo.open_case.connect(self.open_case)
            self._add_page("todo", self.tr("我的待办"), self.todo)
        self.case_list = CaseListPage(workspace, self, actor_id=self.actor_id)
        self.case_list.open_case.connect(self.open_case)
        if user is None or self._may_list_cases(user):
            self._add_page("cases", self.tr("办件"), self.case_list)
        else:
            self.case_list.hide()
        catalogue_page = _optional_catalogue_page(workspace, self)
        if catalogue_page is not None:
            self._add_page("catalogue", self.tr("制度"), catalogue_page)
        if user is not None and ADMIN_ROLE in roles:
            self.admin_page = AdminPage(workspace, user, self)
            self._add_page("admin", self.tr("管理"), self.admin_page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        nav_width = self.fontMetrics().horizontalAdvance("汉") * 7
        splitter.setSizes([nav_width, nav_width * 10])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        if self.is_training:
            banner = QLabel(self.tr("培训库：本库数据仅供培训演示，不是正式办件，不具法律效力。"))
            banner.setObjectName("trainingBanner")
            banner.setStyleSheet(
                "#trainingBanner { background: #fff3c4; color: #5c4400; padding: 4px; font-weight: bold; }"
            )
            layout.addWidget(banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar(user_label)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 95, self.fontMetrics().height() * 40)
        if user is not None:
            self._start_idle_lock(idle_minutes)
        # Window size, splitter and case-list columns, per user, on this workstation (not in tests).
        self.remember_layout = remember_layout
        if remember_layout:
            self.restore_layout()

    def _may_list_cases(self, user: User) -> bool:
        with self.workspace.reading_sessions() as session:
            actor = session.get(User, user.id)
            return actor is not None and not policy.case_scope(session, actor).nothing

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self._page_index[key] = self.pages.count()
        self.pages.addWidget(page)
        QListWidgetItem(title, self.navigation)

    def show_page(self, key: str) -> bool:
        index = self._page_index.get(key)
        if index is None:
            return False
        self.navigation.setCurrentRow(index)
        return True

    @property
    def page_keys(self) -> list[str]:
        return list(self._page_index)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.register_action = QAction(self.tr("登记新办件(&N)…"), self)
        self.register_action.setShortcut(QKeySequence.StandardKey.New)
        self.register_action.triggered.connect(self.register_case)
        may_register = self.user is not None and bool(policy.can(self.user, "register"))
        if may_register:
            file_menu.addAction(self.register_action)
            file_menu.addSeparator()
            self.addAction(self.register_action)
            toolbar = self.addToolBar(self.tr("办件"))
            toolbar.setObjectName("caseToolBar")
            toolbar.setMovable(False)
            toolbar.addAction(self.register_action)
            self.register_action.setToolTip(self.tr("登记新办件（Ctrl+N）"))
        self.settings_action = QAction(self.tr("设置(&S)…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        refresh = QAction(self.tr("刷新(&R)"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于阳光办件(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self, user_label: str) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", self.workspace.display_name))
        if self.user is not None:
            division = self.user.division.name if self.user.division is not None else ""
            user_label = f"{self.user.name}（{self.user.login}）· {roles_label(self.user.roles)}" + (
                f" · {division}" if division else ""
            )
        self.user_label = QLabel(self.tr("用户：%1").replace("%1", user_label))
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)
        if self.is_training:
            bar.addPermanentWidget(QLabel(self.tr("【培训库】")))

    def _start_idle_lock(self, minutes: float | None) -> None:
        if minutes is None:
            with self.workspace.reading_sessions() as session:
                minutes = users.idle_lock_minutes(session)
        assert self.user is not None
        self.idle_lock = IdleLock(self.workspace, self.user, self, minutes=minutes)
        self.idle_lock.quit_requested.connect(self.close)

    # --- cases ----------------------------------------------------------------------------------

    def register_case(self) -> RegisterDialog | None:
        if self.actor_id is None:
            return None
        dialog = RegisterDialog(self.workspace, self.actor_id, self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        return dialog

    def _registered(self, dialog: RegisterDialog) -> None:
        self.refresh()
        self.statusBar().showMessage(self.tr("已登记办件 %1").replace("%1", dialog.case_number), 10_000)
        if dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> CaseWindow:
        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseWindow(self.workspace, self.actor_id, case_id, self)
            window.view.changed.connect(lambda _id: self.refresh())
            window.destroyed.connect(lambda _=None, cid=case_id: self.case_windows.pop(cid, None))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def refresh(self) -> None:
        self.case_list.reload()
        if self.todo is not None:
            self.todo.refresh()

    def open_settings(self):  # type: ignore[no-untyped-def]
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._settings_saved)
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        if self.idle_lock is not None:
            with self.workspace.reading_sessions() as session:
                self.idle_lock.set_minutes(users.idle_lock_minutes(session))

    @property
    def layout_owner(self) -> str:
        return self.user.login if self.user is not None else ""

    def restore_layout(self) -> None:
        from ui import preferences

        owner = self.layout_owner
        geometry = preferences.load_layout(owner, "main", "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = preferences.load_layout(owner, "main", "splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = preferences.load_layout(owner, "main", "case_columns")
        if columns is not None:
            self.case_list.view.horizontalHeader().restoreState(columns)

    def save_layout(self) -> None:
        from ui import preferences

        owner = self.layout_owner
        preferences.save_layout(owner, "main", "geometry", self.saveGeometry())
        preferences.save_layout(owner, "main", "splitter", self.splitter.saveState())
        header = self.case_list.view.horizontalHeader()
        preferences.save_layout(owner, "main", "case_columns", header.saveState())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.remember_layout:
            self.save_layout()
        if self.idle_lock is not None:
            self.idle_lock.stop()
        for window in list(self.case_windows.values()):
            window.close()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于阳光办件"),
            self.tr("阳光办件 %1\n规范权力运行办件系统：受理、办理、时限、监督、报表。").replace(
                "%1", __version__
            ),
        )


def _optional_catalogue_page(workspace: Workspace, parent: QWidget) -> QWidget | None:
    try:
        from ui.catalogue_view import CatalogueView
    except ImportError:
        return None
    return CatalogueView(workspace, parent)
