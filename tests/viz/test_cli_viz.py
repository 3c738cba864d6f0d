"""``kg viz`` through the CLI: every selection option, every format, GraphML/GEXF round trips, bad input."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"
KADYROV = "Ramzan Kadyrov"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz-cli") / "store"
    result = CliRunner().invoke(cli, ["ingest", str(ARTICLES), "--store", str(path), "--extractor", "phrase"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def run(store, *args):
    return CliRunner().invoke(cli, ["viz", "--store", str(store), *map(str, args)])


def data(path: Path) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S).group(1)
    return json.loads(block)


def labels(page: dict, kind: str | None = None) -> set[str]:
    return {n["label"] for n in page["nodes"] if kind is None or n["kind"] == kind}


def test_whole_graph_has_entities_concepts_events_and_documents(store, tmp_path):
    out = tmp_path / "g.html"
    result = run(store, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (html, 11 nodes, 16 edges)" in result.stderr
    page = data(out)
    # The entities the events name (entities in no event: test_page.py::test_entities_in_no_event_...).
    assert {KADYROV, "State Department", "Section 7031(c)"} <= labels(page, "entity")
    assert labels(page, "concept") == {"torture", "entry ban"}
    assert len([n for n in page["nodes"] if n["kind"] == "event"]) == 4  # a designation and an allegation per article
    assert len([n for n in page["nodes"] if n["kind"] == "document"]) == 2
    captions = {c["caption"] for c in page["classes"]}
    assert {"person", "government body", "statute / program", "abuse type", "document", "designation"} <= captions
    colours = {c["key"]: c["color"] for c in page["classes"]}
    assert colours["Person"] == "#e15759"  # from ontology/display.ttl
    assert all("x" in n and "y" in n for n in page["nodes"])
    assert page["options"]["physics"] is False


def test_display_hints_come_from_the_ontology_file():
    from kg.graph import display
    from kg.resources import ontology_dir

    text = (ontology_dir() / "display.ttl").read_text(encoding="utf-8")
    d = display()
    for cls in ("Person", "GovernmentBody", "LegalInstrument", "Document", "AbuseTypes", "Designation"):
        assert f'kg:{cls}' in text
        assert re.search(rf'kg:{cls}\s+kgui:color "{re.escape(d.style(cls).color)}"', text)
    assert d.style("Country").color == d.style("Place").color  # inherited through rdfs:subClassOf
    assert d.style("Statute").shape == "diamond"


def test_events_as_edges_fold_into_labelled_edges(store, tmp_path):
    out = tmp_path / "e.html"
    assert run(store, "-o", out, "--events", "edges").exit_code == 0
    page = data(out)
    names = {n["id"]: n["label"] for n in page["nodes"]}
    folded = {(names[e["from"]], e["label"], names[e["to"]]) for e in page["edges"]}
    assert (KADYROV, "designated under Section 7031(c) by", "State Department") in folded
    assert (KADYROV, "accused of", "torture") in folded
    assert not [n for n in page["nodes"] if n["kind"] in ("event", "document")]
    event = page["events"][next(e["ev"] for e in page["edges"] if e["label"].startswith("designated"))]
    assert event["status"] == "designated" and event["confidence"] == 0.9 and event["evidence"][0]["quote"]


@pytest.mark.parametrize("focus", [KADYROV, "kadyrov", "State Department"])
def test_focus_by_name(store, tmp_path, focus):
    out = tmp_path / "f.html"
    result = run(store, "-o", out, "--focus", focus, "--hops", "1", "--no-documents")
    assert result.exit_code == 0, result.output
    page = data(out)
    assert page["options"]["focus"] is not None
    assert focus.casefold() in page["nodes"][page["options"]["focus"]]["label"].casefold()
    assert not [n for n in page["nodes"] if n["kind"] == "document"]


def test_focus_by_iri_and_zero_hops(store, tmp_path):
    everything = tmp_path / "all.html"
    run(store, "-o", everything)
    iri = next(n["iri"] for n in data(everything)["nodes"] if n["label"] == "torture")
    out = tmp_path / "f.html"
    assert run(store, "-o", out, "--focus", iri, "--hops", "0").exit_code == 0
    assert labels(data(out)) == {"torture"}
    one = tmp_path / "one.html"
    assert run(store, "-o", one, "--focus", iri, "--hops", "1", "--no-documents").exit_code == 0
    assert labels(data(one), "entity") == {KADYROV}  # torture <- allegation -> Kadyrov


def test_focus_takes_an_iri_as_a_query_table_prints_it(store, tmp_path):
    table = CliRunner().invoke(cli, ["query", "find-entity", "-p", "text=Kadyrov", "--store", str(store)]).stdout
    compact = re.search(r"id:person/\w+", table).group(0)  # what a user copies from the table
    out = tmp_path / "f.html"
    result = run(store, "-o", out, "--focus", compact, "--hops", "0")
    assert result.exit_code == 0, result.output
    assert labels(data(out)) == {KADYROV}


def test_a_focus_that_is_part_of_several_names_is_refused_with_them(store, tmp_path):
    result = run(store, "-o", tmp_path / "x.html", "--focus", "EN")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: 'EN' is part of 2 names (") and "'State Department'" in result.stderr and "'entry ban'" in result.stderr
    assert result.stderr.rstrip().endswith("give the whole name or an IRI")
    assert not (tmp_path / "x.html").exists()


def test_unknown_focus_is_a_usage_error(store, tmp_path):
    result = run(store, "-o", tmp_path / "x.html", "--focus", "Nobody At All")
    assert result.exit_code == 2 and "no node named" in result.stderr


def test_a_focus_whose_events_the_filters_drop_is_named_as_found_not_as_unknown(store, tmp_path):
    """--focus "Ramzan Kadyrov" --since 2099 said "no node named 'Ramzan Kadyrov'": users looked for a typo."""
    result = run(store, "-o", tmp_path / "x.html", "--focus", "ramzan kadyrov", "--since", "2099", "--type", "sanction")
    assert result.exit_code == 2
    assert result.stderr == "Error: 'Ramzan Kadyrov' is in the graph, but none of its events passes --type sanction, --since 2099: nothing to draw\n"
    assert not (tmp_path / "x.html").exists()
    assert "no node named" in run(store, "-o", tmp_path / "x.html", "--focus", "Nobody At All", "--since", "2099").stderr


def test_type_filter(store, tmp_path):
    for value in ("designation", "Designation", "sanction", "Sanction"):
        out = tmp_path / f"{value}.html"
        assert run(store, "-o", out, "--type", value).exit_code == 0
        page = data(out)
        assert {n["cls"] for n in page["nodes"] if n["kind"] == "event"} == {"Designation"}
        assert "torture" not in labels(page)
    bad = run(store, "-o", tmp_path / "bad.html", "--type", "picnic")
    assert bad.exit_code == 2 and "unknown event type 'picnic'" in bad.stderr


def test_statute_filter(store, tmp_path):
    out = tmp_path / "s.html"
    assert run(store, "-o", out, "--statute", "Section 7031(c)").exit_code == 0
    page = data(out)
    # Designations under the statute, plus what their targets are accused of.
    assert {n["cls"] for n in page["nodes"] if n["kind"] == "event"} == {"Designation", "AbuseAllegation"}
    assert run(store, "-o", out, "--statute", "7031").exit_code == 0
    assert run(store, "-o", out, "--statute", "No Such Act").exit_code == 2


def test_date_range(store, tmp_path):
    out = tmp_path / "d.html"
    # Only the Kadyrov article has a date (2020-07-20, from its sidecar); the hostile one has none.
    assert run(store, "-o", out, "--since", "2020", "--until", "2020-12-31").exit_code == 0
    page = data(out)
    assert len([n for n in page["nodes"] if n["kind"] == "event"]) == 2
    assert {d["date"] for d in page["docs"]} == {"2020-07-20"}
    empty = run(store, "-o", out, "--since", "2021-01")
    assert empty.exit_code == 2 and empty.stderr == "Error: nothing to draw: no event passes --since 2021-01\n"
    assert run(store, "-o", out, "--until", "2019").exit_code == 2
    bad = run(store, "-o", out, "--since", "July 2020")
    assert bad.exit_code == 2 and "--since must be YYYY" in bad.stderr


@pytest.mark.parametrize("option, value", [("--since", "2019-13"), ("--until", "2019-00"), ("--since", "2019-02-30"), ("--until", "2021-04-31"), ("--since", "0000")])
def test_a_date_that_is_not_on_the_calendar_is_one_line(store, tmp_path, option, value):
    # the shape YYYY-MM was all that was checked: month 13 filtered by string comparison and drew a wrong range
    out = tmp_path / "d.html"
    bad = run(store, "-o", out, option, value)
    assert bad.exit_code == 2 and not out.exists()
    assert bad.stderr == f"Error: {option} {value!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)\n"


@pytest.mark.parametrize("since, until", [("2021", "2019"), ("2020-07-21", "2020-07-20"), ("2020-08", "2020-07-31")])
def test_swapped_date_bounds_are_named_as_such_not_as_an_empty_graph(store, tmp_path, since, until):
    out = tmp_path / "d.html"
    bad = run(store, "-o", out, "--since", since, "--until", until)
    assert bad.exit_code == 2 and not out.exists()
    assert bad.stderr == f"Error: --since {since} is after --until {until}: no date lies between them\n"
    assert run(store, "-o", out, "--since", "2020-07", "--until", "2020").exit_code == 0  # a month within the year: the same bounds


def test_a_leap_day_is_a_date(store, tmp_path):
    assert run(store, "-o", tmp_path / "d.html", "--since", "2020-02-29", "--until", "2020-12").exit_code == 0


def test_min_confidence_draws_only_the_events_the_extractor_was_sure_of(store, tmp_path):
    out = tmp_path / "c.html"
    assert run(store, "-o", out).exit_code == 0
    assert {"Designation", "AbuseAllegation"} <= {n["cls"] for n in data(out)["nodes"] if n["kind"] == "event"}
    # the phrase extractor gives designations 0.9 and abuses 0.8
    assert run(store, "-o", out, "--min-confidence", "0.85").exit_code == 0
    assert {n["cls"] for n in data(out)["nodes"] if n["kind"] == "event"} == {"Designation"}
    assert run(store, "-o", out, "--min-confidence", "0.95").exit_code == 2
    assert run(store, "-o", out, "--min-confidence", "-1").exit_code == 2


def test_construct_query_selects_nodes_and_edges(store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kg: <https://w3id.org/rightsgraph/ontology#>\nCONSTRUCT { ?p kg:designatedUnder ?s } WHERE { ?p kg:designatedUnder ?s }", encoding="utf-8")
    out = tmp_path / "q.html"
    result = run(store, "-o", out, "--query", rq)
    assert result.exit_code == 0, result.output
    page = data(out)
    assert labels(page) == {KADYROV, "Section 7031(c)"}
    assert [e["label"] for e in page["edges"]] == ["designated under"]
    rq.write_text("SELECT ?source ?target WHERE { ?source kg:designatedUnder ?target }", encoding="utf-8")  # kg query's prefixes hold here too
    assert run(store, "-o", out, "--query", rq).exit_code == 0
    assert labels(data(out)) == {KADYROV, "Section 7031(c)"}


def test_select_query_selects_nodes_and_edges(store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(
        "PREFIX kg: <https://w3id.org/rightsgraph/ontology#>\n"
        "SELECT ?source ?target ?label WHERE { ?source kg:sanctionedBy ?target BIND(\"sanctioned by\" AS ?label) }",
        encoding="utf-8",
    )
    out = tmp_path / "q.html"
    assert run(store, "-o", out, "--query", rq).exit_code == 0
    page = data(out)
    assert labels(page) == {KADYROV, "State Department"}
    assert [e["label"] for e in page["edges"]] == ["sanctioned by"]
    nodes_only = tmp_path / "n.rq"
    nodes_only.write_text("SELECT ?e WHERE { ?e a <https://w3id.org/rightsgraph/ontology#Designation> }", encoding="utf-8")
    assert run(store, "-o", out, "--query", nodes_only).exit_code == 0
    assert {n["kind"] for n in data(out)["nodes"]} == {"event"}
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert run(store, "-o", out, "--query", ask).exit_code == 2


def test_a_query_file_that_fetches_or_writes_is_refused_without_a_connection(store, tmp_path):
    from support import Tripwire, store_snapshot

    before = store_snapshot(store)
    wire = Tripwire()
    try:
        service = tmp_path / "service.rq"
        service.write_text(f"SELECT ?source ?target WHERE {{ SERVICE <{wire.url}/sparql> {{ ?source ?p ?target }} }}", encoding="utf-8")
        result = run(store, "-o", tmp_path / "s.html", "--query", service)
        assert result.exit_code == 2 and result.stderr == "Error: --query: SERVICE is not allowed (it makes the server fetch another endpoint)\n"
        update = tmp_path / "update.rq"
        update.write_text("DELETE WHERE { ?s ?p ?o }", encoding="utf-8")
        result = run(store, "-o", tmp_path / "u.html", "--query", update)
        assert result.exit_code == 2 and "updates are not allowed" in result.stderr
    finally:
        wire.close()
    assert wire.connections == []
    assert store_snapshot(store) == before


def test_a_query_file_that_is_not_utf8_is_one_line(store, tmp_path):
    rq = tmp_path / "latin1.rq"
    rq.write_bytes('SELECT ?s WHERE { ?s ?p "café" }'.encode("latin-1"))
    result = run(store, "-o", tmp_path / "x.html", "--query", rq)
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {rq}: cannot read query") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("layout", ["force", "circular", "kamada-kawai", "spectral", "hierarchical", "physics"])
def test_layouts(store, tmp_path, layout):
    out = tmp_path / "l.html"
    assert run(store, "-o", out, "--layout", layout).exit_code == 0
    page = data(out)
    precomputed = layout not in ("hierarchical", "physics")
    assert all(("x" in n) == precomputed for n in page["nodes"])
    assert page["options"]["layout"] == layout
    assert page["options"]["physics"] is (layout == "physics")


def test_circular_layout_puts_connected_nodes_on_one_circle(store, tmp_path):
    out = tmp_path / "c.html"
    assert run(store, "-o", out, "--layout", "circular").exit_code == 0
    radii = [round((n["x"] ** 2 + n["y"] ** 2) ** 0.5) for n in data(out)["nodes"]]
    assert max(radii) - min(radii) <= 2 and min(radii) > 0


def test_physics_flag(store, tmp_path):
    out = tmp_path / "p.html"
    assert run(store, "-o", out, "--physics").exit_code == 0
    assert data(out)["options"]["physics"] is True
    assert run(store, "-o", out, "--layout", "physics", "--no-physics").exit_code == 0
    assert data(out)["options"]["physics"] is False


def test_graphml_round_trip(store, tmp_path):
    out = tmp_path / "g.graphml"
    assert run(store, "-o", out).exit_code == 0
    g = nx.read_graphml(out, force_multigraph=True)
    assert g.number_of_nodes() == 11 and g.number_of_edges() == 16
    kadyrov = next(a for _, a in g.nodes(data=True) if a["label"] == KADYROV)
    assert kadyrov["cls"] == "Person" and kadyrov["color"] == "#e15759" and kadyrov["degree"] >= 4
    events = [a for _, a in g.nodes(data=True) if a["kind"] == "event"]
    assert any("publicly designated" in a["quote"] and a["status"] == "designated" and a["confidence"] == 0.9 for a in events)
    assert any(json.loads(a["source_url"]) == ["https://example.org/rightsgraph-fixtures/kadyrov-7031c"] for a in events)
    folded = tmp_path / "e.graphml"
    assert run(store, "-o", folded, "--events", "edges").exit_code == 0
    h = nx.read_graphml(folded, force_multigraph=True)
    assert any(a["label"] == "designated under Section 7031(c) by" and "publicly designated" in a["quote"] for *_, a in h.edges(data=True))


@pytest.mark.parametrize("events", ["nodes", "edges"])
def test_every_graphml_edge_has_an_id_of_its_own(store, tmp_path, events):
    """Gephi keeps the first edge of each id and drops the rest: ids were roles ("target") and repeated."""
    out = tmp_path / "g.graphml"
    assert run(store, "-o", out, "--events", events).exit_code == 0
    ids = [e.get("id") for e in ET.parse(out).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == nx.read_graphml(out, force_multigraph=True).number_of_edges() > 1
    assert None not in ids and len(set(ids)) == len(ids)


@pytest.mark.parametrize("fmt, read", [("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)), ("gexf", nx.read_gexf)])
def test_an_events_quotes_read_back_exactly_even_when_a_quote_holds_the_old_separator(tmp_path, fmt, read):
    # The quotes were joined with " | ", which a quote may contain itself: now each list attribute is a JSON array
    folder = tmp_path / "docs"
    folder.mkdir()
    first = "The State Department designated Ramzan Kadyrov | the head of Chechnya | under Section 7031(c)."
    second = "The State Department designated Kadyrov again under Section 7031(c)."
    (folder / "pipes.txt").write_text(f"Kadyrov | State Department\n\n{first}\n{second}\n", encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(store), "--extractor", "phrase"]).exit_code == 0
    out = tmp_path / f"g.{fmt}"
    assert run(store, "-o", out).exit_code == 0
    [event] = [a for _, a in read(out).nodes(data=True) if a["kind"] == "event"]
    assert json.loads(event["quote"]) == [first, second]
    assert json.loads(event["source"]) == ["pipes"] and json.loads(event["source_url"]) == []


def test_dash_writes_to_stdout_as_kg_export_does(store, tmp_path, monkeypatch):
    """`kg viz -o - -f graphml | tool` wrote a file named "-" and nothing to the pipe."""
    monkeypatch.chdir(tmp_path)
    result = run(store, "-o", "-", "-f", "graphml")
    assert result.exit_code == 0 and result.stderr == "wrote stdout (graphml, 11 nodes, 16 edges)\n"
    assert nx.read_graphml(io.BytesIO(result.stdout_bytes), force_multigraph=True).number_of_edges() == 16
    assert list(tmp_path.iterdir()) == []


def test_a_writer_failing_half_way_leaves_the_previous_file_as_it_was(store, tmp_path, monkeypatch):
    from kg.errors import KGError
    from kg.viz import render

    out = tmp_path / "g.graphml"
    assert run(store, "-o", out).exit_code == 0
    before = out.read_bytes()

    def half(g, path, **options):
        Path(path).write_text("<graphml>", encoding="utf-8")
        raise KGError("disk full")

    monkeypatch.setitem(render.WRITERS, "graphml", half)
    result = run(store, "-o", out)
    assert result.exit_code == 1 and result.stderr.endswith("disk full\n")
    assert out.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_a_format_other_than_the_file_name_announces_is_written_with_a_note(store, tmp_path):
    out = tmp_path / "graph.html"
    result = run(store, "-f", "graphml", "-o", out)
    assert result.exit_code == 0 and result.stderr.startswith(f"note: {out} will hold graphml, not the html its name announces\n")
    assert out.read_bytes().startswith(b"<?xml")
    assert run(store, "-f", "graphml", "-o", tmp_path / "g.graphml").stderr.startswith("wrote ")


def test_gexf_round_trip(store, tmp_path):
    out = tmp_path / "g.gexf"
    assert run(store, "-f", "gexf", "-o", out).exit_code == 0
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == 11 and g.number_of_edges() == 16
    kadyrov = next(a for _, a in g.nodes(data=True) if a["label"] == KADYROV)
    assert kadyrov["cls"] == "Person"
    assert kadyrov["viz"]["color"] == {"r": 0xE1, "g": 0x57, "b": 0x59, "a": 1.0}
    assert "position" in kadyrov["viz"]


def test_png_and_svg(store, tmp_path):
    png = tmp_path / "g.png"
    assert run(store, "-o", png, "--title", "$x$ <b>").exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "g.svg"
    assert run(store, "-o", svg, "--events", "edges").exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "<script" not in text and "onerror" not in text


def test_format_defaults_to_html_for_unknown_extensions(store, tmp_path):
    out = tmp_path / "graph.page"
    result = run(store, "-o", out)
    assert result.exit_code == 0 and "(html," in result.stderr
    assert result.stderr.startswith(f"note: kg viz writes no '.page' files; {out} will be an HTML page (--format picks another)\n")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    for name in ("graph.html", "graph.HTM", "graph"):
        assert run(store, "-o", tmp_path / name).stderr.startswith("wrote ")


def test_page_is_self_contained(store, tmp_path):
    out = tmp_path / "g.html"
    run(store, "-o", out)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"cdnjs|jsdelivr|unpkg|googleapis|bootstrap", html, re.I)
    assert "default-src 'none'" in html


def test_no_store_is_a_clear_error(tmp_path):
    result = run(tmp_path / "nothing", "-o", tmp_path / "x.html")
    assert result.exit_code == 1 and "no store here yet" in result.stderr


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_picture_of_one_node_prints_no_library_warning(store, tmp_path, suffix):
    import warnings

    out = tmp_path / f"one.{suffix}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's "Tight layout not applied" reached the user's terminal
        result = run(store, "-o", out, "--focus", "torture", "--hops", "0")
    assert result.exit_code == 0, result.exception
    assert result.stderr == f"wrote {out} ({suffix}, 1 nodes, 0 edges)\n"
