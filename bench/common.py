"""Timing and memory helpers shared by the benchmarks.

Every benchmark measures the thing and its baseline in the same run on the
same machine and reports a ratio, because absolute seconds on shared 2-core
machines are noise.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(os.environ.get("KG_BENCH_CACHE", "/tmp/kg-bench"))


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def run_measured(cmd: list[str], **kwargs) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak RSS in MB of that child)."""
    code = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter(); p = subprocess.run(sys.argv[1:]); dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': dt, 'rss_mb': rss, 'rc': p.returncode}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, **kwargs)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    if data["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({data['rc']}): {out.stderr[-2000:]}")
    return data["seconds"], data["rss_mb"]


def python_snippet(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(results: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(results, indent=2, sort_keys=True))
        return
    width = max(map(len, results)) + 2
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}{shown}")


def main_for(run, description: str) -> None:
    """The ``python -m bench.NAME [--quick] [--json]`` entry point every benchmark module shares."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--quick", action="store_true", help="scaled-down inputs")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()
    report(run(a.quick), a.json)
