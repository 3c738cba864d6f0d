"""Run every benchmark and print one summary: ``python -m bench [--quick] [--json] [--only NAME ...]``.

Each benchmark module in this package has ``run(quick) -> dict`` and measures
its subject against a baseline in the same run; this runner merges their
results. ``--quick`` uses scaled-down inputs (100k quads, 50 articles, a
1,000-node page) with the same keys and finishes in about two minutes.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from bench.common import peak_rss_mb, report

BENCHMARKS = ["load", "ingest", "query", "viz"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="scaled-down inputs (CI)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--only", nargs="*", choices=BENCHMARKS, help="run only these")
    a = ap.parse_args()
    results: dict = {"quick": a.quick}
    failed = []
    for name in a.only or BENCHMARKS:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ImportError as exc:
            print(f"bench: {name} unavailable ({exc})", file=sys.stderr)
            failed.append(name)
            continue
        start = time.perf_counter()
        try:
            results.update(module.run(a.quick))
        except Exception as exc:  # report and go on: one broken benchmark must not hide the others
            print(f"bench: {name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed.append(name)
        print(f"bench: {name} took {time.perf_counter() - start:.1f} s", file=sys.stderr)
    rss = [v for k, v in results.items() if k.endswith("peak_rss_mb")]
    results["peak_rss_mb"] = max(rss + [peak_rss_mb()])
    report(results, a.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
