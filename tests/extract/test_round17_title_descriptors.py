"""Round 17, a descriptor with a title for its head ("the former president") is the person the text gave that
title, not the statement's signer who is named more often. Every person here is invented; each case has a
sentence where no one holds the title, and the most salient person is read as before."""

import pytest

from extract.claimhelp import extract_rows, find, name

DATE = "2025-03-03"

SIGNED = ("Designation of a former head of state\n\nPress Statement\nJane Q. Doe, Secretary of State\nMarch 3, 2025\n\n"
          "Secretary Jane Q. Doe announced the step in Washington.\n\n")


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("titled,descriptor,holder", [
    ("Today the Department designated former President of Peru Manuel Ortega Salas under Section 7031(c) due to "
     "his involvement in significant corruption.\n\n", "The former president", "Manuel Ortega Salas"),
    ("Today the Department designated the former Interior Minister of Peru, Manuel Ortega Salas, under Section 7031(c) "
     "due to his involvement in gross violations of human rights.\n\n", "The former minister", "Manuel Ortega Salas"),
])
def test_a_titled_descriptor_is_the_person_given_that_title(rules, titled, descriptor, holder):
    rows = extract_rows(rules, SIGNED + titled + f"{descriptor} has denied any wrongdoing.\n", DATE)
    assert deniers(rows) == {holder}


def test_a_title_told_of_someone_else_earlier_in_the_clause_is_not_the_name_s(rules):
    """"President" belongs to Ana Lopez; the designated man was given no title, so "the president" is hers."""
    text = ("Designation\n\nLIMA - President Ana Lopez of Peru said on Monday that the Department had designated Manuel "
            "Ortega Salas under Section 7031(c).\n\nPresident Ana Lopez spoke again later.\n\n"
            "The president has denied any wrongdoing.\n")
    assert deniers(extract_rows(rules, text, DATE)) == {"Ana Lopez"}
