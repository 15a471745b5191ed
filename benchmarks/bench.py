"""The project's benchmark: how fast the things a jobhunter waits for are on a large store.

    python benchmarks/bench.py [--clients 5000] [--employers 2000] [--repeat 5] [--json]

Generates (once, cached in the temp folder per size) the benchmark store and one twice its
size, then measures every row of the targets table of issue 18 (see the README): the start
of ``jobhunter`` to its first painted window on both stores against a bare PySide6 window
with four empty tabs in the same run (``processes``), the global search and the Caseload
filter per keystroke and opening a client file in a shown window (``interactive``), match
suggestions, the employer briefing, the handover export and import, and the peak memory
after visiting every tab. Medians of ``--repeat`` runs, p95 where the target says so.
Prints a Markdown table (progress on stderr), or JSON with ``--json``. Times are of this
machine under its load at the time (printed with the table): compare rows of one run.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ``benchmarks`` as a package


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


#: a fresh interpreter: open the store, then time the first briefing with everything it loads
#: on first use (the document modules, reportlab, the fonts)
_FIRST_BRIEFING = """
import sys, time, uuid
from pathlib import Path
from jobhunter.services.store import Store
store = Store.open(Path(sys.argv[1]), writer=False)  # the benchmark holds the writer lock
start = time.perf_counter()
from jobhunter.services.documents.service import DocumentService
DocumentService(store).briefing_pdf(uuid.UUID(sys.argv[2]))
print((time.perf_counter() - start) * 1000)
"""


def bench_briefing(store: Any, data_dir: Path, repeat: int) -> list[tuple[str, float]]:
    """The employer briefing of a match with an interview planned at the employer with the
    most visits: warm (modules and fonts loaded; target under 200 ms), and the first one in a
    fresh process, imports and fonts included (target under 1 s; the process's start and
    opening the store are reported beside it, not in it)."""
    from sqlalchemy import func, select

    from jobhunter.models import CompanyVisit, Match
    from jobhunter.models.enums import Stage
    from jobhunter.services.documents.service import DocumentService

    with store.session() as session:
        visits = (
            select(CompanyVisit.employer_id, func.count().label("n"))
            .group_by(CompanyVisit.employer_id)
            .subquery()
        )
        match_id: uuid.UUID = session.scalars(
            select(Match.id)
            .outerjoin(visits, visits.c.employer_id == Match.employer_id)
            # a match with an interview planned (what a briefing is for), at the employer
            # with the most visits; any match in a store too small to have one
            .order_by(
                (Match.stage == Stage.INTERVIEW_PLANNED).desc(), visits.c.n.desc().nulls_last()
            )
            .limit(1)
        ).one()
    service = DocumentService(store)
    service.briefing_pdf(match_id)  # loads reportlab and the fonts
    warm = timed(lambda: service.briefing_pdf(match_id), repeat)
    first, whole = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_BRIEFING, str(data_dir), str(match_id)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        whole.append((time.perf_counter() - start) * 1000)
        first.append(float(out.stdout.strip().splitlines()[-1]))
    return [
        ("briefing PDF, warm", warm),
        ("first briefing in a fresh process (imports, fonts)", statistics.median(first)),
        ("  that whole process, from python start", statistics.median(whole)),
    ]


@dataclass
class Row:
    """One row of the targets table (see the README): the measured figure and its target."""

    key: str
    measure: str
    value: float
    unit: str
    target: float
    detail: str = ""

    @property
    def met(self) -> bool:
        return self.value <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "met": self.met}


#: every row of the table, in its order (the JSON keys)
ROWS = (
    "startup", "startup_double", "search", "filter", "client_file", "suggest_workplace",
    "suggest_client", "briefing_warm", "handover_export", "handover_import", "peak_rss",
)  # fmt: skip


def _keys(value: str) -> tuple[str, ...]:
    """``--only``: row keys separated by commas ('search_p95' and 'search' alike)."""
    keys = tuple(k.strip().removesuffix("_p95") for k in value.split(",") if k.strip())
    unknown = [k for k in keys if k not in ROWS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown rows: {', '.join(unknown)}")
    return keys


def build_store(data_dir: Path, clients: int, employers: int) -> None:
    """Generate the store once (kept under the temp folder for the next runs)."""
    from jobhunter.services.demo import generate_demo
    from jobhunter.services.store import Store

    if (data_dir / "jobhunter.sqlite").exists():
        return
    part = data_dir.with_name(data_dir.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    store = Store.open(part)
    start = time.perf_counter()
    summary = generate_demo(store, clients=clients, employers=employers, seed=1)
    store.close()
    part.rename(data_dir)
    print(f"generated in {time.perf_counter() - start:.0f} s: {summary}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--employers", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--only",
        type=_keys,
        default=ROWS,
        help="measure only these rows, comma-separated (a row's JSON key, or 'search', "
        "'filter' for the p95 rows): " + ",".join(ROWS),
    )
    args = parser.parse_args()
    wanted = set(args.only)
    repeat = args.repeat
    say = functools.partial(print, file=sys.stderr)  # progress; stdout is the table or JSON

    from benchmarks import interactive, processes

    temp = Path(tempfile.gettempdir())
    data_dir = temp / f"jobhunter-bench-{args.clients}-{args.employers}"
    double_dir = temp / f"jobhunter-bench-{2 * args.clients}-{2 * args.employers}"
    build_store(data_dir, args.clients, args.employers)
    build_store(double_dir, 2 * args.clients, 2 * args.employers)
    load_before = os.getloadavg()
    reference_before = reference_ms()

    from sqlalchemy import select

    from jobhunter.models import Client, Workplace
    from jobhunter.models.enums import WorkplaceStatus
    from jobhunter.services.matching.suggestions import SuggestionService, forget_facts
    from jobhunter.services.store import Store

    store = Store.open(data_dir)
    client_id = interactive.client_with_contacts(store, 200)  # before the start-ups: a change
    store.close()
    rows: list[Row] = []

    # --- whole processes, against the bare window in the same run -------------------------
    startup_ms: dict[str, float] = {}
    if wanted & {"startup", "startup_double", "peak_rss"}:
        say("start-up: bare window, store, store twice the size …")
        starts = processes.startups({"store": data_dir, "double": double_dir}, repeat)
        floor, base, double = (statistics.median(starts[k]) for k in ("floor", "store", "double"))
        startup_ms = {"floor": floor, "store": base, "double": double}
        floor_mb = statistics.median(starts["floor peak kB"]) / 1024
        rows += [
            Row("startup", "start to the first painted window, Caseload filled (× bare window)",
                base / floor, "×", 1.5, f"{base:.0f} ms against {floor:.0f} ms"),
            Row("startup_double", "start on a store twice the size (× the benchmark store)",
                double / base, "×", 1.2, f"{double:.0f} ms against {base:.0f} ms"),
        ]  # fmt: skip
    if "peak_rss" in wanted:
        say("peak memory after visiting every tab, the calendar and a search …")
        peak_mb = processes.peak_memory(data_dir, repeat)

    # --- in this process --------------------------------------------------------------------
    store = Store.open(data_dir)
    with store.session() as session:
        clients = session.scalars(select(Client.id)).all()
        workplaces = session.scalars(
            select(Workplace.id).where(Workplace.status == WorkplaceStatus.OPEN)
        ).all()
    if wanted & {"search", "filter", "client_file"}:
        say("the open window: search, filter, client file …")
        from PySide6.QtWidgets import QApplication

        from jobhunter.ui.app import install_translators, settings_for
        from jobhunter.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        install_translators(app, "nl")
        window = MainWindow(store, settings_for(Path(tempfile.mkdtemp())), start_of_day=False)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        if "search" in wanted:
            search = interactive.search_keystrokes(window, app)
            rows.append(Row("search_p95", "global search, keystroke to results shown, p95",
                interactive.p95(search), "ms", 30, f"{len(search)} keystrokes, median "
                f"{statistics.median(search):.1f} ms"))  # fmt: skip
        if "filter" in wanted:
            filtering = interactive.filter_keystrokes(window, app)
            rows.append(Row("filter_p95",
                f"Caseload filter, keystroke to view updated, p95 ({len(clients)} rows)",
                interactive.p95(filtering), "ms", 16, f"{len(filtering)} keystrokes, median "
                f"{statistics.median(filtering):.1f} ms"))  # fmt: skip
        if "client_file" in wanted:
            client_file = interactive.open_client_file(window, app, client_id, repeat)
            rows.append(Row("client_file", "opening a client file with 200 contact moments",
                client_file, "ms", 50))  # fmt: skip
        window.close()
    # Match suggestions where the user waits for them: in the propose dialog, from choosing
    # a workplace or a client to the ranked list painted. Cold: a dialog opened with no facts
    # kept, the first suggestions of a session (or the first after their facts' tables
    # changed); kept: a new dialog while the facts kept for the store are unchanged. The
    # service alone is in the detail, cold, for one workplace over every client (not only
    # those in the matching phase, as the dialog asks) and for one client.
    if wanted & {"suggest_workplace", "suggest_client"}:
        say("suggestions …")
        from PySide6.QtWidgets import QApplication

        from jobhunter.ui.app import install_translators
        from jobhunter.ui.none_refcount import keep_none_alive

        keep_none_alive()
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        install_translators(app, "nl")
        listed = {w.id for w in SuggestionService(store).open_workplaces()}
        workplace = next(w for w in workplaces if w in listed)  # one the dialog offers

        def cold(ask: Callable[[SuggestionService], object]) -> object:
            forget_facts(store)
            return ask(SuggestionService(store))

        service_workplace = timed(
            lambda: cold(lambda s: s.for_workplace(workplace, phases=None)), repeat
        )
        service_client = timed(lambda: cold(lambda s: s.for_client(clients[0])), repeat)
        dialog = interactive.propose_dialog(store, app, workplace, clients[0], repeat)
        opens = f"the dialog opens in {dialog['open']:.0f} ms"
        rows += [
            Row("suggest_workplace",
                f"match suggestions for one workplace, in the dialog "
                f"({dialog['workplace rows']:.0f} clients ranked)",
                dialog["workplace cold"], "ms", 100,
                f"facts kept {dialog['workplace kept']:.0f} ms; the service alone over all "
                f"{len(clients)} clients {service_workplace:.0f} ms; {opens}"),
            Row("suggest_client",
                f"match suggestions for one client, in the dialog "
                f"({dialog['client rows']:.0f} workplaces)",
                dialog["client cold"], "ms", 100,
                f"facts kept {dialog['client kept']:.0f} ms; the service alone "
                f"{service_client:.0f} ms"),
        ]  # fmt: skip
    if "briefing_warm" in wanted:
        say("briefing …")
        briefing = dict(bench_briefing(store, data_dir, repeat))
        first = briefing["first briefing in a fresh process (imports, fonts)"]
        rows.append(Row("briefing_warm", "employer briefing PDF, warm",
            briefing["briefing PDF, warm"], "ms", 200,
            f"the first in a fresh process {first:.0f} ms"))  # fmt: skip
    if wanted & {"handover_export", "handover_import"}:
        say("handover …")
        handed = clients[:50]
        handover = dict(handover_timings(store, handed, repeat))
        rows += [
            Row("handover_export", f"handover export, {len(handed)} full client files (X25519)",
                handover["export"], "ms", 500),
            Row("handover_import", f"handover import, {len(handed)} full client files (X25519)",
                handover["import"], "ms", 500,
                f"of which open, check and preview {handover['preview']:.0f} ms"),
        ]  # fmt: skip
    store.close()
    if "peak_rss" in wanted:
        rows.append(Row("peak_rss", "peak memory after every tab, the calendar and a search",
            peak_mb, "MB", 150, f"bare window {floor_mb:.0f} MB"))  # fmt: skip
    order = {key: n for n, key in enumerate(ROWS)}
    rows = sorted(
        (row for row in rows if row.key.removesuffix("_p95") in wanted),
        key=lambda row: order[row.key.removesuffix("_p95")],
    )
    machine = {
        "cpu": _cpu_name(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(terse=True),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "reference_ms": [round(reference_before), round(reference_ms())],
        "clients": args.clients,
        "employers": args.employers,
        "repeat": repeat,
        "startup_ms": startup_ms,
    }
    if args.json:
        print(json.dumps({"machine": machine, "rows": [r.as_dict() for r in rows]}, indent=2))
        return
    print(f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}; load "
          f"{machine['load_before'][0]} before, {machine['load_after'][0]} after; "
          f"reference loop {machine['reference_ms'][0]} ms before, "
          f"{machine['reference_ms'][1]} ms after; median of {repeat}")  # fmt: skip
    print()
    print("| measure | target | measured | met | |")
    print("|---|---|---|---|---|")
    for row in rows:
        value = f"{row.value:.2f}×" if row.unit == "×" else f"{row.value:.0f} {row.unit}"
        target = f"≤ {row.target}×" if row.unit == "×" else f"< {row.target:.0f} {row.unit}"
        print(f"| {row.measure} | {target} | {value} | {'yes' if row.met else '**no**'} "
              f"| {row.detail} |")  # fmt: skip


#: the reference workload, run in a fresh interpreter (see ``reference_ms``)
_REFERENCE = """
import json, statistics, time

def once():
    start = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i * i
    table = {str(i): [i, str(i)] for i in range(20_000)}
    for _ in range(3):
        json.dumps(table, sort_keys=True)
    return (time.perf_counter() - start) * 1000

print(statistics.median(once() for _ in range(5)))
"""


def reference_ms() -> float:
    """How fast this machine is right now: a fixed pure-Python workload (arithmetic, dict
    building, JSON), median of five. A shared virtual machine's speed drifts within
    minutes; two runs compare fairly only when their reference is alike. It runs in a
    fresh interpreter: in this process, after the handover's measurements, the garbage
    collector's passes over their objects made the same loop take half again as long."""
    out = subprocess.run(
        [sys.executable, "-c", _REFERENCE], capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def _cpu_name() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def handover_timings(
    store: object, client_ids: list[object], repeat: int
) -> list[tuple[str, float]]:
    """Export and import of 50 full client files, with an X25519 key so that the passphrase
    key derivation (scrypt, about a second by design) is not what is measured. The export
    runs on a copy of the store (it writes audit entries); each import goes into a fresh
    empty store."""
    import pyrage

    from jobhunter.services.handover.service import ExportRequest, HandoverService, Protection
    from jobhunter.services.store import Store, snapshot

    work = Path(tempfile.mkdtemp(prefix="jobhunter-bench-handover-"))
    (work / "source").mkdir()
    snapshot(store.db_path, work / "source" / "jobhunter.sqlite")  # type: ignore[attr-defined]
    source = Store.open(work / "source")
    identity = pyrage.x25519.Identity.generate()
    request = ExportRequest(client_ids, Protection("Collega", public_key=str(identity.to_public())))  # type: ignore[arg-type]
    packet = work / "overdracht.age"
    exporter = HandoverService(source)
    result = exporter.export(request, packet)  # warm up: imports, fonts, the worker process
    print(
        f"handover packet: {len(result.client_ids)} clients, {result.employers} employers, "
        f"{sum(result.counts.values())} records, {result.size // 1024} kB",
        file=sys.stderr,
    )
    out = [("export", timed(lambda: exporter.export(request, packet), repeat))]
    targets = iter([Store.open(work / f"target-{i}") for i in range(2 * repeat + 1)])
    reads: list[float] = []

    def import_fresh() -> None:
        target = HandoverService(next(targets))
        start = time.perf_counter()
        read = target.read_file(packet, identities=[str(identity)])
        target.preview(read)
        reads.append((time.perf_counter() - start) * 1000)
        target.apply(read)

    import_fresh()  # warm up
    reads.clear()
    out.append(("import", timed(import_fresh, repeat)))  # open, check, preview, apply
    out.append(("preview", statistics.median(reads)))
    source.close()
    return out


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    from jobhunter.services.handover import worker

    worker.shutdown()
    os._exit(0)  # PySide's teardown of the window's objects can crash after the work is done
