"""Full-text search over names and notes (SQLite FTS5, kept in step by triggers)."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from jobhunter.models import CompanyVisit, ContactMoment
from jobhunter.models.enums import ContactKind
from jobhunter.services.base import Service
from jobhunter.services.clock import local_day

_TOKEN = re.compile(r"\w+", re.UNICODE)

#: what a query may hold: a pasted page of text is cut to this, so a search stays quick
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
#: the marks around the words that matched, in a snippet (never in stored text)
MARK_START, MARK_END = "\x02", "\x03"
#: how many of the best hits of all kinds together the groups are chosen from
POOL = 300
#: the order of the groups of results, and every kind the index holds
KINDS = ("client", "employer", "contact_person", "workplace", "intervention", "contact_moment")
#: a query whose every word is shorter than this is short: one or two letters match tens of
#: thousands of notes, which no one reads and which take long to count and rank; it
#: searches the names and titles of SHORT_KINDS only, and counts no further than it shows
SHORT_WORD = 3
SHORT_KINDS = ("client", "employer", "contact_person", "workplace")


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
    #: the record the file opens at: the hit itself, or the company visit a contact
    #: moment was written for ("visit")
    target_kind: str = ""
    target_id: uuid.UUID | None = None
    #: when a contact moment happened, and how (a call, a visit)
    occurred_at: datetime | None = None
    contact_kind: ContactKind | None = None


@dataclass(frozen=True, slots=True)
class SearchGroup:
    kind: str
    total: int  # every match of this kind; ``hits`` holds the best of them
    hits: list[SearchHit]
    #: ``total`` is a floor: more match than were counted (a short query)
    more: bool = False


@dataclass(frozen=True, slots=True)
class SearchResults:
    words: list[str]  # the words searched for (after bounding the query)
    groups: list[SearchGroup] = field(default_factory=list)
    #: the query was longer than MAX_QUERY_CHARS or MAX_QUERY_WORDS and was cut
    shortened: bool = False

    #: a short query (see SHORT_WORD): names and titles only, counted as far as shown
    short: bool = False

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)

    @property
    def more(self) -> bool:
        """``total`` is a floor: some group counted no further than it shows."""
        return any(group.more for group in self.groups)


def query_words(user_text: str) -> tuple[list[str], bool]:
    """The words of a query, bounded; and whether it had to be shortened."""
    bounded = user_text[:MAX_QUERY_CHARS]
    tokens = _TOKEN.findall(bounded)
    shortened = len(user_text) > MAX_QUERY_CHARS or len(tokens) > MAX_QUERY_WORDS
    return tokens[:MAX_QUERY_WORDS], shortened


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case and accents left out, as the index leaves them out ('Özdemir' ~ 'ozdemir')."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def snippet(text: str, words: list[str], around: int = 6) -> str:
    """Some words of ``text`` around the first that starts with one of ``words`` (as the
    search matches: by prefix, accents and case left out), every such word between
    MARK_START and MARK_END; the start of the text when none matches."""
    needles = [fold(word) for word in words]
    parts = re.split(r"(\w+)", text)
    tokens = [i for i, part in enumerate(parts) if i % 2]  # the words, by position in parts
    hit = next(
        (n for n, i in enumerate(tokens) if any(fold(parts[i]).startswith(w) for w in needles)),
        0,
    )
    first, last = max(hit - around, 0), min(hit + around, len(tokens) - 1)
    if not tokens:
        return text.strip()
    start, end = tokens[first], tokens[last]
    out = []
    for i in range(start, end + 1):
        part = parts[i]
        if i % 2 and any(fold(part).startswith(w) for w in needles):
            part = f"{MARK_START}{part}{MARK_END}"
        out.append(part)
    return (
        ("…" if first > 0 else "") + "".join(out).strip() + ("…" if last < len(tokens) - 1 else "")
    )


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix.

    Quotes, operators and stray punctuation in user text never reach FTS5 as syntax; a long
    paste is cut to its first words.
    """
    tokens, _ = query_words(user_text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


_MATCH = (
    "SELECT kind, ref, title, snippet(search_index, -1, :start, :end, '…', 12) "
    "FROM search_index WHERE search_index MATCH :q"
)


class SearchService(Service):
    def search(self, user_text: str, limit: int = 50) -> list[SearchHit]:
        """The best ``limit`` hits of every kind together, best first."""
        query = fts_query(user_text)
        if query is None:
            return []
        stmt = text(f"{_MATCH} ORDER BY rank LIMIT :limit")
        with self.store.session() as session:
            rows = session.execute(stmt, {"q": query, "limit": limit, "start": "", "end": ""})
            return _hits(session, list(rows))

    def grouped(self, user_text: str, per_kind: int = 20) -> SearchResults:
        """Hits grouped by kind (clients first, contact moments last), each group with its
        total and its best ``per_kind`` hits; the words that matched are marked in the
        snippets with MARK_START and MARK_END.

        One ranked pass over the best ``POOL`` hits of every kind together picks each
        group's hits (a query per kind would rank every match once per kind: seconds for a
        short word on a large store); only the hits shown are read, by rowid, and their
        snippets cut here around the first word that matched. A short query (every word
        shorter than SHORT_WORD) searches names and titles only, see ``_short``."""
        words, shortened = query_words(user_text)
        query = fts_query(user_text)
        if query is None:
            return SearchResults(words, [], shortened)
        if all(len(word) < SHORT_WORD for word in words):
            return self._short(words, query, shortened, per_kind)
        groups = []
        with self.store.session() as session:
            # the kind from the small table of entries, not the index's wide rows
            totals: dict[str, int] = dict(
                session.execute(
                    text(
                        "SELECT r.kind, count(*) FROM search_index s "
                        "JOIN search_index_ref r ON r.entry = s.rowid "
                        "WHERE search_index MATCH :q GROUP BY r.kind"
                    ),
                    {"q": query},
                ).all()
            )
            chosen: dict[str, list[int]] = {}
            for kind, rowid in session.execute(
                text(
                    "SELECT kind, rowid FROM search_index WHERE search_index MATCH :q "
                    "ORDER BY rank LIMIT :pool"
                ),
                {"q": query, "pool": POOL},
            ):
                best = chosen.setdefault(kind, [])
                if len(best) < per_kind:
                    best.append(rowid)
            # a kind whose every match ranks below the pool (a client named Jan among
            # hundreds of notes of January): its first ones, so the group still shows
            chosen |= _first_of_kinds(session, query, sorted(totals.keys() - chosen.keys()),
                                      per_kind)  # fmt: skip
            found = _entries(session, chosen, words)
            for kind in sorted(totals, key=_kind_order):
                rows = [found[rowid] for rowid in chosen.get(kind, []) if rowid in found]
                hits = _hits(session, rows)
                if hits:
                    groups.append(SearchGroup(kind, int(totals[kind]), hits))
        return SearchResults(words, groups, shortened)

    def _short(self, words: list[str], query: str, shortened: bool, per_kind: int) -> SearchResults:
        """One or two letters: the names and titles of clients, employers, contact persons
        and workplaces that have a word starting so, the first ``per_kind`` of each kind in
        the order they were indexed, and whether there are more (no count of all, no
        ranking of all: each kind stops at one more than it shows)."""
        titles = f"title : ({query})"
        groups = []
        with self.store.session() as session:
            chosen = _first_of_kinds(session, titles, SHORT_KINDS, per_kind + 1)
            more = {kind: len(rowids) > per_kind for kind, rowids in chosen.items()}
            chosen = {kind: rowids[:per_kind] for kind, rowids in chosen.items() if rowids}
            # the other text was not searched: its snippet marks nothing
            found = _entries(session, chosen, [])
            for kind, rowids in chosen.items():
                hits = _hits(session, [found[rowid] for rowid in rowids if rowid in found])
                if hits:
                    groups.append(SearchGroup(kind, len(hits), hits, more[kind]))
        return SearchResults(words, groups, shortened, short=True)


def _first_of_kinds(
    session: Session, query: str, kinds: Sequence[str], limit: int
) -> dict[str, list[int]]:
    """For each of ``kinds``, the rowids of its first ``limit`` entries that match, in index
    order (no ranking). One pass over the matches, which stops once every kind has its
    ``limit``: a pass per kind worked out the whole match list again for each (a short word
    such as "de" matches thousands of names and titles: 37 ms against 14 on the benchmark
    store)."""
    chosen: dict[str, list[int]] = {kind: [] for kind in kinds}
    if not kinds:
        return chosen
    names = {f"k{i}": kind for i, kind in enumerate(kinds)}
    rows = session.execute(
        text(
            "SELECT s.rowid, r.kind FROM search_index s "
            "JOIN search_index_ref r ON r.entry = s.rowid "
            f"WHERE search_index MATCH :q AND r.kind IN ({', '.join(':' + n for n in names)}) "
            "ORDER BY s.rowid"
        ),
        {"q": query, **names},
    )
    waiting = len(kinds)
    for rowid, kind in rows:
        found = chosen[kind]
        if len(found) < limit:
            found.append(rowid)
            if len(found) == limit:
                waiting -= 1
                if not waiting:
                    break
    rows.close()  # the rest of the matches is not read
    return chosen


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _entries(
    session: Session, chosen: dict[str, list[int]], words: list[str]
) -> dict[int, tuple[str, str, str, str]]:
    """The index entries with these rowids: (kind, ref, title, snippet), by rowid; only the
    hits shown are read, and their snippets cut here around the first word that matched."""
    rowids = [rowid for best in chosen.values() for rowid in best]
    return {
        rowid: (kind, ref, title, snippet(body or title, words))
        for rowid, kind, ref, title, body in session.execute(
            text(
                "SELECT rowid, kind, ref, title, body FROM search_index WHERE rowid IN :rowids"
            ).bindparams(bindparam("rowids", expanding=True)),
            {"rowids": rowids or [-1]},
        )
    }


# kind -> SQL giving (ref, owner kind, owner id, owner name) for the records with ids :refs
_OWNER_SQL = {
    "client": "SELECT id, 'client', id, first_name || ' ' || last_name FROM client "
    "WHERE id IN :refs",
    "employer": "SELECT id, 'employer', id, name FROM employer WHERE id IN :refs",
    "contact_person": "SELECT c.id, 'employer', e.id, e.name FROM contact_person c "
    "JOIN employer e ON e.id = c.employer_id WHERE c.id IN :refs",
    "workplace": "SELECT w.id, 'employer', e.id, e.name FROM workplace w "
    "JOIN employer e ON e.id = w.employer_id WHERE w.id IN :refs",
    "intervention": "SELECT i.id, 'client', c.id, c.first_name || ' ' || c.last_name "
    "FROM intervention i JOIN client c ON c.id = i.client_id WHERE i.id IN :refs",
    "contact_moment": "SELECT m.id, "
    "CASE WHEN c.id IS NOT NULL THEN 'client' ELSE 'employer' END, "
    "coalesce(c.id, e.id), coalesce(c.first_name || ' ' || c.last_name, e.name) "
    "FROM contact_moment m LEFT JOIN client c ON c.id = m.client_id "
    "LEFT JOIN employer e ON e.id = m.employer_id WHERE m.id IN :refs",
}


def _hits(session: Session, rows: Sequence[Sequence[str]]) -> list[SearchHit]:
    """Search rows with their owners (one query per kind), in the order given."""
    refs: dict[str, list[str]] = {}
    for kind, ref, *_ in rows:
        refs.setdefault(kind, []).append(ref)
    owners: dict[str, tuple[str, uuid.UUID, str]] = {}
    for kind, kind_refs in refs.items():
        sql = _OWNER_SQL.get(kind)
        if sql is None:
            continue
        stmt = text(sql).bindparams(bindparam("refs", expanding=True))
        for ref, owner_kind, owner_id, owner_name in session.execute(stmt, {"refs": kind_refs}):
            owners[ref] = (owner_kind, uuid.UUID(hex=owner_id), owner_name)
    moments = _moments(session, [uuid.UUID(hex=r) for r in refs.get("contact_moment", [])])
    hits = []
    for kind, ref, title, snippet in rows:
        owner = owners.get(ref)
        if owner is None:
            continue
        record_id = uuid.UUID(hex=ref)
        target_kind, target_id, at, how = kind, record_id, None, None
        if record_id in moments:
            at, how, visit = moments[record_id]
            if visit is not None:
                target_kind, target_id = "visit", visit
        hits.append(
            SearchHit(kind, record_id, title, snippet, *owner, target_kind, target_id, at, how)
        )
    return hits


def _moments(
    session: Session, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[datetime, ContactKind, uuid.UUID | None]]:
    """When and how each contact moment happened, and the company visit it records (a
    visit writes a contact moment of kind "visit" for its employer at noon of its day)."""
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(
        select(
            ContactMoment.id, ContactMoment.occurred_at, ContactMoment.kind,
            ContactMoment.employer_id,
        ).where(ContactMoment.id.in_(ids))
    ).all()  # fmt: skip
    visit_employers = {r.employer_id for r in rows if r.kind is ContactKind.VISIT and r.employer_id}
    visits: dict[tuple[uuid.UUID, date], uuid.UUID] = {}
    if visit_employers:
        for visit_id, employer_id, day in session.execute(
            select(CompanyVisit.id, CompanyVisit.employer_id, CompanyVisit.visited_on).where(
                CompanyVisit.employer_id.in_(visit_employers)
            )
        ):
            visits.setdefault((employer_id, day), visit_id)
    found = {}
    for r in rows:
        visit = None
        if r.kind is ContactKind.VISIT and r.employer_id is not None:
            visit = visits.get((r.employer_id, local_day(r.occurred_at)))
        found[r.id] = (r.occurred_at, r.kind, visit)
    return found
