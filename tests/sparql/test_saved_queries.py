"""Saved queries: documented, read-only, runnable with bound parameters, listed without a store."""

from __future__ import annotations

import json

import pytest

from kg import queries
from kg.sparql import QueryRequest, execute
from kg.sparql_guard import check
from kg.store import open_store

ALL = queries.names()


def rows(store_path, name, **params):
    with open_store(str(store_path), read_only=True) as st:
        out = execute(st, QueryRequest(saved=name, params=params, fmt="json"))
    return json.loads(out.data)["results"]["bindings"]


def test_at_least_fifteen_documented_queries():
    assert len(ALL) >= 15
    for q in queries.all_queries():
        assert len(q.title) > 10 and len(q.description) > 40, q.name
        for p in q.params:
            assert p.description and p.name in q.examples or p.kind == "iri", (q.name, p.name)


@pytest.mark.parametrize("name", ALL)
def test_saved_query_is_read_only_sparql(name):
    assert check(queries.get(name).text) == "query"


@pytest.mark.parametrize("name", ALL)
def test_saved_query_runs_on_the_sample_corpus(sample_store, name):
    q = queries.get(name)
    params = dict(q.examples)
    if name == "evidence":
        params["event"] = rows(sample_store, "designations-of", person="Ramzan Kadyrov")[0]["event"]["value"]
    found = rows(sample_store, name, **params)
    if name in ("list-corroboration", "corroboration"):
        assert found == []  # nothing is linked to an official list in the sample graph
    else:
        assert found, f"{name} found nothing on the sample corpus"


def test_designations_of_a_person_by_name_alias_or_iri(sample_store):
    by_name = rows(sample_store, "designations-of", person="Ramzan Kadyrov")
    assert {r["basis"]["value"] for r in by_name} == {"Section 7031(c)"}
    r = by_name[0]
    assert r["authority"]["value"] and r["measure"]["value"] == "entry_ban" and r["date"]["value"] == "2020-07-20"
    assert "Kadyrov" in r["quote"]["value"]
    assert rows(sample_store, "designations-of", person="ramzan KADYROV") == by_name  # case-insensitive
    assert rows(sample_store, "designations-of", person=r["person"]["value"]) == by_name  # an IRI


def test_sanctioned_under_follows_program_codes(sample_store):
    glomag = {r["name"]["value"] for r in rows(sample_store, "sanctioned-under", statute="Global Magnitsky Act")}
    eo = {r["name"]["value"] for r in rows(sample_store, "sanctioned-under", statute="E.O. 13818")}
    assert glomag == eo and "Gulnara Karimova" in eo


def test_ambiguous_name_lists_the_candidates(sample_store):
    from kg.errors import InvalidInput

    with pytest.raises(InvalidInput, match="'GloMag' names 2 entities: .*us-eo-13818.*; pass one IRI"):
        rows(sample_store, "sanctioned-under", statute="GloMag")


def test_perpetrators_of_accepts_a_code_or_label(sample_store):
    assert rows(sample_store, "perpetrators-of", abuse="extrajudicial killing") == rows(sample_store, "perpetrators-of", abuse="extrajudicial_killing")


def test_list_corroboration_reads_the_linking_shape(tmp_path, sample_store):
    import shutil

    copy = tmp_path / "linked"
    shutil.copytree(sample_store, copy)
    with open_store(str(copy)) as st:
        st.update("""PREFIX kg: <https://w3id.org/rightsgraph/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
          INSERT { GRAPH <urn:linking> { ?e kg:corroboration kg:confirmedByList . ?t owl:sameAs <https://www.opensanctions.org/entities/Q123/> } }
          WHERE { GRAPH ?g { ?e a kg:Designation ; kg:target ?t } GRAPH ?h { ?t <https://schema.org/name> "Ramzan Kadyrov" } }""")
    found = rows(copy, "list-corroboration")
    assert {(r["name"]["value"], r["corroboration"]["value"]) for r in found} == {("Ramzan Kadyrov", "confirmedByList")}
    assert {r["external"]["value"] for r in found} == {"https://www.opensanctions.org/entities/Q123/"}


def test_unknown_name_and_missing_param_are_clear(invoke, sample_store):
    result = invoke("query", "designations-of", "--store", sample_store, "-p", 'person=x" } ?a ?b ?c { "')
    assert result.exit_code == 2 and "no entity named" in result.stderr
    result = invoke("query", "designations-of", "--store", sample_store)
    assert result.exit_code == 2 and "needs --param person=VALUE" in result.stderr
    result = invoke("query", "designations-of", "--store", sample_store, "-p", "who=x")
    assert result.exit_code == 2 and "has no parameter 'who'" in result.stderr


def test_list_needs_no_store(invoke, store_dir):
    result = invoke("query", "--list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(ALL) and lines[0].split()[0] == ALL[0]
    assert any(line.startswith("designations-of ") and "All designations of a person" in line for line in lines)
    assert not store_dir.exists()


def test_list_shows_each_query_s_parameters_ready_to_paste(invoke):
    lines = {line.split()[0]: line for line in invoke("query", "--list").stdout.splitlines()}
    assert lines["sources-of-designation"].endswith('  (-p target="Ramzan Kadyrov" -p statute="Section 7031(c)")')
    assert lines["perpetrators-of"].endswith("  (-p abuse=torture)")
    assert lines["evidence"].endswith("  (-p event=IRI)")  # no example: the kind of value
    assert lines["documents"].endswith("Documents in the graph")  # no parameters, nothing added


def test_cli_runs_a_saved_query_as_csv(invoke, sample_store):
    result = invoke("query", "statements-of", "--store", sample_store, "-p", "speaker=Ramzan Kadyrov", "-f", "csv")
    assert result.exit_code == 0, result.output
    header, *body = result.stdout.splitlines()
    assert header == "speaker,kind,medium,date,quote,source" and body


def test_limit_cuts_results_and_says_so(invoke, sample_store):
    result = invoke("query", "SELECT ?s WHERE { ?s ?p ?o }", "--store", sample_store, "-f", "json", "--limit", "3")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 3
    assert "results cut at --limit 3" in result.stderr


def test_an_unknown_abuse_type_names_the_codes_and_the_nearest(invoke, sample_store):
    result = invoke("query", "perpetrators-of", "--store", sample_store, "-p", "abuse=tortur")
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith("Error: no concept 'tortur' in kg:AbuseTypes; did you mean 'torture'? (codes: arbitrary_detention, ")
    assert "extrajudicial_killing" in line and "\n" not in line


def test_a_name_with_the_spaces_of_a_table_column_still_names_the_entity(invoke, sample_store):
    padded = invoke("query", "statements-of", "--store", sample_store, "-p", "speaker=  Ramzan Kadyrov  ", "-f", "csv")
    plain = invoke("query", "statements-of", "--store", sample_store, "-p", "speaker=Ramzan Kadyrov", "-f", "csv")
    assert padded.exit_code == 0, padded.output
    assert padded.stdout == plain.stdout


def test_a_parameter_without_a_value_is_named_not_searched_for(invoke, sample_store):
    result = invoke("query", "statements-of", "--store", sample_store, "-p", "speaker=")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --param speaker has no value (Who spoke: ")
