"""The notebooks in notebooks/ run top to bottom (executed with nbclient, as CI does)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_the_quickstart_says_which_part_of_the_corpus_it_ingests_and_which_prefixes_it_relies_on():
    """It said "the sample corpus" while ingesting the dev split, and used kg:, prov:, oa: without a word on where they come from."""
    from kg.sparql import PREFIXES

    nb = nbformat.read(Path(__file__).parent.parent / "notebooks" / "quickstart.ipynb", as_version=4)
    prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code = " ".join(c.source for c in nb.cells if c.cell_type == "code")
    assert '"../data/corpus/dev"' in code and "`data/corpus/dev`; `kg ingest data/corpus` takes every split" in prose
    assert "kg.sparql.PREFIXES" in prose
    used = {p for p in PREFIXES if f"{p}:" in code and f"PREFIX {p}:" not in code}
    assert used >= {"kg", "schema", "prov", "oa"} and all(f"`{p}:`" in prose for p in ("kg", "schema", "prov", "oa"))
