"""The main window: navigation on the left, the work area on the right, status bar below."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.caselist import CaseFilter, count_cases
from app.workspace import Workspace
from ui.case_table import CaseTableModel, CaseTableView


class CaseListPage(QWidget):
    """办件: search box, the lazily loaded case table, and a line saying how many cases match."""

    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按办件编号、申请人或项目名称查找，回车确认"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._apply_search)
        self.model = CaseTableModel(workspace, self)
        self.view = CaseTableView(self.model, self)
        self.summary = QLabel()
        self.empty_note = QLabel(self.tr("没有符合条件的办件。"))
        self.empty_note.setVisible(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("查找：")))
        top.addWidget(self.search, 1)
        top.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note)
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

    def _apply_search(self) -> None:
        self.model.set_filter(CaseFilter(text=self.search.text()))
        self.refresh_count()

    def _after_load(self) -> None:
        self.empty_note.setVisible(self.model.loaded_rows == 0)

    def refresh_count(self) -> None:
        with self._workspace.reading_sessions() as session:
            self.total = count_cases(session, CaseFilter(text=self.search.text()))
        self.summary.setText(self.tr("共 %n 件", "", self.total))
        self.count_changed.emit(self.total)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, user_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("阳光办件 — 规范权力运行办件系统"))
        self.is_training = workspace.is_training

        self.navigation = QListWidget()
        self.navigation.setMaximumWidth(self.fontMetrics().horizontalAdvance("汉") * 9)
        self.pages = QStackedWidget()
        self.case_list = CaseListPage(workspace, self)
        self._add_page(self.tr("办件"), self.case_list)
        catalogue_page = _optional_catalogue_page(workspace, self)
        if catalogue_page is not None:
            self._add_page(self.tr("制度"), catalogue_page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        splitter = QSplitter()
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

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.navigation)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
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
        self.user_label = QLabel(self.tr("用户：%1").replace("%1", user_label))
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)
        if self.is_training:
            bar.addPermanentWidget(QLabel(self.tr("【培训库】")))

    def refresh(self) -> None:
        self.case_list.model.reload()
        self.case_list.refresh_count()

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
