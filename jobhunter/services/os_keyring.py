"""Secrets kept in the operating system's keyring, and only in a keyring that keeps them safe.

Used for the user's handover key (``handover.identity``) and the store's encryption key
(``encryption.keys``). A keyring that is missing, locked or dismissed is reported as
:class:`KeyringUnavailableError` with a Dutch message that says what the secret was for and
what to do instead. A backend that stores secrets as plain text (keyrings.alt's
PlaintextKeyring and its kind) or keeps nothing (the null backend) is refused the same way.

``keyring`` is imported on first use, never at start-up.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

#: the keyring's service name for every secret of Jobhunter
SERVICE = "Jobhunter"


class KeyringUnavailableError(Exception):
    """No safe keyring to keep a secret in; the message (Dutch) says why and what to do,
    ``reason`` only why ("de sleutelbos is vergrendeld ...")."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True, slots=True)
class Purpose:
    """What a secret is for, in the words of the messages about it."""

    #: the secret as the subject of a sentence, lower case: "je overdrachtssleutel"
    secret: str
    #: what to do without it, lower case, no full stop: "gebruik een wachtwoord voor ..."
    otherwise: str

    def sentence(self, text: str) -> str:
        return text[:1].upper() + text[1:]


def _plain_text(backend: Any) -> bool:
    """Whether a keyring backend keeps secrets readable on disk (or keeps nothing)."""
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}".lower()
    if "plaintext" in name or name.startswith("keyring.backends.null"):
        return True
    return name.startswith("keyrings.alt") and "encrypted" not in name and "file" in name


def backend(purpose: Purpose) -> Any:
    """The keyring backend, refused when there is none or when it keeps plain text."""
    import keyring
    from keyring.backends import chainer, fail

    chosen = keyring.get_keyring()
    parts = list(chosen.backends) if isinstance(chosen, chainer.ChainerBackend) else [chosen]
    parts = [b for b in parts if not isinstance(b, fail.Keyring)]
    if not parts:
        raise KeyringUnavailableError(
            "Er is geen sleutelbos van het besturingssysteem beschikbaar om "
            f"{purpose.secret} veilig te bewaren. {purpose.sentence(purpose.otherwise)}.",
            "er is geen sleutelbos van het besturingssysteem",
        )
    if any(_plain_text(b) for b in parts):
        raise KeyringUnavailableError(
            "De sleutelbos op deze computer bewaart geheimen als leesbare tekst; daar komt "
            f"{purpose.secret} niet in. {purpose.sentence(purpose.otherwise)}.",
            "de sleutelbos op deze computer bewaart geheimen als leesbare tekst",
        )
    return chosen


def unavailable(exc: BaseException, purpose: Purpose) -> KeyringUnavailableError:
    """A keyring failure said as the user can act on it."""
    from keyring import errors

    if isinstance(exc, errors.KeyringLocked):
        why = "de sleutelbos is vergrendeld of het ontgrendelen werd afgebroken"
    elif isinstance(exc, errors.NoKeyringError):
        why = "er is geen sleutelbos beschikbaar"
    elif isinstance(exc, errors.InitError):
        why = "de sleutelbos kon niet worden geopend"
    else:
        why = "de sleutelbos gaf een fout"
    return KeyringUnavailableError(
        f"{purpose.sentence(purpose.secret)} is niet bereikbaar: {why}. Ontgrendel de "
        f"sleutelbos en probeer het opnieuw, of {purpose.otherwise}.",
        why,
    )


def call(purpose: Purpose, function: Any, *args: Any) -> Any:
    """Call a keyring function; its failures become :class:`KeyringUnavailableError`."""
    from keyring import errors

    try:
        return function(*args)
    except errors.KeyringError as exc:
        raise unavailable(exc, purpose) from None
    except (OSError, RuntimeError) as exc:  # a D-Bus or platform failure below keyring
        raise unavailable(exc, purpose) from None


def get_secret(purpose: Purpose, user: str) -> str | None:
    """The secret stored under ``user``; None when there is none."""
    chosen = backend(purpose)
    secret = call(purpose, chosen.get_password, SERVICE, user)
    return str(secret) if secret else None


def set_secret(purpose: Purpose, user: str, secret: str) -> None:
    """Store a secret and read it back: a backend that silently keeps nothing is refused."""
    chosen = backend(purpose)
    call(purpose, chosen.set_password, SERVICE, user, secret)
    if call(purpose, chosen.get_password, SERVICE, user) != secret:
        raise KeyringUnavailableError(
            f"De sleutelbos bewaarde {purpose.secret} niet. {purpose.sentence(purpose.otherwise)}."
        )


def delete_secret(purpose: Purpose, user: str) -> None:
    """Remove a secret; one that is not there is no error."""
    from keyring import errors

    chosen = backend(purpose)

    def delete() -> None:
        with suppress(errors.PasswordDeleteError):  # nothing stored under that name
            chosen.delete_password(SERVICE, user)

    call(purpose, delete)
