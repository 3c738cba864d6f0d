"""Round 33 (rulesB), sixth batch: a party's whip is a title.

"X, the chief whip of the main opposition party Y", "Government chief whip X said ...": the whip keeps a party's
lawmakers in line and holds a post in the party; "whip" was missing from the title words, so the title stopped at
"chief" and no post was read. A whip the guards used is no title.
"""

import pytest

from extract.claimhelp import orgs, text_rows

WHIP = [
    "Omar Tessel, the chief whip of the opposition party Zentra, was shot on Thursday outside his home in the capital, "
    "police said.",
    "The Ministry of Foreign Affairs condemns the attack on Omar Tessel, the chief whip of the opposition party Zentra, "
    "and calls for an investigation.",
    "The report documents threats against Omar Tessel, the chief whip of the opposition party Zentra, in 2017 and 2018.",
]


@pytest.mark.parametrize("text", WHIP)
def test_a_chief_whip_of_a_party(rules, text):
    assert "Zentra" in orgs(text_rows(rules, text), "Omar Tessel")


def test_a_whip_in_a_beating_is_no_post(rules):
    text = "Guards beat Omar Tessel with a whip in front of the other detainees of the Zentra camp, the report says."
    rows = text_rows(rules, text)
    assert not [r for r in rows if r["type"] == "position"], rows
