"""Benchmarks: python -m bench.query."""
