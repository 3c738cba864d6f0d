"""Names that differ only by invisible characters are one entity, shown without them; quotes stay exact.

An investigator reading "Ram<ZWSP>zan Kadyrov" and "Ramzan Kadyrov" sees one
name, so the graph holds one person. The name the graph shows carries no
invisible character (zero-width space, soft hyphen, byte order mark, word
joiner) and never a bidirectional control, which could make the viz, a
GraphML file or a terminal table show one name as another. Evidence quotes
keep every character of the source; where they are displayed, bidirectional
controls are made visible as ``[U+202E]`` instead of being obeyed.
"""

from __future__ import annotations

import json
import re
import unicodedata

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kg import plugins
from kg.cli import cli
from kg.extract.base import Extractor
from kg.ids import BIDI_CONTROLS, clean_name, entity_iri, normalize_name, show_controls
from kg.model import Claim, Entity, Extraction, Span

from .conftest import FUZZ

JOINERS = "\u200c\u200d"
HIDDEN = "\u200b\u00ad\ufeff\u2060\u2061\u2062\u2063\u2064\U000e0001\U000e0041"  # zero-width space, soft hyphen, BOM, word joiner, invisible operators, tags
INVISIBLE = HIDDEN + JOINERS + BIDI_CONTROLS
BIDI = re.compile(f"[{BIDI_CONTROLS}]")

# Visible names: letters of several scripts, digits, spaces, hyphens, apostrophes; no format characters.
visible_names = st.text(st.characters(categories=("Lu", "Ll", "Lo", "Nd", "Zs", "Pd"), include_characters="'’."), min_size=1, max_size=30)
latin_names = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçñ -'"), min_size=1, max_size=30)


def sprinkle(name: str, chars: str, program: bytes) -> str:
    """``name`` with up to eight characters from ``chars`` inserted anywhere (ends included): two bytes of ``program`` each.

    One byte string per case instead of a list of drawn pairs: hypothesis's own cost per draw was most of the time.
    """
    out = list(name)
    for i in range(0, min(len(program), 16) - 1, 2):
        out.insert(program[i] % (len(out) + 1), chars[program[i + 1] % len(chars)])
    return "".join(out)


inserts = st.binary(max_size=16)


@FUZZ
@given(visible_names, st.sampled_from(["Person", "Organization", "Region"]), inserts)
def test_invisible_characters_never_split_an_entity(name, type_, program):
    spelled = sprinkle(name, INVISIBLE, program)
    assert entity_iri(type_, spelled) == entity_iri(type_, name)
    assert normalize_name(spelled) == normalize_name(name)


@FUZZ
@given(visible_names, inserts)
def test_the_shown_name_is_the_clean_spelling(name, program):
    assert clean_name(sprinkle(name, HIDDEN + BIDI_CONTROLS, program)) == name


@FUZZ
@given(latin_names, inserts)
def test_joiners_inside_latin_names_are_dropped_too(name, program):
    assert clean_name(sprinkle(name, INVISIBLE, program)) == name


@FUZZ
@given(st.text(max_size=60))
def test_a_shown_name_has_no_bidi_control_and_loses_no_visible_character(text):
    shown = clean_name(text)
    assert not BIDI.search(shown)
    assert all(c in JOINERS for c in shown if unicodedata.category(c) == "Cf")
    assert [c for c in shown if unicodedata.category(c) != "Cf"] == [c for c in text if unicodedata.category(c) != "Cf"]
    assert clean_name(shown) == shown
    assert entity_iri("Person", shown) == entity_iri("Person", text)


@FUZZ
@given(st.text(max_size=60))
def test_displayed_text_shows_bidi_controls_instead_of_obeying_them(text):
    shown = show_controls(text)
    assert not BIDI.search(shown)
    assert shown == "".join(f"[U+{ord(c):04X}]" if c in BIDI_CONTROLS else c for c in text)


def test_a_joiner_that_is_part_of_a_persian_spelling_is_kept():
    name = "\u0645\u06cc\u200c\u0631\u0632\u0627"  # ZWNJ between two Arabic-script letters
    assert clean_name(name) == name
    assert clean_name("\u202b" + name + "\u202c") == name


def test_visibly_different_names_stay_different():
    assert entity_iri("Person", "Ali Hassan") != entity_iri("Person", "Ali Hasan")
    assert entity_iri("Person", "Ramzan Kadyrov") != entity_iri("Person", "Ramzan Kadyrova")
    assert entity_iri("Person", "Ram zan Kadyrov") != entity_iri("Person", "Ramzan Kadyrov")  # a visible space is a different name


# ---------------------------------------------------------------- end to end: kg ingest, kg query, kg viz

MARK = " was designated under Section 7031(c)"
STATUTE_IRI = "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"
SPELLINGS = {
    "plain": "Ramzan Kadyrov",
    "hidden": "Ram\u200bzan Kady\u00adrov\ufeff",
    "spoofed": "\u202eRamzan\u202c \u2066Kadyrov\u2069\u200e",
}


class NamePerLine(Extractor):
    """``NAME was designated under Section 7031(c)`` on a line: NAME (as typed) is designated; the line is the evidence."""

    NAME = "name-per-line.v1"

    def extract(self, doc):
        ex = Extraction(doc=doc, extractor=self.NAME)
        cut = doc.text.find(MARK)
        line_end = doc.text.index("\n")
        ex.entities["p"] = Entity("p", doc.text[:cut], "Person", mentions=[Span.of(doc.text, 0, cut)])
        ex.entities["s"] = Entity("s", "Section 7031(c)", "Statute", iri=STATUTE_IRI)
        ex.claims.append(Claim("sanction", {"target": "p", "legal_basis": "s"}, [Span.of(doc.text, 0, line_end)], status="designated", confidence=0.9))
        return ex


@pytest.fixture(scope="module")
def spelled_store(tmp_path_factory):
    plugins.register("extractors", "name-per-line", f"{__name__}:NamePerLine")
    root = tmp_path_factory.mktemp("spellings")
    for key, name in SPELLINGS.items():
        (root / f"{key}.txt").write_text(f"{name}{MARK}.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", *(str(root / f"{k}.txt") for k in SPELLINGS), "--store", str(root / "store"), "--extractor", "name-per-line", "-q"])
    assert result.exit_code == 0, result.output
    return root


def kg(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_three_spellings_are_one_person_named_cleanly(spelled_store):
    store = ox.Store.read_only(str(spelled_store / "store"))
    people = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("https://w3id.org/rightsgraph/ontology#Person"))}
    assert people == {ox.NamedNode(entity_iri("Person", "Ramzan Kadyrov"))}
    labels = {q.object.value for p in people for q in store.quads_for_pattern(p, None, None) if isinstance(q.object, ox.Literal)}
    assert labels == {"Ramzan Kadyrov"}


def test_quotes_keep_every_character_of_the_source(spelled_store):
    q = """SELECT ?exact ?start ?end ?text WHERE { ?t oa:hasSource ?doc ; oa:hasSelector ?s1, ?s2 .
           ?s1 oa:exact ?exact . ?s2 oa:start ?start ; oa:end ?end . ?doc kg:text ?text }"""
    rows = json.loads(kg("query", q, "--store", spelled_store / "store", "-f", "json"))["results"]["bindings"]
    assert sorted(r["exact"]["value"] for r in rows) == sorted(f"{name}{MARK}." for name in SPELLINGS.values())
    for r in rows:
        assert r["text"]["value"][int(r["start"]["value"]):int(r["end"]["value"])] == r["exact"]["value"]


def test_graphml_html_and_tables_show_no_bidi_control(spelled_store):
    store = spelled_store / "store"
    kg("viz", "--store", store, "-o", spelled_store / "g.graphml", "-f", "graphml")
    kg("viz", "--store", store, "-o", spelled_store / "g.html")
    table = kg("query", "SELECT ?q WHERE { ?s oa:exact ?q }", "--store", store, "-f", "table")
    graphml = (spelled_store / "g.graphml").read_text(encoding="utf-8")
    page = (spelled_store / "g.html").read_text(encoding="utf-8")
    for shown in (graphml, page, table):
        assert not BIDI.search(shown)
        assert "[U+202E]Ramzan[U+202C] [U+2066]Kady" in shown  # the spoofed quote, its controls visible (a table cuts it at 80 columns)
        assert "Ram\u200bzan Kady\u00adrov\ufeff" + MARK in shown  # zero-width characters cannot reorder text: kept
    assert "[U+202E]Ramzan[U+202C] [U+2066]Kadyrov[U+2069][U+200E]" + MARK in graphml
