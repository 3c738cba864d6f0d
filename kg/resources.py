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


def sources_dir() -> Path:
    """Settings of the external sources ``kg link`` uses (``data/sources/*.yml``)."""
    return _locate(_PKG / "_res" / "data" / "sources", _PKG.parent / "data" / "sources")


def wikidata_dir() -> Path:
    """The shipped Wikidata extract for offline linking (``data/wikidata/``)."""
    return _locate(_PKG / "_res" / "data" / "wikidata", _PKG.parent / "data" / "wikidata")


def linking_dir() -> Path:
    """The annotated linking sample for ``kg link evaluate`` (``data/linking/``)."""
    return _locate(_PKG / "_res" / "data" / "linking", _PKG.parent / "data" / "linking")


def queries_dir() -> Path:
    return _PKG / "queries"
