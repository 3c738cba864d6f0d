"""Round 25, second part (rulesB): posts told as held before, aides named by whom they serve.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, held


# -- a post held before ("once", "then", "later") is still a position of the person -------------------------------------------

@pytest.mark.parametrize("text, person, role, org", [
    # news: a verdict story
    ("The court sentenced Ivo Danek, once governor of the Varn Autonomous Region, to life in prison.",
     "Ivo Danek", "governor", "Varn Autonomous Region"),
    # NGO report: a post at the time of the abuses
    ("Detainees said Mira Oskar, then director of the Varn Police Service, visited the cells at night.",
     "Mira Oskar", "director", "Varn Police Service"),
    # press release: a designation
    ("The Treasury today designated Tomas Velkor, later commander of the Varn Border Guard, for his role in the killings.",
     "Tomas Velkor", "commander", "Varn Border Guard"),
])
def test_a_post_told_with_a_time_word(rules, text, person, role, org):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert (role, org) in held(rows, person)


def test_once_as_a_conjunction_is_no_title(rules):
    rows = extract_rows(rules, "Ivo Danek said that, once the governor of the Varn Autonomous Region resigned, the protests ended.\n",
                        "2024-05-02")
    assert not held(rows, "Ivo Danek")


# -- "chief of staff to <a title>": the aide serves in the body of the title they serve -------------------------------------

@pytest.mark.parametrize("text, person, role, org", [
    # press release: a sanctions listing
    ("2. Ivo Danek, chief of staff to the Director General of the Varn Intelligence Service.",
     "Ivo Danek", "chief of staff", "Varn Intelligence Service"),
    # news
    ("Mira Oskar, a senior adviser to the Commissioner of the Varn Police Service, was arrested on Monday.",
     "Mira Oskar", "senior adviser", "Varn Police Service"),
    # NGO report
    ("Witnesses named Tomas Velkor, then chief of staff to the Commander of the Varn Border Guard, as present at the camp.",
     "Tomas Velkor", "chief of staff", "Varn Border Guard"),
])
def test_an_aide_to_a_title(rules, text, person, role, org):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert (role, org) in held(rows, person)


def test_chief_of_staff_of_a_body_keeps_the_body(rules):
    rows = extract_rows(rules, "The army's chief of staff, Ivo Danek, said the troops would withdraw.\n", "2024-05-02")
    assert ("chief of staff", "army") in held(rows, "Ivo Danek")
