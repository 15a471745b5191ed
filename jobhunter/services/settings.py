"""The user's settings kept in the store: JSON under a key, and the user's own profile.

Settings that belong with the data (who the jobhunter is, how long records are kept) live
in the ``setting`` table, so they travel with a backup; window geometry and the like stay
in ``settings.ini``. The profile (key ``"profile"``) signs every printed document.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Setting
from jobhunter.services import validation as v
from jobhunter.services.base import Service

PROFILE_KEY = "profile"


@dataclass(frozen=True, slots=True)
class UserProfile:
    """The jobhunter as printed on a document's footer and a profile's contact line."""

    name: str = ""
    phone: str = ""
    email: str = ""
    organisation: str = ""

    #: what a document needs before it can be handed over, with the Dutch field name
    REQUIRED = (("name", "naam"), ("phone", "telefoonnummer"))

    @property
    def missing(self) -> list[str]:
        """The Dutch names of the fields a printed document needs and lacks."""
        return [dutch for name, dutch in self.REQUIRED if not getattr(self, name).strip()]

    @property
    def author_line(self) -> str:
        """ "Sanne de Vries · 06-12345678 · Werkplein Rijnmond"; empty parts left out."""
        return " · ".join(p for p in (self.name, self.phone, self.organisation) if p)

    @classmethod
    def from_stored(cls, value: Any) -> UserProfile:
        """A profile from what is stored; anything damaged or unknown is left empty."""
        if not isinstance(value, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(value[k]) for k in known if isinstance(value.get(k), str)})


def stored_setting(session: Session, key: str) -> Any:
    """The stored value under ``key`` inside the caller's session; None when unset."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def profile_in(session: Session) -> UserProfile:
    """The user's profile, read inside the caller's session (a document reads it with the
    records it prints)."""
    return UserProfile.from_stored(stored_setting(session, PROFILE_KEY))


class SettingsService(Service):
    """Read and write settings; each call is one short transaction."""

    def get(self, key: str, default: Any = None) -> Any:
        with self.store.session() as session:
            value = stored_setting(session, key)
        return default if value is None else value

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``, replacing what was there."""
        with self.store.session() as session:
            setting = session.scalar(select(Setting).where(Setting.key == key))
            if setting is None:
                setting = Setting(key=key, value=value)
                session.add(setting)
                session.flush()
            else:
                setting.value = value
            self._audit(session, "update", setting, key)

    def profile(self) -> UserProfile:
        return UserProfile.from_stored(self.get(PROFILE_KEY))

    def save_profile(
        self, *, name: str = "", phone: str = "", email: str = "", organisation: str = ""
    ) -> UserProfile:
        """Check and store the user's profile; every field may stay empty."""
        profile = UserProfile(
            name=v.optional_text(name) or "",
            phone=v.phone(phone) or "",
            email=v.email(email) or "",
            organisation=v.optional_text(organisation) or "",
        )
        self.set(PROFILE_KEY, asdict(profile))
        return profile
