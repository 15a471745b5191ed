from __future__ import annotations

import re
import sqlite3
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from jobhunter.models.enums import ContactKind, Sector
from jobhunter.services.activity import ContactService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.integrity import check_store
from jobhunter.services.search import SearchService, fts_query
from jobhunter.services.store import Store


def test_search_finds_names_without_accents_and_by_prefix(
    store: Store, clock: FixedClock, form: str, encrypt
) -> None:
    if form == "encrypted":  # SQLCipher's SQLite has the same full-text search
        encrypt(store)
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    hits = SearchService(store, clock).search("ozdem")
    assert [(h.kind, h.id) for h in hits] == [("client", client.id)]


def test_a_note_leads_to_its_client(store: Store, clock: FixedClock) -> None:
    client = ClientService(store, clock).create("Bram", "de Vries")
    ContactService(store, clock).log(
        ContactKind.NOTE, "Bang voor sollicitatiegesprek", client_id=client.id
    )
    (hit,) = SearchService(store, clock).search("sollicitatiegesprek")
    assert hit.kind == "contact_moment"
    assert (hit.owner_kind, hit.owner_id, hit.owner_name) == ("client", client.id, "Bram de Vries")


def test_the_index_follows_edits_and_deletes(store: Store, clock: FixedClock) -> None:
    employers = EmployerService(store, clock)
    employer = employers.create("Bakkerij Het Korenschoof", Sector.PRODUCTION)
    employers.update(employer.id, name="Bakkerij De Zon")
    search = SearchService(store, clock)
    assert search.search("korenschoof") == []
    assert [h.id for h in search.search("zon")] == [employer.id]
    ClientService(store, clock).delete(ClientService(store, clock).create("Ali", "Zon").id)
    assert [h.id for h in search.search("zon")] == [employer.id]


@given(st.text())
def test_no_user_text_can_break_the_search_syntax(text: str) -> None:
    query = fts_query(text)
    if query is None:
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_a_healthy_store_passes_the_check(
    store: Store, clock: FixedClock, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    ClientService(store, clock).create("Zoë", "Özdemir")
    assert check_store(store).healthy


def test_a_search_index_out_of_step_is_reported(
    store: Store, clock: FixedClock, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    ClientService(store, clock).create("Zoë", "Özdemir")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_index")
    report = check_store(store)
    assert not report.healthy
    assert any("zoekindex" in p for p in report.problems)


def test_results_come_grouped_by_kind_with_totals_and_marked_words(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.services.search import MARK_END, MARK_START

    client = ClientService(store, clock).create("Bram", "de Vries", city="Vlaardingen")
    contacts = ContactService(store, clock)
    for n in range(5):
        contacts.log(ContactKind.CALL, f"Vlaardingen bezoek {n}", client_id=client.id)
    results = SearchService(store, clock).grouped("vlaard", per_kind=3)
    assert [(g.kind, g.total, len(g.hits)) for g in results.groups] == [
        ("client", 1, 1),
        ("contact_moment", 5, 3),
    ]
    assert results.total == 6
    moment = results.groups[1].hits[0]
    assert f"{MARK_START}Vlaardingen{MARK_END}" in moment.snippet
    assert moment.owner_id == client.id and moment.occurred_at is not None
    assert (moment.target_kind, moment.target_id) == ("contact_moment", moment.id)


def test_one_or_two_letters_find_the_client_by_name_not_every_note(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.services.search import MARK_START

    # Given a client named Bakker, another client and many notes with words starting "ba"
    clients = ClientService(store, clock)
    bakker = clients.create("Jan", "Bakker", city="Barneveld")
    other = clients.create("Zoë", "Özdemir", city="Barendrecht")
    contacts = ContactService(store, clock)
    for n in range(4):
        contacts.log(ContactKind.CALL, f"Baan besproken {n}", client_id=other.id)
    service = SearchService(store, clock)
    # When "ba" is typed: the names and titles starting so, not the notes or the city
    results = service.grouped("ba")
    assert results.short
    assert [(g.kind, [h.id for h in g.hits]) for g in results.groups] == [("client", [bakker.id])]
    assert not results.more
    # the city beside the name was not searched, so nothing in it is marked
    (hit,) = results.groups[0].hits
    assert MARK_START not in hit.snippet
    # one letter too; and an accent typed or not
    assert [h.id for h in service.grouped("Ö").groups[0].hits] == [other.id]
    # a third letter searches every text again, counted in full
    full = service.grouped("bar")
    assert not full.short and {g.kind for g in full.groups} == {"client"}
    assert [h.id for h in service.grouped("baa").groups[0].hits] != []
    assert service.grouped("baa").groups[0].total == 4


def test_a_short_query_says_when_a_kind_has_more_than_it_shows(
    store: Store, clock: FixedClock
) -> None:
    clients = ClientService(store, clock)
    for n in range(4):
        clients.create(f"Bram{n}", "Bakker")
    (group,) = SearchService(store, clock).grouped("b", per_kind=3).groups
    # three shown, and a floor, not a count: there are more
    assert (group.kind, group.total, len(group.hits), group.more) == ("client", 3, 3, True)
    (group,) = SearchService(store, clock).grouped("b", per_kind=4).groups
    assert (group.total, group.more) == (4, False)


def test_a_short_query_shows_the_first_of_every_kind_each_with_its_more(
    store: Store, clock: FixedClock
) -> None:
    # Given clients, employers, contact persons and workplaces whose names start with "bo",
    # made in turns (so that the index interleaves the kinds), and notes saying so too
    clients, employers = ClientService(store, clock), EmployerService(store, clock)
    made: dict[str, list[object]] = {"client": [], "employer": [], "contact_person": [],
                                     "workplace": []}  # fmt: skip
    for n in range(3):
        made["client"].append(clients.create(f"Bo{n}", "Jansen").id)
        employer = employers.create(f"Bouwbedrijf {n}", Sector.PRODUCTION)
        made["employer"].append(employer.id)
        if n < 2:
            made["workplace"].append(employers.add_workplace(employer.id, f"Bouwer {n}").id)
    made["contact_person"].append(employers.add_contact(employer.id, "Bob de Wit").id)
    ContactService(store, clock).log(
        ContactKind.CALL, "Bouwplaats bezocht", employer_id=employer.id
    )
    # When "bo" is typed, two per kind: each kind shows its first two in the order made, and
    # says whether it has more; no note is searched
    results = SearchService(store, clock).grouped("bo", per_kind=2)
    assert results.short
    shown = {g.kind: ([h.id for h in g.hits], g.more) for g in results.groups}
    assert shown == {
        "client": (made["client"][:2], True),
        "employer": (made["employer"][:2], True),
        "contact_person": (made["contact_person"], False),
        "workplace": (made["workplace"], False),
    }


def test_a_kind_crowded_out_of_the_best_hits_still_shows(
    store: Store, clock: FixedClock, monkeypatch
) -> None:
    from jobhunter.services import search

    # Given a client living in Vlaardingen and more contact moments titled so than the
    # pool of best hits holds (they rank above a word in the client's city)
    monkeypatch.setattr(search, "POOL", 3)
    client = ClientService(store, clock).create("Bram", "de Vries", city="Vlaardingen")
    contacts = ContactService(store, clock)
    for n in range(5):
        contacts.log(ContactKind.CALL, f"Vlaardingen bezoek {n}", client_id=client.id)
    # When searched: the client's group is there too, with its count
    results = SearchService(store, clock).grouped("vlaardingen", per_kind=3)
    assert [(g.kind, g.total, len(g.hits)) for g in results.groups] == [
        ("client", 1, 1),
        ("contact_moment", 5, 3),
    ]
    assert results.groups[0].hits[0].id == client.id


def test_a_visit_found_by_its_notes_leads_to_the_visit(store: Store, clock: FixedClock) -> None:
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    employers.log_visit(employer.id, clock.today() - timedelta(days=5), notes="Kennismaking")
    visit = employers.log_visit(employer.id, clock.today(), workplace="Vacature snoeier")
    (group,) = SearchService(store, clock).grouped("snoeier").groups
    (hit,) = group.hits
    # the visit wrote a contact moment; the hit leads to the visit itself
    assert hit.kind == "contact_moment" and hit.owner_id == employer.id
    assert (hit.target_kind, hit.target_id) == ("visit", visit.id)


@given(st.text(min_size=0, max_size=3000))
def test_a_query_is_bounded_whatever_is_pasted(text: str) -> None:
    from jobhunter.services.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_words

    words, shortened = query_words(text)
    assert len(words) <= MAX_QUERY_WORDS
    assert sum(len(w) for w in words) <= MAX_QUERY_CHARS
    assert all(word in text[:MAX_QUERY_CHARS] for word in words)
    too_many = len(re.findall(r"\w+", text)) > MAX_QUERY_WORDS
    assert shortened == (len(text) > MAX_QUERY_CHARS or too_many)


def test_a_long_paste_is_searched_quickly(store: Store, clock: FixedClock) -> None:
    import time

    ClientService(store, clock).create("Zoë", "Özdemir")
    pasted = "Özdemir " + "lorem ipsum dolor sit amet " * 400
    start = time.perf_counter()
    results = SearchService(store, clock).grouped(pasted)
    assert time.perf_counter() - start < 1.0
    assert results.shortened and len(results.words) == 8


@given(
    st.lists(st.text(alphabet="abcdeéöz ", min_size=1, max_size=8), min_size=0, max_size=30),
    st.text(alphabet="abcdeéöz", min_size=1, max_size=3),
)
def test_a_snippet_is_a_piece_of_the_text_with_only_matching_words_marked(
    words: list[str], needle: str
) -> None:
    from jobhunter.services.search import MARK_END, MARK_START, fold, snippet

    text = " ".join(words)
    cut = snippet(text, [needle])
    plain = cut.replace(MARK_START, "").replace(MARK_END, "").strip("…")
    assert plain in text.strip()
    for marked in re.findall(f"{MARK_START}(.*?){MARK_END}", cut):
        assert fold(marked).startswith(fold(needle))


def _steps_to_delete(store: Store, moment_id: object) -> int:
    """SQLite's virtual machine steps a contact moment's deletion takes (its search entry
    with it): a measure of work that, unlike time, does not depend on the machine."""
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        steps = [0]

        def count() -> int:
            steps[0] += 1
            return 0

        conn.set_progress_handler(count, 1)
        conn.execute("DELETE FROM contact_moment WHERE id = ?", (moment_id.hex,))  # type: ignore[attr-defined]
        conn.commit()
        conn.set_progress_handler(None, 1)
        return steps[0]
    finally:
        raw.close()


def test_deleting_a_record_finds_its_search_entry_without_reading_the_whole_index(
    store: Store, clock: FixedClock
) -> None:
    """Each entry's rowid is kept beside the index (0013): erasing a client with years of
    contact moments took seconds when every deletion scanned the whole index."""
    contacts = ContactService(store, clock)
    client = ClientService(store, clock).create("Zoë", "Özdemir")

    def log(n: int) -> object:
        return contacts.log(ContactKind.NOTE, f"Gesprek {n} over werk", client_id=client.id).id

    # Given a deletion from an index of a few entries
    few = _steps_to_delete(store, log(0))
    # When the index holds four hundred more, the same deletion takes as much work
    for n in range(400):
        log(n)
    many = _steps_to_delete(store, log(401))
    assert many < few * 1.5, (few, many)
    # and the index is still whole
    assert check_store(store).healthy, check_store(store).problems
    assert len(SearchService(store, clock).search("gesprek", limit=1000)) == 400


def test_a_search_entry_without_its_reference_is_reported(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Bram", "de Vries")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_index_ref")
    report = check_store(store)
    assert any("search_index_ref" in problem for problem in report.problems)
