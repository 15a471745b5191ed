"""The age envelope around a packet: encrypting, and telling apart why decryption failed.

All cryptography is pyrage's (age). This module only reads the plain-text header lines
(which recipient kinds the file is for) and the payload's length, to say *why* age refused
a file: pyrage raises one exception type with a handful of messages.

Packets are padded to whole 64 KiB chunks (see ``packet.py``), so a payload whose length is
off the chunk grid was cut short; an altered byte keeps the length and fails
authentication instead.

Passphrase work (scrypt) holds Python's global lock for about a second: the window runs it
in a worker process (``worker.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jobhunter.services.handover.errors import (
    DamagedPacketError,
    KeyNeededError,
    NotAPacketError,
    NotForYouError,
    PacketError,
    PassphraseNeededError,
    TruncatedPacketError,
    WrongPassphraseError,
)

MAGIC = b"age-encryption.org/v1\n"
ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
CHUNK = 64 * 1024
ENCRYPTED_CHUNK = CHUNK + 16
NONCE = 16
MAX_HEADER = 64 * 1024


@dataclass(frozen=True, slots=True)
class Envelope:
    """What the plain-text age header says."""

    #: recipient stanza types, lower case ("x25519", "scrypt", ...)
    kinds: tuple[str, ...]
    payload_length: int

    @property
    def passphrase(self) -> bool:
        return "scrypt" in self.kinds

    @property
    def on_grid(self) -> bool:
        """Whether the payload is whole chunks, as every packet Jobhunter writes is."""
        body = self.payload_length - NONCE
        return body >= ENCRYPTED_CHUNK and body % ENCRYPTED_CHUNK == 0


def read_envelope(data: bytes) -> Envelope:
    """Parse the age header; refuse what is no age file, or a header cut short."""
    if not data:
        raise TruncatedPacketError("Het bestand is leeg; het overdrachtspakket is niet (helemaal) "
                              "aangekomen. Vraag je collega het opnieuw te sturen.")  # fmt: skip
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise TruncatedPacketError()
        if data.startswith(b"age-encryption.org/"):
            raise DamagedPacketError()
        raise NotAPacketError()
    offset = len(MAGIC)
    kinds: list[str] = []
    while True:
        end = data.find(b"\n", offset, offset + MAX_HEADER)
        if end < 0:
            if len(data) - offset < MAX_HEADER:
                raise TruncatedPacketError()
            raise DamagedPacketError()
        line = data[offset:end]
        offset = end + 1
        if line.startswith(b"--- "):
            break
        if line.startswith(b"-> "):
            parts = line[3:].split(b" ")
            try:
                kinds.append(parts[0].decode("ascii").lower())
            except UnicodeDecodeError:
                raise DamagedPacketError() from None
        elif len(line) > 64 or not line.isascii():
            raise DamagedPacketError()
        if offset > MAX_HEADER:
            raise DamagedPacketError()
    if not kinds:
        raise DamagedPacketError()
    return Envelope(tuple(kinds), len(data) - offset)


def _refusal(envelope: Envelope, message: str) -> PacketError:
    if "truncated" in message or "fill whole buffer" in message:
        return TruncatedPacketError()
    if "No matching keys" in message or "Decryption failed" in message:
        return WrongPassphraseError() if envelope.passphrase else NotForYouError()
    if "decryption error" in message and not envelope.on_grid:
        return TruncatedPacketError()
    return DamagedPacketError()


def encrypt_to(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt for age public keys (``age1…``); fast, no key derivation."""
    import pyrage

    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    return bytes(pyrage.encrypt(plaintext, keys))


def encrypt_with_passphrase(plaintext: bytes, passphrase: str) -> bytes:
    """Encrypt with a passphrase (scrypt: about a second, holding the GIL)."""
    import pyrage

    return bytes(pyrage.passphrase.encrypt(plaintext, passphrase))


def decrypt(data: bytes, *, identities: Sequence[str] = (), passphrase: str | None = None) -> bytes:
    """Decrypt a packet with secret keys (``AGE-SECRET-KEY-1…``) or a passphrase; every
    failure is a :class:`PacketError` that says why."""
    import pyrage

    envelope = read_envelope(data)
    if envelope.passphrase:
        if passphrase is None:
            raise PassphraseNeededError()

        def decrypt_call() -> Any:
            return pyrage.passphrase.decrypt(data, passphrase)
    else:
        if not identities:
            raise KeyNeededError() if passphrase is not None else NotForYouError()
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
        decrypt_call = lambda: pyrage.decrypt(data, keys)  # noqa: E731
    try:
        return bytes(decrypt_call())
    except pyrage.DecryptError as exc:
        raise _refusal(envelope, str(exc)) from None
