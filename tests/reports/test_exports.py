"""Export mechanics: the destination holds a whole PDF or nothing; clear errors; districts."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from meihao_desktop.reports import score_sheet
from meihao_desktop.reports.errors import ExportError
from meihao_desktop.reports.files import TEMP_SUFFIX
from tests.needs import needs
from tests.reports import pdftools
from tests.reports.conftest import Demo


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores file modes: use /sys)."""
    if os.geteuid() != 0:
        folder = tmp_path / "只读"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root without /sys: no folder is unwritable")
    return Path("/sys/kernel")


def test_unwritable_folder_gives_a_chinese_error_and_no_file(demo: Demo, tmp_path: Path) -> None:
    dest = unwritable_folder(tmp_path) / "考察评分表.pdf"
    with pytest.raises(ExportError) as caught:
        demo.exports.export_score_sheet(demo.inspection_id, dest)
    assert str(caught.value) == f"文件 {dest}：没有写入权限"
    assert not dest.exists()


def _crash_after_writing_starts(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    real = score_sheet.build_pdf

    def half_then_fail(path: Path, *args: Any, **kwargs: Any) -> int:
        real(path, *args, **kwargs)
        with open(path, "r+b") as stream:  # a half-written PDF under the temporary name
            stream.truncate(os.path.getsize(path) // 2)
        raise error

    monkeypatch.setattr(score_sheet, "build_pdf", half_then_fail)


def test_crash_mid_export_leaves_no_partial_file(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "考察评分表.pdf"
    _crash_after_writing_starts(monkeypatch, RuntimeError("renderer crashed"))
    with pytest.raises(RuntimeError, match="renderer crashed"):
        demo.exports.export_score_sheet(demo.inspection_id, dest)
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_failed_export_keeps_the_previous_file(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "考察评分表.pdf"
    demo.exports.export_score_sheet(demo.inspection_id, dest)
    before = dest.read_bytes()
    _crash_after_writing_starts(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(ExportError) as caught:
        demo.exports.export_score_sheet(demo.inspection_id, dest)
    assert str(caught.value) == f"文件 {dest}：磁盘空间不足，无法写入"
    assert dest.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_district_export_writes_every_form_with_progress(demo: Demo, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    result = demo.exports.export_district(
        demo.campaign_id,
        tmp_path / "推荐表",
        workers=2,
        progress=lambda done, total, path: seen.append((done, total, path.name)),
    )
    assert not result.cancelled
    assert len(result.written) == 14
    assert [s[0] for s in seen] == list(range(1, 15))
    assert {s[1] for s in seen} == {14}
    names = sorted(p.name for p in (tmp_path / "推荐表").iterdir())
    assert "推荐表-秦淮区-瑞金新村.pdf" in names
    assert len(names) == 14
    assert pdftools.page_count(result.written[0]) >= 1


def test_district_export_stops_promptly_when_cancelled(demo: Demo, tmp_path: Path) -> None:
    done: list[int] = []
    result = demo.exports.export_district(
        demo.campaign_id,
        tmp_path / "out",
        workers=2,
        progress=lambda number, _total, _path: done.append(number),
        cancelled=lambda: bool(done),
    )
    assert result.cancelled
    assert 1 <= len(result.written) <= 4  # the forms already being drawn finish
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == len(result.written)  # no partial file, no leftover
    for path in files:
        assert pdftools.run("qpdf", "--check", path).returncode == 0


def test_district_export_to_an_unwritable_folder(demo: Demo, tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    with pytest.raises(ExportError) as caught:
        demo.exports.export_district(demo.campaign_id, folder)
    assert str(caught.value) == f"文件夹 {folder}：没有写入权限"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 128 KB file system, where it can be mounted (root on Linux); else the test skips."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    needs(mounted.returncode == 0, "a small file system mounted for the test (root on Linux)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_full_disk_gives_a_chinese_error_and_no_file(demo: Demo, tiny_disk: Path) -> None:
    dest = tiny_disk / "考察评分表.pdf"
    with pytest.raises(ExportError) as caught:
        demo.exports.export_score_sheet(demo.inspection_id, dest)  # ~400 KB with its photos
    assert str(caught.value) == f"文件 {dest}：磁盘空间不足，无法写入"
    assert list(tiny_disk.iterdir()) == []


def test_a_file_where_the_folder_should_be_gives_an_export_error(
    demo: Demo, tmp_path: Path
) -> None:
    blocker = tmp_path / "导出"
    blocker.write_text("not a folder", encoding="utf-8")
    dest = blocker / "考察评分表.pdf"
    with pytest.raises(ExportError) as caught:
        demo.exports.export_score_sheet(demo.inspection_id, dest)
    assert str(caught.value).startswith(f"文件 {dest}：")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_district_export_stamps_the_seal_beside_each_stored_bureau_signature(
    demo: Demo, tmp_path: Path
) -> None:
    forms = demo.exports.district_data(demo.campaign_id)
    signed = {f.community.name for f in forms if f.opinions.bureau_signature_png is not None}
    assert signed, "the demo's bureau signed some communities' opinions"
    assert len(signed) < len(forms)
    company = {
        f.community.name: sum(s.image_png is not None for s in f.opinions.company_signatures)
        for f in forms
    }

    result = demo.exports.export_district(
        demo.campaign_id, tmp_path / "盖章", workers=2, seal_png=pdftools.seal_png("海州区住建局")
    )

    for pdf in result.written:
        community = pdf.stem.rsplit("-", 1)[1]
        stamps = [r for r in pdftools.images(pdf) if r["type"] == "image" and r["enc"] != "jpeg"]
        # the seal on every form, the stored drawn signature where the bureau signed, and
        # the company's signatures in its own box
        assert len(stamps) == 1 + (community in signed) + company[community], community
    today = date.today()
    assert f"{today.year}年{today.month}月{today.day}日" in pdftools.flat(
        pdftools.text(result.written[0])
    )
