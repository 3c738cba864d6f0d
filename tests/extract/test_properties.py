"""Properties of every extraction, whatever the text: evidence is always the text at its offsets."""

import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.model import Document

WORDS = ["Ramzan Kadyrov", "Kadyrov", "he", "was", "sanctioned", "under", "Section 7031(c)", "E.O. 13818", "tortured",
         "detained", "the", "leader", "of", "Chechnya", "denied", "said", "in a statement", "his wife", ",", ".", "\n\n",
         "\u00a0", "\t", "Treasury", "OFAC", "Telegram", "on Monday", "2017", "\u2019s", "émigré", "🙂", ":",
         "designated two officials", "Colonel", "General", "Director"]

texty = st.lists(st.sampled_from(WORDS) | st.text(alphabet=string.printable + "äöü\u2028\u00a0—’", max_size=12), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texty, date=st.sampled_from([None, "2020-07-21", "not a date"]))
@example(text="sanctioned \n\n :", date=None)  # a line of punctuation alone after a sanction: no words to head a list
def test_every_span_is_the_text_at_its_offsets(rules, text, date):
    doc = Document(id="x", text=text, date=date)
    ex = rules.extract(doc)
    for claim in ex.claims:
        assert claim.evidence, claim
        for span in claim.evidence:
            assert text[span.start:span.end] == span.text and span.text
    for ent in ex.entities.values():
        for span in ent.mentions:
            assert text[span.start:span.end] == span.text
    for claim in ex.claims:
        for role, value in claim.roles.items():
            if role in ("target", "legal_basis", "perpetrator", "person", "org", "relative", "speaker", "medium", "denier", "investigator", "victim", "location", "authority"):
                # a null role is "unknown" in the claims contract (e.g. a designation that names no legal basis)
                assert value is None or value in ex.entities


@pytest.mark.parametrize("between", ["Colonel General", "General", "Director General"])
def test_a_paragraph_of_titles_alone_after_a_counted_designation_is_read_past(rules, between):
    # the paragraphs after "designated two officials" are searched for the two names; one that holds
    # nothing but a title must not stop the document (it once raised AttributeError)
    text = f"The Treasury today designated two officials under E.O. 13818.\n\n{between}\n\nAnna Petrova is the head of the prison service.\n"
    ex = rules.extract(Document(id="x", text=text, date="2024-01-02"))
    assert any(c.type == "sanction" for c in ex.claims)
