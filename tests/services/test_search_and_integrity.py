from __future__ import annotations

import sqlite3

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
