"""The handover commands in the exact forms scripts depend on; every error is one line on
stderr with exit code 1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from jobhunter.cli import main

STRONG = "lemon-stadium-quarry-dwelling-aerobics-pelican"


@pytest.fixture
def demo(tmp_path: Path, capsys) -> tuple[Path, list[str]]:
    data = tmp_path / "a"
    assert main(["--data-dir", str(data), "demo", "--clients", "6", "--employers", "3"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "list", "clients", "--json"]) == 0
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)]
    return data, ids


@pytest.fixture
def identity_file(tmp_path: Path) -> tuple[Path, str]:
    identity = pyrage.x25519.Identity.generate()
    path = tmp_path / "key.txt"
    path.write_text(f"# created: nu\n# public key: {identity.to_public()}\n{identity}\n")
    return path, str(identity.to_public())


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_export_to_a_key_then_import_with_an_identity_file(
    demo, identity_file, tmp_path: Path, capsys
) -> None:
    data, ids = demo
    key_path, public = identity_file
    note = tmp_path / "notitie.txt"
    note.write_text("Belt liever dan dat ze mailt.\n", encoding="utf-8")
    out = tmp_path / "overdracht.age"
    # export with --clients ID,ID --out FILE --to AGE_RECIPIENT --note-file F
    args = [
        "--data-dir",
        str(data),
        "handover",
        "export",
        "--clients",
        ",".join(ids[:2]),
        "--out",
        str(out),
        "--to",
        public,
        "--note-file",
        str(note),
    ]
    assert main(args) == 0
    assert "2 cliënt(en)" in capsys.readouterr().out
    assert out.stat().st_mode & 0o077 == 0  # private to the user
    target = tmp_path / "b"
    # --dry-run prints the preview and changes nothing
    base = ["--data-dir", str(target), "handover", "import", str(out), "--identity", str(key_path)]
    assert main([*base, "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "nieuw" in preview and "proefrun" in preview and "Belt liever" in preview
    assert main(["--data-dir", str(target), "list", "clients", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # a real import, then the same again: nothing to do
    assert main(base) == 0
    assert "ingelezen" in capsys.readouterr().out
    assert main(base) == 0
    assert "niets te doen" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "list", "clients", "--json"]) == 0
    assert sorted(c["id"] for c in json.loads(capsys.readouterr().out)) == sorted(ids[:2])


def test_passphrase_from_the_environment_and_from_a_file(
    demo, tmp_path: Path, capsys, monkeypatch
) -> None:
    data, ids = demo
    out = tmp_path / "p.age"
    monkeypatch.setenv("JOBHUNTER_PASSPHRASE", STRONG)
    assert (
        main(
            ["--data-dir", str(data), "handover", "export", "--clients", ids[0], "--out", str(out)]
        )
        == 0
    )
    monkeypatch.delenv("JOBHUNTER_PASSPHRASE")
    wrong = tmp_path / "fout.txt"
    wrong.write_text("niet-het-goede-wachtwoord\n")
    capsys.readouterr()
    target = ["--data-dir", str(tmp_path / "b"), "handover", "import", str(out)]
    assert main([*target, "--passphrase-file", str(wrong)]) == 1
    assert "wachtwoord klopt niet" in _one_line_error(capsys)
    right = tmp_path / "goed.txt"
    right.write_text(STRONG + "\n")
    assert main([*target, "--passphrase-file", str(right)]) == 0


def test_a_weak_passphrase_and_other_errors_are_one_line(
    demo, identity_file, tmp_path: Path, capsys, monkeypatch
) -> None:
    data, ids = demo
    monkeypatch.setenv("JOBHUNTER_PASSPHRASE", "geheim123")
    export = ["--data-dir", str(data), "handover", "export", "--out", str(tmp_path / "x.age")]
    assert main([*export, "--clients", ids[0]]) == 1
    assert "te kort" in _one_line_error(capsys)
    assert not (tmp_path / "x.age").exists()
    assert main([*export, "--clients", "geen-id"]) == 1
    assert "geen geldig cliënt-id" in _one_line_error(capsys)
    assert main([*export, "--clients", ids[0], "--to", "age1nietgoed"]) == 1
    assert "geen geldige overdrachtssleutel" in _one_line_error(capsys)
    key_path, _ = identity_file
    junk = tmp_path / "junk.age"
    junk.write_text("hallo")
    assert (
        main(
            ["--data-dir", str(data), "handover", "import", str(junk), "--identity", str(key_path)]
        )
        == 1
    )
    assert "geen Jobhunter-overdrachtspakket" in _one_line_error(capsys)
    assert main(["--data-dir", str(data), "handover", "import", str(tmp_path / "weg.age")]) == 1
    assert "bestaat niet" in _one_line_error(capsys)


def test_prefer_packet_resolves_conflicts_for_the_packet(
    demo, identity_file, tmp_path: Path, capsys
) -> None:
    data, ids = demo
    key_path, public = identity_file
    other = tmp_path / "b"
    first = tmp_path / "1.age"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "handover",
                "export",
                "--clients",
                ids[0],
                "--out",
                str(first),
                "--to",
                public,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--data-dir",
                str(other),
                "handover",
                "import",
                str(first),
                "--identity",
                str(key_path),
            ]
        )
        == 0
    )
    # both sides change the same client
    import uuid

    from jobhunter.services.clients import ClientService
    from jobhunter.services.store import Store

    for folder, phone in ((data, "06-10000001"), (other, "06-20000002")):
        store = Store.open(folder)
        ClientService(store).update(uuid.UUID(ids[0]), phone=phone)
        store.close()
    back = tmp_path / "2.age"
    assert (
        main(
            [
                "--data-dir",
                str(other),
                "handover",
                "export",
                "--clients",
                ids[0],
                "--out",
                str(back),
                "--to",
                public,
            ]
        )
        == 0
    )
    capsys.readouterr()
    base = ["--data-dir", str(data), "handover", "import", str(back), "--identity", str(key_path)]
    assert main([*base, "--dry-run"]) == 0
    assert "conflict" in capsys.readouterr().out  # listed, kept local without --prefer
    assert main([*base, "--prefer", "packet"]) == 0
    store = Store.open(data)
    assert ClientService(store).get(uuid.UUID(ids[0])).phone == "06-20000002"
    store.close()


def test_identity_without_a_keyring_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    original = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["--data-dir", str(tmp_path), "identity"]) == 1
    finally:
        keyring.set_keyring(original)
    assert "sleutelbos" in _one_line_error(capsys)


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is installed by .ci/run")
def test_a_real_process_exports_for_a_recipient(demo, identity_file, tmp_path: Path) -> None:
    data, ids = demo
    key_path, public = identity_file
    out = tmp_path / "p.age"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jobhunter",
            "--data-dir",
            str(data),
            "handover",
            "export",
            "--clients",
            ids[0],
            "--out",
            str(out),
            "--to",
            public,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    opened = subprocess.run(["age", "-d", "-i", str(key_path), str(out)], capture_output=True)
    assert opened.returncode == 0 and opened.stdout.startswith(b"PK")


def _export(data: Path, client_id: str, out: Path, public: str) -> list[str]:
    return [
        "--data-dir", str(data), "handover", "export",
        "--clients", client_id, "--out", str(out), "--to", public,
    ]  # fmt: skip


def test_prefer_never_merges_a_likely_duplicate(
    demo, identity_file, tmp_path: Path, capsys
) -> None:
    import uuid

    from jobhunter.services.clients import ClientService
    from jobhunter.services.store import Store

    # Given my client, and in the colleague's store another person with the same phone
    # number (a household phone)
    data, _ids = demo
    key_path, public = identity_file
    mine = tmp_path / "mijn"
    assert main(["--data-dir", str(mine), "demo", "--clients", "3", "--employers", "2"]) == 0
    store = Store.open(mine)
    clients = ClientService(store)
    local = next(c for c in clients.list_rows() if clients.get(c.id).phone)
    phone = clients.get(local.id).phone
    store.close()
    store = Store.open(data)
    other = ClientService(store).create("Ayse", "Demir", phone=phone)
    store.close()
    packet = tmp_path / "p.age"
    assert main(_export(data, str(other.id), packet, public)) == 0
    capsys.readouterr()
    # When I import her packet preferring the packet's versions
    base = ["--data-dir", str(mine), "handover", "import", str(packet), "--identity", str(key_path)]
    assert main([*base, "--prefer", "packet"]) == 0
    out = capsys.readouterr().out
    # Then the likely duplicate is listed and kept apart; my client is untouched
    assert "mogelijk dubbel" in out and "apart inlezen" in out
    store = Store.open(mine)
    clients = ClientService(store)
    assert clients.get(local.id).name == local.name
    assert clients.get(uuid.UUID(str(other.id))).name == "Ayse Demir"
    store.close()


def test_import_refuses_a_file_too_large_to_be_a_packet_without_reading_it(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from jobhunter.services.handover import packet

    monkeypatch.setattr(packet, "MAX_PACKET_BYTES", 1000)
    big = tmp_path / "groot.age"
    big.write_bytes(b"age-encryption.org/v1\n" + b"x" * 2000)
    read: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    assert main(["--data-dir", str(tmp_path / "b"), "handover", "import", str(big)]) == 1
    assert "groter" in _one_line_error(capsys)
    assert big not in read


def test_a_command_line_export_renders_the_summary_in_its_own_process(
    demo, identity_file, tmp_path: Path, capsys, monkeypatch
) -> None:
    """A one-shot command would spend longer starting a worker process than it saves."""
    from jobhunter.services.handover import worker

    def no_worker(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the command line started the worker process")

    monkeypatch.setattr(worker, "submit", no_worker)
    data, ids = demo
    _key_path, public = identity_file
    assert main(_export(data, ids[0], tmp_path / "p.age", public)) == 0
    assert (tmp_path / "p.age").stat().st_size > 0


def test_an_export_with_a_note_waits_for_the_window_and_one_without_does_not(
    demo, tmp_path: Path, capsys, monkeypatch
) -> None:
    # Given the window holds the store (another process with the writer lock)
    data, ids = demo
    monkeypatch.setenv("JOBHUNTER_PASSPHRASE", STRONG)
    note = tmp_path / "notitie.txt"
    note.write_text("Loopt goed; bel haar op maandag.", encoding="utf-8")
    script = (
        "import time\nfrom jobhunter.services.store import Store\n"
        f"store = Store.open({str(data)!r})\nprint('open', flush=True)\ntime.sleep(120)\n"
    )
    window = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert window.stdout is not None and window.stdout.readline().strip() == "open"
    base = ["--data-dir", str(data), "handover", "export", "--clients", ids[0]]
    try:
        # When an export with a handover note (a record in her file) is asked for
        # Then it is refused in one line, and nothing is written
        assert main([*base, "--out", str(tmp_path / "a.age"), "--note-file", str(note)]) == 1
        assert "geopend" in _one_line_error(capsys)
        assert not (tmp_path / "a.age").exists()
        # and an export without a note, which only reads, is made beside the window
        assert main([*base, "--out", str(tmp_path / "b.age")]) == 0
    finally:
        window.kill()
        window.wait()


def test_the_worker_process_ends_with_a_program_that_could_not_say_goodbye(
    tmp_path: Path,
) -> None:
    """A program killed or crashed (here: ended with ``os._exit``) leaves no worker behind
    that would sit in memory until the laptop restarts."""
    script = tmp_path / "ends_abruptly.py"
    script.write_text(
        "import os\n"
        "from jobhunter.services.handover import worker\n"
        "if __name__ == '__main__':\n"
        "    print(worker.run(os.getpid), flush=True)\n"
        "    os._exit(0)\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    pid = int(done.stdout.strip())
    assert pid != os.getpid()
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    if not Path("/proc").is_dir():  # not Linux: whether a process of that number exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        status = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return status != "Z"  # a zombie has ended; only its exit status waits to be collected
