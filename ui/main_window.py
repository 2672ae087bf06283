"""The main window: navigation on the left, the work area on the right, status bar below."""

from __future__ import annotations

import contextlib
import logging
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
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
from sqlalchemy.exc import SQLAlchemyError

from app import __version__, policy, users
from app.accountability import raise_overdue_items
from app.agency_time import agency_date
from app.auth import ADMIN_ROLE, HANDLING_ROLES
from app.caselist import CaseFilter, count_cases
from app.changes import LiveRefresh, RefreshState
from app.errors import DomainError, NotFound, PermissionDenied
from app.reports.access import may_report
from app.retry import run_in_transaction
from app.supervision import supervision_scope
from app.timesource import current_time
from app.workspace import Workspace
from app.workspace_checks import network_share_warning
from db.models import User
from ui import domain_labels as dl
from ui.case_filters import CaseFilterBar
from ui.case_table import CaseTableModel, CaseTableView
from ui.case_view import CaseWindow
from ui.idle_lock import IdleLock
from ui.register_dialog import RegisterDialog
from ui.todo_page import TodoPage
from ui.workers import later

if TYPE_CHECKING:
    from ui.supervision_dashboard import SupervisionDashboard

log = logging.getLogger(__name__)

LIVE_INTERVAL_MS = 500  # another desk's change shows within a second (two are allowed)


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
        later(self, self.refresh_count)

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

    def refresh_live(self) -> None:
        """Another desk changed something: read the shown rows again in place (the selection and
        scroll position stay) and recount."""
        self.model.refresh_rows()
        self.refresh_count()

    def show_filter(self, case_filter: CaseFilter, label: str) -> None:
        """Show exactly the cases of a filter chosen elsewhere (the supervision dashboard)."""
        self.filters.show_preset(case_filter, label)


class _FeedCloser:
    """Closes a window's change feeds exactly once: when the window closes, or when it is
    destroyed without closing (a window dropped by its owner), or at interpreter exit."""

    def __init__(self, executor: ThreadPoolExecutor) -> None:
        self.executor = executor
        self.feeds: list[LiveRefresh] = []
        self.done = False

    def close_later(self, feed: LiveRefresh) -> None:
        try:  # after any tick in flight, on the thread that used it
            self.executor.submit(feed.close)
        except RuntimeError:  # the executor is already shut down (interpreter exit)
            feed.close()

    def __call__(self, *_args: object) -> None:
        if self.done:
            return
        self.done = True
        for feed in self.feeds:
            self.close_later(feed)
        self.executor.shutdown(wait=False)


class LiveUpdates(QObject):
    """Polls app.changes.LiveRefresh every `LIVE_INTERVAL_MS` on a worker thread, so that a slow
    reconnect to an unreachable server never freezes the window, and hands each RefreshState to
    the GUI thread through `state`. One tick at a time; the feed is only touched by that thread
    (and by `prime`, before the thread starts)."""

    state = Signal(object)  # RefreshState
    _arrived = Signal(object)

    def __init__(
        self, url: str, parent: QObject | None = None, *, interval_ms: int = LIVE_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.feed = LiveRefresh(url)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sunlight-live")
        self._closer = _FeedCloser(self._executor)
        self._closer.feeds.append(self.feed)
        # Not a bound method: it must run while this object is being destroyed.
        self.destroyed.connect(self._closer)
        weakref.finalize(self, self._closer)
        self._pending: Future[RefreshState] | None = None
        self._arrived.connect(self._deliver)  # queued: emitted on the worker thread
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    @property
    def stopped(self) -> bool:
        return self._closer.done

    def prime(self) -> RefreshState:
        """Connect the feed now, on this thread, before the views read their data: a change made
        between their reading and the feed's first connection would otherwise never be reported."""
        return self.feed.tick()

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> None:
        if self._pending is not None or self.stopped:
            return
        self._pending = self._executor.submit(self.feed.tick)
        self._pending.add_done_callback(self._done)

    def _done(self, future: Future[RefreshState]) -> None:  # on the worker thread
        try:
            state: RefreshState | None = future.result()
        except Exception:  # tick() reports a lost connection itself; anything else is a bug
            log.exception("live refresh tick failed")
            state = None
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._arrived.emit(state)

    def _deliver(self, state: RefreshState | None) -> None:
        self._pending = None
        if state is not None and not self.stopped:
            self.state.emit(state)

    def use_feed(self, feed: LiveRefresh) -> None:
        """Watch through another feed (a test's unreachable server); the old one is closed."""
        old, self.feed = self.feed, feed
        self._closer.feeds.append(feed)
        self._closer.close_later(old)

    def stop(self) -> None:
        self.timer.stop()
        self._closer()


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
        self.calendar_button.setToolTip(dl.message(policy.can(user, "edit_calendar").reason))
        self.calendar_button.clicked.connect(self.open_calendar)
        bar.addWidget(self.calendar_button)
        self.backup_button = QPushButton(self.tr("备份数据库…"))
        self.backup_button.setEnabled(bool(policy.can(user, "edit_settings")))
        self.backup_button.setToolTip(dl.message(policy.can(user, "edit_settings").reason))
        self.backup_button.clicked.connect(self.open_backup)
        bar.addWidget(self.backup_button)
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

    def open_backup(self):  # type: ignore[no-untyped-def]
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self._workspace, self._user.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


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
        self.supervision: SupervisionDashboard | None = None
        self.admin_page: AdminPage | None = None
        self.idle_lock: IdleLock | None = None
        self._supervision_stale = False
        self.live = LiveUpdates(workspace.url, self)
        self.live.prime()

        self.navigation = QListWidget()
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
        if user is not None and self._may_supervise(user):
            from ui.supervision_dashboard import SupervisionDashboard

            dashboard = SupervisionDashboard(workspace, user.id, self)
            dashboard.open_case_list.connect(self.show_case_list)
            dashboard.open_case.connect(self.open_case)
            self.supervision = dashboard
            self._add_page("supervision", self.tr("监督"), dashboard)
        catalogue_page = _optional_catalogue_page(workspace, self)
        if catalogue_page is not None:
            self._add_page("catalogue", self.tr("制度"), catalogue_page)
        if user is not None and ADMIN_ROLE in roles:
            self.admin_page = AdminPage(workspace, user, self)
            self._add_page("admin", self.tr("管理"), self.admin_page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.currentRowChanged.connect(self._page_shown)
        self.navigation.setCurrentRow(0)

        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        # As wide as the longest page title in the user's language (English ones are longer), with
        # room for the frame and the selection's margins; never narrower, so no title is cut.
        metrics = self.navigation.fontMetrics()
        titles = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        nav_width = (
            max((metrics.horizontalAdvance(t) for t in titles), default=0)
            + metrics.horizontalAdvance("汉") * 2
        )
        nav_width = max(nav_width, metrics.horizontalAdvance("汉") * 7)
        self.navigation.setMinimumWidth(nav_width)
        self.navigation.setMaximumWidth(max(nav_width, metrics.horizontalAdvance("汉") * 9))
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
        # The connection to the database was lost: the strip says so until it is back.
        self.connection_banner = QLabel()
        self.connection_banner.setObjectName("connectionBanner")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet(
            "#connectionBanner { background: #fdecea; color: #7a1c14; border: 1px solid #e8a29b;"
            " padding: 6px; font-weight: bold; }"
        )
        self.connection_banner.setVisible(False)
        layout.addWidget(self.connection_banner)
        # A SQLite file on a network share (WAL needs a local disk): warned once, at start.
        self.share_banner = QLabel()
        self.share_banner.setObjectName("shareWarningBanner")
        self.share_banner.setWordWrap(True)
        self.share_banner.setStyleSheet(
            "#shareWarningBanner { background: #fff3c4; color: #5c4400; border: 1px solid #e0c060;"
            " padding: 6px; }"
        )
        share_warning = network_share_warning(workspace.url)
        self.share_banner.setText(dl.message(share_warning or ""))
        self.share_banner.setVisible(bool(share_warning))
        layout.addWidget(self.share_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar(user_label)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 95, self.fontMetrics().height() * 40)
        if user is not None:
            self._start_idle_lock(idle_minutes)
            self.raise_automatic_items()
            # A desk left open overnight does at the new day what a session does at its start.
            self.agency_day = agency_date(current_time())
            self.day_timer = QTimer(self)
            self.day_timer.setInterval(60_000)
            self.day_timer.timeout.connect(self.start_new_day)
            self.day_timer.start()
        self.live.state.connect(self.apply_refresh_state)
        self.live.start()
        # Window size, splitter and case-list columns, per user, on this workstation (not in tests).
        self.remember_layout = remember_layout
        if remember_layout:
            self.restore_layout()

    def _may_list_cases(self, user: User) -> bool:
        with self.workspace.reading_sessions() as session:
            actor = session.get(User, user.id)
            return actor is not None and not policy.case_scope(session, actor).nothing

    @staticmethod
    def _may_supervise(user: User) -> bool:
        try:
            supervision_scope(user)
        except PermissionDenied:
            return False
        return True

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
        self.meeting_action: QAction | None = None
        if self.user is not None and self.user.active and self.user.roles & HANDLING_ROLES:
            # Who records meetings is app.meetings' rule (the handling roles); it refuses others.
            self.meeting_action = QAction(self.tr("登记集体决策会议(&M)…"), self)
            self.meeting_action.triggered.connect(self.record_meeting)
            file_menu.addAction(self.meeting_action)
            file_menu.addSeparator()
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
        self.audit_action: QAction | None = None
        if self.user is not None and policy.can(self.user, "view_audit"):
            view_menu.addSeparator()
            self.audit_action = QAction(self.tr("校验审计日志(&A)…"), self)
            self.audit_action.triggered.connect(self.check_audit_trail)
            view_menu.addAction(self.audit_action)
        self.report_menu = None
        if self.user is not None and may_report(self.user):
            self.report_menu = self.menuBar().addMenu(self.tr("报表(&B)"))
            monthly = QAction(self.tr("月度统计报表(&M)…"), self)
            monthly.triggered.connect(lambda: self.open_reports("monthly"))
            publish = QAction(self.tr("办件公示清单（政务公开）(&P)…"), self)
            publish.triggered.connect(lambda: self.open_reports("publish_csv"))
            self.report_menu.addAction(monthly)
            self.report_menu.addAction(publish)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于阳光办件(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def check_audit_trail(self):  # type: ignore[no-untyped-def]
        if self.actor_id is None:
            return None
        from ui.audit_dialog import AuditCheckDialog

        dialog = AuditCheckDialog(self.workspace, self.actor_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    def _build_status_bar(self, user_label: str) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", self.workspace.display_name))
        if self.user is not None:
            division = self.user.division.name if self.user.division is not None else ""
            roles = dl.roles_text(self.user.roles)
            # The leaders' division is named as their role is (委领导): said once.
            user_label = f"{self.user.name}（{self.user.login}）· {roles}" + (
                f" · {division}" if division and division != roles else ""
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
        text = (
            self.tr("连接中断前的登记已经保存：%1，没有重复登记。")
            if dialog.saved_before_the_break
            else self.tr("已登记办件 %1")
        )
        self.statusBar().showMessage(text.replace("%1", dialog.case_number), 10_000)
        if dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> CaseWindow | None:
        """The case's window, opened or brought forward; None where the case may not be shown to
        this user or is gone (the reason is shown)."""
        window = self.case_windows.get(case_id)
        if window is None:
            try:
                window = CaseWindow(self.workspace, self.actor_id, case_id, self)
            except (PermissionDenied, NotFound) as error:
                QMessageBox.warning(self, self.tr("不能打开办件"), dl.message(error.message))
                return None
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
        if self.supervision is not None:
            self.supervision.refresh()

    def show_case_list(self, case_filter: CaseFilter) -> None:
        """The case list showing exactly `case_filter` (a number clicked on the dashboard)."""
        self.show_page("cases")
        self.case_list.show_filter(case_filter, self.tr("监督台选出的办件"))

    def _page_shown(self, row: int) -> None:
        if (
            self.supervision is not None
            and self._supervision_stale
            and row == self._page_index.get("supervision")
        ):
            self._supervision_stale = False
            self.supervision.notify_changed()

    # --- other desks' changes and the connection -------------------------------------------------------

    def apply_refresh_state(self, state: RefreshState) -> None:
        """What the live-refresh feed found: the banner while the database cannot be reached;
        otherwise reload whatever shows a changed case."""
        if not state.connected:
            self.connection_banner.setText(
                self.tr(
                    "与数据库的连接已中断。正在填写的内容都已保留；程序会自动重新连接，恢复后自动刷新。"
                    "连接恢复前暂时不能保存。"
                )
            )
            detail = dl.message(state.message) if state.message else self.workspace.display_name
            self.connection_banner.setToolTip(detail)
            self.connection_banner.setVisible(True)
            return
        if self.connection_banner.isVisible() or state.reconnected:
            self.connection_banner.setVisible(False)
            self.statusBar().showMessage(self.tr("数据库连接已恢复，数据已重新载入。"), 10_000)
        if state.changed:
            self.refresh_live(state)

    def refresh_live(self, state: RefreshState) -> None:
        try:
            if state.any_case:
                self.case_list.refresh_live()
                if self.todo is not None:
                    self.todo.refresh_live()
                for case_id, window in list(self.case_windows.items()):
                    if state.touches_case(case_id):
                        window.view.live_reload()
            if self.supervision is not None:
                # The dashboard counts a lot: only while it is on screen, else when it is shown.
                if self.pages.currentWidget() is self.supervision:
                    self.supervision.notify_changed()
                else:
                    self._supervision_stale = True
        except (DomainError, SQLAlchemyError):
            # The connection went between the feed's tick and the reload: the next tick says so.
            log.warning("live refresh could not reload", exc_info=True)

    def start_new_day(self) -> bool:
        """Once the agency's day has changed: suspended cases' due dates brought up to the new day
        and the automatic accountability items raised (`raise_automatic_items`), the lists
        reloaded. Returns whether the day had changed."""
        today = agency_date(current_time())
        if today == self.agency_day:
            return False
        self.agency_day = today
        self.raise_automatic_items()
        try:
            self.case_list.refresh_live()
            if self.todo is not None:
                self.todo.refresh_live()
        except (DomainError, SQLAlchemyError):
            # The database out of reach at midnight: the banner says so, and the lists reload
            # when it is back (the live refresh).
            log.warning("reloading the lists at the new day failed", exc_info=True)
        return True

    def raise_automatic_items(self) -> int:
        """At the start of a session: the accountability items for cases past their statutory
        limit (app.accountability; idempotent, so every desk may run it)."""
        try:
            raised = run_in_transaction(self.workspace, lambda s: raise_overdue_items(s, current_time()))
        except DomainError as error:
            self.statusBar().showMessage(dl.message(error.message), 15_000)
            return 0
        except SQLAlchemyError:
            # Another desk raising the same items at the same moment: they exist either way.
            log.warning("raising automatic accountability items failed", exc_info=True)
            return 0
        if raised:
            log.info("raised %d automatic accountability items", len(raised))
        return len(raised)

    # --- meetings and reports ------------------------------------------------------------------------

    def record_meeting(self):  # type: ignore[no-untyped-def]
        if self.actor_id is None:
            return None
        from ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.workspace, self.actor_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # what it changes reaches the lists through the live refresh
        return dialog

    def open_reports(self, kind: str = "monthly"):  # type: ignore[no-untyped-def]
        if self.actor_id is None:
            return None
        from ui.report_dialog import MonthlyReportDialog

        dialog = MonthlyReportDialog(self.workspace, self.actor_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        index = dialog.kind.findData(kind)
        if index >= 0:
            dialog.kind.setCurrentIndex(index)
        dialog.open()
        return dialog

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
        self.live.stop()
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
