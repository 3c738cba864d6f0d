"""Helpers for the adversarial suite: real `kg` subprocesses with peak-RSS measurement, a
listening socket that must see no connection, and the knobs for long runs.

Environment:
  KG_STRESS=1               long runs: 50 kill -9 points instead of 5, bigger files, 30 s of 50 HTTP clients
  KG_FUZZ_EXAMPLES=N        hypothesis examples per fuzzed entry point (default 1000), random instead of derandomized
  KG_SERVE_LOAD_SECONDS=S   how long the 50 clients hammer `kg serve` (default 10, 30 with KG_STRESS=1)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from support import Tripwire

HERE = Path(__file__).resolve().parent
KGCLI = HERE / "kgcli.py"
STRESS = os.environ.get("KG_STRESS") == "1"
FUZZ_EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "1000"))

# Hypothesis profiles for every property test here, applied per test with @FUZZ (never loaded
# globally, so other folders keep their own settings). CI: derandomized, so a run is repeatable
# and a failure reproduces; no example database; no deadline (timings live in bench/).
settings.register_profile("kg-adversarial-ci", max_examples=FUZZ_EXAMPLES, deadline=None, database=None, derandomize=True,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("kg-adversarial-random", settings.get_profile("kg-adversarial-ci"), derandomize=False)
FUZZ = settings.get_profile("kg-adversarial-random" if "KG_FUZZ_EXAMPLES" in os.environ else "kg-adversarial-ci")

DESIGNATION = "Ramzan Kadyrov was designated under Section 7031(c) by the State Department."
TORTURE = "Kadyrov is accused of torture in Chechnya."


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    seconds: float


def kg_command(*args) -> list[str]:
    return [sys.executable, str(KGCLI), *map(str, args)]


def run_kg(*args, timeout: float = 120, cwd=None, env=None) -> Run:
    """Run `kg ARGS` in a child process; returns its output and its own peak RSS (from wait4)."""
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kg-adv-{os.getpid()}-{time.monotonic_ns()}"
    start = time.monotonic()
    with open(f"{out_path}.out", "wb") as out, open(f"{out_path}.err", "wb") as err:
        child_env = dict(os.environ if env is None else env, KG_ADV_RSS_FILE=f"{out_path}.rss")
        proc = subprocess.Popen(kg_command(*args), stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, env=child_env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                pytest.fail(f"kg {' '.join(map(str, args))} hung for more than {timeout} s")
            time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_file = Path(f"{out_path}.rss")
    try:
        stdout = Path(f"{out_path}.out").read_text(errors="replace")
        stderr = Path(f"{out_path}.err").read_text(errors="replace")
        # The child's own VmHWM when it could write it (see kgcli.py); wait4's figure otherwise
        # (a killed child), which also counts the parent's pages at fork time.
        peak_kb = int(rss_file.read_text()) if rss_file.exists() else usage.ru_maxrss
    finally:
        Path(f"{out_path}.out").unlink()
        Path(f"{out_path}.err").unlink()
        rss_file.unlink(missing_ok=True)
    return Run(proc.returncode, stdout, stderr, peak_kb / 1024, time.monotonic() - start)


def assert_one_line_error(run: Run, *fragments: str, code: int | None = None) -> None:
    """Failed cleanly: non-zero exit, no traceback, every message line starts with 'Error: '."""
    assert run.returncode != 0, run.stderr
    if code is not None:
        assert run.returncode == code, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr, run.stderr
    lines = [ln for ln in run.stderr.splitlines() if ln.strip() and " ingested (" not in ln]
    assert lines and all(ln.startswith("Error: ") for ln in lines), run.stderr
    for fragment in fragments:
        assert fragment in run.stderr, run.stderr


@pytest.fixture
def tripwire():
    wire = Tripwire()
    yield wire
    wire.close()
    assert wire.connections == [], f"outbound request(s) reached the tripwire: {wire.connections}"


def ingest_seed(root: Path) -> Path:
    """``root/store`` after a real `kg ingest` (child process, phrase extractor) of the seed document."""
    doc = root / "seed.txt"
    doc.write_text(f"{DESIGNATION}\n{TORTURE}\n", encoding="utf-8")
    store = root / "store"
    run = run_kg("ingest", doc, "--store", store, "--extractor", "phrase", "-q")
    assert run.returncode == 0, run.stderr
    return store


def linked_seed(root: Path, source: str, path: Path, max_rss_mb: float) -> Path:
    """:func:`ingest_seed` then a real `kg link SOURCE PATH` over it (child process) in under ``max_rss_mb``."""
    store = ingest_seed(root)
    linked = run_kg("link", source, path, "--store", store, "-q")
    assert linked.returncode == 0, linked.stderr
    assert linked.peak_rss_mb < max_rss_mb
    return store


@pytest.fixture
def seeded_store(tmp_path, store_dir, invoke):
    """The store folder after ingesting one document with the phrase extractor."""
    doc = tmp_path / "seed" / "seed.txt"
    doc.parent.mkdir()
    doc.write_text(f"{DESIGNATION}\n{TORTURE}\n", encoding="utf-8")
    result = invoke("ingest", doc, "--store", store_dir, "--extractor", "phrase", "-q")
    assert result.exit_code == 0, result.output
    return store_dir
