"""Why a packet was refused: one class per cause, each with its own Dutch message.

The store is never touched before a packet has passed every check, so each of these
leaves it exactly as it was.
"""

from __future__ import annotations


class PacketError(Exception):
    """A handover packet cannot be used; ``str()`` is one Dutch line for the user."""

    default = "Dit overdrachtspakket kan niet worden gebruikt."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default)


class NotAPacketError(PacketError):
    default = (
        "Dit bestand is geen Jobhunter-overdrachtspakket. Kies het overdrachtspakket (.age) "
        "dat je collega stuurde."
    )


class TruncatedPacketError(PacketError):
    default = (
        "Het overdrachtspakket is onvolledig (afgebroken tijdens kopiëren of downloaden). "
        "Vraag je collega het opnieuw te sturen."
    )


class DamagedPacketError(PacketError):
    default = (
        "Het overdrachtspakket is beschadigd of veranderd na het versleutelen en wordt niet "
        "gebruikt. Vraag je collega het opnieuw te sturen."
    )


class WrongPassphraseError(PacketError):
    default = (
        "Het wachtwoord klopt niet. Controleer het bij je collega (let op spaties en "
        "streepjes) en probeer het opnieuw."
    )


class NotForYouError(PacketError):
    default = (
        "Dit overdrachtspakket is niet voor jouw sleutel versleuteld. Stuur je collega je "
        "overdrachtssleutel (age1…) en vraag een nieuw pakket."
    )


class PassphraseNeededError(PacketError):
    default = "Dit overdrachtspakket is met een wachtwoord beveiligd; geef het wachtwoord."


class KeyNeededError(PacketError):
    default = (
        "Dit overdrachtspakket is voor een sleutel versleuteld, niet met een wachtwoord; "
        "open het met je overdrachtssleutel."
    )


class PacketTooNewError(PacketError):
    default = (
        "Dit overdrachtspakket komt uit een nieuwere versie van Jobhunter. Werk Jobhunter bij "
        "en open het daarna opnieuw."
    )


class ImportConflictError(PacketError):
    """The packet is sound but cannot be applied to this store as decided (a rule of the
    store would break); nothing was changed."""
