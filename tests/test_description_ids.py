"""An entity named only by a description is its document's own node; a name is shared by every document.

"The police" of an article on Nicaragua and "the police" of one on Kenya are
different forces, and "immediate family members" of one designated general are
not the family of the next: merging them by their common noun would join
unrelated events in every query and picture of a many-article graph.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import ids

DESCRIPTIONS = [
    ("GovernmentBody", "government", ()),
    ("Organization", "security forces", ()),
    ("Organization", "Police", ("police",)),  # capitalised only because it opens a sentence...
    ("Group", "immediate family members", ()),
    ("Group", "Rights groups", ()),
    ("Group", "three senior officials", ()),
    ("Group", "Chinese officials", ()),
    ("Group", "Interior Ministry troops", ()),
    ("Group", "300 people", ()),
    ("Place", "police station", ()),
]

NAMES = [
    ("Organization", "Committee for the Defence of Human Rights in Honduras", ()),
    ("GovernmentBody", "Office of Foreign Assets Control", ("OFAC",)),
    ("Organization", "al-Hamzat", ()),
    ("Organization", "33rd Light Infantry Division", ()),
    ("Organization", "Hay'at Tahrir al-Sham", ()),
    ("Organization", "Forces Armées de la République Démocratique du Congo", ()),
    ("Organization", "Police", ()),  # ...but nothing here says it is a common noun
    ("Group", "Uyghurs", ()),
    ("Group", "Revolutionary Guards", ()),
    ("Country", "Democratic Republic of the Congo", ()),
    ("Person", "chief prosecutor", ()),  # people are named, however the extractor guessed
]


@pytest.mark.parametrize("type_,name,aliases", DESCRIPTIONS)
def test_common_nouns_are_descriptions(type_, name, aliases):
    assert ids.is_description(type_, name, aliases)


@pytest.mark.parametrize("type_,name,aliases", NAMES)
def test_proper_names_are_not(type_, name, aliases):
    assert not ids.is_description(type_, name, aliases)


@given(st.text(max_size=40), st.lists(st.text(max_size=20), max_size=3))
def test_a_person_is_never_a_description(name, aliases):
    assert not ids.is_description("Person", name, aliases)


def test_a_scoped_iri_belongs_to_its_document_and_is_stable():
    a = ids.entity_iri("Group", "protesters", "doc-a")
    assert a == ids.entity_iri("Group", "the Protesters", "doc-a")
    assert a != ids.entity_iri("Group", "protesters", "doc-b")
    assert a != ids.entity_iri("Group", "protesters")
    assert a.startswith(ids.ID_NS + "group/local-") and ids.is_local(a)


NICARAGUA = ("nicaragua.txt", "Police beat protesters on Monday in Managua, the Nicaraguan Center for Human Rights said. "
             "The police denied it. Amnesty International condemned the beatings.\n")
KENYA = ("kenya.txt", "Police shot protesters on Tuesday in Nairobi, Amnesty International said. The police did not comment.\n")

NODES = """SELECT ?name (COUNT(DISTINCT ?e) AS ?nodes) WHERE {
  ?e schema:name ?name . FILTER(?name IN ("Amnesty International", "protesters", "Police", "police"))
} GROUP BY ?name ORDER BY ?name"""


@pytest.fixture
def two_articles(tmp_path, invoke, store_dir):
    for name, text in (NICARAGUA, KENYA):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = invoke("ingest", tmp_path / NICARAGUA[0], tmp_path / KENYA[0], "--store", store_dir, "-q")
    assert result.exit_code == 0, result.output
    return store_dir


def _nodes(invoke, store_dir) -> dict[str, int]:
    out = invoke("query", NODES, "--store", store_dir, "-f", "json")
    assert out.exit_code == 0, out.output
    return {r["name"]["value"]: int(r["nodes"]["value"]) for r in json.loads(out.stdout)["results"]["bindings"]}


def test_a_description_in_two_articles_is_two_nodes_and_a_name_is_one(invoke, two_articles):
    nodes = _nodes(invoke, two_articles)
    assert nodes["Amnesty International"] == 1
    assert nodes["protesters"] == 2
    assert nodes.get("Police", 0) + nodes.get("police", 0) == 2


def test_removing_an_article_removes_its_own_descriptions_only(invoke, two_articles):
    result = invoke("remove", "kenya", "--store", two_articles)
    assert result.exit_code == 0, result.output
    nodes = _nodes(invoke, two_articles)
    assert nodes["Amnesty International"] == 1
    assert nodes["protesters"] == 1


def test_descriptions_are_never_offered_to_a_register(invoke, two_articles):
    """No Wikidata item, sanctions list entry or SDN record is "the police" or "protesters"."""
    from kg.link.records import load_entities
    from kg.store import open_store

    with open_store(str(two_articles), read_only=True) as st:
        names = [e.name for e in load_entities(st)]
    assert {"Amnesty International", "Nicaraguan Center for Human Rights"} <= set(names)
    assert "protesters" not in names
    assert "Police" not in names and "police" not in names


def test_a_one_word_name_the_text_also_writes_lower_case_is_a_description():
    assert ids.lower_case_use("Police fired. Then the police left.", "Police") == "police"
    assert ids.lower_case_use("Police fired. Then the policeman left.", "Police") is None
    assert ids.lower_case_use("Georgia said no. Georgia's envoy left.", "Georgia") is None
    assert ids.lower_case_use("Security forces fired. The security forces left.", "Security forces") is None  # one word only
