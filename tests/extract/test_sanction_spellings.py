"""The same law spelled the ways releases and news spell it is one legal basis, and measures are read
from the words notices use. The spellings live in data/gazetteers/statutes.ttl and ontology/vocab.ttl.
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-03-23"):
    return extract_rows(rules, text, date)


@pytest.mark.parametrize("spelling, basis", [
    ("Section 7031(c) of the Department of State, Foreign Operations and Related Programs Appropriations Act, 2021", "Section 7031(c)"),
    ("Section 7031(c) of the FY 2020 Department of State, Foreign Operations, and Related Programs Appropriations Act", "Section 7031(c)"),
    ("the 2012 Sergei Magnitsky Rule of Law Accountability Act", "Magnitsky Act"),
    ("the Global Magnitsky Human Rights Accountability Act", "Global Magnitsky Act"),
    ("Executive Order 13818", "E.O. 13818"),
    ("E.O. 13818", "E.O. 13818"),
])
def test_us_spellings_name_one_law(rules, spelling, basis):
    text = f"The United States on Monday designated General Arno Velt under {spelling}.\n"
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert name(row["legal_basis"]) == basis
    assert name(row["authority"]) == "United States"


@pytest.mark.parametrize("who, spelling, basis, state", [
    ("The UK", "its Global Human Rights sanctions regulations", "Global Human Rights Sanctions Regulations 2020", "United Kingdom"),
    ("The EU", "Council Regulation (EU) 2020/1998", "EU Global Human Rights Sanctions Regime", "European Union"),
    ("The EU", "the bloc's global human rights sanctions regime", "EU Global Human Rights Sanctions Regime", "European Union"),
    ("Canada", "the Justice for Victims of Corrupt Foreign Officials Act", "Justice for Victims of Corrupt Foreign Officials Act", "Canada"),
    ("Canada", "the Special Economic Measures (Russia) Regulations", "Special Economic Measures Act", "Canada"),
])
def test_uk_eu_and_canadian_spellings_name_one_law_of_that_state(rules, who, spelling, basis, state):
    text = f"{who} on Monday sanctioned General Arno Velt under {spelling}.\n"
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert name(row["legal_basis"]) == basis
    assert name(row["authority"]) == state


@pytest.mark.parametrize("words, measure", [
    ("subjected him to travel bans", "entry_ban"),
    ("made him inadmissible to Canada", "entry_ban"),
    ("froze his assets", "asset_freeze"),
])
def test_measures_in_the_words_of_notices(rules, words, measure):
    # no law named, so no law's usual measure stands in for the words
    text = f"Canada on Monday sanctioned General Arno Velt and {words}.\n"
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert row["measure"] == measure


def test_a_label_two_states_share_goes_to_the_state_named_before_the_sentence(rules):
    text = ("The UK has today sanctioned General Arno Velt for abuses committed during the war, which ended in 2009. "
            "He has been designated under the Global Human Rights sanctions regime.\n")
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert name(row["legal_basis"]) == "Global Human Rights Sanctions Regulations 2020"
    assert name(row["authority"]) == "United Kingdom"
