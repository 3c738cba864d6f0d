"""Round 31c (rulesA): where the doers were is not who they were; seizing someone is an abduction.

A name inside a phrase of place on the doers ("police outside the Lerno court", "riot police at the Dorav stadium")
tells where they stood; the tagger may take a town it does not know for a person's name, and that name then became
the doer. The body the phrase is on stays the doer.

"Seized X" and "bundled X into a minibus" tell that a person was taken. Where the doers hid who they were ("seized
by unidentified men") or the text says the one taken vanished ("has not been seen since", "taken to an unknown
location"), the gold calls it an enforced disappearance; taken openly by officers ("officers seized two opposition
leaders in raids"), an arrest. What is seized that is no person (power, a town, weapons, a phone) is no abuse.

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import perpetrators, text_rows, victims

PLACE_ON_DOERS = [
    # news report
    ("The journalist Maria Kovalenko was beaten by police outside the Lerno court on Monday, witnesses said.",
     "ill_treatment", "police", "Lerno"),
    ("Riot police outside the Lerno courthouse beat supporters of the opposition on Monday, witnesses said.",
     "ill_treatment", "Riot police", "Lerno"),
    # NGO report
    ("In March 2021 the lawyer Maria Kovalenko was beaten by police outside the Dorav court, according to witnesses "
     "interviewed by the group.", "ill_treatment", "police", "Dorav"),
    # press release
    ("The Commissioner condemns the beating of the lawyer Maria Kovalenko by police outside the Lerno court on 2 June.",
     "ill_treatment", "police", "Lerno"),
]


@pytest.mark.parametrize("text, code, doer, place", PLACE_ON_DOERS)
def test_a_place_on_the_doers_is_not_a_doer(rules, text, code, doer, place):
    rows = text_rows(rules, text)
    assert place not in perpetrators(rows)
    assert doer in perpetrators(rows, code)


DISAPPEARED = [
    # NGO report
    ("Human rights defender Maria Kovalenko was seized by armed men in Lerno on June 4, 2020, and her whereabouts are "
     "still unknown.", "armed men", "Maria Kovalenko"),
    ("On the afternoon of 12 May 2019, heavily armed men in civilian clothes seized Maria Kovalenko, a student at the "
     "Lerno university.", "armed men in civilian clothes", "Maria Kovalenko"),
    # news report
    ("Opposition leader Maria Kovalenko and an aide were seized by unidentified men on Saturday and driven across the "
     "border overnight, her lawyers said.", "unidentified men", "Maria Kovalenko"),
    ("Masked men bundled opposition leader Maria Kovalenko into a minibus in central Lerno on Monday.",
     "Masked men", "Maria Kovalenko"),
    # press release
    ("The Ministry is alarmed that Maria Kovalenko was seized by gunmen in Lerno on 3 May and has not been seen since.",
     "gunmen", "Maria Kovalenko"),
]


@pytest.mark.parametrize("text, doer, victim", DISAPPEARED)
def test_seized_by_men_who_hide_who_they_are_is_a_disappearance(rules, text, doer, victim):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, "enforced_disappearance")
    assert victim not in perpetrators(rows)


ARRESTED = [
    # news report
    ("On Wednesday officers seized two prominent opposition leaders in raids on their offices.", "officers"),
    # press release
    ("Police seized the opposition leader Maria Kovalenko at her home in Lerno on Monday.", "Police"),
    # NGO report
    ("According to our researchers, soldiers seized dozens of villagers in Dorav in May 2021.", "soldiers"),
]


@pytest.mark.parametrize("text, doer", ARRESTED)
def test_seized_openly_by_officers_is_an_arrest(rules, text, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, "arbitrary_detention")
    assert not perpetrators(rows, "enforced_disappearance")


NOBODY_TAKEN = [
    "The military seized power in February 2021 and dissolved parliament.",
    "Troops seized large caches of weapons from properties belonging to the clan.",
    "Rebels seized the town of Dorav last month after heavy fighting.",
    "Investigators seized his mobile phone, laptop and several books, a relative told reporters.",
    "The government said the assets it seized would be returned to the people of Ostland.",
]


@pytest.mark.parametrize("text", NOBODY_TAKEN)
def test_seizing_no_person_is_no_abuse(rules, text):
    rows = text_rows(rules, text)
    assert not [r for r in rows if r["type"] == "abuse"]
