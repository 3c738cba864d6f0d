"""Installability: a wheel carries the data files the code reads, and `kg` starts without heavy imports."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_cli_start_imports_no_heavy_library():
    code = (
        "import sys; from kg.cli import cli; "
        "cli.main(['--help'], standalone_mode=False); "
        "print('HEAVY:' + ','.join(m for m in ('spacy', 'rdflib', 'pyshacl', 'playwright', 'trafilatura', 'pyvis', 'networkx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "HEAVY:"


@pytest.mark.slow
def test_wheel_ships_ontology_gazetteers_and_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("rightsgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for ttl in (ROOT / "ontology").glob("*.ttl"):
        assert f"kg/_res/ontology/{ttl.name}" in names
    for f in (ROOT / "data" / "gazetteers").iterdir():
        assert f"kg/_res/data/gazetteers/{f.name}" in names, f.name
    assert "kg/terms.py" in names and "kg/cli/__init__.py" in names
