"""A colleague without Jobhunter opens the packet with the standard age tool, and the
summary inside names the client."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover import packet
from jobhunter.services.store import Store
from tests.services.handover.conftest import Key, client_ids, export

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


@pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None, reason="the age tool is installed by .ci/run"
)
def test_the_age_tool_opens_a_packet_made_for_an_identity_file(
    sender: Store, clock: FixedClock, tmp_path: Path
) -> None:
    # Given a colleague's identity file, made with age-keygen
    identity = tmp_path / "collega.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(identity)], check=True, capture_output=True)
    public = next(
        line.split(": ", 1)[1]
        for line in identity.read_text().splitlines()
        if line.startswith("# public key:")
    )
    key = Key()
    key.public = public
    ids = client_ids(sender, 2)
    name = ClientService(sender, clock).get(ids[0]).name
    # When a packet is made for that key and opened with `age -d -i`
    target = export(sender, clock, ids, tmp_path / "overdracht.age", key)
    opened = subprocess.run(
        [AGE, "--decrypt", "-i", str(identity), str(target)], check=True, capture_output=True
    ).stdout
    # Then it is a ZIP with the manifest, the records and a summary that names the client
    with zipfile.ZipFile(io.BytesIO(opened)) as zf:
        assert {packet.MANIFEST, packet.SUMMARY, "records/client.json"} <= set(zf.namelist())
        summary = zf.read(packet.SUMMARY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(summary)).pages)
    assert name in text
    assert "Overdrachtsverslag" in text
