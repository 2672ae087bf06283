"""Files written for the user: whole or not at all, and a place that cannot be written (or a file
that cannot be read) named with the reason in the user's words."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import pytest

from app.files import FileProblem, read_file, write_file, written_in_full


def _names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_file_takes_its_name_only_once_complete(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.csv"
    with written_in_full(out) as partial:
        partial.write_text("a,b\n", encoding="utf-8")
        assert not out.exists() and partial.parent == out.parent
    assert out.read_text(encoding="utf-8") == "a,b\n"
    assert _names(out.parent) == ["report.csv"]


def test_a_failure_half_way_leaves_neither_the_file_nor_a_partial_one(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("last month's", encoding="utf-8")
    with pytest.raises(RuntimeError, match="cancelled"), written_in_full(out) as partial:
        partial.write_text("half", encoding="utf-8")
        raise RuntimeError("cancelled")
    assert out.read_text(encoding="utf-8") == "last month's"  # the earlier file is untouched
    assert _names(tmp_path) == ["report.csv"]


def test_a_full_disk_is_named_in_the_users_words(tmp_path: Path) -> None:
    out = tmp_path / "backup.bak"
    with pytest.raises(FileProblem) as problem, written_in_full(out):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert problem.value.message == f"无法写入文件 {out}：磁盘空间不足。"
    assert _names(tmp_path) == []


def test_a_place_that_cannot_be_written_is_found_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "reports").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "reports" / "march.xlsx"
    worked = []
    with pytest.raises(FileProblem, match="路径中有一级不是文件夹"), written_in_full(out):
        worked.append(True)
    assert worked == []
    with pytest.raises(FileProblem, match="所在的文件夹不存在"):
        write_file(Path("/proc/no-such-folder/x.pdf"), b"%PDF")


def test_reading_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as problem:
        read_file(tmp_path)
    assert problem.value.message == f"无法读取文件 {tmp_path}：这是一个文件夹，不是文件。"
    with pytest.raises(FileProblem, match="文件不存在"):
        read_file(tmp_path / "users.csv")
    assert read_file(write_file(tmp_path / "users.csv", "login\n")) == b"login\n"


def test_the_reason_reads_in_english_too(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from tests.test_i18n import TOOLS, TS_FILE
    from ui import domain_labels as dl
    from ui import i18n

    qm = tmp_path / "qm" / "sunlight_en.qm"
    qm.parent.mkdir()
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", qm.parent)
    with pytest.raises(FileProblem) as problem:
        read_file(tmp_path)
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert (
            dl.message(problem.value.message)
            == f"Cannot read the file {tmp_path}: it is a folder, not a file."
        )
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())
