"""Round 34 (rulesA, fourth batch): a detention told without its doer is not carried to a person named before.

A sentence that tells people were detained, arrested or held without saying by whom ("Several lawyers who represented
him were themselves charged and held") leaves the detention to the state's police or guards. The person the story last
named doing something else (a sanctioned official, a minister who ordered a crackdown, often the detainee himself) did
not detain them. A force named before still carries ("Police broke up the march. Dozens were detained."), and so does a person told
doing something to people in custody (a police chief who tortured detainees may hold the next).
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

PERSON_NOT_CARRIED = [
    # press release
    ("The Department of State is designating Varo Kestin, the former Minister of Interior of Norvia, for his involvement "
     "in the killing of peaceful protesters in 2019. Several journalists who covered the protests were later detained "
     "and held without charge.", "Varo Kestin"),
    # news
    ("VARN (Wire) - Prosecutor Ilsa Marden ordered the killing of a witness in 2020, according to the indictment. "
     "Several lawyers who represented the witness's family were arrested last week.", "Ilsa Marden"),
    # NGO
    ("Governor Tomas Ruvel ordered the killing of protesters in Varn in 2018, the report found. "
     "Since then, dozens of activists have been arbitrarily detained in the province.", "Tomas Ruvel"),
]


@pytest.mark.parametrize("text,who", PERSON_NOT_CARRIED)
def test_a_person_named_before_holds_no_one(rules, text, who):
    rows = text_rows(rules, text)
    assert who not in perpetrators(rows, "arbitrary_detention"), rows


def test_a_force_named_before_still_carries(rules):
    rows = text_rows(rules, "VARN (Wire) - Police of the Norvian army broke up the march on Monday. Dozens were detained.")
    assert any("Norvian army" in p or "Police" in p for p in perpetrators(rows, "arbitrary_detention")), rows


def test_a_person_who_detained_in_the_sentence_is_kept(rules):
    rows = text_rows(rules, "VARN (Wire) - Governor Tomas Ruvel detained dozens of activists in the province in 2018.")
    assert "Tomas Ruvel" in perpetrators(rows, "arbitrary_detention"), rows


def test_a_jailer_named_before_still_carries(rules):
    rows = text_rows(rules, "VARN (Wire) - Police chief Dario Velt tortured three farmers in the Lerno jail last week, "
                            "witnesses said. On Friday a journalist was detained at her home and is held without charge.")
    assert "Dario Velt" in perpetrators(rows, "arbitrary_detention"), rows
