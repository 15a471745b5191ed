"""Safe writes: all or nothing, private, only over a regular file, Dutch reasons."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from jobhunter.services import files
from jobhunter.services.files import FileWriteError, atomic_copy, atomic_write, make_private_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@posix_only
def test_a_written_file_is_private_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write(target, "Özdemir ĳ ș")
    assert target.read_text(encoding="utf-8") == "Özdemir ĳ ș"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    # Given an existing export
    target = tmp_path / "contacts.vcf"
    target.write_text("old")

    # When writing the new one fails halfway (the disk fills up)
    def chunks():
        yield b"half of the new "
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError) as info:
        atomic_write(target, chunks())

    # Then the old file is intact, nothing partial is left, and the reason is Dutch
    assert target.read_text() == "old"
    assert _leftovers(tmp_path, {"contacts.vcf"}) == []
    assert info.value.errno == errno.ENOSPC
    assert "de schijf is vol" in str(info.value)
    assert str(target) in str(info.value)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_is_never_replaced() -> None:
    before = os.stat("/dev/full")
    with pytest.raises(FileWriteError, match="geen gewoon bestand"):
        atomic_write(Path("/dev/full"), b"x")
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_folder_or_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(FileWriteError, match="dat is een map"):
        atomic_write(tmp_path / "folder", b"x")
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(FileWriteError):
        atomic_write(link, b"x")
    assert real.read_text() == "keep" and link.is_symlink()


def test_a_missing_folder_is_named_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="de map bestaat niet"):
        atomic_write(tmp_path / "nope" / "out.ics", b"x")


def test_an_interrupted_copy_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "cv.pdf"
    source.write_bytes(b"%PDF" + b"x" * 100_000)
    target = tmp_path / "docs" / "copy.pdf"
    target.parent.mkdir()

    def broken(src, dst, length=0):
        dst.write(src.read(1000))
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.shutil, "copyfileobj", broken)
    with pytest.raises(FileWriteError, match="schrijffout"):
        atomic_copy(source, target)
    assert list(target.parent.iterdir()) == []


@posix_only
def test_private_dir_is_tightened_when_it_already_exists(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    make_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
