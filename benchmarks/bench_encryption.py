"""What encryption at rest costs on the benchmark store: opening, a few lists, and the switch.

    TMPDIR=/tmp/bench-x python benchmarks/bench_encryption.py [--clients 5000] [--employers 2000]

Uses the store ``benchmarks/bench.py`` builds (run that first, with the same TMPDIR), copies
it twice (plain, and switched to encrypted with a key in an in-memory keyring) and reports
the median of ``--repeat`` runs in milliseconds:

- opening and closing the store in this process (what a window or a command pays);
- the first opening in a fresh process, the import of SQLCipher included (start-up);
- the caseload list and a search (SQLCipher decrypts each page it reads);
- opening with SQLCipher's passphrase key derivation instead of the raw key (what the raw
  key saves);
- switching on and off, with one backup to convert each way.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


_FRESH_OPEN = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from jobhunter.services.encryption import keys
if len(sys.argv) > 2:
    keys.remember(keys.StoreKey(sys.argv[2], bytes.fromhex(sys.argv[3])))
from jobhunter.services.store import Store
Store.open(Path(sys.argv[1])).close()
print((time.perf_counter() - start) * 1000)
"""


def fresh_open(folder: Path, key: object | None, repeat: int) -> float:
    """Opening in a new interpreter (imports included); the key is handed over as the
    keyring would hand it (there is no keyring in a benchmark process)."""
    args = [str(folder)]
    if key is not None:
        args += [key.key_id, key.raw.hex()]  # type: ignore[attr-defined]
    samples = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _FRESH_OPEN, *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        samples.append(float(out.stdout.strip()))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--employers", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import keyring

    from jobhunter.services import backup
    from jobhunter.services.clients import ClientService
    from jobhunter.services.clock import FixedClock
    from jobhunter.services.encryption import cipher, keys, switch
    from jobhunter.services.search import SearchService
    from jobhunter.services.store import Store
    from tests.services.handover.test_identity import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    source = Path(tempfile.gettempdir()) / f"jobhunter-bench-{args.clients}-{args.employers}"
    if not (source / "jobhunter.sqlite").exists():
        raise SystemExit(f"no benchmark store in {source}: run benchmarks/bench.py first")
    work = Path(tempfile.mkdtemp(prefix="jobhunter-bench-encryption-"))
    plain, encrypted = work / "plain", work / "encrypted"
    results: list[tuple[str, float]] = []
    try:
        for folder in (plain, encrypted):
            folder.mkdir()
            shutil.copy(source / "jobhunter.sqlite", folder / "jobhunter.sqlite")
        size = (plain / "jobhunter.sqlite").stat().st_size
        # a backup to convert, then the switch to encrypted (timed once: it is a migration)
        store = Store.open(encrypted)
        yesterday = FixedClock(datetime.now(UTC) - timedelta(days=1))
        backup.make_backup(store, yesterday)  # kept beside today's: one to convert
        started = time.perf_counter()
        result = switch.encrypt(store, switch.prepare(encrypted))
        took = (time.perf_counter() - started) * 1000
        results.append((f"switch on, {result.converted} backup(s) converted (once)", took))
        for phase, seconds in result.timings.items():
            results.append((f"  of which {phase}", seconds * 1000))
        store.close()
        key = keys.folder_key(encrypted)
        assert cipher.is_encrypted_file(encrypted / "jobhunter.sqlite")

        for name, folder in (("plain", plain), ("encrypted", encrypted)):
            results.append(
                (f"open store, {name}", timed(lambda f=folder: Store.open(f).close(), args.repeat))
            )
        for name, folder, k in (("plain", plain, None), ("encrypted", encrypted, key)):
            results.append((f"first open in a fresh process, {name}",
                            fresh_open(folder, k, args.repeat)))  # fmt: skip
        for name, folder in (("plain", plain), ("encrypted", encrypted)):
            store = Store.open(folder)
            try:
                clients = ClientService(store)
                results.append((f"caseload list, {name}", timed(clients.list_rows, args.repeat)))
                search = SearchService(store)
                results.append(
                    (f"global search, {name}", timed(lambda s=search: s.search("jan"), args.repeat))
                )
            finally:
                store.close()

        # what the raw key saves: SQLCipher's own key derivation (PBKDF2, 256,000 rounds)
        dbapi = cipher.driver()
        kdf = work / "kdf.sqlite"
        conn = dbapi.connect(str(plain / "jobhunter.sqlite"))
        conn.execute("ATTACH DATABASE ? AS k KEY ?", (str(kdf), "a passphrase, not a raw key"))
        conn.execute("SELECT sqlcipher_export('k')")
        conn.execute("DETACH DATABASE k")
        conn.close()

        def open_with(key_text: str, path: Path) -> None:
            c = dbapi.connect(str(path))
            c.execute(f'PRAGMA key = "{key_text}"')
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
            c.close()

        raw = key.sqlcipher()
        store_file = encrypted / "jobhunter.sqlite"
        results.append(
            ("key a connection, raw key", timed(lambda: open_with(raw, store_file), args.repeat))
        )
        passphrase = "a passphrase, not a raw key"
        results.append(
            (
                "key a connection, passphrase (PBKDF2)",
                timed(lambda: open_with(passphrase, kdf), args.repeat),
            )
        )

        store = Store.open(encrypted)
        started = time.perf_counter()
        result = switch.decrypt(store)
        took = (time.perf_counter() - started) * 1000
        results.append((f"switch off, {result.converted} backup(s) converted (once)", took))
        for phase, seconds in result.timings.items():
            results.append((f"  of which {phase}", seconds * 1000))
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"store: {size / 1e6:.0f} MB ({args.clients} clients, {args.employers} employers)")
    width = max(len(name) for name, _ in results)
    for name, ms in results:
        print(f"{name:<{width}}  {ms:9.1f} ms")


if __name__ == "__main__":
    main()
