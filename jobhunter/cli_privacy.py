"""The command line's privacy commands (AVG): erase or export a client, list files past their
retention date, read the audit trail. Registered by :mod:`jobhunter.cli`; scripts depend on
these exact forms:

    jobhunter [--data-dir DIR] client erase ID --yes
    jobhunter [--data-dir DIR] client export ID --out DIR
    jobhunter [--data-dir DIR] retention [--json]
    jobhunter [--data-dir DIR] audit [--json] [--client ID]
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: Any, open_store: Callable[..., Store]) -> dict[str, Handler]:
    """Add the commands to ``sub`` (the main parser's subparsers); returns their handlers.
    ``open_store(args, writer=...)``: only the erasure takes the writer lock; the others read
    (the access export records its disclosure as the briefing does), so they work beside the
    open window."""
    client = sub.add_parser("client", help="AVG: een cliënt wissen of al zijn gegevens exporteren")
    actions = client.add_subparsers(dest="client_command", metavar="ACTIE", required=True)
    erase = actions.add_parser(
        "erase", help="wis een cliënt met alles wat erbij hoort, zonder spoor in de database"
    )
    erase.add_argument("id", metavar="ID", help="id van de cliënt (zie: list clients --json)")
    erase.add_argument("--yes", action="store_true", help="bevestig: wissen is definitief")
    export = actions.add_parser(
        "export", help="inzage-export (AVG art. 15): PDF, JSON en documenten in een map"
    )
    export.add_argument("id", metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")

    retention = sub.add_parser(
        "retention", help="afgesloten dossiers waarvan de bewaartermijn verlopen is"
    )
    retention.add_argument("--json", action="store_true", help="uitvoer als JSON-array")

    trail = sub.add_parser("audit", help="het auditlog: wie deed wat met welke gegevens")
    trail.add_argument("--json", action="store_true", help="uitvoer als JSON-array")
    trail.add_argument("--client", metavar="ID", help="alleen wat over deze cliënt gaat")

    def with_store(
        command: Callable[[argparse.Namespace, Store], int],
        writes: Callable[[argparse.Namespace], bool] = lambda _args: False,
    ) -> Handler:
        def run(args: argparse.Namespace) -> int:
            store = open_store(args, writer=writes(args))
            try:
                return command(args, store)
            finally:
                store.close()

        return run

    return {
        "client": with_store(cmd_client, lambda args: args.client_command == "erase"),
        "retention": with_store(cmd_retention),
        "audit": with_store(cmd_audit),
    }


def parse_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(
            f"'{text}' is geen geldig id (een UUID, zie list clients --json)"
        ) from None


def cmd_client(args: argparse.Namespace, store: Store) -> int:
    client_id = parse_id(args.id)
    if args.client_command == "erase":
        return _erase(args, store, client_id)
    return _export(args, store, client_id)


def _erase(args: argparse.Namespace, store: Store, client_id: uuid.UUID) -> int:
    from jobhunter.services.privacy.audit import pseudonym_label
    from jobhunter.services.privacy.backups import describe_held
    from jobhunter.services.privacy.erasure import ErasureService

    if not args.yes:
        raise ValidationError(
            "wissen kan niet ongedaan worden gemaakt; bevestig met --yes "
            f"(client erase {args.id} --yes)"
        )
    report = ErasureService(store).erase(client_id)
    print(
        f"Cliënt {client_id} gewist: {report.records} records en {report.documents_removed} "
        f"documenten; in het auditlog voortaan {pseudonym_label(report.pseudonym)}."
    )
    print(describe_held(report.backups))
    if report.fresh_backup is not None:
        print(f"Nieuwe gecontroleerde reservekopie zonder deze cliënt: {report.fresh_backup}")
    if report.files_left:
        print(f"Let op: {len(report.files_left)} bestanden konden niet worden verwijderd.")
    if not report.wiped:
        print("Let op: de vrije ruimte van de database kon niet worden gewist (in gebruik).")
    return 0


def _export(args: argparse.Namespace, store: Store, client_id: uuid.UUID) -> int:
    from jobhunter.services.privacy.access_export import AccessExportService

    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise ValidationError(f"{out} is een bestand; geef een map op")
    result = AccessExportService(store).export(client_id, out)
    print(
        f"Inzage-export geschreven naar {result.folder}: {result.pdf.name}, {result.json.name} "
        f"en {len(result.documents)} documenten ({result.seconds:.1f} s)."
    )
    if result.missing:
        print(f"Let op: {len(result.missing)} documenten ontbreken in de gegevensmap.")
    return 0


def cmd_retention(args: argparse.Namespace, store: Store) -> int:
    from jobhunter.services.privacy.retention import RetentionService

    service = RetentionService(store)
    today = service.clock.today()
    due = service.due(today)
    if args.json:
        _dump(
            [
                {
                    "client_id": str(item.client_id),
                    "name": item.name,
                    "closed_on": item.closed_on.isoformat(),
                    "retain_until": item.retain_until.isoformat(),
                    "days_over": item.days_over(today),
                    "extended_reason": item.extended_reason,
                }
                for item in due
            ]
        )
        return 0
    if not due:
        print("Geen dossiers met een verlopen bewaartermijn.")
        return 0
    for item in due:
        extended = ", verlengd" if item.extended_reason else ""
        print(
            f"{item.retain_until:%d-%m-%Y}  {item.client_id}  {item.name} "
            f"(afgesloten {item.closed_on:%d-%m-%Y}{extended})"
        )
    return 0


def cmd_audit(args: argparse.Namespace, store: Store) -> int:
    from jobhunter.services.privacy.audit import AuditService, pseudonym_label

    client_id = parse_id(args.client) if args.client else None
    events = AuditService(store).events(client_id=client_id, limit=None)
    if args.json:
        _dump(
            [
                {
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "group": e.group,
                    "entity": e.entity,
                    "entity_id": str(e.entity_id) if e.entity_id else None,
                    "client_id": str(e.client_id) if e.client_id else None,
                    "client_name": e.client_name,
                    "detail": e.detail,
                }
                for e in events
            ]
        )
        return 0
    for e in events:
        who = e.client_name or (pseudonym_label(e.client_id) if e.client_id else "")
        line = f"{e.at.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M}  {e.actor}  {e.action}  {e.entity}"
        line += f"  {who}" if who else ""
        line += f"  {e.detail}" if e.detail else ""
        print(line)
    return 0


def _dump(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
