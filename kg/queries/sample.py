"""The sample corpus as a graph, built from its gold annotations (for docs/queries.md and the query tests).

``data/corpus/dev/*.gold.json`` lists each document's entities and events but
no evidence offsets; here each event cites the first sentence that names its
key participants (or, failing that, its first participant), so the graph has
the real shape: n-ary events, Web Annotation evidence, one graph per document.
Only the source checkout has ``data/corpus``; this module is not used at run time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.model import Claim, Document, Entity, Extraction, Span

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "dev"
EXTRACTOR = "gold.v1"
STATUS = {"sanction": "designated", "abuse": "alleged", "denial": "denied", "investigation": "reported", "statement": "reported", "position": "reported", "family": "reported"}
TYPES = {"Program": "SanctionsProgram"}


def _gazetteer() -> dict[str, str]:
    import pyoxigraph as ox

    from kg.resources import gazetteer_dir

    labels = {}
    for path in sorted(gazetteer_dir().glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value in ("https://schema.org/name", "http://www.w3.org/2004/02/skos/core#altLabel"):
                labels.setdefault(t.object.value.casefold(), t.subject.value)
    return labels


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|$)", text, re.MULTILINE):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def _first(value):
    if isinstance(value, list):
        value = next((v for v in value if v is not None), None)
    return value


def extraction(gold_path: Path) -> Extraction:
    from kg import ontology
    from kg.documents import read_document

    onto = ontology.get()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc: Document = read_document(gold_path.with_name(gold["doc"] + ".txt"))
    ex = Extraction(doc=doc, extractor=EXTRACTOR)
    gazetteer = _gazetteer()
    for key, ent in gold["entities"].items():
        names = [n for n in ent["names"] if n]
        iri = next((gazetteer[n.casefold()] for n in names if n.casefold() in gazetteer), None) if ent["type"] in ("Statute", "Program") else None
        ex.entities[key] = Entity(key, names[0], TYPES.get(ent["type"], ent["type"]), wikidata=ent.get("wikidata"), iri=iri, aliases=set(names))
    sentences = _sentences(doc.text)

    def names_of(key):
        return ex.entities[key].aliases if key in ex.entities else set()

    for c in gold["claims"]:
        if c.get("optional"):
            continue
        roles = {k: _first(v) for k, v in c.items() if k not in ("type", "optional")}
        roles = {k: v for k, v in roles.items() if v is not None and (onto.roles[k].kind != "entity" or v in ex.entities)}
        keys = [roles[r] for r in onto.key_roles[c["type"]] if r in roles and onto.roles[r].kind == "entity"]
        if not keys:
            continue

        def mentions(span, key):
            return any(n in doc.text[span[0] : span[1]] for n in names_of(key))

        chosen = next((s for s in sentences if all(mentions(s, k) for k in keys)), None) or next((s for s in sentences if mentions(s, keys[0])), None)
        if chosen is None:
            continue
        ex.claims.append(Claim(c["type"], roles, [Span.of(doc.text, *chosen)], status=STATUS.get(c["type"]), confidence=1.0))
    return ex


def build(store) -> list[str]:
    """Write the sample corpus into ``store`` (reference graph included); returns the document ids."""
    from kg import ids
    from kg.pipeline import ensure_reference
    from kg.rdf import extraction_quads

    ensure_reference(store)
    done = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        ex = extraction(path)
        store.replace_graph(ids.document_iri(ex.doc.id), extraction_quads(ex))
        done.append(ex.doc.id)
    return done
