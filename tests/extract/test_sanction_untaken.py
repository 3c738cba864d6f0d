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


# who speaks about a sanction is not its target ---------------------------------------------------


@pytest.mark.parametrize("text, official", [
    ("Treasury Under Secretary Brian Nelson said the sanctions on Ivan Petrenko showed resolve.\n", "Brian Nelson"),
    ("U.S. Ambassador Linda Thomas-Greenfield welcomed the designation of Ivan Petrenko.\n", "Linda Thomas-Greenfield"),
])
def test_the_official_who_announces_or_welcomes_a_sanction_is_not_its_target(rules, text, official):
    targets = [name(r["target"]) for r in find(run(rules, text), "sanction")]
    assert official not in targets
    assert "Ivan Petrenko" in targets


def test_a_target_who_speaks_is_still_the_target_of_the_clause_that_sanctioned_him(rules):
    text = "Ivan Petrenko, whom the Treasury sanctioned in 2019, said the move was illegal.\n"
    (row,) = find(run(rules, text), "sanction", target="Ivan Petrenko")
    assert row["date"] == "2019"


def test_a_nationality_in_a_headline_is_not_a_target(rules):
    text = "UK sanctions former Sri Lankan military commanders over civil war abuses\n\nThe UK has today sanctioned General Arno Velt.\n"
    targets = {name(r["target"]) for r in find(run(rules, text), "sanction")}
    assert "Sri Lankan" not in targets


def test_a_leader_a_sanction_stopped_short_of_is_not_a_target(rules):
    text = ("The European Union on Friday imposed asset freezes on 40 Sylvanian officials but stopped short of "
            "targeting President Arno Velt himself.\n")
    targets = {name(r["target"]) for r in find(run(rules, text), "sanction")}
    assert "Arno Velt" not in targets


def test_the_man_a_possessive_or_a_kinship_is_of_is_not_a_target(rules):
    text = ("The Treasury said it had designated Abdel Dario Menck, the militia's deputy commander and a brother of its "
            "leader, Ivan Petrenko, under the Global Magnitsky program.\n\n"
            "Washington first targeted members of Lena Ortiz's government in 2003.\n")
    targets = {name(r["target"]) for r in find(run(rules, text), "sanction")}
    assert "Ivan Petrenko" not in targets and "Lena Ortiz" not in targets


def test_a_law_the_ner_took_for_a_body_is_not_a_target(rules):
    text = ("Canada on Friday sanctioned General Arno Velt under the Justice for Victims of Corrupt Foreign Officials Act; "
            "he is also inadmissible under the Immigration and Refugee Protection Act.\n")
    targets = {name(r["target"]) for r in find(run(rules, text), "sanction")}
    assert targets == {"Arno Velt"}
