"""Field rules shared by the services; each raises ValidationError with a Dutch message.

These are the rules of particular fields (an e-mail address, a phone number, a postcode);
the limits every text and date share (length, characters that cannot be stored, years
1900-2200) are checked for every column in ``input_limits``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TypeVar

from jobhunter.services.errors import ValidationError
from jobhunter.services.input_limits import check_date

_D = TypeVar("_D", bound=date | None)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
# Dutch numbers (06-12345678, 010 123 4567) and international ones (+31 6 1234 5678).
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{8,18}[0-9]$")
_POSTCODE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")


def required_text(value: str | None, label: str, field: str, message: str | None = None) -> str:
    """The text without surrounding blanks; empty is refused with "<label> is verplicht.",
    or with ``message`` where that reads wrong ("Wat er besproken is is verplicht.")."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(message or f"{label} is verplicht.", field)
    return text


def optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def email(value: str | None, field: str = "email") -> str | None:
    text = optional_text(value)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError(f"'{text}' is geen geldig e-mailadres.", field)
    return text


def phone(value: str | None, field: str = "phone") -> str | None:
    """A phone number as typed (digits, spaces, hyphens, brackets, a leading +) that is a
    number in use: a Dutch one (06-12345678, 010 123 4567) or an international one
    (+32 470 12 34 56), checked against the numbering plans by ``phonenumbers``."""
    text = optional_text(value)
    if text is not None:
        digits = re.sub(r"\D", "", text)
        if not _PHONE.match(text) or not 10 <= len(digits) <= 15 or not _dialable(text):
            raise ValidationError(
                f"'{text}' is geen geldig telefoonnummer (bijvoorbeeld 06-12345678 of "
                "+32 470 12 34 56).",
                field,
            )
    return text


def _dialable(text: str) -> bool:
    import phonenumbers  # its tables load on first use, not at start-up

    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def postcode(value: str | None, field: str = "postcode") -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    if not _POSTCODE.match(text):
        raise ValidationError(f"'{text}' is geen geldige postcode (bijvoorbeeld 1234 AB).", field)
    return f"{text[:4]} {text[-2:].upper()}"


def percentage(value: int | None, label: str, field: str) -> int | None:
    if value is not None and not 0 <= value <= 100:
        raise ValidationError(f"{label} moet tussen 0 en 100 % liggen.", field)
    return value


def int_range(value: int | None, low: int, high: int, label: str, field: str) -> int | None:
    if value is not None and not low <= value <= high:
        raise ValidationError(f"{label} moet tussen {low} en {high} liggen.", field)
    return value


def sane_date(value: _D, label: str, field: str) -> _D:
    """A date (or time) within the years the program and a calendar can handle."""
    if value is not None:
        check_date(value, field, label)
    return value


def date_order(start: date | None, end: date | None, field: str = "end_date") -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("De einddatum ligt vóór de begindatum.", field)
