"""Where the package's data files are, in a source checkout and in an installed wheel.

The ontology and gazetteers live in the top-level ``ontology/`` and ``data/``
folders of the repository (the single source of truth). A wheel ships them as
``kg/_res/...``; an editable install reads them from the checkout.
"""

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _locate(installed: Path, checkout: Path) -> Path:
    return installed if installed.is_dir() else checkout


def ontology_dir() -> Path:
    return _locate(_PKG / "_res" / "ontology", _PKG.parent / "ontology")


def gazetteer_dir() -> Path:
    return _locate(_PKG / "_res" / "data" / "gazetteers", _PKG.parent / "data" / "gazetteers")


def queries_dir() -> Path:
    return _PKG / "queries"
