"""Round 33 (rulesB), fourth batch: a relative set off with their occupation before the name.

"Her son, lawyer Abubakar Y., used to work there", "His wife, opposition activist Mira V., said ...": news sets off a
relative's name with what they do in lower case and no article. The words before the name were read only after an
article or an adjective ("his wife, the teacher X", "his wife, former First Lady Y"); a bare occupation noun now
leads to the name too.
"""

import pytest

from extract.claimhelp import family_triples, text_rows

OCCUPATION = [
    ("MOSCOW, May 2 - Zarema Musayeva was sentenced on Monday. Her son, lawyer Abubakar Yandarov, used to work for the "
     "rights group.", ("Zarema Musayeva", "Abubakar Yandarov", "child")),
    ("Ivan Polder was arrested on Monday. His wife, opposition activist Mira Varga, said he was innocent.",
     ("Ivan Polder", "Mira Varga", "spouse")),
    ("The report documents the case of Ivan Polder, who disappeared in 2019. His brother, journalist Tomas Polder, was "
     "threatened after he asked about him.", ("Ivan Polder", "Tomas Polder", "sibling")),
]


@pytest.mark.parametrize("text,triple", OCCUPATION)
def test_a_relatives_occupation_before_the_name(rules, text, triple):
    assert triple in family_triples(text_rows(rules, text))


def test_a_parenthetical_clause_is_no_relatives_name(rules):
    text = "Ivan Polder was arrested on Monday. His wife, police said, was not at home when Tomas Varga arrived."
    triples = family_triples(text_rows(rules, text))
    assert not any(r == "Tomas Varga" for _, r, _ in triples), triples
