"""The command line and encryption at rest: opening an encrypted store whose key is not in
the keyring, and switching encryption on or off. Registered by :mod:`jobhunter.cli`:

    jobhunter [--data-dir DIR] encryption status
    jobhunter [--data-dir DIR] encryption on [--backups convert|remove]
    jobhunter [--data-dir DIR] encryption off [--backups convert|remove]
    jobhunter [--data-dir DIR] encryption new-passphrase

Any command on an encrypted store whose key is not at hand asks for the recovery passphrase:
from ``JOBHUNTER_RECOVERY_PASSPHRASE``, else on the terminal; without either, or with a wrong
one, it ends with one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.paths import resolve_data_dir
from jobhunter.services.store import Store
from jobhunter.services.store_errors import StoreError, StoreKeyMissingError

RECOVERY_ENV = "JOBHUNTER_RECOVERY_PASSPHRASE"

Handler = Callable[[argparse.Namespace], int]


class RecoveryNeededError(StoreError):
    """The key is missing and no recovery passphrase was given (one line for stderr)."""


def add_commands(sub: Any, open_store: Callable[[argparse.Namespace], Store]) -> dict[str, Handler]:
    """Add ``encryption`` to ``sub`` (the main parser's subparsers); returns its handler."""
    parser = sub.add_parser(
        "encryption", help="versleuteling van de database: status, aan, uit, herstelwachtwoord"
    )
    actions = parser.add_subparsers(dest="encryption_command", metavar="ACTIE", required=True)
    actions.add_parser("status", help="is de database versleuteld, en waar staat de sleutel")
    for name, what in (("on", "versleutel"), ("off", "ontsleutel")):
        action = actions.add_parser(name, help=f"{what} de database en haar reservekopieën")
        action.add_argument(
            "--backups",
            choices=("convert", "remove"),
            default="convert",
            help="de bestaande reservekopieën omzetten (standaard) of wissen",
        )
    actions.add_parser(
        "new-passphrase", help="maak een nieuw herstelwachtwoord (het oude werkt dan niet meer)"
    )

    def run(args: argparse.Namespace) -> int:
        command = args.encryption_command
        if command == "status":
            return _status(args)
        store = open_store(args)
        try:
            if command == "new-passphrase":
                return _new_passphrase(store)
            return _switch(store, on=command == "on", remove=args.backups == "remove")
        finally:
            store.close()

    return {"encryption": run}


def with_recovery(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; when the store is encrypted and its key not at hand, bring the key
    back with the recovery passphrase and run it again."""
    try:
        return handler(args)
    except StoreKeyMissingError as missing:
        if missing.data_dir is None:
            raise
        from jobhunter.services.encryption.keys import recover

        recovered = recover(missing.data_dir, _recovery_passphrase(missing))
        if recovered.keyring_problem:
            print(
                "jobhunter: de sleutel kon niet terug in de sleutelbos "
                f"({recovered.keyring_problem}); hij geldt alleen voor deze opdracht.",
                file=sys.stderr,
            )
        return handler(args)


def _recovery_passphrase(missing: StoreKeyMissingError) -> str:
    passphrase = os.environ.get(RECOVERY_ENV)
    if passphrase:
        return passphrase
    if sys.stdin is not None and sys.stdin.isatty():
        print(f"jobhunter: {missing}", file=sys.stderr)
        return getpass.getpass("Herstelwachtwoord: ")
    raise RecoveryNeededError(f"{missing} Zet het in {RECOVERY_ENV}, of typ het in een terminal.")


def _status(args: argparse.Namespace) -> int:
    from jobhunter.services.encryption import switch

    data_dir = resolve_data_dir(args.data_dir)
    state = switch.status(data_dir)
    if not state.encrypted:
        print(f"{data_dir}: niet versleuteld.")
    else:
        made = (
            f"; herstelwachtwoord van {state.recovery_made.astimezone(LOCAL_TZ):%d-%m-%Y}"
            if state.recovery_made
            else ""
        )
        print(
            f"{data_dir}: versleuteld (SQLCipher 4, AES-256); de sleutel staat in de sleutelbos "
            f"van het besturingssysteem{made}."
        )
    if state.other_form:
        form = "niet versleuteld" if state.encrypted else "nog versleuteld"
        print(f"{state.other_form} reservekopie(ën) of apart gezette database(s) {form}.")
    if state.interrupted:
        again = "on" if state.encrypted else "off"
        print(f"Een omzetting werd onderbroken; maak haar af met 'jobhunter encryption {again}'.")
    return 0


def _switch(store: Store, *, on: bool, remove: bool) -> int:
    from jobhunter.services.encryption import switch

    choice = switch.BackupChoice.REMOVE if remove else switch.BackupChoice.CONVERT
    state = switch.status(store.data_dir)
    if state.encrypted == on:
        result = switch.resume(store) if state.interrupted else None
        if result is None:
            raise switch.SwitchError(
                "De database is al versleuteld." if on else "De database is niet versleuteld."
            )
    elif on:
        preparation = switch.prepare(store.data_dir)
        print(
            "Herstelwachtwoord (schrijf het op en bewaar het apart van deze computer; "
            f"het wordt niet nog eens getoond): {preparation.passphrase}"
        )
        sys.stdout.flush()
        result = switch.encrypt(store, preparation, choice)
    else:
        result = switch.decrypt(store, choice)
    print(
        f"De database is {'versleuteld' if result.encrypted else 'niet meer versleuteld'} "
        f"opgeslagen en gecontroleerd; het oude bestand is gewist."
    )
    if result.backup is not None:
        print(f"Nieuwe reservekopie: {result.backup}")
    if result.converted:
        print(f"{result.converted} bestaande reservekopie(ën) omgezet.")
    if result.removed:
        print(f"{result.removed} oude reservekopie(ën) gewist.")
    for problem in result.problems:
        print(f"Let op: {problem}")
    return 0


def _new_passphrase(store: Store) -> int:
    from jobhunter.services.encryption import keys, switch

    passphrase = keys.generate_passphrase()
    switch.renew_recovery(store, passphrase)
    print(f"Nieuw herstelwachtwoord (schrijf het op; het vorige werkt niet meer): {passphrase}")
    return 0
