"""Round 31 (rulesA): shapes of English that recur on text nobody tuned on.

A victim told of again in a later sentence is no doer of what that sentence says befell him: "His whereabouts remain
unknown" is the state of the one who vanished, and "He spent 22 months in pre-trial detention" puts the subject in
custody (the months are how long, not someone he held).

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import perpetrators, places, text_rows, victims


# -- "his whereabouts remain unknown": the owner of the whereabouts vanished ---------------------------------------------

WHEREABOUTS = [
    # NGO report
    "Gunmen seized the activist Tomas Verin outside his flat in Lerno on 4 June 2020. His whereabouts remain unknown.",
    # news report
    "LERNO, June 5 - Masked men bundled the blogger Tomas Verin into a van on Thursday, witnesses said. "
    "Verin's whereabouts are still unknown, his sister said.",
    # press release
    "The Ministry is gravely concerned about the abduction of Tomas Verin in Lerno. The whereabouts of Tomas Verin "
    "remain unknown.",
]


@pytest.mark.parametrize("text", WHEREABOUTS)
def test_who_vanished_is_not_the_doer_of_his_disappearance(rules, text):
    rows = text_rows(rules, text)
    assert not {p for p in perpetrators(rows) if "Verin" in p}


# -- "he spent 22 months in pre-trial detention": a span of time is no one held ------------------------------------------

SPENT = [
    # NGO report
    ("Dana Orlek, a researcher with the Lerno Initiative, was arrested by Security Service officers at Lerno airport on "
     "7 February 2020. She spent the next 22 months in pre-trial detention, first in Lerno and later in Varna prison.",
     "Orlek"),
    # news report
    ("LERNO, March 3 - Police detained the blogger Karl Ostev at his home in Lerno in 2019. He has spent the past four "
     "years in custody without trial, his lawyer said.", "Ostev"),
    # press release
    ("The Ministry welcomes the release of Mira Tanvel. Arrested by the Ostland police in 2021, she served three years "
     "in detention for a post on social media.", "Tanvel"),
]


@pytest.mark.parametrize("text, name", SPENT)
def test_who_spent_time_in_detention_held_no_one(rules, text, name):
    rows = text_rows(rules, text)
    assert not {p for p in perpetrators(rows) if name in p}


@pytest.mark.parametrize("text", [
    "The Varn Security Service kept the journalist Ivo Dral in detention for two years without charge.",
    "The Varn Security Service has held Ivo Dral in detention since May.",
])
def test_who_keeps_someone_in_detention_still_holds_him(rules, text):
    """An object that is a person, not a span of time, is the one the subject holds."""
    assert perpetrators(text_rows(rules, text)) == {"Varn Security Service"}


# -- "deported to X", "pulled from the river": where a journey ended or began is not where the deed was done ----------

JOURNEYS = [
    # news report
    ("In the days after the raid on the Lerno camp, security agents arrested several opposition figures, among them "
     "Ivo Dral, who was deported to Marsk on Monday.", "Marsk"),
    # NGO report
    ("Doctors in Lerno said at least 40 protesters were killed by the Rapid Guard in the raid, and that many bodies "
     "were pulled from the Varna River.", "Varna River"),
    # press release
    ("The Ministry condemns the arbitrary detention of 222 political prisoners by the Ostland police, who were then "
     "expelled to Marsk.", "Marsk"),
]


@pytest.mark.parametrize("text, elsewhere", JOURNEYS)
def test_where_a_journey_ended_is_not_where_the_deed_was_done(rules, text, elsewhere):
    rows = text_rows(rules, text)
    assert places(rows) and elsewhere not in places(rows)


def test_where_the_deed_was_done_stays_its_place(rules):
    """A place the people were in when it was done is still the deed's, whatever journey the sentence tells next."""
    rows = text_rows(rules, "Police detained Ivo Dral in Lerno on Monday, before he could travel home.")
    assert places(rows, "arbitrary_detention") == {"Lerno"}


# -- "the civil war has killed tens of thousands": a war's toll is no deed of the doer told before -----------------------

WAR_TOLLS = [
    # news report (after a verdict: the convicts did not do the war's killing)
    "A military court in Lerno convicted ten soldiers of murder on Thursday. The country's civil war, which erupted in "
    "December 2013, has killed tens of thousands of people and driven some four million from their homes.",
    # NGO report
    "Since December 2013 the violence between the Varn Front fighters and the Dorav militias has killed thousands of "
    "civilians and forced hundreds of thousands of people to flee.",
    # press release
    "The Department has sanctioned two generals. The conflict in the north, which has killed thousands of people and "
    "displaced more than two million, must end, the Department said.",
]


@pytest.mark.parametrize("text", WAR_TOLLS)
def test_a_wars_toll_has_no_doer(rules, text):
    toll_at = max(text.find("The country's"), text.find("Since"), text.find("The conflict"))
    rows = text_rows(rules, text)
    assert not [r for r in rows if r["type"] == "abuse" and any(e["start"] >= toll_at for e in r["evidence"])]


@pytest.mark.parametrize("text, doer", [
    ("The army has killed tens of thousands of people since December 2013.", "army"),
    ("The violence by the Varn militia has killed at least 30 villagers in Lerno since June, the group said.",
     "Varn militia"),
])
def test_a_forces_killing_is_still_its_own(rules, text, doer):
    assert any(doer in p for p in perpetrators(text_rows(rules, text)))


# -- "the detention of Falun Gong practitioners": a bare plural of believers, with the faith that names them ------------

BELIEVERS = [
    # press release
    ("The Department designated Li Wen, a police chief in Varn, for his involvement in the arbitrary detention of "
     "Falun Gong practitioners.", "arbitrary_detention"),
    # NGO report
    ("Since 2019 the Varn police have tortured Ostar practitioners, the report found.", "torture"),
    # news report
    ("We call on the government to end its persecution of Ostar believers, the ambassador said.", "persecution"),
]


@pytest.mark.parametrize("text, abuse", BELIEVERS)
def test_believers_named_by_their_faith_are_the_victims(rules, text, abuse):
    assert victims(text_rows(rules, text), abuse) & {"Falun Gong practitioners", "Ostar practitioners", "Ostar believers"}


def test_a_common_noun_before_the_plural_is_no_name_of_theirs(rules):
    rows = text_rows(rules, "Since 2019 the Varn police have tortured yoga practitioners, the report found.")
    assert "yoga practitioners" not in victims(rows)
