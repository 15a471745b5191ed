"""The user's own handover key, colleagues' keys, and passphrases.

The key pair is made on first use; the secret half lives only in the operating system's
keyring (``os_keyring``), never in a file of ours. A keyring that is missing, locked,
dismissed or unsafe is reported as :class:`KeyringUnavailableError` with a Dutch message, and
the caller offers passphrase mode instead.

``keyring`` and ``pyrage`` are imported on first use, never at start-up.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from sqlalchemy import select

from jobhunter.models import Setting
from jobhunter.services import os_keyring
from jobhunter.services.base import Service
from jobhunter.services.errors import ValidationError
from jobhunter.services.os_keyring import KeyringUnavailableError as KeyringUnavailableError

KEYRING_SERVICE = os_keyring.SERVICE
KEYRING_USER = "overdrachtssleutel"
PURPOSE = os_keyring.Purpose("je overdrachtssleutel", "gebruik een wachtwoord voor de overdracht")
COLLEAGUES_KEY = "handover_colleagues"
PUBLIC_KEY_RE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")

#: a generated passphrase: this many words from the EFF long list (12.9 bits each)
GENERATED_WORDS = 6
#: an own passphrase needs this much estimated strength; scrypt slows every guess down,
#: but a packet may be kept by whoever intercepted it for years
MIN_BITS = 60
MIN_LENGTH = 16


# --- keys ----------------------------------------------------------------------------------
def valid_public_key(text: str) -> str:
    """A colleague's ``age1…`` key, trimmed and checked, or :class:`ValidationError`."""
    key = (text or "").strip()
    if not PUBLIC_KEY_RE.match(key):
        raise ValidationError(
            "Dat is geen geldige overdrachtssleutel: die begint met age1 en is 62 tekens lang.",
            "public_key",
        )
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(key)
    except pyrage.RecipientError:
        raise ValidationError(
            "Die overdrachtssleutel klopt niet (een teken verkeerd overgenomen?).", "public_key"
        ) from None
    return key


def public_key_of(secret: str) -> str:
    import pyrage

    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def read_identity_file(text: str) -> list[str]:
    """The secret keys in an age identity file as made by ``age-keygen``."""
    import pyrage

    keys = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            pyrage.x25519.Identity.from_str(line)
        except pyrage.IdentityError:
            raise ValidationError(
                "Het sleutelbestand bevat geen geldige age-sleutel (AGE-SECRET-KEY-1…)."
            ) from None
        keys.append(line)
    if not keys:
        raise ValidationError("Het sleutelbestand bevat geen age-sleutel (AGE-SECRET-KEY-1…).")
    return keys


def own_secret(create: bool = True) -> str | None:
    """The user's secret key from the keyring, made and stored on first use (``create``)."""
    secret = os_keyring.get_secret(PURPOSE, KEYRING_USER)
    if secret or not create:
        return secret
    import pyrage

    secret = str(pyrage.x25519.Identity.generate())
    os_keyring.set_secret(PURPOSE, KEYRING_USER, secret)
    return secret


def own_public_key() -> str:
    """The user's public key (``age1…``) to give to colleagues; made on first use."""
    secret = own_secret(create=True)
    assert secret is not None
    return public_key_of(secret)


# --- colleagues ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Colleague:
    name: str
    public_key: str


class ColleagueService(Service):
    """The small list of colleagues (name and key) the user hands cases to."""

    def list(self) -> list[Colleague]:
        with self.store.session() as session:
            setting = session.scalar(select(Setting).where(Setting.key == COLLEAGUES_KEY))
            value = setting.value if setting is not None else []
        out = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and PUBLIC_KEY_RE.match(str(item.get("public_key", ""))):
                out.append(Colleague(str(item.get("name", "")), str(item["public_key"])))
        return sorted(out, key=lambda c: c.name.casefold())

    def save(self, name: str, public_key: str) -> Colleague:
        """Add a colleague, or rename the one with this key."""
        name = (name or "").strip()
        if not name:
            raise ValidationError("Geef de naam van je collega.", "name")
        if len(name) > 200:
            raise ValidationError("De naam is te lang.", "name")
        key = valid_public_key(public_key)
        colleagues = [c for c in self.list() if c.public_key != key]
        if any(c.name.casefold() == name.casefold() for c in colleagues):
            raise ValidationError(f"Er staat al een collega {name} in de lijst.", "name")
        colleagues.append(Colleague(name, key))
        self._store(colleagues)
        return Colleague(name, key)

    def remove(self, public_key: str) -> None:
        self._store([c for c in self.list() if c.public_key != public_key])

    def _store(self, colleagues: Sequence[Colleague]) -> None:
        value = [{"name": c.name, "public_key": c.public_key} for c in colleagues]
        with self.store.session() as session:
            setting = session.scalar(select(Setting).where(Setting.key == COLLEAGUES_KEY))
            if setting is None:
                session.add(Setting(key=COLLEAGUES_KEY, value=value))
            else:
                setting.value = value
            self._audit_event(session, "update", "setting", None, "collega's voor overdracht")


# --- passphrases ---------------------------------------------------------------------------
@cache
def wordlist() -> tuple[str, ...]:
    """The EFF long word list (7,776 words, CC BY 3.0; see resources/wordlists)."""
    text = (files("jobhunter") / "resources" / "wordlists" / "eff_large_wordlist.txt").read_text(
        encoding="utf-8"
    )
    return tuple(line.split("\t")[1].strip() for line in text.splitlines() if "\t" in line)


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """Words easy to read out over the phone, joined by hyphens (about 77 bits for six);
    the list's few words with a hyphen of their own (yo-yo) are left out."""
    pool = [word for word in wordlist() if word.isalpha()]
    return "-".join(secrets.choice(pool) for _ in range(words))


#: words people pick for passwords (Dutch and English): worth a few bits, not a dictionary pick
_COMMON = frozenset(
    [
        "wachtwoord",
        "welkom",
        "geheim",
        "password",
        "passwd",
        "jobhunter",
        "overdracht",
        "zomer",
        "winter",
        "lente",
        "herfst",
        "voetbal",
        "ajax",
        "feyenoord",
        "psv",
        "qwerty",
        "azerty",
        "admin",
        "letmein",
        "iloveyou",
        "monkey",
        "dragon",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "master",
        "hallo",
        "test",
    ]
)
_KEYBOARD_RUNS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")


def estimate_bits(passphrase: str) -> float:
    """A cautious estimate of a passphrase's strength in bits.

    Words from the word list count as one pick each (12.9 bits); any other run of
    characters counts per character by the kinds of characters used, with repeats,
    keyboard and alphabet runs counted once. Deliberately pessimistic about the usual
    tricks (Welkom2024!) and fair to a few random words.
    """
    words = set(wordlist())
    bits = 0.0
    for token in re.split(r"[\s\-_.,;:/+]+", passphrase.strip().lower()):
        if not token:
            continue
        period = next(
            p for p in range(1, len(token) + 1) if (token[:p] * len(token))[: len(token)] == token
        )
        token = token[:period]  # "abcabcabc" is no stronger than "abc"
        if token in words:
            bits += math.log2(len(words))
            continue
        common = next((w for w in _COMMON if w in token), None)
        if common is not None:
            bits += 6
            token = token.replace(common, "")
        letters = re.sub(r"[^a-z]", "", token)
        if len(letters) >= 4 and any(letters[i:] in words for i in range(len(letters) - 3)):
            bits += math.log2(len(words)) / 2  # a known word with a little decoration
            token = re.sub(r"[a-z]", "", token)
        pool = 0
        pool += 26 if re.search(r"[a-z]", token) else 0
        pool += 10 if re.search(r"[0-9]", token) else 0
        pool += 33 if re.search(r"[^a-z0-9]", token) else 0
        if not pool:
            continue
        effective = 0
        previous = ""
        for ch in token:
            pair = previous + ch
            if not (ch == previous or any(pair in run for run in _KEYBOARD_RUNS)):
                effective += 1
            previous = ch
        bits += effective * math.log2(pool)
    return bits


def check_passphrase(passphrase: str) -> str:
    """The passphrase, or :class:`ValidationError` that explains the rule."""
    text = passphrase or ""
    if len(text) < MIN_LENGTH:
        raise ValidationError(
            f"Dit wachtwoord is te kort ({len(text)} tekens). Gebruik minstens {MIN_LENGTH} "
            "tekens, het liefst vijf of zes losse woorden, of neem het voorgestelde wachtwoord.",
            "passphrase",
        )
    bits = estimate_bits(text)
    if bits < MIN_BITS:
        raise ValidationError(
            f"Dit wachtwoord is te makkelijk te raden (geschat {bits:.0f} bits; nodig: "
            f"{MIN_BITS}). Bekende woorden, jaartallen en toetsenbordreeksen tellen weinig mee: "
            "kies vijf of zes willekeurige woorden, of neem het voorgestelde wachtwoord.",
            "passphrase",
        )
    return text
