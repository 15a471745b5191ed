"""The user's handover key lives in the OS keyring only; without a safe keyring the app says
why and falls back to passphrases; colleagues' keys and passphrases are checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pyrage
import pytest
from keyring import errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from jobhunter.services.errors import ValidationError
from jobhunter.services.handover import identity
from jobhunter.services.handover.identity import (
    ColleagueService,
    KeyringUnavailableError,
    check_passphrase,
    estimate_bits,
    generate_passphrase,
    own_public_key,
    own_secret,
    wordlist,
)
from jobhunter.services.store import Store


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class RaisingKeyring(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (not installed here)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def use_keyring() -> Iterator[object]:
    original = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(original)


def test_the_key_pair_is_made_once_and_kept_in_the_keyring_only(
    use_keyring, store: Store, data_dir: Path
) -> None:
    memory = use_keyring(MemoryKeyring())
    # When the public key is asked for the first time, a pair is made
    public = own_public_key()
    assert public.startswith("age1") and len(public) == 62
    secret = memory.secrets[(identity.KEYRING_SERVICE, identity.KEYRING_USER)]
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == public
    # Then it stays the same, and the secret is in no file of the data folder
    assert own_public_key() == public
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"AGE-SECRET-KEY" not in path.read_bytes().upper(), path


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "geen sleutelbos"),
        (PlaintextKeyring(), "leesbare tekst"),
        (RaisingKeyring(errors.KeyringLocked("locked")), "vergrendeld"),
        (RaisingKeyring(errors.InitError("no dbus")), "niet worden geopend"),
        (RaisingKeyring(errors.NoKeyringError("none")), "geen sleutelbos"),
    ],
    ids=["fail-backend", "plaintext", "locked", "init-error", "no-keyring"],
)
def test_without_a_safe_keyring_the_user_is_told_to_use_a_passphrase(
    use_keyring, backend: KeyringBackend, words: str
) -> None:
    use_keyring(backend)
    with pytest.raises(KeyringUnavailableError) as caught:
        own_public_key()
    message = str(caught.value)
    assert words in message and "wachtwoord" in message
    assert "\n" not in message


def test_a_dismissed_unlock_after_a_key_exists_is_reported(use_keyring) -> None:
    memory = use_keyring(MemoryKeyring())
    own_public_key()
    use_keyring(RaisingKeyring(errors.KeyringLocked("dismissed")))
    with pytest.raises(KeyringUnavailableError, match="vergrendeld"):
        own_secret(create=False)
    assert memory.secrets  # the key itself is untouched


def test_colleagues_are_kept_with_valid_keys(store: Store) -> None:
    service = ColleagueService(store)
    key = str(pyrage.x25519.Identity.generate().to_public())
    service.save("Sanne de Vries", f"  {key}\n")
    assert [(c.name, c.public_key) for c in service.list()] == [("Sanne de Vries", key)]
    # a wrong key, a typo in a key, no name, a second colleague of that name: refused
    with pytest.raises(ValidationError, match="begint met age1"):
        service.save("Piet", "ssh-ed25519 AAAA")
    with pytest.raises(ValidationError):
        service.save("Piet", key[:-1] + ("q" if key[-1] != "q" else "p"))
    with pytest.raises(ValidationError, match="naam"):
        service.save(" ", key)
    other = str(pyrage.x25519.Identity.generate().to_public())
    with pytest.raises(ValidationError, match="al een collega"):
        service.save("sanne de vries", other)
    service.remove(key)
    assert service.list() == []


def test_a_generated_passphrase_is_words_from_the_list_and_strong() -> None:
    words = set(wordlist())
    assert len(words) == 7776
    phrase = generate_passphrase()
    assert len(phrase.split("-")) == 6 and set(phrase.split("-")) <= words
    assert check_passphrase(phrase) == phrase
    assert generate_passphrase() != phrase


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("Welkom2024!", "te kort"),
        ("wachtwoordwachtwoord", "te makkelijk"),
        ("qwertyuiop1234567890", "te makkelijk"),
        ("Feyenoord2024!!!!!!!", "te makkelijk"),
        ("correct horse battery staple", "te makkelijk"),
    ],
)
def test_a_weak_own_passphrase_is_refused_with_the_reason(weak: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as caught:
        check_passphrase(weak)
    assert "woorden" in str(caught.value)  # the rule is explained


def test_a_strong_own_passphrase_is_accepted() -> None:
    assert check_passphrase("kapstok-regenjas-fietsbel-9-Zaandam-pindakaas")
    assert estimate_bits("abacus abdomen abide zebra fluid") >= 60
