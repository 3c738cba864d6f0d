"""The foundation, end to end through the CLI: ingest, query, re-ingest, remove, export, validate."""

from __future__ import annotations

import json
import shutil

import pytest
import rdflib

from support import ARTICLES, store_snapshot

ARTICLE = ARTICLES / "kadyrov_7031c.txt"

DESIGNATIONS = """
SELECT DISTINCT ?who ?law ?quote WHERE {
  ?e a kg:Designation ; kg:target/schema:name ?who ; kg:legalBasis ?basis ;
     prov:wasDerivedFrom/oa:hasTarget/oa:hasSelector/oa:exact ?quote .
  ?basis schema:name ?law .
}"""


@pytest.fixture
def ingested(invoke, store_dir):
    result = invoke("ingest", ARTICLE, "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 0, result.output
    return store_dir


def test_ingest_then_query_finds_the_designation_with_its_quote(invoke, ingested):
    result = invoke("query", DESIGNATIONS, "--store", ingested, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [(r["who"]["value"], r["law"]["value"]) for r in rows] == [("Ramzan Kadyrov", "Section 7031(c)")]
    assert "publicly designated Ramzan Kadyrov" in rows[0]["quote"]["value"]


def test_quote_is_the_text_at_its_offsets(invoke, ingested):
    q = """SELECT ?exact ?start ?end ?text WHERE {
      ?ev oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?s1, ?s2 .
      ?s1 oa:exact ?exact . ?s2 oa:start ?start ; oa:end ?end . ?doc kg:text ?text }"""
    rows = json.loads(invoke("query", q, "--store", ingested, "-f", "json").stdout)["results"]["bindings"]
    assert rows
    text = ARTICLE.read_text(encoding="utf-8")
    for r in rows:
        assert r["text"]["value"] == text
        assert text[int(r["start"]["value"]) : int(r["end"]["value"])] == r["exact"]["value"]


def test_document_metadata_comes_from_the_sidecar(invoke, ingested):
    q = "SELECT ?title ?date ?url WHERE { ?d a kg:Document ; schema:headline ?title ; schema:datePublished ?date ; schema:url ?url }"
    out = invoke("query", q, "--store", ingested, "-f", "csv").stdout.splitlines()
    assert out[1] == "State Department bars Chechen leader Kadyrov from the United States,2020-07-20,https://example.org/rightsgraph-fixtures/kadyrov-7031c"


def test_reingest_changes_nothing(invoke, ingested):
    before = store_snapshot(ingested)
    result = invoke("ingest", ARTICLE, "--store", ingested, "--extractor", "phrase")
    assert result.exit_code == 0
    assert "0 ingested" in result.stderr and "1 unchanged" in result.stderr
    assert store_snapshot(ingested) == before
    forced = invoke("ingest", ARTICLE, "--store", ingested, "--extractor", "phrase", "--force")
    assert "1 ingested" in forced.stderr
    assert store_snapshot(ingested) == before


def test_changed_text_replaces_the_document_graph(invoke, ingested, tmp_path):
    copy = tmp_path / ARTICLE.name
    copy.write_text(ARTICLE.read_text(encoding="utf-8").replace("torture and extrajudicial killings", "abuses"), encoding="utf-8")
    assert invoke("ingest", copy, "--store", ingested, "--extractor", "phrase").exit_code == 0
    count = invoke("query", "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:AbuseAllegation }", "--store", ingested, "-f", "csv").stdout
    assert count.splitlines()[1] == "0"


def test_an_edited_sidecar_is_a_changed_document(invoke, ingested, tmp_path):
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    sidecar = json.loads(ARTICLE.with_name("kadyrov_7031c.source.json").read_text(encoding="utf-8"))
    (tmp_path / "kadyrov_7031c.source.json").write_text(json.dumps({**sidecar, "date": "2020-07-21"}), encoding="utf-8")
    result = invoke("ingest", tmp_path / ARTICLE.name, "--store", ingested, "--extractor", "phrase")
    assert "1 ingested" in result.stderr and "0 unchanged" in result.stderr
    dates = invoke("query", "SELECT ?date WHERE { ?d a kg:Document ; schema:datePublished ?date }", "--store", ingested, "-f", "csv").stdout
    assert dates.splitlines()[1:] == ["2020-07-21"]


def test_remove_retracts_everything_the_document_said(invoke, ingested):
    assert invoke("remove", "kadyrov_7031c", "--store", ingested).exit_code == 0
    snapshot = store_snapshot(ingested)
    assert snapshot and all("reference" in q for q in snapshot)
    again = invoke("remove", "kadyrov_7031c", "--store", ingested)
    assert again.exit_code == 1 and "not in the store: kadyrov_7031c" in again.stderr


def test_remove_with_an_unknown_name_among_the_names_removes_nothing(invoke, ingested):
    before = store_snapshot(ingested)
    result = invoke("remove", "kadyrov_7031c", "kadyrov_typo", "--store", ingested)
    assert result.exit_code == 1
    assert "not in the store: kadyrov_typo; nothing removed" in result.stderr
    assert store_snapshot(ingested) == before
    again = invoke("remove", "kadyrov_7031c", "kadyrov_7031c.txt", "--store", ingested)
    assert again.exit_code == 0, again.output  # one document named twice is removed once
    assert all("reference" in q for q in store_snapshot(ingested))


def test_export_turtle_parses_with_rdflib(invoke, ingested, tmp_path):
    out = tmp_path / "graph.ttl"
    assert invoke("export", "--store", ingested, "--format", "turtle", "-o", out).exit_code == 0
    g = rdflib.Graph().parse(out, format="turtle")
    assert (None, rdflib.URIRef("https://w3id.org/rightsgraph/ontology#designatedUnder"), None) in g


def test_an_export_that_fails_half_way_leaves_the_previous_file_as_it_was(invoke, ingested, tmp_path, monkeypatch):
    from kg import plugins

    monkeypatch.setitem(plugins._EXTRA, "exporters", {**plugins._EXTRA.get("exporters", {}), "half": "support:HalfExporter"})  # this test only
    out = tmp_path / "graph.ttl"
    assert invoke("export", "--store", ingested, "-o", out).exit_code == 0
    before = out.read_bytes()
    result = invoke("export", "--store", ingested, "-f", "half", "-o", out)
    assert result.exit_code == 1 and result.stderr.endswith("connection lost\n")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "store"]


@pytest.mark.parametrize("fmt,parser", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"), ("ntriples", "nt")])
def test_every_export_format_parses(invoke, ingested, fmt, parser):
    result = invoke("export", "--store", ingested, "-f", fmt)
    assert result.exit_code == 0
    ds = rdflib.Dataset()
    ds.parse(data=result.stdout_bytes, format=parser)
    assert len(ds) > 100 or sum(len(g) for g in ds.graphs()) > 100


def test_export_writes_the_format_its_file_name_announces_so_kg_load_reads_it_back(invoke, ingested, tmp_path):
    for name, first_bytes in [("graph.nq", b"<"), ("graph.jsonld", b"["), ("entities.ftm.json", b'{"datasets"'), ("graph.ttl", b"@prefix")]:
        result = invoke("export", "--store", ingested, "-o", tmp_path / name)
        assert result.exit_code == 0 and result.stderr == "", result.output
        assert (tmp_path / name).read_bytes().startswith(first_bytes), name
    loaded = invoke("load", tmp_path / "graph.nq", "--store", tmp_path / "copy")
    assert loaded.exit_code == 0, loaded.output
    assert store_snapshot(tmp_path / "copy") == store_snapshot(ingested)


def test_loading_an_export_without_document_graphs_says_the_saved_queries_will_not_find_its_events(invoke, ingested, tmp_path):
    """A Turtle export loaded elsewhere answered every saved query with nothing, as if there were no such facts."""
    for name, note in [("graph.ttl", True), ("graph.jsonld", True), ("graph.nq", False)]:
        assert invoke("export", "--store", ingested, "-o", tmp_path / name).exit_code == 0
        loaded = invoke("load", tmp_path / name, "--store", tmp_path / f"copy-{name}")
        assert loaded.exit_code == 0, loaded.output
        assert ("saved queries (`kg query NAME`) will not find them; load a TriG or N-Quads export" in loaded.stderr) is note, name
    assert "Ramzan Kadyrov" in invoke("query", "designations-of", "-p", "person=Ramzan Kadyrov", "--store", tmp_path / "copy-graph.nq").stdout


def test_export_in_a_format_other_than_the_file_name_announces_says_so(invoke, ingested, tmp_path):
    """-f jsonld -o graph.ttl wrote JSON-LD without a word, and kg load graph.ttl then called it "not valid turtle"."""
    out = tmp_path / "graph.ttl"
    result = invoke("export", "--store", ingested, "-f", "jsonld", "-o", out)
    assert result.exit_code == 0 and result.stderr == f"note: {out} will hold jsonld, not the turtle its name announces to kg load and other tools\n"
    assert out.read_bytes().startswith(b"[")
    assert invoke("export", "--store", ingested, "-f", "ftm", "-o", tmp_path / "entities.ftm.json").stderr == ""


def test_export_to_a_name_no_exporter_writes_is_turtle_and_says_so(invoke, ingested, tmp_path):
    out = tmp_path / "graph.graphml"
    result = invoke("export", "--store", ingested, "-o", out)
    assert result.exit_code == 0
    assert result.stderr.startswith(f"note: kg export writes no '.graphml' files; {out} will be Turtle (--format picks another; GraphML, GEXF, PNG and SVG come from `kg viz -o`")
    assert out.read_bytes().startswith(b"@prefix")


def test_validate_passes_on_an_ingested_graph(invoke, ingested):
    result = invoke("validate", "--store", ingested)
    assert result.exit_code == 0, result.output
    assert "valid" in result.stderr


def test_validate_reports_a_tampered_quote(invoke, ingested):
    import pyoxigraph as ox

    st = ox.Store(str(ingested))
    st.update("""PREFIX oa: <http://www.w3.org/ns/oa#>
      DELETE { GRAPH ?g { ?s oa:exact ?q } } INSERT { GRAPH ?g { ?s oa:exact "forged words" } } WHERE { GRAPH ?g { ?s oa:exact ?q } }""")
    del st
    result = invoke("validate", "--store", ingested)
    assert result.exit_code == 1
    assert "quote does not equal the document text" in result.stdout


def test_query_reads_stdin_and_files(invoke, ingested, tmp_path):
    q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"
    assert invoke("query", "-", "--store", ingested, "-f", "csv", input=q).stdout.splitlines()[1] == "1"
    f = tmp_path / "count.rq"
    f.write_text(q)
    assert invoke("query", f, "--store", ingested, "-f", "tsv").stdout.splitlines()[1] == "1"


def test_query_binds_parameters_as_terms(invoke, ingested):
    q = "SELECT ?name ?e WHERE { ?e schema:name ?name }"
    out = invoke("query", q, "--store", ingested, "-f", "csv", "-p", "name=Ramzan Kadyrov").stdout.splitlines()
    assert len(out) == 2 and out[1].startswith("Ramzan Kadyrov,https://w3id.org/rightsgraph/id/person/")
    hostile = invoke("query", q, "--store", ingested, "-f", "csv", "-p", 'name=x" } ?a ?b ?c { "').stdout.splitlines()
    assert hostile == ["name,e"]


def test_a_parameter_the_query_never_uses_is_refused_not_ignored(invoke, ingested):
    """A misspelt -p pesron=... would otherwise return every row, as if it had filtered them."""
    q = "SELECT ?name ?e WHERE { ?e schema:name ?name }"
    result = invoke("query", q, "--store", ingested, "-f", "csv", "-p", "nam=Ramzan Kadyrov")
    assert result.exit_code == 2 and result.stderr == "Error: --param nam: the query has no ?nam\n"
    assert invoke("query", q.replace("?name", "$name"), "--store", ingested, "-f", "csv", "-p", "name=Ramzan Kadyrov").exit_code == 0


def test_construct_prints_turtle(invoke, ingested):
    result = invoke("query", "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }", "--store", ingested, "-f", "turtle")
    g = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(g) == 1


def test_construct_without_a_format_prints_turtle_and_select_a_table(invoke, ingested):
    graph = invoke("query", "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }", "--store", ingested)
    assert graph.exit_code == 0, graph.output
    assert len(rdflib.Graph().parse(data=graph.stdout, format="turtle")) == 1
    described = invoke("query", "DESCRIBE ?p WHERE { ?p a kg:Person }", "--store", ingested)
    assert described.exit_code == 0 and len(rdflib.Graph().parse(data=described.stdout, format="turtle")) > 1
    table = invoke("query", "SELECT ?n WHERE { ?p a kg:Person ; schema:name ?n }", "--store", ingested)
    assert table.stdout.splitlines()[:3] == ["n", "--------------", "Ramzan Kadyrov"]
    refused = invoke("query", "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }", "--store", ingested, "-f", "table")
    assert refused.exit_code == 2 and "format 'table' is for SELECT/ASK" in refused.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "xml", "csv", "tsv"])
def test_every_result_format_ends_with_a_newline(invoke, ingested, fmt):
    for sparql in ("SELECT ?n WHERE { ?p schema:name ?n }", "ASK { ?p a kg:Person }"):
        result = invoke("query", sparql, "--store", ingested, "-f", fmt)
        assert result.exit_code == 0 and result.stdout.endswith("\n") and not result.stdout.endswith("\n\n")


def test_an_iri_as_the_table_prints_it_can_be_passed_back_as_a_parameter(invoke, ingested):
    table = invoke("query", "timeline", "-p", "entity=Ramzan Kadyrov", "--store", ingested).stdout
    compact = table.splitlines()[2].split()[0]
    assert compact.startswith("id:person/")
    again = invoke("query", "timeline", "-p", f"entity={compact}", "--store", ingested)
    assert again.exit_code == 0 and again.stdout == table
    event = invoke("query", "designations-of", "-p", "person=Ramzan Kadyrov", "--store", ingested).stdout.splitlines()[2].split()[1]
    evidence = invoke("query", "evidence", "-p", f"event={event}", "--store", ingested, "-f", "csv")
    assert evidence.exit_code == 0 and len(evidence.stdout.splitlines()) > 1


def test_table_output_is_readable(invoke, ingested):
    out = invoke("query", "SELECT DISTINCT ?name WHERE { ?p a kg:Person ; schema:name ?name }", "--store", ingested).stdout
    assert out.splitlines()[0].strip() == "name"
    assert "Ramzan Kadyrov" in out


def test_bad_query_is_one_line_error(invoke, ingested):
    result = invoke("query", "SELECT WHERE {", "--store", ingested)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: invalid SPARQL") and result.stderr.count("\n") == 1


def test_a_syntax_error_is_placed_on_the_line_of_the_query_the_user_wrote(invoke, ingested):
    """The predeclared prefixes go above the query; they must not move its line numbers."""
    body = "SELECT ?s WHERE {\n  ?s a kg:Person ; schema:name ?n .\n  FILTER(?n = ) }"
    declared = "PREFIX kg: <https://w3id.org/rightsgraph/ontology#> PREFIX schema: <https://schema.org/> " + body
    mine = invoke("query", body, "--store", ingested)
    assert mine.exit_code == 1 and mine.stderr.startswith("Error: invalid SPARQL: error at 3:")
    assert mine.stderr == invoke("query", declared, "--store", ingested).stderr


def test_a_syntax_error_in_a_query_file_names_the_file_and_its_line_in_kg_query_and_kg_viz(invoke, ingested, tmp_path):
    """kg viz --query FILE placed the error two lines low (the prefixes it declares) and neither command named the file."""
    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT ?s WHERE {\n  ?s a kg:Person ; schema:name ?n .\n  FILTER(?n = ) }", encoding="utf-8")
    queried = invoke("query", rq, "--store", ingested)
    drawn = invoke("viz", "--query", rq, "-o", tmp_path / "mine.html", "--store", ingested)
    assert queried.stderr.startswith(f"Error: {rq}: invalid SPARQL: error at 3:") and queried.stderr.count("\n") == 1
    assert drawn.stderr == queried.stderr and drawn.exit_code == queried.exit_code == 1
    assert not (tmp_path / "mine.html").exists()


@pytest.mark.parametrize("name,hint", [("designation-of", "did you mean 'designations-of'? "), ("Timeline", "did you mean 'timeline'? "), ("zzzz", "")])
def test_a_mistyped_saved_query_is_named_as_one_not_as_bad_sparql(invoke, ingested, name, hint):
    result = invoke("query", name, "-p", "person=Ramzan Kadyrov", "--store", ingested)
    assert result.exit_code == 2
    assert result.stderr == f"Error: no saved query {name!r}; {hint}`kg query --list` shows them\n"


def test_query_without_store_says_so(invoke, store_dir):
    result = invoke("query", "ASK {}", "--store", store_dir)
    assert result.exit_code == 1 and "no store here yet" in result.stderr


@pytest.mark.parametrize("command", [["ingest", ARTICLE, "--extractor", "phrase"], ["load", "GRAPH"], ["query", "documents"], ["validate"]])
def test_a_store_path_that_is_a_file_is_named_as_one_and_left_alone(invoke, tmp_path, command):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    (tmp_path / "graph.nt").write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    result = invoke(*[tmp_path / "graph.nt" if arg == "GRAPH" else arg for arg in command], "--store", notes)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {notes}: a file, not a store folder (give a new or empty folder, or an existing store)\n"
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_a_folder_of_other_files_does_not_become_a_store(invoke, tmp_path):
    """`--store ~/Documents` or `--store data/corpus` would otherwise scatter RocksDB's files among the user's own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "a.txt")
    result = invoke("ingest", ARTICLE, "--store", folder, "--extractor", "phrase")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {folder}: a folder of other files, not a store (give a new or empty folder, or an existing store)\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("command", [["remove", "kadyrov_7031c"], ["link", "resolve"], ["link", "corroborate"], ["link", "wikidata", "--offline"]])
def test_a_command_that_changes_an_existing_graph_does_not_create_a_store_at_a_mistyped_path(invoke, store_dir, command):
    result = invoke(*command, "--store", store_dir)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {store_dir}: no store here yet (run `kg ingest` or `kg load` first)\n"
    assert not store_dir.exists()


def test_a_document_whose_sidecar_misspells_a_key_is_not_ingested(invoke, ingested, tmp_path):
    shutil.copy(ARTICLE, tmp_path / "report.txt")
    (tmp_path / "report.source.json").write_text('{"URL": "https://example.org/report", "title": "Report"}', encoding="utf-8")
    before = store_snapshot(ingested)
    result = invoke("ingest", tmp_path / "report.txt", "--store", ingested, "--extractor", "phrase")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'report.source.json'}: 'URL' is not a sidecar key; did you mean 'url'? (the keys are url, title, publisher, date)\n")
    assert store_snapshot(ingested) == before


@pytest.mark.parametrize("command", ["ingest", "load"])
def test_a_run_that_puts_nothing_in_a_new_store_leaves_no_store_behind(invoke, store_dir, tmp_path, command):
    bad = tmp_path / ("empty.txt" if command == "ingest" else "broken.nt")
    bad.write_text("" if command == "ingest" else '<http://example.org/a> <http://example.org/b> "unterminated .\n', encoding="utf-8")
    result = invoke(command, bad, "--store", store_dir, *(["--extractor", "phrase"] if command == "ingest" else []))
    assert result.exit_code != 0
    assert not store_dir.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [bad.name]  # no staging folder either
    query = invoke("query", "documents", "--store", store_dir)
    assert query.stderr == f"Error: {store_dir}: no store here yet (run `kg ingest` or `kg load` first)\n"


def test_directory_ingest_walks_and_reports_bad_files(invoke, store_dir, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "a.txt")
    (folder / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (folder / "notes.md").write_text("ignored")
    result = invoke("ingest", folder, "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 1
    assert "bad.txt: not valid UTF-8" in result.stderr
    assert "1 ingested" in result.stderr and "1 failed" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "claims"])
def test_a_folder_without_documents_is_named(invoke, store_dir, tmp_path, command):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    result = invoke(command, folder, ARTICLE, *(["--store", store_dir] if command == "ingest" else []), "--extractor", "phrase")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"note: {folder}: no .txt, .html or .htm files in this folder\n")


def test_two_files_with_one_name_in_different_folders_are_not_merged_into_one_document(invoke, store_dir, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(ARTICLE, tmp_path / "a" / "report.txt")
    (tmp_path / "b" / "report.txt").write_text("The State Department publicly designated nobody today.", encoding="utf-8")
    result = invoke("ingest", tmp_path / "a", tmp_path / "b", "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 1
    assert f"{tmp_path / 'b' / 'report.txt'}: same document id 'report' as {tmp_path / 'a' / 'report.txt'}" in result.stderr
    assert "1 ingested" in result.stderr and "1 failed" in result.stderr
    text = invoke("query", "SELECT ?t WHERE { ?d kg:docId 'report' ; kg:text ?t }", "--store", store_dir, "-f", "json").stdout
    assert [r["t"]["value"] for r in json.loads(text)["results"]["bindings"]] == [ARTICLE.read_text(encoding="utf-8")]


@pytest.mark.parametrize("command", [
    ["export", "--store", "STORE", "-o"],
    ["query", "documents", "--store", "STORE", "-o"],
    ["claims", ARTICLE, "--extractor", "phrase", "-o"],
    ["viz", "--store", "STORE", "-o"],
    ["link", "resolve", "--store", "STORE", "--report"],
])
def test_an_output_file_in_a_missing_folder_is_one_line_before_any_work(invoke, ingested, tmp_path, command):
    before = store_snapshot(ingested)
    target = tmp_path / "no-such-folder" / "out.txt"
    result = invoke(*[ingested if a == "STORE" else a for a in command], target)
    assert result.exit_code == 2
    assert f"{target}: the folder {str(target.parent)!r} does not exist" in result.stderr
    assert store_snapshot(ingested) == before


def test_a_file_the_system_will_not_write_is_one_line_not_a_traceback(runner, ingested):
    from kg.cli import cli

    result = runner.invoke(cli, ["query", "documents", "--store", str(ingested), "-o", "/proc/version"])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1


def test_a_file_named_twice_is_one_document(invoke, store_dir):
    result = invoke("ingest", ARTICLES, ARTICLE, "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{len(list(ARTICLES.glob('*.txt')))} ingested")


def test_a_store_path_with_a_tilde_is_in_the_home_folder(runner, tmp_path, monkeypatch):
    from kg.cli import cli

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["ingest", str(ARTICLE), "--extractor", "phrase"], env={"KG_STORE": "~/kg-store"})
    assert result.exit_code == 0, result.output
    assert store_snapshot(tmp_path / "kg-store") and not (tmp_path / "~").exists()


def test_second_writer_gets_a_clear_locked_error(invoke, ingested):
    import pyoxigraph as ox

    holder = ox.Store(str(ingested))
    try:
        result = invoke("ingest", ARTICLE, "--store", ingested, "--extractor", "phrase", "--force")
        assert result.exit_code == 1
        assert "store is locked" in result.stderr
    finally:
        del holder


def test_unknown_extractor_is_named(invoke, store_dir):
    result = invoke("claims", ARTICLE, "--extractor", "nope")
    assert result.exit_code == 1 and "unknown extractor 'nope'" in result.stderr


def test_claims_prints_contract_jsonl_without_a_store(invoke, store_dir):
    result = invoke("claims", ARTICLE, "--extractor", "phrase")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    sanction = next(r for r in rows if r["type"] == "sanction")
    assert sanction["doc"] == "kadyrov_7031c"
    assert sanction["target"] == "Ramzan Kadyrov" and sanction["legal_basis"] == "Section 7031(c)"
    assert sanction["authority"] == {"name": "State Department", "wikidata": "Q789915"}
    text = ARTICLE.read_text(encoding="utf-8")
    for ev in sanction["evidence"]:
        assert text[ev["start"] : ev["end"]] == ev["text"]
    assert not store_dir.exists()


def test_claims_min_confidence_leaves_out_the_less_sure_claims(invoke, store_dir):
    # the phrase extractor is sure of designations (0.9) and less of abuses (0.8)
    every = {json.loads(line)["type"] for line in invoke("claims", ARTICLE, "--extractor", "phrase").stdout.splitlines()}
    sure = [json.loads(line) for line in invoke("claims", ARTICLE, "--extractor", "phrase", "--min-confidence", "0.85").stdout.splitlines()]
    assert {"sanction", "abuse"} <= every
    assert sure and {r["type"] for r in sure} == {"sanction"}
    assert all(r["confidence"] >= 0.85 for r in sure)


def test_every_command_has_help(runner):
    from kg.cli import COMMANDS, cli

    for name in COMMANDS:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert len(result.output.split("\n\n")[1].strip()) > 20, f"{name} needs a help text"


def test_parallel_ingest_equals_a_serial_one(invoke, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    text = ARTICLE.read_text(encoding="utf-8")
    for i in range(6):
        (folder / f"doc{i}.txt").write_text(text.replace("Monday", f"day {i}"), encoding="utf-8")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert invoke("ingest", folder, "--store", serial, "--extractor", "phrase").exit_code == 0
    result = invoke("ingest", folder, "--store", parallel, "--extractor", "phrase", "--workers", "2", "--batch-size", "4")
    assert result.exit_code == 0, result.output
    assert "6 ingested" in result.stderr
    assert store_snapshot(serial) == store_snapshot(parallel)


def test_interrupted_ingest_resumes_without_redoing_work(invoke, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    text = ARTICLE.read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"doc{i}.txt").write_text(text + f"\\n{i}\\n", encoding="utf-8")
    store = tmp_path / "s"
    assert invoke("ingest", folder / "doc0.txt", "--store", store, "--extractor", "phrase").exit_code == 0
    result = invoke("ingest", folder, "--store", store, "--extractor", "phrase")
    assert "2 ingested" in result.stderr and "1 unchanged" in result.stderr


def _copies(tmp_path, n: int):
    """``n`` copies of the article (each a document of its own, all naming the same people)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i}.txt").write_text(ARTICLE.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    return folder


def _refuse(st, doc_id: str) -> None:
    """Make the store refuse any write that holds ``doc_id``'s graph, as a server refuses an update it cannot take."""
    from kg.errors import QueryError
    from kg.ids import document_iri

    refused, real = document_iri(doc_id), st.replace_graphs

    def picky(graphs, **kwargs):
        if refused in graphs:
            raise QueryError("invalid SPARQL update: simulated")
        real(graphs, **kwargs)

    st.replace_graphs = picky


def test_a_refused_document_does_not_sink_its_batch(tmp_path):
    """If the store refuses one document's update, the rest of the batch still lands."""
    from kg.pipeline import ingest
    from kg.store import open_store

    with open_store(str(tmp_path / "s")) as st:
        _refuse(st, "doc1")
        report = ingest(st, [_copies(tmp_path, 3)], extractor="phrase", batch_size=10)
    assert sorted(report.ingested) == ["doc0", "doc2"]
    assert [doc for doc, _ in report.failed] == ["doc1"]


def _described(st) -> list[str]:
    """Names of the people described in the shared entities graph."""
    from kg.store.base import ENTITIES_GRAPH

    q = f"SELECT ?n WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?p a <https://w3id.org/rightsgraph/ontology#Person> ; <https://schema.org/name> ?n }} }}"
    return sorted(r["n"].value for r in st.query(q, union=False))


def test_a_later_batch_does_not_write_again_the_descriptions_an_earlier_batch_wrote(tmp_path):
    """Rewriting a quad the store holds costs Oxigraph as much as a new one; the store ends up the same."""
    from kg.pipeline import ensure_reference, ingest
    from kg.store import open_store
    from kg.store.base import ENTITIES_GRAPH

    merges = []
    with open_store(str(tmp_path / "s")) as st:
        ensure_reference(st)  # written before the documents, and not what this is about
        real = st.replace_graphs

        def recording(graphs, merge=None):
            merges.append(dict(merge or {}))
            real(graphs, merge=merge)

        st.replace_graphs = recording
        report = ingest(st, [_copies(tmp_path, 3)], extractor="phrase", batch_size=1)
        assert _described(st) == ["Ramzan Kadyrov"]
    assert sorted(report.ingested) == ["doc0", "doc1", "doc2"] and len(merges) == 3
    assert merges[0].get(ENTITIES_GRAPH), "the first batch describes the people the article names"
    assert [m.get(ENTITIES_GRAPH) for m in merges[1:]] == [None, None], "the same people, already described"


def test_a_refused_document_takes_no_description_the_rest_of_its_batch_needs(tmp_path):
    """The refused document is the first of its batch to name Kadyrov; the others still describe him."""
    from kg.pipeline import ingest
    from kg.store import open_store

    with open_store(str(tmp_path / "s")) as st:
        _refuse(st, "doc0")
        report = ingest(st, [_copies(tmp_path, 3)], extractor="phrase", batch_size=10)
        assert _described(st) == ["Ramzan Kadyrov"]
    assert sorted(report.ingested) == ["doc1", "doc2"]


def test_an_entity_named_by_two_documents_is_described_once(invoke, store_dir, tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE.read_text(encoding="utf-8") + f"\n{name}\n", encoding="utf-8")
    assert invoke("ingest", tmp_path / "one.txt", tmp_path / "two.txt", "--store", store_dir, "--extractor", "phrase").exit_code == 0
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person ; schema:name ?name }"
    assert invoke("query", q, "--store", store_dir, "-f", "csv").stdout.splitlines()[1] == "1"
    assert invoke("remove", "one", "--store", store_dir).exit_code == 0
    assert invoke("query", q, "--store", store_dir, "-f", "csv").stdout.splitlines()[1] == "1", "still named by two.txt"
    assert invoke("remove", "two", "--store", store_dir).exit_code == 0
    assert invoke("query", q, "--store", store_dir, "-f", "csv").stdout.splitlines()[1] == "0", "named by no document any more"


def test_a_bound_parameter_filters_every_branch_of_a_saved_query(invoke, ingested, tmp_path):
    """Regression: parameters are joined in as a VALUES block, so a nested group that only
    BINDs the parameter saw it unbound and matched designations under every statute."""
    other = tmp_path / "other.trig"
    other.write_text(
        """@prefix kg: <https://w3id.org/rightsgraph/ontology#> . @prefix schema: <https://schema.org/> .
        @prefix oa: <http://www.w3.org/ns/oa#> . @prefix prov: <http://www.w3.org/ns/prov#> .
        <urn:g> { <urn:e> a kg:Designation ; kg:target <urn:p> ; kg:legalBasis <https://w3id.org/rightsgraph/id/statute/us-eo-13818> ;
                    prov:wasDerivedFrom <urn:ev> . <urn:ev> oa:hasTarget <urn:t> . <urn:t> oa:hasSelector <urn:q> ; oa:hasSource <urn:d> .
                    <urn:q> oa:exact "someone else" . <urn:d> kg:docId "other" . <urn:p> schema:name "Someone Else" . }""",
        encoding="utf-8",
    )
    assert invoke("load", other, "--store", ingested).exit_code == 0
    rows = invoke("query", "sanctioned-under", "--param", "statute=Section 7031(c)", "--store", ingested, "-f", "json").stdout
    names = {r["name"]["value"] for r in json.loads(rows)["results"]["bindings"]}
    assert names == {"Ramzan Kadyrov"}


def test_reference_graph_follows_the_installed_files(tmp_path, monkeypatch):
    import shutil

    import kg.resources
    from kg.pipeline import ensure_reference
    from kg.store import open_store

    ontology = tmp_path / "ontology"
    shutil.copytree(kg.resources.ontology_dir(), ontology)
    monkeypatch.setattr(kg.resources, "ontology_dir", lambda: ontology)
    ask = "ASK { GRAPH <https://w3id.org/rightsgraph/graph/reference> { <urn:added> <urn:p> \"new\" } }"
    with open_store(str(tmp_path / "store")) as st:
        ensure_reference(st)
        assert not bool(st.query(ask))
        with (ontology / "kg.ttl").open("a", encoding="utf-8") as fh:
            fh.write('\n<urn:added> <urn:p> "new" .\n')
        ensure_reference(st)
        assert bool(st.query(ask))
        before = sorted(map(str, st.raw.quads_for_pattern(None, None, None, None)))
        ensure_reference(st)  # unchanged files: the graph is left as it is (blank nodes keep their labels)
        assert sorted(map(str, st.raw.quads_for_pattern(None, None, None, None))) == before


LEDGER = "https://w3id.org/rightsgraph/graph/test-ledger"


@pytest.fixture
def ledger_extraction(monkeypatch):
    """RDF conversion that, like a future extractor, also writes one quad per document into a shared ledger graph."""
    import pyoxigraph as ox

    import kg.rdf
    from kg import ids

    real = kg.rdf.extraction_quads

    def with_ledger(ex):
        doc = ox.NamedNode(ids.document_iri(ex.doc.id))
        entry = ox.Quad(doc, ox.NamedNode("urn:test:seenIn"), ox.Literal(ex.doc.id), ox.NamedNode(LEDGER))
        return [*real(ex), entry]

    monkeypatch.setattr(kg.rdf, "extraction_quads", with_ledger)


def test_a_further_shared_graph_is_merged_into_itself_not_into_the_entities_graph(ledger_extraction, tmp_path):
    import pyoxigraph as ox

    from kg.pipeline import ingest
    from kg.store import open_store
    from kg.store.base import ENTITIES_GRAPH

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"doc{i}.txt").write_text(ARTICLE.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    with open_store(str(tmp_path / "s")) as st:
        report = ingest(st, [folder], extractor="phrase", batch_size=2)
        assert sorted(report.ingested) == ["doc0", "doc1", "doc2"]
        ledger = sorted(q.object.value for q in st.raw.quads_for_pattern(None, None, None, ox.NamedNode(LEDGER)))
        in_entities = list(st.raw.quads_for_pattern(None, ox.NamedNode("urn:test:seenIn"), None, ox.NamedNode(ENTITIES_GRAPH)))
    assert ledger == ["doc0", "doc1", "doc2"], "each document's ledger entry, merged across batches"
    assert in_entities == []


def test_remove_with_a_malformed_graph_iri_is_one_line_and_changes_nothing(invoke, ingested):
    before = store_snapshot(ingested)
    result = invoke("remove", "http://x> } ; DROP ALL ; #", "--store", ingested)
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == ["Error: 'http://x> } ; DROP ALL ; #' is not a valid IRI (Invalid IRI code point '>')"]
    assert store_snapshot(ingested) == before


# a document the extractor fails on ---------------------------------------------------------------


@pytest.fixture
def one_trips(tmp_path):
    """Three copies of the article, the middle one with text that makes the test extractor raise."""
    from phrase_extractor import FAULT

    folder = tmp_path / "docs"
    folder.mkdir()
    text = ARTICLE.read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"doc{i}.txt").write_text(text + (f"\n{FAULT}\n" if i == 1 else f"\n{i}\n"), encoding="utf-8")
    return folder


def test_claims_reports_the_document_the_extractor_fails_on_and_goes_on(invoke, one_trips):
    result = invoke("claims", one_trips, "--extractor", "phrase")
    assert result.exit_code == 1
    assert "doc1.txt: extraction failed (IndexError: simulated extractor bug)" in result.stderr
    assert "Traceback" not in result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"doc0", "doc2"}


def test_ingest_stores_the_others_when_the_extractor_fails_on_one(invoke, store_dir, one_trips):
    result = invoke("ingest", one_trips, "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 1
    assert "doc1.txt: extraction failed (IndexError: simulated extractor bug)" in result.stderr
    assert "2 ingested" in result.stderr and "1 failed" in result.stderr
    from kg.ids import document_iri

    listed = invoke("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store_dir, "--format", "csv").stdout
    assert document_iri("doc0") in listed and document_iri("doc2") in listed and document_iri("doc1") not in listed


def test_eval_scores_a_failed_document_as_finding_nothing_and_says_which(invoke, one_trips, tmp_path):
    gold = {"doc": "", "entities": {"k": {"type": "Person", "names": ["Ramzan Kadyrov"]},
                                    "s": {"type": "Statute", "names": ["Section 7031(c)"]}},
            "claims": [{"type": "sanction", "target": "k", "legal_basis": "s"}]}
    for i in range(3):
        (one_trips / f"doc{i}.gold.json").write_text(json.dumps({**gold, "doc": f"doc{i}"}), encoding="utf-8")
    result = invoke("eval", "--gold", one_trips, "--extractor", "phrase", "--json")
    assert result.exit_code == 0
    assert "doc1.txt: extraction failed (IndexError: simulated extractor bug)" in result.stderr
    sanction = json.loads(result.stdout)["per_type"]["sanction"]
    assert (sanction["tp"], sanction["fn"]) == (2, 1)


def test_a_file_of_the_same_name_from_elsewhere_replaces_the_document_with_a_warning(invoke, store_dir, tmp_path):
    """Documents are named by their file name; a later run that replaces one from another folder says so."""
    for folder, text in (("a", "Amnesty International said police beat protesters.\n"), ("b", "Human Rights Watch said soldiers shot protesters.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a", "--store", store_dir, "--extractor", "phrase").exit_code == 0
    again = invoke("ingest", tmp_path / "a", "--store", store_dir, "--extractor", "phrase")
    assert "Warning" not in again.stderr  # the same file again: nothing to say
    result = invoke("ingest", tmp_path / "b", "--store", store_dir, "--extractor", "phrase")
    assert result.exit_code == 0
    assert f"Warning: {tmp_path / 'b' / 'report.txt'} replaced the document of the same name ingested from {tmp_path / 'a' / 'report.txt'}" in result.stderr
    texts = invoke("query", "SELECT ?t WHERE { ?d kg:text ?t }", "--store", store_dir, "-f", "csv").stdout
    assert "Human Rights Watch" in texts and "Amnesty" not in texts


@pytest.mark.parametrize("command", ["claims", "ingest"])
def test_help_names_the_extractors_to_choose_from(invoke, command):
    text = " ".join(invoke(command, "--help").stdout.split())
    assert "--extractor TEXT rules (spaCy and hand-written rules, offline) or llm (any OpenAI-compatible" in text
