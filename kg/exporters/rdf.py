"""RDF syntaxes, serialised by pyoxigraph (no hand-written format table beyond the registry).

Dataset formats (TriG, N-Quads) keep the per-document graphs; triple formats
(Turtle, N-Triples, JSON-LD) write the union of all graphs.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.exporters.base import Exporter
from kg.sparql import PREFIXES
from kg.store import Store

UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


class _RdfExporter(Exporter):
    RDF_FORMAT: ox.RdfFormat
    DATASET = False

    def write(self, store: Store, out: BinaryIO) -> None:
        data = store.quads() if self.DATASET else store.query(UNION)
        kwargs = {"prefixes": PREFIXES} if self.RDF_FORMAT in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        ox.serialize(data, out, format=self.RDF_FORMAT, **kwargs)


class TurtleExporter(_RdfExporter):
    FORMAT, MIME_TYPE, EXTENSION, RDF_FORMAT = "turtle", "text/turtle", ".ttl", ox.RdfFormat.TURTLE


class NTriplesExporter(_RdfExporter):
    FORMAT, MIME_TYPE, EXTENSION, RDF_FORMAT = "ntriples", "application/n-triples", ".nt", ox.RdfFormat.N_TRIPLES


class JsonLdExporter(_RdfExporter):
    FORMAT, MIME_TYPE, EXTENSION, RDF_FORMAT = "jsonld", "application/ld+json", ".jsonld", ox.RdfFormat.JSON_LD


class TrigExporter(_RdfExporter):
    FORMAT, MIME_TYPE, EXTENSION, RDF_FORMAT, DATASET = "trig", "application/trig", ".trig", ox.RdfFormat.TRIG, True


class NQuadsExporter(_RdfExporter):
    FORMAT, MIME_TYPE, EXTENSION, RDF_FORMAT, DATASET = "nquads", "application/n-quads", ".nq", ox.RdfFormat.N_QUADS, True
