"""A health check of the store, for ``jobhunter check`` and for support."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from jobhunter.services.store import Store, head_revision

# Tables whose rows each have exactly one row in the search index.
_INDEXED = ("client", "employer", "contact_person", "workplace", "intervention", "contact_moment")


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_store(store: Store) -> IntegrityReport:
    report = IntegrityReport()
    with store.engine.connect() as conn:
        result = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        if result != ["ok"]:
            report.problems.extend(f"integrity_check: {line}" for line in result[:20])
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
        try:
            conn.execute(text("INSERT INTO search_index(search_index) VALUES ('integrity-check')"))
        except Exception as exc:  # FTS5 reports a corrupt index as an error
            report.problems.append(f"zoekindex beschadigd: {exc}")
    return report
