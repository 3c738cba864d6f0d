"""A name the NER missed before a title opened by a state's possessive ("designated Igor Dodon, Moldova's former
president,") is a person holding that title: releases introduce the designated this way, and the small model often
misses a name in object position."""

from tests.extract.claimhelp import extract_rows, find, name

DATE = "2025-03-04"


def test_a_name_before_a_states_possessive_title_is_a_person_with_that_office(rules):
    rows = extract_rows(rules, "The State Department designated Ivo Marek, Moldova's interior minister, under Section 7031(c).\n", DATE)
    assert {(r["role"], name(r["org"])) for r in find(rows, "position", person="Ivo Marek")} == {("interior minister", "Moldova")}
    assert find(rows, "sanction", target="Ivo Marek")


def test_time_words_after_the_possessive_are_skipped(rules):
    rows = extract_rows(rules, "The State Department designated Ivo Marek, Moldova's former interior minister, under Section 7031(c).\n", DATE)
    assert {name(r["org"]) for r in find(rows, "position", person="Ivo Marek")} == {"Moldova"}


def test_a_possessive_without_a_title_makes_no_person(rules):
    rows = extract_rows(rules, "Protesters marched through Stara Vila, Moldova's second city, on Sunday.\n", DATE)
    assert not [r for r in rows if r["type"] == "position"]
