"""Round 34 (rulesA, third batch): the people a deed befell, named by it; and a court disappears no one.

A participle used as a noun with "the" ("families of the disappeared", "relatives of the disappeared", "the detained
were held at a base") names the class of people it befell, not a deed whose doer the sentence tells: the sister who
founded the families' group, or the police who beat the relatives, did not disappear anyone. And a court's acts are
public: the court that sentenced a man who "disappeared for several days" is no doer of an enforced disappearance.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

THE_DISAPPEARED = [
    # NGO
    ("Among the cases documented is that of Ivo Dral, an organiser in Varn, who was taken from a construction site on 4 "
     "December 2013 by men who identified themselves as officers of the Norvian army. His sister, Mira Dral, later founded "
     "Mothers' Voice, a group of families of the disappeared.", "Mira Dral"),
    # news
    ("VARN (Wire) - The League said relatives of the disappeared had been beaten by police of the Norvian army outside the "
     "court.", "Norvian army"),
    # press release
    ("The Embassy met Mira Dral, who founded a group of mothers of the disappeared after her son was killed by soldiers of "
     "the Norvian army.", "Mira Dral"),
]


@pytest.mark.parametrize("text,who", THE_DISAPPEARED)
def test_the_disappeared_names_no_disappearance(rules, text, who):
    rows = text_rows(rules, text)
    assert who not in perpetrators(rows, "enforced_disappearance"), rows


def test_a_disappearance_told_is_still_told(rules):
    rows = text_rows(rules, "VARN (Wire) - Soldiers of the Norvian army abducted 30 activists in May, and the families of the "
                            "disappeared have had no news of them since.")
    assert "Norvian army" in perpetrators(rows, "enforced_disappearance"), rows


def test_the_detained_keep_the_detention_told_before(rules):
    rows = text_rows(rules, "VARN (Wire) - Soldiers of the Norvian army detained 40 protesters on Monday. The detained were "
                            "held at a military base, relatives said.")
    assert "Norvian army" in perpetrators(rows, "arbitrary_detention"), rows


COURTS = [
    "Weeks later Ivo Dral disappeared for several days before being presented to the press in police custody; in February "
    "2015 the High Court in Varn sentenced him to ten years in prison.",
    "The League said Mira Osk had been held incommunicado for weeks before the Varn Military Court sentenced her to five "
    "years.",
    "VARN (Wire) - Ivo Dral went missing for a week in May, his lawyer said; the Supreme Court of Norvia later sentenced "
    "him to ten years in prison.",
]


@pytest.mark.parametrize("text", COURTS)
def test_a_court_disappears_no_one(rules, text):
    rows = text_rows(rules, text)
    assert not any("Court" in (p or "") for p in perpetrators(rows, "enforced_disappearance")), rows
