"""Round 33 (rulesB), third batch: a relative by marriage named right after the kinship word.

"He dismissed his son-in-law Timur K. as head of the fund": the tokenizer splits "son-in-law" into four words, and the
names after the kinship word were read from the word right after "son" (a hyphen), so a relative by marriage named
without a comma was never found. The name is read after "-in-law", as it is when set off by a comma.
"""

import pytest

from extract.claimhelp import family_triples, text_rows

IN_LAW = [
    "President Ivan Polder dismissed his son-in-law Tomas Varga as head of the wealth fund after the riots.",
    "Today, OFAC designated Ivan Polder, whose daughter-in-law Mira Varga runs the bank, pursuant to E.O. 13818.",
    "The report says Ivan Polder appointed his brother-in-law Tomas Varga to the board of the mining company.",
]


@pytest.mark.parametrize("text", IN_LAW)
def test_a_relative_by_marriage_named_after_the_word(rules, text):
    triples = family_triples(text_rows(rules, text))
    assert any(p == "Ivan Polder" and r in ("Tomas Varga", "Mira Varga") and rel == "relative" for p, r, rel in triples), triples


def test_an_in_law_word_with_no_name_after_names_no_one_else(rules):
    text = "President Ivan Polder dismissed his son-in-law as head of the wealth fund, and Tomas Varga replaced him."
    triples = family_triples(text_rows(rules, text))
    assert not any(r == "Tomas Varga" for _, r, _ in triples), triples
