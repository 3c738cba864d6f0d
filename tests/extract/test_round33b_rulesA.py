"""Round 33, second batch (rulesA): who apologises for a deed tells of it, like one who defends or cites it; who is
arrested or suspended over a deed is its suspect, not the one who arrests.

"The police chief, General Ivo Marenko, has apologised for that killing": the chief did not kill; the deed is the one
the story told, by the doer it named (or by no one the sentence names).
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

APOLOGY = [
    "MARKA, May 2 - Officers of the Norvian police's anti-drugs unit abducted and killed a businessman in October. The "
    "police chief, General Ivo Marenko, has apologised for that killing but rejected claims that his officers are paid "
    "to kill.",
    "Norvian soldiers shot dead three farmers near Marka on Sunday, witnesses said. Defence Minister Ivo Marenko "
    "apologized for the killings on Monday.",
    "Amnesty International said guards at the Tarsk prison had beaten a detainee to death in March. The prison "
    "director, Ivo Marenko, apologised for his death and for the beating.",
]


@pytest.mark.parametrize("text", APOLOGY)
def test_who_apologises_for_a_deed_did_not_do_it(rules, text):
    rows = text_rows(rules, text)
    assert not {d for d in perpetrators(rows) if d and "Marenko" in d}, rows


def test_the_doer_told_before_keeps_the_deed(rules):
    rows = text_rows(rules, APOLOGY[1])
    assert {d for d in perpetrators(rows, "extrajudicial_killing") if d and "soldiers" in d.lower()}, rows


# -- "arrested three officers over the killing of X": those arrested are its suspects, not who arrests them -------

HELD_OVER = [
    "Norvian police on Sunday arrested three officers over the killing of a student in Marka last year.",
    "MARKA, May 2 - Norvia arrested the former police chief Ivo Marenko for the murder of the journalist Ana Rusk.",
    "The Norvian army suspended two soldiers over the torture of detainees at the Marka base, the rights group said.",
]


@pytest.mark.parametrize("text", HELD_OVER)
def test_who_arrests_over_a_deed_did_not_do_it(rules, text):
    rows = text_rows(rules, text)
    assert not {d for d in perpetrators(rows) if d} & {"Norvian police", "police", "Norvia", "Norvian army", "army"}, rows


NOT_HELD_OVER = [
    "Norvian police arrested dozens of protesters in Marka over the weekend, the rights group said.",
    "Norvian police arrested the journalist Ana Rusk over a post criticising the president.",
]


@pytest.mark.parametrize("text", NOT_HELD_OVER)
def test_an_arrest_over_something_else_is_the_arresters_deed(rules, text):
    rows = text_rows(rules, text)
    assert {d for d in perpetrators(rows, "arbitrary_detention") if d} & {"Norvian police", "police"}, rows
