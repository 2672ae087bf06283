"""Background tasks for the GUI: run a plain function off the UI thread, with progress, cooperative
cancellation, and the result or error delivered back on the UI thread.

    task = BackgroundTask(write_report, session_args..., parent=self)
    task.progress.connect(on_progress)     # (percent: int, text: str)
    task.succeeded.connect(on_result)      # (result: object)
    task.failed.connect(on_error)          # (message: str) — a DomainError's message as is
    task.cancelled.connect(on_cancelled)
    task.start()
    ...
    task.cancel()

The function receives a `progress(fraction, text)` callable as keyword `progress`; calling it after
`cancel()` raises `TaskCancelled`, which ends the task quietly. No UI calls happen in the worker
thread; it should open its own database session and return plain data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QWidget

from app.errors import DomainError
from ui import domain_labels as dl

log = logging.getLogger(__name__)


def later(owner: QObject, slot: Callable[[], object]) -> QTimer:
    """A timer that calls `slot` once the event loop is free, each time it is started (and once
    now). It is a child of `owner`, so it dies with it: a bare QTimer.singleShot could still fire
    into a page whose widgets are already deleted."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    timer.start()
    return timer


class TaskCancelled(Exception):
    """Raised inside a task's progress callback once the user has cancelled."""


class _Signals(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()


class BackgroundTask(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of succeeded / failed / cancelled

    def __init__(
        self,
        function: Callable[..., Any],
        *args: Any,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        # Signals emitted from the worker thread are queued to this object's (the UI) thread.
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            raise RuntimeError("task already running")
        self._running = True
        self._cancel.clear()
        self._pool.start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _report(self, fraction: float, text: str) -> None:
        if self._cancel.is_set():
            raise TaskCancelled
        self._signals.progress.emit(max(0, min(100, round(fraction * 100))), dl.message(text))

    def _run(self) -> None:
        try:
            result = self._function(*self._args, progress=self._report, **self._kwargs)
        except TaskCancelled:
            self._signals.cancelled.emit()
        except DomainError as exc:
            self._signals.failed.emit(dl.message(exc.message))
        except Exception as exc:  # the user sees a message; the details go to the log
            log.exception("background task failed")
            self._signals.failed.emit(
                QCoreApplication.translate(
                    "BackgroundTask", "出现意外错误，操作未完成：%1。请重试；如仍出现，请联系系统管理员。"
                ).replace("%1", str(exc))
            )
        else:
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)

    def _on_succeeded(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)
        self.finished.emit()

    def _on_cancelled(self) -> None:
        self._running = False
        self.cancelled.emit()
        self.finished.emit()


class TaskDialog(QDialog):
    """A dialog that runs one background task at a time (a report, a backup, a check): its
    progress bar and status line follow the task, 取消 asks it to stop, closing the dialog cancels
    it. A subclass makes `self.progress` (a QProgressBar), `self.status` (a QLabel) and
    `self.cancel_button`, lists in `self.idle_only` what may not be used while a task runs (its
    start button, its inputs), and gives `run_task` what to do with the result and what to say on
    failure or cancellation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.progress: QProgressBar
        self.status: QLabel
        self.cancel_button: QPushButton
        self.idle_only: list[QWidget] = []
        self._failed_text = self._cancelled_text = ""

    @property
    def task_running(self) -> bool:
        return self.task is not None and self.task.running

    def run_task(
        self,
        function: Callable[..., Any],
        *args: Any,
        busy_text: str,
        on_done: Callable[[Any], None],
        failed_text: str,
        cancelled_text: str,
    ) -> None:
        """Run `function(*args)` in the background. `on_done(result)` shows the result (the
        dialog is ready again by then); `failed_text` says a failure, its %1 the reason."""
        self._failed_text, self._cancelled_text = failed_text, cancelled_text
        self.task = BackgroundTask(function, *args, parent=self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(lambda result: (self._set_busy(False, done=True), on_done(result)))
        self.task.failed.connect(lambda message: self._ended(self._failed_text.replace("%1", message)))
        self.task.cancelled.connect(lambda: self._ended(self._cancelled_text))
        self._set_busy(True)
        self.status.setText(busy_text)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.status.setText(QCoreApplication.translate("TaskDialog", "正在取消…"))

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)

    def _set_busy(self, busy: bool, *, done: bool = False) -> None:
        for widget in self.idle_only:
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setValue(100 if done else 0)

    def _ended(self, text: str) -> None:
        self._set_busy(False)
        self.status.setText(text)

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()
