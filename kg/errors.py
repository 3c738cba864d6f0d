"""The project's exceptions. The CLI catches :class:`KGError` once and prints its message.

Every message names the file or thing at fault and the problem, on one line,
so a user can fix it without a traceback.
"""


class KGError(Exception):
    """Base class: a failure the user can understand and act on.

    ``web`` is the same message worded for the HTTP endpoint, where a command-line hint ("pass
    --allow-update", "--param NAME") means nothing; :attr:`web_message` falls back to the message.
    The query workers send it back beside the message (``kg.sparql_worker``).
    """

    def __init__(self, *args, web: str | None = None):
        super().__init__(*args)
        self.web = web

    @property
    def web_message(self) -> str:
        return self.web or str(self)


class InvalidInput(KGError):
    """An input file or value is malformed; nothing was written."""


class InvalidOntology(KGError):
    """The ontology files are inconsistent with what the code expects."""


class StoreError(KGError):
    """The store cannot be opened or written (locked, missing, full)."""


class StoreLocked(StoreError):
    """Another process holds the embedded store."""


class QueryError(KGError):
    """A SPARQL query is invalid, refused or timed out."""


class SourceError(KGError):
    """An external source failed for one item; skip it and go on."""


class SourceAbort(KGError):
    """An external source failed in a way that stops the whole run."""
