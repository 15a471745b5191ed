"""A health check of the store: damage to the file, and the rules the file itself cannot
enforce (references, the search index, dates out of range). For ``jobhunter check``, for
support, and for the window's check in the background.

Problems are Dutch sentences without SQL; SQLite's own findings go to the log file, where
support can read them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from jobhunter.services.cancel import Cancel, watching
from jobhunter.services.input_limits import EARLIEST, LATEST
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import Store, connect, head_revision
from jobhunter.services.store_errors import StoreDamagedError, StoreError

log = logging.getLogger(__name__)

# Tables whose rows each have exactly one row in the search index.
_INDEXED = ("client", "employer", "contact_person", "workplace", "intervention", "contact_moment")
#: how many of SQLite's findings are read (and logged) at most
_MAX_FINDINGS = 50


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    #: the file itself is damaged (restore a backup), not only out of step
    damaged: bool = False

    @property
    def healthy(self) -> bool:
        return not self.problems


def file_damage(db_path: Path, cancel: Cancel | None = None, *, quick: bool = False) -> int:
    """How many faults SQLite's integrity check finds in the file (0: whole). ``quick``
    checks every page but not whether the indexes match their tables (seconds faster on a
    large store). Runs on its own read-only connection, so it can run beside the window."""
    conn = connect(db_path, read_only=True)
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with watching(cancel, conn):
            findings = [row[0] for row in conn.execute(f"PRAGMA {pragma}({_MAX_FINDINGS})")]
    except drivers.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise
        log.error("%s of %s stopped: %s", pragma, db_path, exc)
        return 1
    finally:
        conn.close()
    if findings == ["ok"]:
        return 0
    log.error("%s of %s found:\n%s", pragma, db_path, "\n".join(findings))
    return len(findings)


def damage_problem(faults: int) -> str:
    more = "of meer " if faults >= _MAX_FINDINGS else ""
    return (
        f"De database is beschadigd: {more}{faults} fout(en) in de opbouw van het bestand "
        "(details in het logbestand)."
    )


def check_store(store: Store) -> IntegrityReport:
    report = IntegrityReport()
    faults = file_damage(store.db_path)
    if faults:
        report.damaged = True
        report.problems.append(damage_problem(faults))
        return report
    try:
        _check_contents(store, report)
    except StoreDamagedError:
        report.damaged = True
        report.problems.append(damage_problem(1))
    return report


def _check_contents(store: Store, report: IntegrityReport) -> None:
    with store.engine.connect() as conn:
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            report.problems.append(f"{table} rij {rowid} verwijst naar ontbrekende {parent}")
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != head_revision():
            report.problems.append(f"schema {revision} is niet de verwachte {head_revision()}")
        indexed: dict[str, set[str]] = {table: set() for table in _INDEXED}
        for kind, ref in conn.execute(text("SELECT kind, ref FROM search_index")):
            indexed.setdefault(kind, set()).add(ref)
        for table in _INDEXED:
            ids = {row[0] for row in conn.execute(text(f"SELECT id FROM {table}"))}
            if missing := len(ids - indexed[table]):
                report.problems.append(f"{missing} {table}-rijen ontbreken in de zoekindex")
            if stale := len(indexed[table] - ids):
                report.problems.append(f"{stale} verouderde {table}-rijen in de zoekindex")
        # each entry's rowid is kept beside it, so a trigger finds the entry to delete
        unmatched = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM search_index s WHERE NOT EXISTS (SELECT 1 FROM "
                "search_index_ref r WHERE r.entry = s.rowid AND r.ref = s.ref AND r.kind = s.kind)"
                ") + (SELECT count(*) FROM search_index_ref r WHERE NOT EXISTS (SELECT 1 FROM "
                "search_index s WHERE s.rowid = r.entry))"
            )
        ).scalar()
        if unmatched:
            report.problems.append(
                f"{unmatched} zoekindexregels zonder kloppende verwijzing (search_index_ref)"
            )
        try:
            conn.execute(text("INSERT INTO search_index(search_index) VALUES ('integrity-check')"))
        except StoreError:
            raise
        except Exception as exc:  # FTS5 reports a corrupt index as an error
            log.error("search index integrity check: %s", exc)
            report.problems.append("de zoekindex is beschadigd (details in het logbestand)")
        # the year as a number: the columns' numeric affinity makes text comparisons lie
        out_of_range = conn.execute(
            text(
                "SELECT count(*) FROM appointment WHERE "
                "CAST(substr(starts_at, 1, 4) AS INTEGER) NOT BETWEEN :low AND :high "
                "OR CAST(substr(ends_at, 1, 4) AS INTEGER) NOT BETWEEN :low AND :high"
            ),
            {"low": EARLIEST.year, "high": LATEST.year},
        ).scalar()
        if out_of_range:
            report.problems.append(
                f"{out_of_range} afspraak/afspraken met een datum buiten "
                f"{EARLIEST.year}–{LATEST.year} (worden niet geëxporteerd)"
            )
