"""Every way a packet can be wrong is refused with its own Dutch message, and the store stays
exactly as it was: altered bytes, truncation, wrong key or passphrase, a newer format, a
file that is no packet, and hostile contents inside a validly encrypted packet."""

from __future__ import annotations

import io
import json
import random
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobhunter.services.clock import FixedClock
from jobhunter.services.handover import crypto, packet
from jobhunter.services.handover.errors import (
    DamagedPacketError,
    NotAPacketError,
    NotForYouError,
    PacketError,
    PacketTooNewError,
    PassphraseNeededError,
    TruncatedPacketError,
    WrongPassphraseError,
)
from jobhunter.services.handover.schema import column_kinds, table_by_name
from jobhunter.services.handover.service import (
    ExportRequest,
    HandoverService,
    Protection,
)
from jobhunter.services.store import Store
from tests.services.handover.conftest import (
    Key,
    client_ids,
    dump,
    plain_packet,
    repack,
    seal,
)


@pytest.fixture
def plain(sender: Store, clock: FixedClock, key: Key) -> bytes:
    """A small packet's plain ZIP."""
    request = ExportRequest(client_ids(sender, 2), Protection("Collega", public_key=key.public))
    plaintext, _manifest, _notes = HandoverService(sender, clock).build(request)
    return plaintext


@pytest.fixture
def sealed(plain: bytes, key: Key) -> bytes:
    return seal(plain, key)


def _refused(store: Store, clock: FixedClock, data: bytes, **kwargs: Any) -> PacketError:
    """Read and apply must fail with a PacketError, and the store must not change."""
    before = dump(store)
    service = HandoverService(store, clock)
    with pytest.raises(PacketError) as caught:
        service.apply(service.read(data, **kwargs))
    assert dump(store) == before
    assert "\n" not in str(caught.value) and str(caught.value)
    return caught.value


def test_a_sound_packet_is_accepted(receiver: Store, clock, sealed: bytes, key: Key) -> None:
    # the other tests only mean something if the untouched packet goes in
    service = HandoverService(receiver, clock)
    _, result = service.apply(service.read(sealed, identities=[key.secret]))
    assert result.new > 0


def test_padding_puts_every_packet_on_the_chunk_grid(sealed: bytes) -> None:
    assert crypto.read_envelope(sealed).on_grid


def test_truncation_at_many_lengths_is_reported_as_truncated(
    receiver: Store, clock: FixedClock, sealed: bytes, key: Key
) -> None:
    header_end = sealed.index(b"\n---") + 1
    payload = sealed.index(b"\n", header_end) + 1
    lengths = {
        0,
        1,
        5,
        len(crypto.MAGIC) - 1,
        len(crypto.MAGIC) + 3,
        header_end - 1,
        header_end + 2,
        payload,
        payload + 8,
        payload + 16,
        payload + 100,
        payload + 16 + crypto.ENCRYPTED_CHUNK,
        len(sealed) - 1,
        len(sealed) - 17,
        len(sealed) - 16,
        len(sealed) - crypto.ENCRYPTED_CHUNK,
    }
    rng = random.Random(12)
    lengths |= {rng.randrange(1, len(sealed)) for _ in range(30)}
    for length in sorted(n for n in lengths if 0 <= n < len(sealed)):
        error = _refused(receiver, clock, sealed[:length], identities=[key.secret])
        assert isinstance(error, TruncatedPacketError), (length, error)


def test_an_altered_byte_anywhere_is_refused(
    receiver: Store, clock: FixedClock, sealed: bytes, key: Key
) -> None:
    payload = sealed.index(b"\n", sealed.index(b"\n---") + 1) + 1
    rng = random.Random(7)
    positions = {
        0,
        10,
        30,
        60,
        payload - 5,
        payload,
        payload + 20,
        len(sealed) // 2,
        len(sealed) - 1,
    } | {rng.randrange(len(sealed)) for _ in range(25)}
    for position in sorted(positions):
        altered = bytearray(sealed)
        altered[position] ^= 0x20
        error = _refused(receiver, clock, bytes(altered), identities=[key.secret])
        assert not isinstance(error, TruncatedPacketError), position
        if position >= payload:
            assert isinstance(error, DamagedPacketError), (position, error)


def test_a_packet_for_someone_else_says_so(
    receiver: Store, clock: FixedClock, sealed: bytes
) -> None:
    error = _refused(receiver, clock, sealed, identities=[Key().secret])
    assert isinstance(error, NotForYouError)
    assert "niet voor jouw sleutel" in str(error)


def test_a_passphrase_packet_wrong_and_right(
    receiver: Store, clock: FixedClock, plain: bytes
) -> None:
    # one scrypt packet for all passphrase cases (key derivation takes about a second)
    data = crypto.encrypt_with_passphrase(plain, "lemon-stadium-quarry-dwelling-aerobics")
    assert isinstance(_refused(receiver, clock, data, passphrase="lemon"), WrongPassphraseError)
    assert isinstance(_refused(receiver, clock, data), PassphraseNeededError)
    service = HandoverService(receiver, clock)
    read = service.read(data, passphrase="lemon-stadium-quarry-dwelling-aerobics")
    assert read.contents.manifest["format"] == packet.FORMAT


def _rebuild(plain: bytes, change: Any) -> bytes:
    """Unpack a packet's ZIP, let ``change`` edit its parts, and pack it again as a sender
    would (hashes recomputed): only the content is wrong, never the envelope."""
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        manifest = json.loads(zf.read(packet.MANIFEST))
        records = {
            name[len("records/") : -5]: json.loads(zf.read(name))
            for name in zf.namelist()
            if name.startswith("records/")
        }
        documents = {n: zf.read(n) for n in zf.namelist() if n.startswith("documents/")}
        summary = zf.read(packet.SUMMARY)
        bases = json.loads(zf.read(packet.BASES))
    manifest.pop("entries")
    change(manifest, records)
    manifest["counts"] = {t: len(rows) for t, rows in records.items()}
    return packet.build(manifest, records, bases, documents, summary)


def test_a_packet_from_a_newer_jobhunter(receiver, clock, plain: bytes, key: Key) -> None:
    newer = _rebuild(plain, lambda m, r: m.update(format_version=packet.FORMAT_VERSION + 1))
    error = _refused(receiver, clock, seal(newer, key), identities=[key.secret])
    assert isinstance(error, PacketTooNewError) and "nieuwere versie" in str(error)
    schema = _rebuild(plain, lambda m, r: m.update(schema="9999"))
    assert isinstance(
        _refused(receiver, clock, seal(schema, key), identities=[key.secret]), PacketTooNewError
    )


def test_files_that_are_no_packet(receiver, clock, key: Key, tmp_path: Path) -> None:
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "iets anders"}))
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("boodschappen.txt", "melk")
    for data in (
        b"Beste collega, hierbij de gegevens.\n",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        seal(b"gewoon een tekstje", key),  # an age file with something else inside
        seal(zipped.getvalue(), key),
        seal(other_zip.getvalue(), key),
    ):
        error = _refused(receiver, clock, data, identities=[key.secret])
        assert isinstance(error, NotAPacketError), (data[:20], error)


# --- hostile contents inside a validly encrypted packet ------------------------------------
_WRONG_TYPE = {
    "uuid": [12, "not-a-uuid", ["x"], "00000000-0000-0000-0000-00000000000g"],
    "datetime": ["gisteren", 5, "2026-03-16T09:30:00", "9999-12-31T00:00:00+00:00"],
    "date": ["16-03-2026", 20260316, "0001-01-01", "2026-02-30"],
    "enum": ["geen_waarde", 3, None],
    "bool": ["ja", 1, None],
    "int": ["12", 1.5, 2**70, True],
    "float": ["1,5", float("inf")],
    "text": [12, ["a"], "x" * 1_000_001],
    "json": [json.loads("[" * 40 + "]" * 40)],
}


@st.composite
def hostile_change(draw: st.DrawFn) -> tuple[str, Any]:
    """A description and a change that makes a packet's contents invalid."""
    kind = draw(st.sampled_from(["value", "reference", "duplicate", "unknown", "missing"]))
    seed = draw(st.integers(0, 10_000))
    return kind, seed


def _apply_hostile(kind: str, seed: int, manifest: dict, records: dict) -> None:
    rng = random.Random(seed)
    table = rng.choice(sorted(t for t in records if records[t]))
    row = rng.choice(records[table])
    info = table_by_name()[table]
    kinds = column_kinds(table)
    if kind == "value":
        candidates = [
            (name, value)
            for name, k in kinds.items()
            for value in _WRONG_TYPE.get(k, [])
            if not (value is None and info.column(name).nullable)
        ]
        name, value = rng.choice(candidates)
        row[name] = value
    elif kind == "reference" and info.foreign_keys:
        row[rng.choice(info.foreign_keys).column] = str(uuid.uuid4())
    elif kind == "duplicate":
        records[table].append(dict(row))
    elif kind == "unknown":
        row["wachtwoord"] = "geheim"
    else:
        # a required field without a default (a missing one with a default is what an older
        # Jobhunter writes, and is filled in)
        required = [
            n
            for n in kinds
            if not info.column(n).nullable
            and not (info.column(n).default is not None and info.column(n).default.is_scalar)
        ]
        row.pop(rng.choice(required))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(change=hostile_change())
def test_fuzzed_contents_are_refused(
    change: tuple[str, int], receiver: Store, clock: FixedClock, plain: bytes, key: Key
) -> None:
    kind, seed = change
    rebuilt = _rebuild(plain, lambda m, r: _apply_hostile(kind, seed, m, r))
    if rebuilt == plain:
        return
    error = _refused(receiver, clock, seal(rebuilt, key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError | NotAPacketError), error


def test_a_lone_surrogate_in_a_text_is_refused(receiver, clock, plain: bytes, key) -> None:
    # JSON can spell half a character ("\ud800") that no database text can hold
    import hashlib

    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        manifest = json.loads(zf.read(packet.MANIFEST))
        parts = {n: zf.read(n) for n in zf.namelist() if n != packet.MANIFEST}
    name = "records/client.json"
    parts[name] = parts[name].replace(b'"first_name":"', b'"first_name":"\\ud800', 1)
    assert json.loads(parts[name])[0]["first_name"].startswith("\ud800")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for entry, data in parts.items():
            manifest["entries"][entry] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
        zf.writestr(packet.MANIFEST, json.dumps(manifest))
        for entry, data in parts.items():
            zf.writestr(entry, data)
    error = _refused(receiver, clock, seal(out.getvalue(), key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError)
    assert "teken dat niet bewaard kan worden" in str(error), str(error)


def _zip_with(entries: dict[str, bytes], plain: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as original, zipfile.ZipFile(out, "w") as zf:
        for info in original.infolist():
            zf.writestr(info, original.read(info.filename))
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "/etc/passwd",
        "documents/../../evil",
        "C:\\Windows\\evil.dll",
        "documents\\evil",
        "records/../../x.json",
        "documents/x\x00.pdf",
        "a:b",
        "documents/" + "a" * 300,
        "leesmij.txt",
    ],
)
def test_hostile_entry_names_are_refused(name, receiver, clock, plain: bytes, key: Key) -> None:
    data = seal(_zip_with({name: b"boo"}, plain), key)
    error = _refused(receiver, clock, data, identities=[key.secret])
    assert isinstance(error, DamagedPacketError)
    assert not (Path(receiver.data_dir).parent / "evil.txt").exists()


def test_a_zip_bomb_is_refused_without_inflating_it(receiver, clock, plain, key) -> None:
    # an entry that claims to be small but inflates to far more than it says
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as original, zipfile.ZipFile(out, "w") as zf:
        for info in original.infolist():
            zf.writestr(info, original.read(info.filename))
        zf.writestr(
            zipfile.ZipInfo("documents/" + "b" * 32 + ".pdf"),
            b"\0" * (64 << 20),
            compress_type=zipfile.ZIP_DEFLATED,
        )
    data = bytearray(out.getvalue())
    # lie about the size in the central directory: 64 MiB claims to be 100 bytes
    index = data.rfind(b"PK\x01\x02")
    data[index + 24 : index + 28] = (100).to_bytes(4, "little")
    error = _refused(receiver, clock, seal(bytes(data), key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError)


def test_an_identity_passed_to_a_passphrase_reader_says_which_is_needed(
    receiver, clock, sealed: bytes
) -> None:
    from jobhunter.services.handover.errors import KeyNeededError

    assert isinstance(_refused(receiver, clock, sealed, passphrase="iets"), KeyNeededError)


def test_pyrage_messages_are_mapped_to_their_cause() -> None:
    """pyrage raises one exception type; the cause is in its message (rage's wording)."""
    identity = pyrage.x25519.Identity.generate()
    data = bytes(pyrage.encrypt(b"x" * (crypto.CHUNK * 2), [identity.to_public()]))
    secret = [str(identity)]
    payload = data.index(b"\n", data.index(b"\n---") + 1) + 1

    def flipped(position: int, mask: int = 0x01) -> bytes:
        """One byte changed, whatever it was (a fixed value would sometimes be the same)."""
        return data[:position] + bytes([data[position] ^ mask]) + data[position + 1 :]

    mac_char = data[payload - 3]  # a character of the header's MAC: another letter
    other = b"B" if mac_char == ord("A") else b"A"
    cases = {
        "boundary cut": (data[: payload + 16 + crypto.ENCRYPTED_CHUNK], TruncatedPacketError),
        "mid-chunk cut": (data[: payload + 500], TruncatedPacketError),
        "payload byte": (flipped(payload + 40), DamagedPacketError),
        "header mac": (data[: payload - 3] + other + data[payload - 2 :], DamagedPacketError),
        "appended": (data + b"!", DamagedPacketError),
    }
    for what, (variant, expected) in cases.items():
        assert variant != data, what
        with pytest.raises(PacketError) as caught:
            crypto.decrypt(variant, identities=secret)
        assert isinstance(caught.value, expected), what
    with pytest.raises(NotForYouError):
        crypto.decrypt(data, identities=[str(pyrage.x25519.Identity.generate())])


# --- records that would reach past the packet's own clients --------------------------------
def _consent_for(client_id: uuid.UUID) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00",
        "client_id": str(client_id),
        "party": "employers",
        "scope": "alles",
        "categories": ["health", "debts"],
        "given_on": "2026-01-01",
        "withdrawn_on": None,
        "withdrawn_reason": None,
    }


def test_a_record_for_a_client_outside_the_packet_is_refused(
    sender: Store, clock: FixedClock, key: Key
) -> None:
    # Given a packet for one client that also carries a consent (to share health and debts
    # with employers) for another client of the receiving store, not named in the packet
    ids = client_ids(sender)
    plain = plain_packet(sender, clock, ids[:1], key)
    hostile = repack(
        plain, lambda m, r, d: r.setdefault("consent", []).append(_consent_for(ids[5]))
    )
    # When it is read, Then it is refused and the other client has no new consent
    error = _refused(sender, clock, seal(hostile, key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError)


def test_a_client_the_manifest_does_not_name_is_refused(
    sender: Store, receiver: Store, clock: FixedClock, key: Key
) -> None:
    # Given a packet that carries a second client the preview would not name
    ids = client_ids(sender)
    plain = plain_packet(sender, clock, ids[:2], key)

    def hide_one(manifest: dict, records: dict, documents: dict) -> None:
        manifest["clients"] = manifest["clients"][:1]

    error = _refused(receiver, clock, seal(repack(plain, hide_one), key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError)


# --- the store's own input limits hold for a packet too ----------------------------------
@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("first_name", "A" * 300_000, "te lang"),
        ("first_name", "A" * 101, "te lang"),  # the limit every form has
        ("notes", "x\x00y", "teken dat niet bewaard kan worden"),
        ("phone", "not a phone", "telefoonnummer"),
        ("email", "nergens", "e-mailadres"),
        ("postcode", "99999", "postcode"),
    ],
)
def test_values_the_store_would_refuse_are_refused_in_a_packet(
    column: str, value: str, words: str, receiver: Store, clock: FixedClock, plain: bytes, key: Key
) -> None:
    def change(manifest: dict, records: dict, documents: dict) -> None:
        records["client"][0][column] = value

    error = _refused(receiver, clock, seal(repack(plain, change), key), identities=[key.secret])
    assert isinstance(error, DamagedPacketError) and words in str(error), str(error)
    assert value not in str(error)  # the value itself is not repeated back
