"""A deterministic extractor for tests of everything after extraction (store, RDF, queries).

It knows a few phrases and emits fixed events wherever they occur, so store
and CLI tests do not depend on the NLP extractor's quality. A text containing
``FAULT`` makes it raise, as an extractor bug would, so the handling of a
document the extractor fails on can be tested.
"""

from __future__ import annotations

from kg.extract.base import Extractor
from kg.model import Claim, Entity, Extraction, Span

FAULT = "<<trip the extractor>>"

ENTITIES = {
    "kadyrov": ("Ramzan Kadyrov", "Person", None, None),
    "state": ("State Department", "GovernmentBody", "Q789915", None),
    "7031c": ("Section 7031(c)", "Statute", None, "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"),
    "chechnya": ("Chechnya", "Region", "Q5187", None),
}


class PhraseExtractor(Extractor):
    NAME = "phrase.v1"

    def extract(self, doc):
        if FAULT in doc.text:
            raise IndexError("simulated extractor bug")
        ex = Extraction(doc=doc, extractor=self.NAME)
        text = doc.text
        for key, (name, type_, qid, iri) in ENTITIES.items():
            surface = name.split()[-1] if type_ == "Person" else name
            start = text.find(surface)
            if start >= 0:
                ex.entities[key] = Entity(key, name, type_, wikidata=qid, iri=iri, aliases={surface}, mentions=[Span.of(text, start, start + len(surface))])
        for sentence_start, sentence in _sentences(text):
            if "designat" in sentence and "Kadyrov" in sentence and "7031(c)" in sentence and {"kadyrov", "7031c"} <= ex.entities.keys():
                roles = {"target": "kadyrov", "legal_basis": "7031c", "measure": "entry_ban"}
                if "state" in ex.entities:
                    roles["authority"] = "state"
                ex.claims.append(Claim("sanction", roles, [Span.of(text, sentence_start, sentence_start + len(sentence))], status="designated", confidence=0.9))
            if "tortur" in sentence and "kadyrov" in ex.entities and "Kadyrov" in sentence:
                ex.claims.append(Claim("abuse", {"perpetrator": "kadyrov", "abuse_type": "torture"}, [Span.of(text, sentence_start, sentence_start + len(sentence))], status="alleged", confidence=0.8))
        return ex


def _sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch in ".\n" and i + 1 - start > 1:
            chunk = text[start : i + 1]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                yield start + lead, stripped
            start = i + 1
