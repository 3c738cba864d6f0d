"""Round 30c (rulesA): a wire report's dateline ("BAGHDAD, Nov 29 - ...") gives the day the story was filed, not the
day of the deed its sentence tells ("... shot dead 25 protesters on Thursday"). A deed list hung on a man
"wanted ... for crimes against humanity, including murder and torture" tells what he is wanted for, not a deed of the
clause whose object he is.

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

@pytest.mark.parametrize("text", [
    "Ostland released and flew home a police commander wanted by the International Criminal Court for crimes against "
    "humanity, including murder, torture and rape at a Lerno prison.",
    "KARVIN, Jan 22 - Ostland on Tuesday freed a militia leader wanted by the court for war crimes, including torture "
    "and murder.",
    "Ostland's government on Monday handed over a former general wanted for war crimes, including torture and murder.",
])
def test_the_state_that_frees_a_wanted_man_did_not_do_his_crimes(rules, text):
    rows = text_rows(rules, text)
    assert not {"Ostland", "government", "Ostland's government"} & perpetrators(rows)


# The source put last ("..., our researchers found", "..., witnesses told Reuters") leaves the parser reading the
# opening "Ostrian soldiers tortured ..." as soldiers who were tortured; a past tense with an object of its own is the
# noun's own deed. (Invented demonyms: a real one is parsed right already.)
SOURCE_LAST = [
    # NGO report
    ("Ostrian soldiers tortured at least 14 detainees at the Orsk base in 2022, our researchers found.",
     "torture", "Ostrian soldiers"),
    # news report
    ("Ostrian guards beat the prisoners with batons, witnesses told reporters.", "ill_treatment", "Ostrian guards"),
    # press release
    ("Lernian militiamen abducted three aid workers near Orsk in March, the Commission said.",
     "enforced_disappearance", "Lernian militiamen"),
]


@pytest.mark.parametrize("text, abuse, doer", SOURCE_LAST)
def test_a_deed_told_before_its_source_is_the_opening_nouns(rules, text, abuse, doer):
    assert doer in perpetrators(text_rows(rules, text), abuse)


def test_a_participle_without_an_object_still_tells_what_befell_the_noun(rules):
    rows = text_rows(rules, "Detainees tortured at the Orsk base said guards had beaten them.")
    assert "Detainees" not in perpetrators(rows)


@pytest.mark.parametrize("text, day", [
    ("KARVIN, May 2 (Wire) - Police shot dead 25 protesters in Lerno on Thursday, medical sources said.", "2023-04-27"),
    ("ORSK, May 2 - Soldiers detained 40 striking miners on April 20, the union said.", "2023-04-20"),
    ("LERNO, May 2, 2023 - Security forces arbitrarily detained at least 30 activists on April 12, the Ostland Rights "
     "Centre said.", "2023-04-12"),
])
def test_a_deed_is_dated_by_its_sentence_not_by_the_dateline(rules, text, day):
    rows = text_rows(rules, text, "2023-05-02")
    assert {r.get("date") for r in rows if r["type"] == "abuse"} == {day}


def test_a_dateline_still_dates_a_deed_its_sentence_does_not_date(rules):
    rows = text_rows(rules, "KARVIN, May 2 - Police tortured three farmers in the Lerno jail.", "2023-05-02")
    assert {r.get("date") for r in rows if r["type"] == "abuse"} == {"2023-05-02"}
