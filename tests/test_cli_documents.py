"""`jobhunter briefing` and `jobhunter profile`: the exact forms scripts depend on, the PDF
written whole, and a refused profile writing nothing."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from jobhunter.cli import main
from jobhunter.models.enums import ConsentParty, Sector
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store


@pytest.fixture
def matches(store: Store) -> dict[str, str]:
    """Two matches at one employer: Zoë agreed to share with employers, Łukasz did not."""
    clients = ClientService(store)
    employer = EmployerService(store).create("Groenvoorziening Van Dijk", Sector.GREEN)
    zoe = clients.create("Zoë", "Özdemir", work_experience="Hovenier in Izmir")
    lukasz = clients.create("Łukasz", "Wróbel")
    CaseloadService(store).give_consent(
        zoe.id, ConsentParty.EMPLOYERS, "Cv", date.today().replace(day=1)
    )
    service = MatchService(store)
    return {
        "zoe": str(service.propose(zoe.id, employer.id).id),
        "lukasz": str(service.propose(lukasz.id, employer.id).id),
    }


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() for page in reader.pages)


def test_briefing_writes_the_pdf(
    data_dir: Path, matches, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefing.pdf"
    assert (
        main(["--data-dir", str(data_dir), "briefing", matches["lukasz"], "--out", str(out)]) == 0
    )
    assert "Łukasz Wróbel bij Groenvoorziening Van Dijk" in " ".join(_text(out).split())
    assert str(out) in capsys.readouterr().out


def test_profile_with_consent_writes_the_pdf(data_dir: Path, matches, tmp_path: Path) -> None:
    out = tmp_path / "profiel.pdf"
    assert main(["--data-dir", str(data_dir), "profile", matches["zoe"], "--out", str(out)]) == 0
    text = _text(out)
    assert "KANDIDAATPROFIEL" in text and "Hovenier in Izmir" in text


def test_profile_without_consent_is_one_line_exit_1_and_no_file(
    data_dir: Path, matches, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "profiel.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "jobhunter", "--data-dir", str(data_dir), "profile",
         matches["lukasz"], "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "geen actieve toestemming" in result.stderr and "Toestemming" in result.stderr
    assert list(folder.iterdir()) == []  # not even a temporary file


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["profile", "not-an-id", "--out", "x.pdf"], "geen match-id"),
        (["briefing", "00000000-0000-0000-0000-000000000000", "--out", "x.pdf"], "bestaat niet"),
        (["briefing", "00000000-0000-0000-0000-000000000000"], "--out"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_1(
    data_dir: Path, tmp_path: Path, args, message, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a if a != "x.pdf" else str(tmp_path / a) for a in args]
    Store.open(data_dir).close()
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as exit_:  # argparse's usage errors leave through exit(1)
        code = exit_.code
    assert code == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_missing_folder_is_named_and_nothing_is_written(
    data_dir: Path, matches, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nergens" / "b.pdf"
    assert main(["--data-dir", str(data_dir), "briefing", matches["zoe"], "--out", str(out)]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_list_clients_says_who_agreed_to_share_with_employers(
    data_dir: Path, matches, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "list", "clients", "--json"]) == 0
    consent = {c["name"]: c["consent_employers"] for c in json.loads(capsys.readouterr().out)}
    assert consent == {"Zoë Özdemir": True, "Łukasz Wróbel": False}
