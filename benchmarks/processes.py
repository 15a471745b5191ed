"""Whole-process measures for ``bench.py``: start-up to the first painted window, and peak
memory, each against a bare PySide6 window with four empty tabs measured in the same run.

A start is timed from just before the process is started to the first paint of the window
(with the Caseload filled, for Jobhunter): the process prints ``first-paint <monotonic>``
then and ends at once (see ``jobhunter/ui/startup_probe.py``). Runs alternate (floor, store,
store twice the size, floor, …) so that the load of a shared machine falls on each alike.

The windows are shown maximised on a virtual screen (Xvfb, 1366×768, as a laptop) when
``Xvfb`` is installed, else on Qt's offscreen platform (said in the output).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: the floor: a bare PySide6 window with four empty tabs, maximised, exits at its first paint
BARE_WINDOW = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget(window)
for name in ("Caseload", "Werkgevers", "Pipeline", "Nazorg"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
class FirstPaint(QObject):
    fired = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, report)
        return False
def report():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-paint {time.monotonic():.6f}\\npeak-kb {peak}", flush=True)
    os._exit(0)
probe = FirstPaint()
tabs.installEventFilter(probe)
window.showMaximized()
app.exec()
"""

#: Jobhunter's window, maximised, then every tab, the week and month calendars and a search
#: visited as a user would; prints the process's peak resident memory (``ru_maxrss``).
#: The modules load in the order of the `jobhunter` command: its command line (and with it
#: SQLAlchemy and the services) before PySide6. PySide6 reads the source of every module
#: imported after it (to look for ``from __feature__ import``) and keeps it in
#: ``linecache``: importing PySide6 first held some 22 MB of source lines the app never has.
VISIT_ALL = """
import os, resource, sys
from pathlib import Path
import jobhunter.cli  # first, as the `jobhunter` command imports it (see below)
from PySide6.QtWidgets import QApplication
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.page import MONTH, WEEK
from jobhunter.ui.app import install_translators, settings_for
from jobhunter.ui.backup.session import AppSession
app = QApplication(sys.argv[:1])
install_translators(app, "nl")
data_dir = Path(sys.argv[1])
session = AppSession(Store.open(data_dir), settings_for(data_dir))
window = session.open_window(start_of_day=False)
window.showMaximized()
app.processEvents()
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
window.tabs.setCurrentIndex(3)
for view in (WEEK, MONTH):
    window.aftercare.set_view(view)
    app.processEvents()
window.search_edit.setText("jan")
window.search_panel.run_now("jan")
app.processEvents()
print(f"peak-kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
os._exit(0)
"""


@contextmanager
def virtual_screen() -> Iterator[dict[str, str]]:
    """The environment for a window on a 1366×768 virtual screen (Xvfb), or offscreen."""
    env = dict(os.environ)
    # an installed Jobhunter starts from its compiled modules (pip compiles them, and a first
    # start writes what is missing): without this, a shell that forbids writing bytecode
    # would have every measured start compile all of Jobhunter's source again
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if shutil.which("Xvfb") is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    display = f":{200 + os.getpid() % 300}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        yield env
    finally:
        server.terminate()
        server.wait()


def _first_paint(command: list[str], env: dict[str, str]) -> tuple[float, int | None]:
    """Milliseconds from starting ``command`` to its first paint; its peak memory in kB
    when it says."""
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    lines = dict(
        line.split(" ", 1)
        for line in out.stdout.splitlines()
        if line.startswith(("first-", "peak-"))
    )
    if "first-paint" not in lines:
        raise RuntimeError(f"no first paint from {command[:3]}: {out.stderr[-500:]}")
    peak = int(lines["peak-kb"]) if "peak-kb" in lines else None
    return (float(lines["first-paint"]) - start) * 1000, peak


def open_on_caseload(data_dir: Path) -> None:
    """Let the store's window open on the Caseload (the first start of a day, or a morning,
    opens on the day's agenda), as the measure says."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("start_of_day/show", False)
    settings.sync()


def startups(stores: dict[str, Path], repeat: int) -> dict[str, list[float]]:
    """Start-up times (ms) of the bare window ("floor") and of Jobhunter on each store,
    ``repeat`` rounds, alternating; the key "floor peak kB" holds the floor's memory."""
    for data_dir in stores.values():
        open_on_caseload(data_dir)
    app = [str(Path(sys.executable).with_name("jobhunter"))]
    if not Path(app[0]).exists():
        app = [sys.executable, "-m", "jobhunter"]
    samples: dict[str, list[float]] = {"floor": [], "floor peak kB": []}
    samples.update({name: [] for name in stores})
    with virtual_screen() as env:
        screen = "Xvfb 1366x768" if "DISPLAY" in env else "offscreen"
        print(f"start-up on {screen}", file=sys.stderr)
        env["JOBHUNTER_EXIT_AT_FIRST_PAINT"] = "1"
        _first_paint([sys.executable, "-c", BARE_WINDOW], env)  # warm the file cache
        for data_dir in stores.values():
            _first_paint([*app, "--data-dir", str(data_dir)], env)
        for _ in range(repeat):
            ms, peak = _first_paint([sys.executable, "-c", BARE_WINDOW], env)
            samples["floor"].append(ms)
            samples["floor peak kB"].append(float(peak or 0))
            for name, data_dir in stores.items():
                samples[name].append(_first_paint([*app, "--data-dir", str(data_dir)], env)[0])
    return samples


def peak_memory(data_dir: Path, repeat: int) -> float:
    """Median peak resident memory (MB) of Jobhunter after visiting every tab, the week
    and month calendars and a search (the store opened read and write, as the app does)."""
    peaks = []
    with virtual_screen() as env:
        for _ in range(repeat):
            out = subprocess.run(
                [sys.executable, "-c", VISIT_ALL, str(data_dir)],
                env=env, capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            line = next((x for x in out.stdout.splitlines() if x.startswith("peak-kb")), None)
            if line is None:
                raise RuntimeError(f"no peak memory: {out.stderr[-500:]}")
            peaks.append(int(line.split()[1]) / 1024)
    return statistics.median(peaks)
