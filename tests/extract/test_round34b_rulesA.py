"""Round 34 (rulesA, second batch): a law's criteria told of whoever fits them.

"Under Section 7031(c), foreign officials about whom the Secretary of State has credible information of involvement in
significant corruption may not enter the United States": the bare plural subject of a verb of what may or must be, under
an instrument, names whoever fits the description, as "an official involved in torture" does. The deeds it lists are
criteria, not cases of the person the text designated before.
"""

import pytest

from extract.claimhelp import find, text_rows

CRITERIA = [
    # news: the person is barred for torture; the boilerplate adds corruption
    ("VARN, May 3 (Wire) - The United States on Tuesday barred Ivo Dral, a former Norvian police chief accused of "
     "torturing detainees, from entering the country. Under Section 7031(c) of the appropriations act, foreign officials "
     "about whom the Secretary of State has credible information of involvement in significant corruption may not enter "
     "the United States.", {"torture"}),
    # press release: designated for corruption; the boilerplate adds torture
    ("The Department of State is today designating Ivo Dral, the Governor of Varn Province in Norvia, due to his "
     "involvement in significant corruption. Under Section 7031(c), officials about whom the Secretary has credible "
     "information of involvement in gross violations of human rights, including torture, may not enter the United States.",
     {"corruption"}),
    # NGO: police under him tortured detainees; the law's killings are no case
    ("The League said police under Ivo Dral had tortured detainees in Varn. Under Section 7031(c), foreign officials "
     "involved in torture or extrajudicial killings may be barred from entering the United States, and the League urged "
     "the State Department to use it.", {"torture"}),
]


@pytest.mark.parametrize("text,told", CRITERIA)
def test_a_laws_criteria_are_no_case_of_the_designee(rules, text, told):
    rows = text_rows(rules, text)
    assert {c["abuse_type"] for c in find(rows, "abuse")} == told, rows


def test_a_deed_done_under_a_law_is_still_told(rules):
    rows = text_rows(rules, "Under the new Act, police officers arrested 300 protesters in Varn on Monday.")
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


def test_a_known_body_under_a_law_still_acts(rules):
    rows = text_rows(rules, "Under Section 7031(c), Norvian police officers detained 30 protesters in Varn on Monday.")
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows
