"""Full-text search over names and notes (SQLite FTS5, kept in step by triggers)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from jobhunter.services.base import Service

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A found record, and the client or employer whose file shows it."""

    kind: str  # table of the found record: client, employer, contact_moment, ...
    id: uuid.UUID
    title: str
    snippet: str
    owner_kind: str  # "client" or "employer"
    owner_id: uuid.UUID
    owner_name: str


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix.

    Quotes, operators and stray punctuation in user text never reach FTS5 as syntax.
    """
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


class SearchService(Service):
    def search(self, user_text: str, limit: int = 50) -> list[SearchHit]:
        query = fts_query(user_text)
        if query is None:
            return []
        stmt = text(
            "SELECT kind, ref, title, snippet(search_index, 3, '', '', '…', 10) "
            "FROM search_index WHERE search_index MATCH :q ORDER BY rank LIMIT :limit"
        )
        with self.store.session() as session:
            rows = session.execute(stmt, {"q": query, "limit": limit}).all()
            hits = []
            for kind, ref, title, snip in rows:
                owner = _owner(session, kind, ref)
                if owner is not None:
                    hits.append(SearchHit(kind, uuid.UUID(hex=ref), title, snip, *owner))
        return hits


# kind -> SQL giving (owner kind, owner id, owner name) for the record with id :ref
_OWNER_SQL = {
    "client": "SELECT 'client', id, first_name || ' ' || last_name FROM client WHERE id = :ref",
    "employer": "SELECT 'employer', id, name FROM employer WHERE id = :ref",
    "contact_person": "SELECT 'employer', e.id, e.name FROM contact_person c "
    "JOIN employer e ON e.id = c.employer_id WHERE c.id = :ref",
    "workplace": "SELECT 'employer', e.id, e.name FROM workplace w "
    "JOIN employer e ON e.id = w.employer_id WHERE w.id = :ref",
    "intervention": "SELECT 'client', c.id, c.first_name || ' ' || c.last_name "
    "FROM intervention i JOIN client c ON c.id = i.client_id WHERE i.id = :ref",
    "contact_moment": "SELECT CASE WHEN c.id IS NOT NULL THEN 'client' ELSE 'employer' END, "
    "coalesce(c.id, e.id), coalesce(c.first_name || ' ' || c.last_name, e.name) "
    "FROM contact_moment m LEFT JOIN client c ON c.id = m.client_id "
    "LEFT JOIN employer e ON e.id = m.employer_id WHERE m.id = :ref",
}


def _owner(session: Session, kind: str, ref: str) -> tuple[str, uuid.UUID, str] | None:
    sql = _OWNER_SQL.get(kind)
    row = session.execute(text(sql), {"ref": ref}).first() if sql else None
    if row is None:
        return None
    return row[0], uuid.UUID(hex=row[1]), row[2]
