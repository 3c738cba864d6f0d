"""Only sanctions someone took are sanction claims: not lifted, proposed, called-for or possible ones.
A sanction taken in the past is one, dated by its own clause.

Short invented texts (the people are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-03-23"):
    return extract_rows(rules, text, date)


@pytest.mark.parametrize("text", [
    "The Treasury on Monday lifted sanctions on Ivan Petrenko, a former police chief.\n",
    "The EU removed Ivan Petrenko from its sanctions list on Monday.\n",
    "Lawmakers introduced a bill that would sanction Ivan Petrenko under the Global Magnitsky Act.\n",
    "Rights groups have long called for Ivan Petrenko to be sanctioned under the Global Magnitsky Act.\n",
    "Ivan Petrenko faces possible sanctions under the Global Magnitsky Act.\n",
])
def test_sanctions_lifted_proposed_called_for_or_possible_are_not_claimed(rules, text):
    assert find(run(rules, text), "sanction") == []


def test_a_sanction_taken_years_ago_is_claimed_with_the_date_of_its_own_clause(rules):
    text = "Ivan Petrenko, who was sanctioned by the Treasury in 2019, denied the charges on Monday.\n"
    (row,) = find(run(rules, text), "sanction", target="Ivan Petrenko")
    assert row["date"] == "2019"
    assert name(row["authority"]) == "Department of the Treasury"


def test_a_designation_is_still_claimed_beside_the_words_that_undo_others(rules):
    text = ("The Treasury on Monday designated Ivan Petrenko under the Global Magnitsky Act, a year after it "
            "lifted sanctions on his predecessor.\n")
    assert [name(r["target"]) for r in find(run(rules, text), "sanction")] == ["Ivan Petrenko"]
