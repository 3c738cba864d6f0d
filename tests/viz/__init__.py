"""Tests of the graph pictures (kg viz); a package so its conftest does not shadow tests/conftest.py."""
