"""Rule components on their own: gazetteers, dates, chunking (fast; no statistical model)."""

import pytest
import spacy

from kg.extract import gazetteer
from kg.extract.dates import find_dates
from kg.extract.rules import chunk_text


def test_statute_spellings_resolve_to_one_stable_iri():
    gaz = gazetteer.get()
    text = ("designated under Section 7031(c) of the FY 2020 Department of State, Foreign Operations, "
            "and Related Programs Appropriations Act and under E.O. 13818")
    found = [gaz.instrument_for(m.group(0)) for m in gazetteer.SECTION_ACT_RE.finditer(text)]
    assert [i.iri for i in found] == ["https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"]
    assert gaz.instrument_for("Executive Order 13818").name == "E.O. 13818"
    assert gaz.instrument_for("Global Magnitsky Human Rights Accountability Act").program == "GLOMAG"


def test_unknown_executive_orders_get_a_minted_iri_by_number():
    gaz = gazetteer.get()
    inst = gaz.mint_instrument("Executive Order 14999")
    assert inst.name == "E.O. 14999" and inst.iri.endswith("/us-eo-14999")


def test_abuse_and_measure_terms_come_from_the_ontology_labels():
    gaz = gazetteer.get()
    assert gaz.abuse["tortured"] == "torture"
    assert gaz.abuse["extrajudicial killings"] == "extrajudicial_killing"
    assert gaz.measures["banned from entering"] == "entry_ban"
    assert gaz.relation_words["wife"] == "spouse"


def test_gazetteer_phrases_match_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}})
    gaz = gazetteer.get()
    ruler.add_patterns([{"label": "STATUTE", "pattern": label} for inst in gaz.instruments.values() for label in inst.labels])
    doc = nlp("They were listed under the Global Magnitsky Act and the Magnitsky Act.")
    assert [s.text for s in doc.spans["ruler"]] == ["Global Magnitsky Act", "Magnitsky Act"]


def test_dates_keep_the_precision_the_text_gives_and_resolve_relative_ones():
    text = "On Monday the State Department acted; in December 2017 Treasury did; in 2012 a law passed; on 20 July 2020 too."
    values = [d.value for d in find_dates(text, "2020-07-21")]
    assert values == ["2020-07-20", "2017-12", "2012", "2020-07-20"]
    assert [d.value for d in find_dates("on Monday", None)] == []


@pytest.mark.parametrize("text, value", [
    ("He was arrested in October last year.", "2023-10"),
    ("The decree of March this year was repealed.", "2024-03"),
    ("She was detained in November last year and released in June.", "2023-11"),
])
def test_a_month_of_last_year_is_last_years(text, value):
    # "in October last year" written in May 2024 is October 2023, not the October of the document's own year
    assert [d.value for d in find_dates(text, "2024-05-03")][0] == value


@pytest.mark.parametrize("text", ["Captain Jan Orel was convicted.", "Captain June Ostra spoke.", "a bulletin May Kalum wrote",
                                  "the Austin 2020 plan", "the Austin March rally"])
def test_a_month_or_year_inside_a_name_is_no_date(text):
    # "in June" and "in 2017" are dates; "Captain Jan Orel" ends "Capta-in Jan" and was read as January
    assert [text[d.start:d.end] for d in find_dates(text, "2024-05-03")] == []


def test_long_texts_are_cut_at_paragraphs_with_exact_offsets():
    text = "\n\n".join(f"Paragraph {i} " + "word " * 30 for i in range(20))
    chunks = chunk_text(text, 200)
    assert "".join(c for _, c in chunks) == text
    assert all(text[off:off + len(c)] == c and len(c) <= 200 for off, c in chunks)


def test_a_claim_quoting_a_unicode_line_break_stays_one_jsonl_line():
    """Found by test_fuzz_claims: U+0085 inside evidence split a claim line for str.splitlines()."""
    import json

    from kg.claimsjson import to_jsonl
    from kg.model import Claim, Document, Entity, Extraction, Span

    text = "0\x85,00 DESIGNATE\u2028x"
    ex = Extraction(doc=Document(id="d", text=text), extractor="rules", entities={"g": Entity(key="g", name="DESIGNATE", type="Group")},
                    claims=[Claim(type="sanction", roles={"target": "g"}, evidence=[Span(0, len(text), text)])])
    lines = to_jsonl(ex).splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["evidence"][0]["text"] == text
