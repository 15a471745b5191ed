"""Command line: opens the window, or runs a service for scripting and support.

Errors end with one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from jobhunter import __version__, cli_encryption, cli_handover
from jobhunter.cli_privacy import add_commands as add_privacy_commands
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.export import LIST_KINDS
from jobhunter.services.files import FileWriteError, reason
from jobhunter.services.logs import configure_logging
from jobhunter.services.paths import resolve_data_dir
from jobhunter.services.privacy.folder import restrict_new_files
from jobhunter.services.privacy.redact import describe_error
from jobhunter.services.store import Store, StoreError

log = logging.getLogger(__name__)


class CliError(Exception):
    """A failure to report in one line."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (zie {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jobhunter",
        description="Jobhunter: caseload, werkgevers, pipeline en nazorg voor de jobhunter.",
    )
    parser.add_argument("--version", action="version", version=f"jobhunter {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="map met de database (standaard: $JOBHUNTER_DATA_DIR of de gebruikersdatamap)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open het venster op verse demogegevens in een tijdelijke map",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van het venster")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="vul een lege database met fictieve demogegevens")
    demo.add_argument("--clients", type=_positive, default=60, metavar="N")
    demo.add_argument("--employers", type=_positive, default=25, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    lister = sub.add_parser("list", help="toon records als JSON")
    lister.add_argument("kind", choices=LIST_KINDS)
    lister.add_argument(
        "--json", action="store_true", required=True, help="uitvoer als JSON-array (de enige vorm)"
    )

    suggest = sub.add_parser(
        "suggest",
        help="voorstellen als JSON: werkplekken voor een cliënt of cliënten voor een werkplek",
    )
    subject = suggest.add_mutually_exclusive_group(required=True)
    subject.add_argument(
        "--client", type=_record_id, metavar="ID", help="werkplekken voor deze cliënt"
    )
    subject.add_argument(
        "--workplace", type=_record_id, metavar="ID", help="cliënten voor deze werkplek"
    )
    suggest.add_argument(
        "--json", action="store_true", required=True, help="uitvoer als JSON-array (de enige vorm)"
    )

    sub.add_parser("check", help="controleer de database; exitcode 0 alleen als alles klopt")
    sub.add_parser("backup", help="maak nu een reservekopie en controleer die")
    restore = sub.add_parser(
        "restore",
        help="zet de huidige database apart en zet een reservekopie terug "
        "(standaard de nieuwste gecontroleerde)",
    )
    restore.add_argument("backup_file", nargs="?", type=Path, metavar="BACKUP_FILE")

    calendar = sub.add_parser("calendar", help="exporteer de nazorgafspraken als iCalendar")
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics")

    briefing = sub.add_parser("briefing", help="maak de briefing voor het gesprek als PDF")
    briefing.add_argument("match_id", type=_match_id, metavar="MATCH_ID")
    briefing.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    profile = sub.add_parser(
        "profile", help="maak het kandidaatprofiel voor de werkgever als PDF (met toestemming)"
    )
    profile.add_argument("match_id", type=_match_id, metavar="MATCH_ID")
    profile.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    COMMANDS.update(add_privacy_commands(sub, _open_store))
    COMMANDS.update(cli_encryption.add_commands(sub, _open_store))
    cli_handover.add_parsers(sub)
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen geheel getal") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} moet minstens 1 zijn")
    return number


def _open_store(args: argparse.Namespace, *, writer: bool = True, checked: bool = True) -> Store:
    """Every command's store: writing commands take the writer lock (refused while the window
    is open); reading ones work beside the window. A damaged file is refused in one line
    (SQLite's quick check reads every page): an answer from it is no answer, and writing to
    it makes the damage worse. ``check`` itself reports the damage (``checked=False``)."""
    from jobhunter.services.integrity import file_damage

    store = Store.open(resolve_data_dir(args.data_dir), writer=writer)
    if checked and file_damage(store.db_path, quick=True):
        store.close()
        raise CliError(
            f"De database {store.db_path} is beschadigd; {_restore_hint(store.data_dir)}."
        )
    return store


def _restore_hint(data_dir: Path) -> str:
    from jobhunter.services.backup import newest_verified, taken_text

    newest = newest_verified(data_dir)
    if newest is None:
        return "er is geen gecontroleerde reservekopie"
    return (
        f"zet de nieuwste gecontroleerde reservekopie ({taken_text(newest)}) terug "
        "met 'jobhunter restore'"
    )


def _match_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen match-id") from None


def _check_target(target: Path, example: str) -> None:
    if target.is_dir():
        raise CliError(f"{target} is een map; geef een bestandsnaam, bijvoorbeeld {example}")
    if not target.parent.is_dir():
        raise CliError(f"de map {target.parent} bestaat niet")


def _record_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen geldig id") from None


def cmd_demo(args: argparse.Namespace) -> int:
    from jobhunter.services.demo import generate_demo

    store = _open_store(args)
    try:
        summary = generate_demo(
            store, clients=args.clients, employers=args.employers, seed=args.seed
        )
    finally:
        store.close()
    print(
        f"{summary.clients} cliënten, {summary.employers} werkgevers, {summary.matches} matches, "
        f"{summary.contact_moments} contactmomenten en {summary.appointments} afspraken "
        f"aangemaakt in {store.db_path}"
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from jobhunter.services.export import list_records

    store = _open_store(args, writer=False)  # checks every page, not only those listed
    try:
        records = list_records(store, args.kind)
    finally:
        store.close()
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from jobhunter.services.export import suggestions

    store = _open_store(args, writer=False)
    try:
        records = suggestions(store, client_id=args.client, workplace_id=args.workplace)
    except NotFoundError as exc:
        raise CliError(f"{exc.kind} {exc.record_id} bestaat niet") from None
    finally:
        store.close()
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from jobhunter.services.integrity import check_store

    store = _open_store(args, writer=False, checked=False)
    try:
        report = check_store(store)
    finally:
        store.close()
    if report.healthy:
        print(f"{store.db_path}: in orde")
        return 0
    for problem in report.problems:
        print(problem)
    if report.damaged:
        raise CliError(
            f"De database {store.db_path} is beschadigd; {_restore_hint(store.data_dir)}."
        )
    raise CliError(f"{store.db_path}: {len(report.problems)} probleem/problemen gevonden")


def cmd_backup(args: argparse.Namespace) -> int:
    from jobhunter.services.backup import describe, make_backup

    store = _open_store(args, writer=False)
    try:
        result = make_backup(store)
    finally:
        store.close()
    assert result.info is not None
    print(f"Reservekopie gemaakt en gecontroleerd: {result.info.path}")
    if result.pruned:
        print(f"{len(result.pruned)} oude reservekopie(ën) opgeruimd volgens het schema")
    log.info("backup from the command line: %s", describe(result.info))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from jobhunter.services.backup import describe, list_backups
    from jobhunter.services.restore import restore_backup

    data_dir = resolve_data_dir(args.data_dir)
    result = restore_backup(data_dir, args.backup_file)
    known = {info.path: info for info in list_backups(data_dir)}
    source = known.get(result.restored_from)
    print(f"Teruggezet: {describe(source) if source else result.restored_from}")
    if result.set_aside is not None:
        print(f"De vorige database staat apart als {result.set_aside}")
    if result.erased_again:
        print(
            f"{result.erased_again} cliënt(en) die na deze reservekopie gewist waren, "
            "zijn opnieuw gewist."
        )
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from jobhunter.services.ical import write_calendar

    target: Path = args.out
    _check_target(target, "nazorg.ics")
    store = _open_store(args, writer=False)
    try:
        count = write_calendar(store, target)
    finally:
        store.close()
    print(f"{count} afspraken geschreven naar {target}")
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    """``briefing`` and ``profile``: make the PDF, write it atomically, record it in the
    audit log. A refused profile (no consent) writes nothing."""
    from jobhunter.services.documents.service import DocumentService

    target: Path = args.out
    _check_target(target, "briefing.pdf")
    store = _open_store(args, writer=False)
    try:
        service = DocumentService(store)
        make = service.briefing_pdf if args.command == "briefing" else service.profile_pdf
        document = make(args.match_id)
        service.save(document, target)
    except NotFoundError:
        raise CliError(f"match {args.match_id} bestaat niet") from None
    finally:
        store.close()
    print(f"{document.title} geschreven naar {target}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from jobhunter.ui.app import run_app

    if not args.demo:
        return run_app(resolve_data_dir(args.data_dir), lang=args.lang)
    from jobhunter.services.demo import generate_demo

    with tempfile.TemporaryDirectory(prefix="jobhunter-demo-") as tmp:
        data_dir = Path(tmp)
        store = Store.open(data_dir)
        try:
            generate_demo(store)
        finally:
            store.close()
        return run_app(data_dir, lang=args.lang, demo=True)


def cmd_handover(args: argparse.Namespace) -> int:
    """``handover export|import`` and ``identity``. A command that writes records takes the
    writer lock (it is refused while the window is open): an import, and an export with a
    handover note (saved as a contact moment in each client's file). The others only read,
    and record what they disclosed in the audit trail, as ``briefing`` and ``profile`` do."""
    command = getattr(args, "handover_command", None)
    writer = (command == "import" and not args.dry_run) or (
        command == "export" and args.note_file is not None
    )
    try:
        return cli_handover.run(args, lambda: _open_store(args, writer=writer))
    except cli_handover.HandoverCliError as exc:
        raise CliError(str(exc)) from None


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "suggest": cmd_suggest,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "calendar": cmd_calendar,
    "briefing": cmd_document,
    "profile": cmd_document,
    "handover": cmd_handover,
    "identity": cmd_handover,
}


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()  # whatever Jobhunter writes is for the user only (umask 077)
    args = build_parser().parse_args(argv)
    if args.command is not None:
        configure_logging(resolve_data_dir(args.data_dir), console=False)
    handler = COMMANDS.get(args.command, cmd_gui)
    try:
        # an encrypted store whose key is not in the keyring: the recovery passphrase
        return cli_encryption.with_recovery(handler, args)
    except (StoreError, ValidationError, NotFoundError, CliError) as exc:
        print(f"jobhunter: {exc}", file=sys.stderr)
        return 1
    except FileWriteError as exc:
        print(f"jobhunter: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"jobhunter: {reason(exc)}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: log where it happened, show one line
        # neither line carries the error's message: it may hold SQL or a record's values
        log.exception("unexpected error in %s", args.command or "gui")
        print(
            f"jobhunter: onverwachte fout ({describe_error(exc)}); zie het logbestand "
            f"in {resolve_data_dir(args.data_dir) / 'logs'}",
            file=sys.stderr,
        )
        return 1
