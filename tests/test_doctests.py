"""Docstring examples are tests too: every module of the package that shows one is run here."""

import doctest
import importlib
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).parent


def _runs_examples(path: Path) -> bool:
    """Whether the module shows an example that is meant to run (some only illustrate, marked +SKIP)."""
    return any(">>> " in line and "+SKIP" not in line for line in path.read_text(encoding="utf-8").splitlines())


MODULES = sorted(
    ".".join(("kg", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
    for p in PACKAGE.rglob("*.py") if _runs_examples(p)
)


def test_the_package_has_examples():
    assert {"kg.ids", "kg.evaluate", "kg.goldfile"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
