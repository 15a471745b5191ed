"""The store's key: made, kept in the keyring, recognised, and brought back by the recovery
passphrase.

The key is 32 random bytes, used by SQLCipher as a raw key (no key derivation when the store
is opened: the key is already random). It is kept in the OS keyring under
``databasesleutel-<key id>``, so data folders with their own keys (``--data-dir``) do not
mix. The data folder holds the marker ``jobhunter-encryption.json`` (a copy sits in
``backups/``, so a copied backup folder can be opened too), which says without opening
anything that the folder's files are encrypted, under which key id, with a check value of
the key (an HMAC, so a key from the keyring that does not belong here is recognised before
it is tried), and the key locked with the recovery passphrase (age's passphrase encryption:
scrypt, then ChaCha20-Poly1305; no cryptography of our own).

A key, once found, is remembered for the life of the process: every connection of the
store, each backup's check and a restore use it without asking the keyring again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jobhunter.services import os_keyring
from jobhunter.services.files import atomic_write
from jobhunter.services.os_keyring import KeyringUnavailableError
from jobhunter.services.store_errors import StoreError, StoreKeyMissingError

log = logging.getLogger(__name__)

MARKER_NAME = "jobhunter-encryption.json"
#: the marker's copy beside the backups
BACKUP_FOLDER = "backups"
FORMAT = 1
KEY_BYTES = 32
KEYRING_USER = "databasesleutel-{key_id}"
PURPOSE = os_keyring.Purpose(
    "de sleutel van je database",
    "open de database met het herstelwachtwoord dat je hebt opgeschreven",
)
#: folders inside a data folder that hold copies of the store
_COPY_FOLDERS = ("backups", "set-aside")
_CHECK_LABEL = b"Jobhunter database key check v1"


class RecoveryError(StoreError):
    """The recovery passphrase does not open the key (a Dutch line)."""


@dataclass(frozen=True, slots=True)
class StoreKey:
    """A store's raw key and its id."""

    key_id: str
    raw: bytes = field(repr=False)

    @property
    def check(self) -> str:
        """A value that recognises the key without revealing it (HMAC-SHA256, 16 hex)."""
        return hmac.new(self.raw, _CHECK_LABEL, hashlib.sha256).hexdigest()[:16]

    def sqlcipher(self) -> str:
        """The key as SQLCipher takes a raw key: ``x'<64 hex digits>'``."""
        return f"x'{self.raw.hex()}'"

    @classmethod
    def generate(cls) -> StoreKey:
        return cls(uuid.uuid4().hex, secrets.token_bytes(KEY_BYTES))


@dataclass(frozen=True, slots=True)
class Marker:
    """What the data folder says about its encryption (nothing secret)."""

    key_id: str
    key_check: str
    #: the key, locked with the recovery passphrase (an age file)
    recovery: bytes = field(repr=False)
    #: when the recovery passphrase was made (ISO 8601)
    recovery_made: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "about": (
                    "Jobhunter: de database in deze map en haar reservekopieën zijn versleuteld "
                    "(SQLCipher 4). De sleutel staat in de sleutelbos van het besturingssysteem; "
                    "het herstelwachtwoord opent de kopie hieronder. Verwijder dit bestand niet."
                ),
                "key_id": self.key_id,
                "key_check": self.key_check,
                "recovery": base64.b64encode(self.recovery).decode("ascii"),
                "recovery_made": self.recovery_made,
            },
            indent=1,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Marker | None:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return None
            return cls(
                key_id=str(data["key_id"]),
                key_check=str(data["key_check"]),
                recovery=base64.b64decode(str(data["recovery"]), validate=True),
                recovery_made=str(data.get("recovery_made", "")),
            )
        except (ValueError, KeyError, TypeError, binascii.Error):
            return None

    def fits(self, key: StoreKey) -> bool:
        return key.key_id == self.key_id and hmac.compare_digest(key.check, self.key_check)


_cache: dict[str, StoreKey] = {}
_cache_lock = threading.Lock()


# --- the marker ------------------------------------------------------------------------------
def marker_paths(data_dir: Path) -> tuple[Path, Path]:
    """The marker in the data folder, and its copy beside the backups."""
    data_dir = Path(data_dir)
    return data_dir / MARKER_NAME, data_dir / BACKUP_FOLDER / MARKER_NAME


def read_marker(data_dir: Path) -> Marker | None:
    """The data folder's marker (or its copy in ``backups/``); None when it has none."""
    for path in marker_paths(data_dir):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        marker = Marker.from_json(text)
        if marker is not None:
            return marker
        log.warning("encryption marker %s cannot be read", path)
    return None


def has_marker(data_dir: Path) -> bool:
    return any(path.is_file() for path in marker_paths(data_dir))


def write_marker(data_dir: Path, marker: Marker) -> None:
    """Write the marker and its copy (each atomically, private)."""
    from jobhunter.services.files import make_private_dir

    main, copy = marker_paths(data_dir)
    atomic_write(main, marker.to_json())
    make_private_dir(copy.parent)
    atomic_write(copy, marker.to_json())


def remove_marker(data_dir: Path) -> None:
    for path in marker_paths(data_dir):
        path.unlink(missing_ok=True)


def data_folder_of(path: Path) -> Path | None:
    """The data folder a database file belongs to, when that folder has a marker: the store's
    own folder, or the folder above ``backups/`` and ``set-aside/``."""
    path = Path(path).absolute()
    folders = [path.parent]
    if path.parent.name in _COPY_FOLDERS:
        folders.append(path.parent.parent)
    return next((folder for folder in folders if has_marker(folder)), None)


# --- the key at hand -------------------------------------------------------------------------
def remember(key: StoreKey) -> None:
    with _cache_lock:
        _cache[key.key_id] = key


def forget(key_id: str) -> None:
    with _cache_lock:
        _cache.pop(key_id, None)


def remembered() -> list[StoreKey]:
    with _cache_lock:
        return list(_cache.values())


def keyring_user(key_id: str) -> str:
    return KEYRING_USER.format(key_id=key_id)


def from_keyring(marker: Marker) -> StoreKey | None:
    """The marker's key from the keyring; None when the keyring has no (fitting) key.
    Raises :class:`KeyringUnavailableError` when there is no safe keyring to ask."""
    secret = os_keyring.get_secret(PURPOSE, keyring_user(marker.key_id))
    if not secret:
        return None
    try:
        key = StoreKey(marker.key_id, bytes.fromhex(secret))
    except ValueError:
        key = None
    if key is None or len(key.raw) != KEY_BYTES or not marker.fits(key):
        log.warning("the keyring's entry for key %s does not fit its marker", marker.key_id)
        return None
    return key


def to_keyring(key: StoreKey) -> None:
    """Keep the key in the keyring (read back: a backend that keeps nothing is refused)."""
    os_keyring.set_secret(PURPOSE, keyring_user(key.key_id), key.raw.hex())


def remove_from_keyring(key_id: str) -> None:
    os_keyring.delete_secret(PURPOSE, keyring_user(key_id))


def folder_key(data_dir: Path) -> StoreKey:
    """The key of the data folder's files: remembered, or read from the keyring. Raises
    :class:`StoreKeyMissingError` (the recovery passphrase brings it back)."""
    marker = read_marker(data_dir)
    if marker is None:
        raise StoreKeyMissingError(
            f"De bestanden in {data_dir} zijn versleuteld, maar de gegevens over de sleutel "
            f"({MARKER_NAME}) ontbreken of zijn beschadigd.",
            None,
        )
    with _cache_lock:
        cached = _cache.get(marker.key_id)
    if cached is not None and marker.fits(cached):
        return cached
    where = "de sleutel staat niet in de sleutelbos van deze computer"
    try:
        key = from_keyring(marker)
    except KeyringUnavailableError as exc:
        key, where = None, f"de sleutel is niet bereikbaar: {exc.reason}"
    if key is None:
        raise StoreKeyMissingError(
            f"De database in {data_dir} is versleuteld en {where}. Open haar met het "
            "herstelwachtwoord dat je bij het inschakelen van de versleuteling hebt opgeschreven.",
            Path(data_dir),
        )
    remember(key)
    return key


def keys_for(path: Path) -> tuple[list[StoreKey], StoreKey | None]:
    """The keys to try on an encrypted file, and the one its data folder's marker vouches
    for (None for a file outside such a folder). Raises :class:`StoreKeyMissingError` when
    the folder's key is not at hand."""
    folder = data_folder_of(path)
    own = folder_key(folder) if folder is not None else None
    others = [key for key in remembered() if own is None or key.key_id != own.key_id]
    return ([own] if own else []) + others, own


def applies(path: Path) -> bool:
    """Whether a file that is not plain SQLite may be one of ours, encrypted: a key is at
    hand, or the file's data folder has a marker."""
    return bool(remembered()) or data_folder_of(path) is not None


# --- the recovery passphrase -------------------------------------------------------------------
_SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")


def normalise_passphrase(text: str) -> str:
    """A passphrase of list words as one form, however it was written down and typed back
    ("Tulip  Lemon-ROBOT" is "tulip-lemon-robot"); any other passphrase as typed, trimmed."""
    from jobhunter.services.handover.identity import wordlist

    stripped = (text or "").strip()
    words = [word for word in _SEPARATORS.split(stripped.lower()) if word]
    known = set(wordlist())
    if words and all(word in known for word in words):
        return "-".join(words)
    return stripped


def generate_passphrase() -> str:
    """Six words of the EFF list (about 77 bits), as for a handover packet."""
    from jobhunter.services.handover.identity import generate_passphrase as words

    return words()


def check_passphrase(passphrase: str) -> str:
    """The passphrase if it is strong enough (the handover rule), else ValidationError."""
    from jobhunter.services.handover.identity import check_passphrase as rule

    return rule(normalise_passphrase(passphrase))


def lock_key(key: StoreKey, passphrase: str) -> bytes:
    """The key encrypted with the recovery passphrase (age, scrypt: about a second)."""
    import pyrage

    payload = json.dumps({"key_id": key.key_id, "key": key.raw.hex()}).encode("ascii")
    return bytes(pyrage.passphrase.encrypt(payload, normalise_passphrase(passphrase)))


def unlock_key(marker: Marker, passphrase: str) -> StoreKey:
    """The key the marker's recovery copy holds; :class:`RecoveryError` for a wrong
    passphrase or a damaged copy."""
    import pyrage

    try:
        payload = pyrage.passphrase.decrypt(marker.recovery, normalise_passphrase(passphrase))
    except pyrage.DecryptError:
        raise RecoveryError(
            "Dit herstelwachtwoord klopt niet. Typ het over zoals je het hebt opgeschreven "
            "(hoofdletters en streepjes tussen de woorden maken niet uit)."
        ) from None
    try:
        data = json.loads(bytes(payload))
        key = StoreKey(str(data["key_id"]), bytes.fromhex(str(data["key"])))
    except (ValueError, KeyError, TypeError):
        key = None
    if key is None or not marker.fits(key):
        raise RecoveryError(
            f"De herstelgegevens in {MARKER_NAME} zijn beschadigd; zet een kopie van dat "
            "bestand terug (ook in de map backups)."
        )
    return key


def new_marker(key: StoreKey, passphrase: str, made: datetime) -> Marker:
    return Marker(key.key_id, key.check, lock_key(key, passphrase), made.isoformat())


@dataclass(frozen=True, slots=True)
class Recovered:
    key: StoreKey
    #: None when the key is back in the keyring; else why not (it then lasts this session)
    keyring_problem: str | None


def recover(data_dir: Path, passphrase: str) -> Recovered:
    """Open the folder's key with the recovery passphrase and put it back in the keyring.
    Without a safe keyring the key is used for this session only (``keyring_problem``)."""
    marker = read_marker(data_dir)
    if marker is None:
        raise RecoveryError(
            f"Er zijn geen herstelgegevens ({MARKER_NAME}) in {data_dir}; zonder die kan het "
            "herstelwachtwoord de database niet openen."
        )
    key = unlock_key(marker, passphrase)
    remember(key)
    problem = None
    try:
        to_keyring(key)
    except KeyringUnavailableError as exc:
        problem = exc.reason
        log.warning("recovered key kept for this session only: no safe keyring")
    log.info("database key %s recovered with the recovery passphrase", key.key_id)
    return Recovered(key, problem)
