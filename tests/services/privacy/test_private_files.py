"""The data folder and everything Jobhunter writes are private to the user (POSIX modes)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobhunter.cli import main
from jobhunter.models.enums import DocumentKind, Sector
from jobhunter.services.backup import maybe_backup
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.ical import write_calendar
from jobhunter.services.logs import configure_logging, log_path
from jobhunter.services.privacy.folder import secure_data_folder
from jobhunter.services.store import Store
from jobhunter.services.vcard import write_contacts_vcard

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
FIXTURES = Path(__file__).parents[2] / "fixtures"


def modes(folder: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def not_private(folder: Path) -> dict[str, str]:
    return {name: oct(mode) for name, mode in modes(folder).items() if mode & 0o077}


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual desktop umask (022): files are readable by others unless made private."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_store_and_everything_written_into_it_is_private(
    data_dir: Path, clock: FixedClock, tmp_path: Path, open_umask: None
) -> None:
    store = Store.open(data_dir)
    try:
        client = ClientService(store, clock).create("Zoë", "Özdemir")
        source = tmp_path / "cv.pdf"
        source.write_bytes(b"%PDF cv")
        source.chmod(0o644)
        CaseloadService(store, clock).attach(client.id, source, DocumentKind.CV)
        maybe_backup(store, clock)
        configure_logging(data_dir)
        import logging

        logging.getLogger("jobhunter.test").info("a line")
        assert (data_dir / "jobhunter.sqlite-wal").exists()
        assert not_private(data_dir) == {}
        assert modes(data_dir)["."] == 0o700
        assert modes(data_dir)["jobhunter.sqlite"] == 0o600
        assert modes(data_dir)[str(log_path(data_dir).relative_to(data_dir))] == 0o600
    finally:
        store.close()


def test_a_folder_of_an_earlier_version_is_made_private_on_open(
    tmp_path: Path, open_umask: None
) -> None:
    # Given a data folder as earlier versions left it: 0755 folders, 0644 files
    data = tmp_path / "old"
    for folder in ("backups", "documents/abc", "logs"):
        (data / folder).mkdir(parents=True)
    shutil.copy(FIXTURES / "schema_0007.sqlite", data / "jobhunter.sqlite")
    for name in ("backups/auto-1.sqlite", "documents/abc/cv.pdf", "logs/jobhunter.log",
                 "settings.ini", "jobhunter.sqlite-wal"):  # fmt: skip
        (data / name).write_bytes(b"")
    (data / "jobhunter.sqlite-wal").unlink()
    # and a file of the user's own that happens to be in the same folder
    (data / "boodschappen.txt").write_text("melk")
    for path in [data, *data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    store = Store.open(data)
    store.close()

    assert {k: v for k, v in not_private(data).items() if k != "boodschappen.txt"} == {}
    assert modes(data)["boodschappen.txt"] == 0o644, "not ours: left alone"


def test_an_existing_private_folder_is_not_walked_again(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert secure_data_folder(data) == 1
    (data / "jobhunter.sqlite").write_bytes(b"")
    (data / "jobhunter.sqlite").chmod(0o644)
    assert secure_data_folder(data) == 0  # one stat: the folder is 0700 already


def test_exports_are_written_for_the_user_only(
    store: Store, clock: FixedClock, tmp_path: Path, open_umask: None
) -> None:
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    employers.add_contact(employer.id, "Piet Jansen", phone="010-1234567")
    ics, vcf = tmp_path / "nazorg.ics", tmp_path / "contacten.vcf"
    write_calendar(store, ics, clock)
    write_contacts_vcard(store, vcf)
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    assert stat.S_IMODE(vcf.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_command_line_keeps_the_whole_folder_private(tmp_path: Path, open_umask: None):
    data = tmp_path / "cli"
    assert main(["--data-dir", str(data), "demo", "--clients", "3", "--employers", "2"]) == 0
    assert main(["--data-dir", str(data), "calendar", "--out", str(tmp_path / "n.ics")]) == 0
    assert not_private(data) == {}
    assert stat.S_IMODE((tmp_path / "n.ics").stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_another_account_cannot_read_the_store() -> None:
    """The attack of the issue, replayed: another user of the computer opens the store."""
    base = Path(tempfile.mkdtemp(prefix="jobhunter-other-"))
    try:
        base.chmod(0o755)  # a parent others may pass through, like a home folder
        old = os.umask(0o022)
        try:
            store = Store.open(base / "data")
            ClientService(store).create("Zoë", "Özdemir")
            store.close()
        finally:
            os.umask(old)
        script = (
            "import sys\n"
            "try:\n"
            f"    print(open({str(base / 'data' / 'jobhunter.sqlite')!r}, 'rb').read(16))\n"
            "except PermissionError:\n"
            "    sys.exit(3)\n"
        )
        nobody = 65534
        result = subprocess.run(
            ["/usr/bin/python3", "-c", script],
            capture_output=True,
            user=nobody,
            group=nobody,
            check=False,
        )
        assert result.returncode == 3, result.stdout
    finally:
        shutil.rmtree(base)
