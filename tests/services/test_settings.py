"""The user's settings in the store: any JSON under a key, and the profile that signs every
printed document."""

from __future__ import annotations

import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobhunter.services.errors import ValidationError
from jobhunter.services.settings import SettingsService, UserProfile
from jobhunter.services.store import Store

#: text the store keeps (input limits refuse NUL and lone surrogates, as typed input cannot
#: hold them)
TEXT = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(alphabet=TEXT, max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet=TEXT, max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def test_the_profile_is_empty_until_saved_and_says_what_a_document_misses(store: Store) -> None:
    settings = SettingsService(store)
    profile = settings.profile()
    assert profile == UserProfile()
    assert profile.missing == ["naam", "telefoonnummer"]
    saved = settings.save_profile(
        name="  Ĳsbrand de Vries ", phone="06-12345678", email="", organisation="Werkplein"
    )
    assert saved.name == "Ĳsbrand de Vries" and saved.missing == []
    assert settings.profile() == saved
    assert saved.author_line == "Ĳsbrand de Vries · 06-12345678 · Werkplein"
    assert SettingsService(store).profile().name == "Ĳsbrand de Vries"  # stored, not cached


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "bel me", "geen geldig telefoonnummer"),
        ("email", "ijsbrand@", "geen geldig e-mailadres"),
    ],
)
def test_a_wrong_phone_or_email_is_refused_in_dutch_and_nothing_changes(
    store: Store, field: str, value: str, message: str
) -> None:
    settings = SettingsService(store)
    settings.save_profile(name="Sanne", phone="06-12345678")
    with pytest.raises(ValidationError, match=message):
        settings.save_profile(name="Sanne", **{field: value})
    assert settings.profile().phone == "06-12345678"


def test_a_damaged_stored_profile_reads_as_empty_fields(store: Store) -> None:
    settings = SettingsService(store)
    settings.set("profile", {"name": 42, "phone": "06-12345678", "unknown": "x"})
    assert settings.profile() == UserProfile(phone="06-12345678")
    settings.set("profile", ["not", "a", "profile"])
    assert settings.profile() == UserProfile()


def test_any_json_value_round_trips_under_its_key(store: Store) -> None:
    settings = SettingsService(store)

    @hypothesis.settings(deadline=None, max_examples=40)
    @given(value=JSON)
    def round_trip(value: object) -> None:
        settings.set("retention", value)
        settings.set("retention", value)  # replacing keeps one row
        assert settings.get("retention", "unset") == (value if value is not None else "unset")

    round_trip()
    assert settings.get("missing", "default") == "default"
