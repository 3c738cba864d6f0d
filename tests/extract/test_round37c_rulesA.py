"""Round 37c (rulesA): a force's name that ends in a building noun is the building's.

"a crowd gathered outside the Korsk police station ... Soldiers and police fired into the crowd": the station is a
place; the police who fire are not "the Korsk police" by it. A force named as such ("the Korsk police detained ...")
is still a body that acts.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

BUILDING_THEN_FORCE = [
    # NGO
    ("On 25 October 2004, security forces dispersed a crowd of roughly 1,500 people who had gathered outside the Korsk "
     "police station in Varn province. Soldiers and police fired live ammunition into the crowd, killing seven people "
     "at the scene, and then arrested some 1,370 men.", "Korsk police"),
    # wire news
    ("KORSK, May 3 (Wire) - Relatives said the activist was taken to the Lerno police post on Sunday. Police beat him "
     "there for hours, his lawyer said.", "Lerno police"),
    # press release
    ("The Department is alarmed by reports from the Orsk police station, where detainees have been tortured. Police "
     "officers have also detained journalists who reported on the protests.", "Orsk police"),
]


@pytest.mark.parametrize("text, building", BUILDING_THEN_FORCE)
def test_a_police_station_is_no_police_body(rules, text, building):
    assert building not in perpetrators(text_rows(rules, text))


def test_a_force_named_as_such_still_acts(rules):
    text = "KORSK, May 3 (Wire) - The Korsk police detained dozens of protesters on Monday, witnesses said."
    assert "Korsk police" in perpetrators(text_rows(rules, text))
