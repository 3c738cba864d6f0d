"""Position rules of round 6: lower-case news titles ("deputy information minister"), an unnamed body opening a
sentence ("Police spokesman X"), and the names of the people who hold them. Every name here is invented."""

from extract.claimhelp import extract_rows, find, name, orgs, perpetrators

DATE = "2021-03-05"


def held(rows, person):
    """(role, org) of every position the person holds."""
    return {(c["role"], name(c["org"])) for c in find(rows, "position", person=person)}


# lower-case words between two title words --------------------------------------------------------


def test_a_lower_case_department_word_between_deputy_and_minister_is_one_title(rules):
    rows = extract_rows(rules, "In Zambia, Farai Dube, the deputy information minister, said the story was staged.\n", DATE)
    assert held(rows, "Farai Dube") == {("deputy information minister", "Zambia")}


def test_the_same_title_before_the_name_keeps_its_deputy(rules):
    rows = extract_rows(rules, "Deputy foreign minister Farai Dube denied it in Zambia.\n", DATE)
    assert held(rows, "Farai Dube") == {("Deputy foreign minister", "Zambia")}


# an unnamed body opening a sentence -------------------------------------------------------------


def test_a_capitalised_bare_body_opening_a_sentence_is_the_body_of_the_title(rules):
    rows = extract_rows(rules, "Police spokesman Peter Ncube said the women were never held in Zambia.\n", DATE)
    assert {name(c["org"]).casefold() for c in find(rows, "position", person="Peter Ncube")} == {"police"}


def test_the_opening_body_is_the_same_body_as_the_police_named_before(rules):
    rows = extract_rows(rules, "Witnesses said police beat the marchers in Lusaka.\n"
                               "Police spokesman Peter Ncube said nobody was hurt.\n", DATE)
    assert orgs(rows, "Peter Ncube") == {"police"}
    assert perpetrators(rows) == {"police"}


def test_a_capitalised_body_word_after_another_capitalised_word_is_part_of_a_name_not_a_bare_body(rules):
    rows = extract_rows(rules, "Zambia Police spokesman Peter Ncube said nobody was hurt.\n", DATE)
    assert "Police" not in orgs(rows, "Peter Ncube")
