"""The handover commands of the command line (``handover export``, ``handover import``,
``identity``); every failure is one Dutch line on stderr and exit code 1."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSPHRASE_ENV = "JOBHUNTER_PASSPHRASE"


class HandoverCliError(Exception):
    """One line for stderr."""


def add_parsers(sub: Any) -> None:
    handover = sub.add_parser("handover", help="draag cliënten over aan een collega of ontvang ze")
    actions = handover.add_subparsers(dest="handover_command", metavar="ACTIE", required=True)
    export = actions.add_parser(
        "export",
        help="maak een versleuteld overdrachtspakket",
        description="Zonder --to wordt het pakket met een wachtwoord beveiligd: uit "
        f"${PASSPHRASE_ENV}, anders uit --passphrase-file, anders gevraagd.",
    )
    export.add_argument("--clients", required=True, metavar="ID[,ID...]")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--to", metavar="AGE_RECIPIENT", help="openbare sleutel (age1…)")
    export.add_argument(
        "--note-file", type=Path, metavar="F", help="overdrachtsnotitie (voor elke cliënt)"
    )
    export.add_argument("--passphrase-file", type=Path, metavar="F")
    importer = actions.add_parser(
        "import",
        help="lees een overdrachtspakket in",
        description="Zonder --prefer houden conflicten de eigen versie en worden ze getoond; "
        "--prefer kiest bij conflicten de versie uit het pakket of de eigen versie. "
        "Waarschijnlijk dubbele records worden nooit vanzelf samengevoegd: mogelijk "
        "dubbele cliënten worden apart ingelezen.",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou gebeuren")
    importer.add_argument("--prefer", choices=("packet", "local"))
    importer.add_argument("--identity", type=Path, metavar="FILE", help="age-sleutelbestand")
    importer.add_argument("--passphrase-file", type=Path, metavar="F")
    sub.add_parser("identity", help="toon je openbare overdrachtssleutel (age1…)")


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if args.passphrase_file is not None:
        try:
            text = args.passphrase_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise HandoverCliError(
                f"kan het wachtwoordbestand {args.passphrase_file} niet lezen: {exc.strerror}"
            ) from None
        value = text.rstrip("\r\n")
        if not value:
            raise HandoverCliError(f"het wachtwoordbestand {args.passphrase_file} is leeg")
        return value
    if not sys.stdin.isatty():
        raise HandoverCliError(f"geen wachtwoord: zet {PASSPHRASE_ENV} of geef --passphrase-file")
    value = getpass.getpass("Wachtwoord: ")
    if confirm and getpass.getpass("Nog een keer: ") != value:
        raise HandoverCliError("de wachtwoorden zijn niet gelijk")
    if not value:
        raise HandoverCliError("geen wachtwoord gegeven")
    return value


def _client_ids(text: str) -> list[uuid.UUID]:
    ids = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ids.append(uuid.UUID(part))
        except ValueError:
            raise HandoverCliError(f"'{part}' is geen geldig cliënt-id") from None
    if not ids:
        raise HandoverCliError("geef minstens één cliënt-id met --clients")
    return ids


def cmd_export(args: argparse.Namespace, open_store: Callable[[], Any]) -> int:
    from jobhunter.cli import _check_target
    from jobhunter.services.handover.identity import (
        ColleagueService,
        check_passphrase,
        valid_public_key,
    )
    from jobhunter.services.handover.service import ExportRequest, HandoverService, Protection

    ids = _client_ids(args.clients)
    target: Path = args.out
    _check_target(target, "overdracht.age")
    note = ""
    if args.note_file is not None:
        try:
            note = args.note_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise HandoverCliError(
                f"kan het notitiebestand {args.note_file} niet lezen: "
                f"{getattr(exc, 'strerror', None) or 'geen UTF-8-tekst'}"
            ) from None
    store = open_store()
    try:
        if args.to:
            key = valid_public_key(args.to)
            names = {c.public_key: c.name for c in ColleagueService(store).list()}
            protection = Protection(names.get(key, f"{key[:10]}…{key[-6:]}"), public_key=key)
        else:
            passphrase = check_passphrase(_passphrase(args, confirm=True))
            protection = Protection("collega (wachtwoord)", passphrase=passphrase)
        request = ExportRequest(
            ids,
            protection,
            notes={i: note for i in ids} if note else {},
            # a one-shot command would spend longer starting a worker than it saves
            render_in_worker=False,
        )
        result = HandoverService(store).export(request, target)
    finally:
        store.close()
    records = sum(result.counts.values())
    print(
        f"{len(result.client_ids)} cliënt(en), {result.employers} werkgever(s) en {records} "
        f"records versleuteld naar {target} ({result.size // 1024} kB)"
    )
    if result.missing_documents:
        print(
            f"let op: {result.missing_documents} document(en) ontbraken op schijf en zitten "
            "niet in het pakket",
            file=sys.stderr,
        )
    return 0


def cmd_import(args: argparse.Namespace, open_store: Callable[[], Any]) -> int:
    from jobhunter.services.errors import ValidationError
    from jobhunter.services.handover import crypto
    from jobhunter.services.handover.errors import PassphraseNeededError
    from jobhunter.services.handover.identity import own_secret, read_identity_file
    from jobhunter.services.handover.merge import Decision, ItemKind
    from jobhunter.services.handover.service import read_packet_bytes

    path: Path = args.file
    try:
        data = read_packet_bytes(path)
    except ValidationError as exc:
        raise HandoverCliError(str(exc).rstrip(".")) from None
    envelope = crypto.read_envelope(data)
    identities: list[str] = []
    passphrase = None
    if envelope.passphrase:
        passphrase = _passphrase(args, confirm=False)
    elif args.identity is not None:
        try:
            identities = read_identity_file(args.identity.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise HandoverCliError(
                f"kan het sleutelbestand {args.identity} niet lezen: "
                f"{getattr(exc, 'strerror', None) or 'geen tekst'}"
            ) from None
    else:
        secret = own_secret(create=False)
        if secret is None:
            raise HandoverCliError(
                "je hebt nog geen overdrachtssleutel; geef --identity of maak er een met "
                "'jobhunter identity'"
            )
        identities = [secret]
    from jobhunter.services.handover.service import HandoverService

    store = open_store()
    try:
        service = HandoverService(store)
        try:
            read = service.read(data, identities=identities, passphrase=passphrase)
        except PassphraseNeededError:  # pragma: no cover - the envelope said which
            raise
        preview = service.preview(read)
        decisions: dict[Any, Decision] = {}
        if args.prefer:
            # --prefer decides conflicts only: a likely duplicate may be another person
            # (a household's phone), so it keeps its default (kept apart, or my version)
            choice = Decision.TAKE_PACKET if args.prefer == "packet" else Decision.KEEP_LOCAL
            decisions = _conflicts(preview, choice)
            preview = service.preview(read, decisions)
            decisions = _conflicts(preview, choice)
        _print_preview(preview, decisions, dry_run=args.dry_run)
        if args.dry_run:
            return 0
        _, result = service.apply(read, decisions)
    finally:
        store.close()
    if result.new or result.updated or result.merged:
        print(
            f"ingelezen: {result.new} nieuw, {result.updated} bijgewerkt, {result.merged} "
            f"samengevoegd, {result.identical} ongewijzigd, {result.documents} document(en); "
            f"{result.versions_kept} vorige versie(s) bewaard"
        )
    else:
        print("niets te doen: alles uit dit pakket staat er al")
    del ItemKind
    return 0


def _conflicts(preview: Any, choice: Any) -> dict[Any, Any]:
    from jobhunter.services.handover.merge import ItemKind

    return {item.key: choice for item in preview.decisions if item.kind is ItemKind.CONFLICT}


_KIND_WORDS = {
    "new": "nieuw",
    "newer": "nieuwer in het pakket",
    "identical": "gelijk",
    "local_newer": "hier nieuwer (blijft)",
    "conflict": "conflict",
    "duplicate": "mogelijk dubbel",
}
_DECISION_WORDS = {
    "packet": "versie uit het pakket",
    "local": "eigen versie",
    "merge": "samenvoegen",
    "separate": "apart inlezen",
}


def _print_preview(preview: Any, decisions: dict[Any, Any], *, dry_run: bool) -> None:
    when = preview.created_at.strftime("%d-%m-%Y %H:%M")
    print(f"overdrachtspakket van {preview.sender} ({when}), {len(preview.clients)} cliënt(en):")
    for _id, name, note in preview.clients:
        print(f"  {name}" + (f" — notitie: {note.splitlines()[0][:80]}" if note else ""))
    counts = ", ".join(
        f"{count} {_KIND_WORDS[kind.value]}" for kind, count in preview.counts.items() if count
    )
    print(f"records: {counts or 'geen'}")
    if preview.only_local:
        print(f"{preview.only_local} record(s) staan alleen hier en blijven zoals ze zijn")
    for warning in preview.warnings:
        print(f"  let op: {warning.text}")
    for item in preview.decisions:
        decision = decisions.get(item.key, item.default)
        what = _DECISION_WORDS[decision.value] if decision else "?"
        extra = f" ({item.reason})" if item.reason else ""
        fields = ", ".join(name for name, _mine, _theirs in item.differences[:6])
        print(
            f"  {_KIND_WORDS[item.kind.value]}: {item.title}{extra}"
            + (f" [{fields}]" if fields else "")
            + f" -> {what}"
        )
    if dry_run:
        print("(proefrun: er is niets veranderd)")


def cmd_identity(args: argparse.Namespace, open_store: Callable[[], Any]) -> int:
    from jobhunter.services.handover.identity import own_public_key

    print(own_public_key())
    return 0


def run(args: argparse.Namespace, open_store: Callable[[], Any]) -> int:
    """Run a handover command; known failures become :class:`HandoverCliError`."""
    from jobhunter.services.handover.errors import PacketError
    from jobhunter.services.handover.identity import KeyringUnavailableError

    handler = cmd_identity
    if args.command == "handover":
        handler = cmd_export if args.handover_command == "export" else cmd_import
    try:
        return handler(args, open_store)
    except (PacketError, KeyringUnavailableError) as exc:
        raise HandoverCliError(str(exc)) from None
