"""The store's key lives in the keyring; without it the recovery passphrase brings it back;
a wrong key or passphrase is said in Dutch, never as SQL or "file is not a database"."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring import errors
from keyring.backends import fail

from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.encryption import keys, switch
from jobhunter.services.encryption.keys import RecoveryError, StoreKey
from jobhunter.services.handover.identity import wordlist
from jobhunter.services.os_keyring import KeyringUnavailableError
from jobhunter.services.store import Store
from jobhunter.services.store_errors import (
    StoreDamagedError,
    StoreKeyError,
    StoreKeyMissingError,
)
from tests.services.handover.test_identity import MemoryKeyring, PlaintextKeyring, RaisingKeyring

FORBIDDEN = ("file is not a database", "SQLITE", "sqlite_master", "SELECT", "PRAGMA")


def dutch_line(message: str) -> None:
    assert "\n" not in message
    for word in FORBIDDEN:
        assert word not in message, message


@pytest.fixture
def encrypted(store: Store, clock: FixedClock, memory_keyring) -> tuple[Store, str]:
    """An encrypted store with one client, and its recovery passphrase (made for real)."""
    ClientService(store, clock).create("Zoë", "Özdemir")
    preparation = switch.prepare(store.data_dir)
    switch.encrypt(store, preparation, clock=clock)
    store.close()
    return store, preparation.passphrase


def use(backend: object) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]


def test_the_key_is_in_the_keyring_only_and_recovery_brings_it_back(
    encrypted, memory_keyring: MemoryKeyring
) -> None:
    store, passphrase = encrypted
    data_dir = store.data_dir
    # Given the key is in the keyring and in no file of the data folder
    (((service, user), secret),) = memory_keyring.secrets.items()
    assert service == "Jobhunter" and user.startswith("databasesleutel-")
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert secret.encode() not in data and bytes.fromhex(secret) not in data, path
    # When the keyring loses it (a new laptop, a reset keyring) and the program starts
    memory_keyring.secrets.clear()
    keys._cache.clear()
    with pytest.raises(StoreKeyMissingError) as missing:
        Store.open(data_dir)
    dutch_line(str(missing.value))
    assert "herstelwachtwoord" in str(missing.value) and missing.value.data_dir == data_dir
    # Then a wrong passphrase is refused in Dutch
    with pytest.raises(RecoveryError, match="klopt niet") as wrong:
        keys.recover(data_dir, "dit-is-het-niet-echt-hoor")
    dutch_line(str(wrong.value))
    # And the right one, typed with spaces and capitals, puts the key back in the keyring
    typed = " ".join(word.upper() for word in passphrase.split("-"))
    recovered = keys.recover(data_dir, f"  {typed} ")
    assert recovered.keyring_problem is None
    assert list(memory_keyring.secrets.values()) == [secret]
    keys._cache.clear()
    again = Store.open(data_dir)
    try:
        assert [c.name for c in ClientService(again).list_rows()] == ["Zoë Özdemir"]
    finally:
        again.close()


def test_a_new_recovery_passphrase_replaces_the_old_one(encrypted, clock: FixedClock) -> None:
    store, old = encrypted
    reopened = Store.open(store.data_dir)
    try:
        new = keys.generate_passphrase()
        switch.renew_recovery(reopened, new, clock)
    finally:
        reopened.close()
    with pytest.raises(RecoveryError):
        keys.recover(store.data_dir, old)
    assert keys.recover(store.data_dir, new).key.key_id == keys.read_marker(store.data_dir).key_id


def test_without_a_keyring_the_key_lasts_the_session(encrypted, memory_keyring) -> None:
    store, passphrase = encrypted
    keys._cache.clear()
    # Given the computer has no keyring at all
    use(fail.Keyring())
    with pytest.raises(StoreKeyMissingError) as missing:
        Store.open(store.data_dir)
    assert "geen sleutelbos" in str(missing.value)
    # When the recovery passphrase is given, the store opens for this session
    recovered = keys.recover(store.data_dir, passphrase)
    assert recovered.keyring_problem and "sleutelbos" in recovered.keyring_problem
    Store.open(store.data_dir).close()
    # and the next session asks again
    keys._cache.clear()
    with pytest.raises(StoreKeyMissingError):
        Store.open(store.data_dir)


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "geen sleutelbos"),
        (PlaintextKeyring(), "leesbare tekst"),
        (RaisingKeyring(errors.KeyringLocked("locked")), "vergrendeld"),
        (RaisingKeyring(errors.InitError("no dbus")), "niet worden geopend"),
    ],
    ids=["no-backend", "plaintext", "locked", "init-error"],
)
def test_encryption_is_not_switched_on_without_a_safe_keyring(
    store: Store, memory_keyring, backend: object, words: str
) -> None:
    use(backend)
    with pytest.raises(KeyringUnavailableError) as refused:
        preparation = switch.prepare(store.data_dir)
        switch.encrypt(store, preparation)
    assert words in str(refused.value) and "database" in str(refused.value)
    dutch_line(str(refused.value))
    # nothing was written: the store is plain and has no marker
    assert not switch.is_encrypted(store.data_dir) and not keys.has_marker(store.data_dir)


def test_a_keyring_entry_that_does_not_fit_is_not_used(encrypted, memory_keyring) -> None:
    store, _passphrase = encrypted
    keys._cache.clear()
    # Given the keyring holds another key under the store's name
    (name,) = memory_keyring.secrets
    memory_keyring.secrets[name] = StoreKey.generate().raw.hex()
    # Then the store asks for the recovery passphrase instead of failing on the file
    with pytest.raises(StoreKeyMissingError) as missing:
        Store.open(store.data_dir)
    dutch_line(str(missing.value))


def test_a_file_encrypted_with_another_key_is_said_so(
    encrypted, tmp_path: Path, clock: FixedClock, memory_keyring
) -> None:
    store, _passphrase = encrypted
    # Given a second data folder with its own key, and the first one's store copied into it
    other = Store.open(tmp_path / "other")
    switch.encrypt(other, switch.prepare(other.data_dir), clock=clock)
    other.close()
    stray = tmp_path / "stray"
    stray.mkdir()
    shutil.copy(store.db_path, stray / "jobhunter.sqlite")
    shutil.copy(keys.marker_paths(other.data_dir)[0], stray / keys.MARKER_NAME)
    keys._cache.clear()  # a fresh start: only the keyring's keys are at hand
    # When it is opened, the folder's key (from the keyring) does not fit: the file is
    # damaged as far as this folder knows, said as such (a backup is offered)
    with pytest.raises(StoreDamagedError) as damaged:
        Store.open(stray)
    dutch_line(str(damaged.value))
    # And a file from outside any data folder, with no key at hand that fits, is refused
    keys._cache.clear()
    loose = tmp_path / "loose.sqlite"
    shutil.copy(store.db_path, loose)
    keys.remember(keys.folder_key(other.data_dir))
    from jobhunter.services.store import connect

    with pytest.raises(StoreKeyError) as foreign:
        connect(loose)
    dutch_line(str(foreign.value))
    assert "andere sleutel" in str(foreign.value)


def test_passphrases_are_the_handover_rule_and_normalised() -> None:
    generated = keys.generate_passphrase()
    assert len(generated.split("-")) == 6
    assert keys.normalise_passphrase(generated.replace("-", "  ").title()) == generated
    assert keys.normalise_passphrase("  Mijn Eigen Zin 2024! ") == "Mijn Eigen Zin 2024!"
    from jobhunter.services.errors import ValidationError

    preparation = switch.Preparation(StoreKey.generate(), generated, False)
    with pytest.raises(ValidationError, match=r"te kort|te makkelijk"):
        preparation.with_passphrase("Welkom2024!")
    words = [w for w in wordlist() if w.isalpha()][1000:1006]
    chosen = preparation.with_passphrase(" ".join(w.title() for w in words))
    assert chosen.passphrase == "-".join(words)
