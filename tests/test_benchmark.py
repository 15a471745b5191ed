"""The project's benchmark keeps working: run small, it measures every row of the issue's
table and reports it in the JSON form the README describes. No timing is asserted (a test
run's figures say nothing: see ``benchmarks/bench.py`` and the README's Speed section)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWS = [
    "startup", "startup_double", "search_p95", "filter_p95", "client_file",
    "suggest_workplace", "suggest_client", "briefing_warm", "handover_export",
    "handover_import", "peak_rss",
]  # fmt: skip


def test_the_benchmark_runs_small_and_reports_every_row(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--clients", "20",
         "--employers", "8", "--repeat", "1", "--json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["machine"]
    assert [row["key"] for row in report["rows"]] == ROWS
    for row in report["rows"]:
        assert row["measure"] and row["unit"] in ("ms", "MB", "×"), row
        assert isinstance(row["value"], int | float) and row["value"] > 0, row
        assert isinstance(row["target"], int | float) and isinstance(row["met"], bool), row
