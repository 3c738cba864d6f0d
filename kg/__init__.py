"""rightsgraph: a knowledge graph of human-rights accountability.

Nothing heavy runs at import: the public API lives in :mod:`kg.api` and is
re-exported lazily, so ``kg --help`` does not pay for spaCy or rdflib.
"""

__version__ = "0.1.0"

_API = {"open_store", "ingest", "load", "query", "export", "visualize", "claims", "validate", "read_document"}


def __getattr__(name):
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
