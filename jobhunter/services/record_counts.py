"""How many records each list holds, counted by the store (for lists not read yet)."""

from __future__ import annotations

from jobhunter.services.store import Store

#: list kind -> its table
COUNTED = {"client": "client", "employer": "employer", "match": "match",
           "appointment": "appointment"}  # fmt: skip


def record_counts(store: Store) -> dict[str, int]:
    """Clients, employers, matches and appointments in the store: one query, a count of
    each table's smallest index (a millisecond on a store of years)."""
    sql = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in COUNTED.values())
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(sql).one()
    return dict(zip(COUNTED, (int(n) for n in row), strict=True))
