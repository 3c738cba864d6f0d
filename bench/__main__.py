"""Run every benchmark and print one summary: ``python -m bench [--quick] [--json] [--only NAME ...]``.

Each benchmark module in this package has ``run(quick) -> dict`` and measures
its subject against a baseline in the same run; this runner merges their
results. ``--quick`` uses scaled-down inputs (100k quads, 30 articles, a
1,000-node page) with the same keys and finishes in about two minutes.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from bench.common import peak_rss_mb, report

BENCHMARKS = ["load", "ingest", "query", "viz"]

# The budgets of the scale issue, checked on the printed ratios (never by a test:
# a shared machine makes any single run noisy). ``--quick`` sizes are smaller, so
# there they are indications, not verdicts.
BUDGETS = {
    "load_ratio": ("<=", 1.2),
    "load_cli_200k_ratio": ("<=", 1.5),
    "ingest_overhead": ("<=", 1.3),
    "entity_query_p50_ms_max": ("<", 50.0),
    "aggregate_query_ratio": ("<=", 1.2),
    "viz_5k_seconds": ("<", 3.0),
    "viz_vs_pyvis": (">=", 10.0),
}
_COMPARE = {"<=": float.__le__, "<": float.__lt__, ">=": float.__ge__}
# A ratio whose baseline was stopped at a cap is only a lower bound: short of its
# budget it says the cap was too short, not that rightsgraph was too slow.
LOWER_BOUND_WHEN = {"viz_vs_pyvis": "viz_pyvis_capped"}


def over_budget(results: dict) -> list[str]:
    """The keys whose value misses its budget (printed one per line on stderr)."""
    over = []
    for key, (op, limit) in BUDGETS.items():
        if key not in results:
            continue
        ok = _COMPARE[op](float(results[key]), limit)
        capped = results.get(LOWER_BOUND_WHEN.get(key, ""), False)
        verdict = "ok" if ok else ("a lower bound (baseline stopped at its cap)" if capped else "OVER")
        print(f"bench: {key} = {float(results[key]):.3f} (budget {op} {limit:g}) {verdict}", file=sys.stderr)
        if not ok and not capped:
            over.append(key)
    return over


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
    results["over_budget"] = over_budget(results)
    report(results, a.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
