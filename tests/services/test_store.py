from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from jobhunter.models import Base
from jobhunter.services.clients import ClientService
from jobhunter.services.integrity import check_store
from jobhunter.services.store import (
    Store,
    StoreError,
    StoreTooNewError,
    head_revision,
    include_object,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_every_connection_enforces_foreign_keys_wal_and_busy_timeout(
    store: Store, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_new_store_is_at_the_newest_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )


def test_the_migrations_build_exactly_the_schema_the_models_describe(store: Store) -> None:
    """A model change without its migration would work on new stores and break old ones."""
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": include_object,
                "compare_type": True,
                "compare_server_default": True,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_data_survives_reopening(data_dir: Path, form: str, encrypt) -> None:
    store = Store.open(data_dir)
    if form == "encrypted":
        encrypt(store)
    ClientService(store).create("Fatima", "El Amrani")
    store.close()
    reopened = Store.open(data_dir)
    assert [r.name for r in ClientService(reopened).list_rows()] == ["Fatima El Amrani"]
    reopened.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / "jobhunter.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = db.read_bytes()
    with pytest.raises(StoreTooNewError, match="nieuwere versie"):
        Store.open(data_dir)
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "jobhunter.sqlite").write_text("dit is een boodschappenlijstje\n")
    with pytest.raises(StoreError, match="geen Jobhunter-database"):
        Store.open(data_dir)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_opens_and_keeps_its_data(
    fixture: Path, tmp_path: Path, form: str, encrypt_file
) -> None:
    """A store written by each released version migrates to the newest schema intact (an
    encrypted one too, with its copy before the migration encrypted)."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    if form == "encrypted":
        encrypt_file(fixture, data_dir)
    else:
        shutil.copy(fixture, data_dir / "jobhunter.sqlite")
    store = Store.open(data_dir)
    rows = ClientService(store).list_rows()
    assert "Zoë Özdemir" in [r.name for r in rows]
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
    if fixture.stem != f"schema_{head_revision()}":
        (copy,) = (data_dir / "backups").glob("pre-migration-*.sqlite")
        plain = copy.read_bytes().startswith(b"SQLite format 3\x00")
        assert plain == (form == "plain"), "the copy before migrating has the store's form"
    # the search index and its triggers survive every migration
    assert check_store(store).healthy, check_store(store).problems
    ClientService(store).update(rows[0].id, last_name="Özdemir-Yılmaz")
    assert check_store(store).healthy
    store.close()


def test_there_is_a_fixture_for_the_newest_schema() -> None:
    assert (FIXTURES / f"schema_{head_revision()}.sqlite").exists(), (
        "add a tiny database of the new schema with tests/fixtures/make_fixture.py"
    )


def test_the_fast_revision_check_agrees_with_alembic() -> None:
    """Opening a store at the newest schema reads the revisions from the scripts' own lines
    instead of importing Alembic; what it reads must be what Alembic reads."""
    from alembic.script import ScriptDirectory

    from jobhunter.services.schema_revisions import head_revision as fast_head
    from jobhunter.services.schema_revisions import known_revisions as fast_known
    from jobhunter.services.store import _alembic_config

    scripts = ScriptDirectory.from_config(_alembic_config())
    assert fast_head() == scripts.get_current_head()
    assert fast_known() == {rev.revision for rev in scripts.walk_revisions()}


def test_opening_a_store_at_the_newest_schema_does_not_import_alembic(data_dir: Path) -> None:
    """Alembic (with Mako and Pygments) is a third of a start; it loads only to migrate."""
    import subprocess
    import sys

    Store.open(data_dir).close()
    script = (
        "import sys; from pathlib import Path; from jobhunter.services.store import Store;"
        f"Store.open(Path({str(data_dir)!r})).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_store_recording_no_revision_reads_as_new(data_dir: Path) -> None:
    from jobhunter.services.schema_revisions import stored_revision

    store = Store.open(data_dir)
    with store.engine.begin() as conn:
        assert stored_revision(conn) == head_revision()
        conn.execute(text("DELETE FROM alembic_version"))
        assert stored_revision(conn) is None
        conn.execute(text("DROP TABLE alembic_version"))
        assert stored_revision(conn) is None
    store.close()
