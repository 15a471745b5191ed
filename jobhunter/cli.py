"""Command line: opens the window, or runs a service for scripting and support.

Errors end with one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from jobhunter import __version__, cli_handover
from jobhunter.services.errors import ValidationError
from jobhunter.services.export import LIST_KINDS
from jobhunter.services.logs import configure_logging
from jobhunter.services.paths import resolve_data_dir
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

    sub.add_parser("check", help="controleer de database; exitcode 0 alleen als alles klopt")

    calendar = sub.add_parser("calendar", help="exporteer de nazorgafspraken als iCalendar")
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
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


def _open_store(args: argparse.Namespace) -> Store:
    return Store.open(resolve_data_dir(args.data_dir))


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

    store = _open_store(args)
    try:
        records = list_records(store, args.kind)
    finally:
        store.close()
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from jobhunter.services.integrity import check_store

    store = _open_store(args)
    try:
        report = check_store(store)
    finally:
        store.close()
    if report.healthy:
        print(f"{store.db_path}: in orde")
        return 0
    for problem in report.problems:
        print(problem)
    raise CliError(f"{store.db_path}: {len(report.problems)} probleem/problemen gevonden")


def cmd_calendar(args: argparse.Namespace) -> int:
    from jobhunter.services.ical import write_calendar

    target: Path = args.out
    if target.is_dir():
        raise CliError(f"{target} is een map; geef een bestandsnaam, bijvoorbeeld nazorg.ics")
    if not target.parent.is_dir():
        raise CliError(f"de map {target.parent} bestaat niet")
    store = _open_store(args)
    try:
        count = write_calendar(store, target)
    finally:
        store.close()
    print(f"{count} afspraken geschreven naar {target}")
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
    try:
        return cli_handover.run(args, lambda: _open_store(args))
    except cli_handover.HandoverCliError as exc:
        raise CliError(str(exc)) from None


COMMANDS = {"demo": cmd_demo, "list": cmd_list, "check": cmd_check, "calendar": cmd_calendar}
COMMANDS |= {"handover": cmd_handover, "identity": cmd_handover}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        configure_logging(resolve_data_dir(args.data_dir), console=False)
    handler = COMMANDS.get(args.command, cmd_gui)
    try:
        return handler(args)
    except (StoreError, ValidationError, CliError) as exc:
        print(f"jobhunter: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"jobhunter: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: log the traceback, show one line
        log.exception("unexpected error in %s", args.command or "gui")
        print(
            f"jobhunter: onverwachte fout ({type(exc).__name__}: {exc}); zie het logbestand "
            f"in {resolve_data_dir(args.data_dir) / 'logs'}",
            file=sys.stderr,
        )
        return 1
