"""Which schema revisions this Jobhunter knows, read from the migration scripts without Alembic.

Opening a store that is already at the newest schema (every start but the first after an
update) needs only the newest revision's id and the one the store records. Alembic would
read and compile every migration script and import itself, Mako and Pygments for that:
a third of a start. The scripts' ``revision = "…"`` and ``down_revision = "…"`` lines say
the same; Alembic is imported only to migrate (``store._migrate``). A test checks that
what this module reads equals what Alembic reads.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from importlib.resources import files

from sqlalchemy import Connection

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


class RevisionsUnreadableError(Exception):
    """The scripts do not form one line of revisions (let Alembic decide)."""


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Every revision with the revisions it follows (none for the first)."""
    graph: dict[str, tuple[str, ...]] = {}
    versions = files("jobhunter") / "migrations" / "versions"
    for entry in versions.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        found = dict(_ASSIGNMENT.findall(entry.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            raise RevisionsUnreadableError(entry.name)
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (ValueError, SyntaxError) as exc:
            raise RevisionsUnreadableError(entry.name) from exc
        if down is None:
            parents: tuple[str, ...] = ()
        elif isinstance(down, str):
            parents = (down,)
        else:
            parents = tuple(down)
        graph[str(revision)] = parents
    return graph


@cache
def head_revision() -> str:
    """The newest schema revision: the one no other revision follows."""
    graph = revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:
        raise RevisionsUnreadableError(f"{len(heads)} heads")
    return heads[0]


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(revision_graph())


def stored_revision(conn: Connection) -> str | None:
    """The revision the store records (None for a new, empty store); what Alembic's
    ``MigrationContext.get_current_revision`` answers, without Alembic."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) > 1:
        raise RevisionsUnreadableError("the store records more than one revision")
    return str(rows[0][0]) if rows else None
