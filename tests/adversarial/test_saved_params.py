"""Injection through saved-query parameters is impossible: hypothesis over hostile values for saved
queries of every parameter kind (string, entity, concept, IRI).

Values go through :func:`kg.sparql.execute`, the path `kg query NAME --param`, `kg serve`'s
``/queries/NAME?key=value`` and the benchmark share. For each value the answer must be exactly
what the bound value legitimately selects, computed here in Python from the store's own labels,
or a one-line :class:`kg.errors.InvalidInput`; the store never changes.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support import store_snapshot

from .conftest import FUZZ, ingest_seed

HOSTILE_PARTS = ['"', "'", '"""', "'''", "}", "{", ">", "<", "\n", "\r", "#", "\\", "\\u0022", "%22", "\x00", "\u202e", "𝕂", "İ", "ß",
                 " } ; DROP ALL ; #", "> ; DROP ALL", '" } UNION { ?s ?p ?o } #', "' } UNION { ?s ?p ?o } #", "> } #", ") } #",
                 '"^^<http://www.w3.org/2001/XMLSchema#string>', '"@en', "?entity", "$text", "http://", "https://w3id.org/rightsgraph/id/",
                 "Ramzan Kadyrov", "kadyrov", "KADYROV", "torture", "Section 7031(c)", "Chechnya", "State Department",
                 "id:", "kg:", "id:person/", "kg:torture"]
hostile = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(HOSTILE_PARTS)), max_size=5).map("".join)
SETTINGS = FUZZ
LABELS = """SELECT ?entity ?label WHERE { ?entity a ?class ; <https://w3id.org/rightsgraph/ontology#mentionedIn> ?doc ; <https://schema.org/name> ?name .
  { ?entity <https://schema.org/name> ?label } UNION { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?label } }"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seed document (a designation and a torture allegation) ingested by the real CLI, opened read-only."""
    from kg.store import open_store

    path = ingest_seed(tmp_path_factory.mktemp("saved-params"))
    before = store_snapshot(path)
    st_ = open_store(str(path), read_only=True)
    yield st_
    st_.close()
    assert store_snapshot(path) == before, "a saved query changed the store"


def run_saved(store, name: str, **params):
    """Rows (dicts of plain values) of a saved query, or the InvalidInput message."""
    from kg.errors import InvalidInput
    from kg.sparql import QueryRequest, execute

    try:
        out = execute(store, QueryRequest(saved=name, params=params, limit=10**6))
    except InvalidInput as exc:
        assert len(str(exc).splitlines()) == 1, str(exc)
        return str(exc)
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(out.data)["results"]["bindings"]]


def labels_of(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in store.query(LABELS):
        out.setdefault(row["entity"].value, set()).add(row["label"].value)
    return out


def test_find_entity_returns_exactly_the_entities_whose_labels_contain_the_text(store):
    labels = labels_of(store)
    assert any("Kadyrov" in name for names in labels.values() for name in names)
    seen_hits = []

    @SETTINGS
    @given(hostile)
    def check(text):
        rows = run_saved(store, "find-entity", text=text)
        assert isinstance(rows, list), rows
        want = {e for e, names in labels.items() if any(text.lower() in n.lower() for n in names)}
        assert {r["entity"] for r in rows} == want, text
        assert all(r["text"] == text for r in rows), text  # the bound value comes back as itself
        if want:
            seen_hits.append(text)

    check()
    assert seen_hits, "some generated values should match real names (the oracle must be exercised both ways)"


def _iri(value: str) -> str | None:
    """The IRI a parameter value is: itself (http, https, urn), or a compact IRI with one of the
    predeclared prefixes and no white space (as tables print them), expanded; None for a name."""
    from kg.sparql import PREFIXES

    if value.startswith(("http://", "https://", "urn:")):
        return value
    prefix, sep, local = value.partition(":")
    return PREFIXES[prefix] + local if sep and prefix in PREFIXES and not any(c.isspace() for c in value) else None


def _resolves(labels: dict[str, set[str]], value: str) -> set[str]:
    """Entities a name parameter legitimately names: exactly, else case-insensitively (kg.sparql.resolve_entity)."""
    if _iri(value):
        return {_iri(value)}
    exact = {e for e, names in labels.items() if value in names}
    return exact or {e for e, names in labels.items() if value.casefold() in {n.casefold() for n in names}}


def test_entity_parameters_resolve_only_to_what_the_name_names(store):
    labels = labels_of(store)
    kadyrov = _resolves(labels, "Ramzan Kadyrov")
    assert len(kadyrov) == 1
    reference = run_saved(store, "designations-of", person=next(iter(kadyrov)))
    assert reference and isinstance(reference, list)
    outcomes = {"rows": 0, "refused": 0}

    @SETTINGS
    @given(hostile)
    def check(value):
        rows = run_saved(store, "designations-of", person=value)
        named = _resolves(labels, value.strip())  # a name is trimmed: pasted from a padded table cell
        if isinstance(rows, str):  # refused: the name names no entity, or several, or is not an IRI
            outcomes["refused"] += 1
            assert len(named) != 1 or _iri(value.strip()), (value, rows)
            return
        outcomes["rows"] += 1
        assert len(named) == 1, (value, rows)
        iri = next(iter(named))
        assert all(r["person"] == iri for r in rows), value
        assert rows == (reference if iri in kadyrov else run_saved(store, "designations-of", person=iri)), value

    check()
    assert outcomes["rows"] and outcomes["refused"], outcomes


def test_concept_and_iri_parameters_never_change_the_query(store):
    torture = run_saved(store, "perpetrators-of", abuse="torture")
    assert torture and all(r["name"] == "Ramzan Kadyrov" for r in torture)

    @SETTINGS
    @given(hostile)
    def check(value):
        rows = run_saved(store, "perpetrators-of", abuse=value)
        if isinstance(rows, list):
            # torture is the only abuse type alleged here: any other concept selects nothing
            assert rows in ([], torture), value
            if rows:
                assert value.casefold() == "torture" or _iri(value) == rows[0]["abuse"], value
        events = run_saved(store, "evidence", event=value)
        if isinstance(events, str):
            assert not _iri(value) or "IRI" in events, (value, events)
        else:
            assert all(r["event"] == _iri(value) for r in events), value

    check()


@pytest.mark.parametrize("term", ["detention", "DETENTION", "arbitrary detention"])
def test_a_vocabulary_term_is_no_entity_to_ask_about(store, term):
    # ("detention" is an altLabel of the abuse type arbitrary_detention: a concept, which concept parameters resolve)
    assert "no entity named" in run_saved(store, "designations-of", person=term)
