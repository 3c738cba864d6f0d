"""Round 32b (rulesB): a higher court that upholds a sentence has tried the case again.

"The Supreme Court upheld the sentence days later", "the High Court upheld their life sentences", "a regional court
confirmed the life sentence": the court confirmed the verdict, an investigation by it, confirmed, of the one convicted.
Whose sentence: the possessor the sentence names, else the one the verdict told before convicted. Not a court
upholding a ban or confirming charges, and not an upheld sentence when no verdict names who was convicted.
"""

import pytest

from extract.claimhelp import find, name, text_rows

UPHELD = [
    # NGO statement: "the sentence", the one the revolutionary court convicted just before
    ("Castavia: Execution of protester Jorin Vask after sham trial\n\nPublic statement - Rights Watchers\n13 May 2029\n\n"
     "The Castavian authorities executed Jorin Vask, 31, on 2 May in connection with the protests. A revolutionary court "
     "in Tesk had convicted him in April of \"enmity against God\" after a trial that relied on torture-tainted "
     "confessions, and the Supreme Court upheld the sentence days later.", "Supreme", "Jorin Vask"),
    # news: "their life sentences", in the clause after the conviction
    ("TESK, May 13 - Castavia's top court on Monday ordered five police officers back to prison. A special court "
     "convicted the five officers of the murder of the journalist Mila Orn in 2021, and the Tesk High Court upheld "
     "their life sentences in May 2024.", "High Court", "five officers"),
    # release: "confirmed the conviction" in the next sentence
    ("Sanctions on Castavian official Ivo Marenko\n\nPress statement\n\nMay 13, 2029\n\nThe Department of State is "
     "designating Ivo Marenko, a former governor of Tesk, for his involvement in significant corruption. In 2027 a "
     "federal court in Tesk convicted Ivo Marenko of fraud over public contracts. Castavia's Court of Cassation "
     "confirmed the conviction in November 2028.", "Cassation", "Ivo Marenko"),
]


@pytest.mark.parametrize("text, court, convicted", UPHELD)
def test_a_court_upholding_a_sentence_confirms_the_verdict(rules, text, court, convicted):
    rows = text_rows(rules, text, date="2029-05-13")
    got = [c for c in find(rows, "investigation") if court in name(c.get("investigator"))]
    assert got and all(convicted in name(c.get("target")) and c.get("finding") == "confirmed" for c in got), rows


NOT_UPHELD = [
    # a ban upheld: no verdict on anyone
    "TESK, May 13 - Castavia's Supreme Court on Monday upheld the ban on the opposition Freedom Party, which the "
    "government dissolved last year.",
    # charges confirmed: a case still to be tried
    "TESK, May 13 - A court in Tesk on Monday confirmed the charges against the journalist Mila Orn, who has been held "
    "since March.",
    # an upheld sentence, but no verdict before names who was convicted
    "TESK, May 13 - Rights groups condemned the decision. The Supreme Court upheld the sentence on Monday.",
]


@pytest.mark.parametrize("text", NOT_UPHELD)
def test_no_upheld_verdict_without_a_sentence_and_someone_convicted(rules, text):
    rows = text_rows(rules, text, date="2029-05-13")
    assert not [c for c in find(rows, "investigation") if c.get("finding") == "confirmed"], rows


def test_the_upheld_verdict_is_dated_by_its_own_clause(rules):
    text = UPHELD[1][0]
    rows = text_rows(rules, text, date="2029-05-13")
    got = [c for c in find(rows, "investigation") if "High Court" in name(c.get("investigator"))]
    assert got and {c.get("date") for c in got} == {"2024-05"}, rows


def test_an_upheld_sentence_told_days_later_takes_the_verdict_s_date(rules):
    rows = text_rows(rules, UPHELD[0][0], date="2029-05-13")
    got = [c for c in find(rows, "investigation") if "Supreme" in name(c.get("investigator"))]
    assert got and {c.get("date") for c in got} == {"2029-04"}, rows


# -- "the court, presided over by judge X, had convicted him": "him" is not the judge the court's phrase names -------

PRESIDED = [
    "Jorin Vask, 31, was hanged on 2 May in Tesk. Branch 4 of the Revolutionary Court in Tesk, presided over by judge "
    "Ivo Marenko, had convicted him in April of murder after a trial that relied on torture-tainted confessions.",
    "Jorin Vask, 31, was hanged in Tesk on Monday, his lawyer said. Branch 2 of the Tesk Revolutionary Court, "
    "presided over by judge Ivo Marenko, had convicted him in April of murder after a one-session trial.",
    "Jorin Vask was executed on 2 May after a sham trial in which he was tortured. A military court, chaired by Colonel "
    "Ivo Marenko, had sentenced him to death in April.",
]


@pytest.mark.parametrize("text", PRESIDED)
def test_the_one_convicted_is_not_the_judge_who_presided(rules, text):
    rows = text_rows(rules, text, date="2029-05-13")
    got = [c for c in find(rows, "investigation") if c.get("finding") == "confirmed" and "ourt" in name(c.get("investigator"))]
    assert got and {name(c.get("target")) for c in got} == {"Jorin Vask"}, rows
