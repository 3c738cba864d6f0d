"""`kg load` vs a bare pyoxigraph bulk load of the same N-Quads file, and memory growth with size.

Both sides run as fresh processes (interpreter start-up included) on the same
file, alternating, ``REPEAT`` times each; the best time of each side is kept
(one run each read 1.0 and 1.4 for the same 200k file on a loaded machine) and
the largest peak RSS. Reported: ``load_ratio`` (kg / bare, budget
1.2x), ``load_cli_200k_ratio`` (the 200k-quad command, budget 1.5x), peak RSS
and the exponent of RSS growth from the smallest to the largest size.
"""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import main_for, python_snippet, run_measured
from bench.data import nquads_file

BARE = "import sys, pyoxigraph as ox; ox.Store(sys.argv[1]).bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)"


def _kg() -> list[str]:
    exe = Path(sys.executable).with_name("kg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kg.cli"]


REPEAT = 3


def measure(n_quads: int) -> dict:
    path = nquads_file(n_quads)
    bare, kg = [], []
    for _ in range(REPEAT):
        work = Path(tempfile.mkdtemp(prefix="kg-bench-load-"))
        try:
            bare.append(run_measured(python_snippet(BARE) + [str(work / "bare"), str(path)]))
            kg.append(run_measured(_kg() + ["load", str(path), "--store", str(work / "kg"), "--bulk", "-q"]))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    bare_s, kg_s = min(s for s, _ in bare), min(s for s, _ in kg)
    return {"n": n_quads, "bare_s": bare_s, "kg_s": kg_s, "ratio": kg_s / bare_s,
            "bare_rss_mb": max(r for _, r in bare), "kg_rss_mb": max(r for _, r in kg)}


def run(quick: bool = False) -> dict:
    sizes = [10_000, 100_000] if quick else [10_000, 200_000, 1_000_000]
    rows = [measure(n) for n in sizes]
    big, small = rows[-1], rows[0]
    cli = next((r for r in rows if r["n"] == 200_000), None) or measure(200_000)
    exponent = math.log(big["kg_rss_mb"] / small["kg_rss_mb"]) / math.log(big["n"] / small["n"])
    return {
        "load_quads": big["n"],
        "load_bare_seconds": big["bare_s"],
        "load_kg_seconds": big["kg_s"],
        "load_ratio": big["ratio"],
        "load_cli_200k_ratio": cli["ratio"],
        "load_peak_rss_mb": big["kg_rss_mb"],
        "load_rss_growth_exponent": exponent,
    }


if __name__ == "__main__":
    main_for(run, __doc__)
