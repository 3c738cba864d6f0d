"""Round 34 (rulesB), third batch: two kinship phrases set off one against the other.

"Among those named today are the three stepsons of Tomas Reller, the sons of Ana Varo": the second phrase is in
apposition to the first, not to the name inside it, so Tomas Reller is nobody's son here. Both phrases name the same
people: whoever the text names as Reller's stepsons (in a list entry, "Luis Reller Varo, stepson of Tomas Reller") is
Ana Varo's son too.
"""

import pytest

from extract.claimhelp import family_triples, find, name, text_rows

LIST = ("\n\n1. Luis Andres Mora Varo, stepson of Tomas Reller\n2. Pablo Jose Mora Varo, stepson of Tomas Reller\n")

LINKED = [
    # press release
    "Treasury Sanctions Norvian Food Fraud Network\n\nOFAC today designated five individuals pursuant to E.O. 13850. Among "
    "those named today are the two stepsons of Tomas Reller, the sons of Ana Varo, whom Treasury designated last year." + LIST,
    # news
    "U.S. sanctions Norvian leader's stepsons\n\nWASHINGTON (Wire) - The United States on Thursday sanctioned the two "
    "stepsons of Tomas Reller, the sons of Ana Varo, over a food fraud scheme, the Treasury said." + LIST,
    # NGO-style summary
    "Norvia: Food Program Fraud\n\nThe scheme was run for years by the two stepsons of Tomas Reller, the sons of Ana Varo, "
    "according to the report." + LIST,
]


@pytest.mark.parametrize("text", LINKED)
def test_the_name_inside_a_kinship_phrase_is_not_the_second_phrase_relative(rules, text):
    rows = find(text_rows(rules, text), "family")
    assert not any(name(c["relative"]) == "Tomas Reller" and name(c["person"]) == "Ana Varo" for c in rows), rows


@pytest.mark.parametrize("text", LINKED[:1])
def test_the_relatives_one_kinship_phrase_names_are_the_other_owner_s(rules, text):
    rows = find(text_rows(rules, text), "family")
    relatives = {name(c["relative"]) for c in rows if name(c["person"]) == "Ana Varo"}
    assert {"Luis Andres Mora Varo", "Pablo Jose Mora Varo"} <= relatives, rows


def test_a_name_set_off_before_a_kinship_phrase_is_still_the_relative(rules):
    text = ("Designation of Norvian Officials\n\nThe Department of State is designating Luis Mora Varo, the son of Tomas "
            "Reller, under Section 7031(c).")
    rows = find(text_rows(rules, text), "family")
    assert any(name(c["relative"]) == "Luis Mora Varo" and name(c["person"]) == "Tomas Reller" for c in rows), rows
