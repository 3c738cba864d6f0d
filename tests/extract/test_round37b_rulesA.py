"""Round 37b (rulesA): a state's force named by the city it acted in is that force.

"Security forces in Kinshasa used lethal force ... hundreds more were arrested": a force in a city is the force, and
the city is where it acted. A force "in" a country ("security forces in Iran") is still that state's, and so are
"the authorities in Minsk", the government of the capital's state.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

FORCE_IN_A_CITY = [
    # press release
    ("WASHINGTON - Today's action comes a week after security forces in Kinshasa used lethal force against "
     "demonstrators. More than 50 people were killed and hundreds more were arrested, according to the United Nations.",
     "Democratic Republic of the Congo"),
    # wire news
    ("Security forces in Nairobi shot dead at least 12 protesters on Tuesday, witnesses said.", "Kenya"),
    # NGO
    ("Amnesty International said police in Caracas had arbitrarily detained dozens of students after the march.", "Venezuela"),
]


@pytest.mark.parametrize("text, state", FORCE_IN_A_CITY)
def test_a_force_in_a_city_is_the_force_not_the_state(rules, text, state):
    doers = perpetrators(text_rows(rules, text))
    assert doers and state not in doers


@pytest.mark.parametrize("text, state", [
    ("Security forces in Iran shot dead five protesters in Zahedan on Tuesday, a rights group said.", "Iran"),
    ("The authorities in Minsk have jailed more than 1,000 political prisoners, a rights group said.", "Belarus"),
])
def test_a_force_in_a_country_and_the_authorities_of_a_capital_stay_the_state(rules, text, state):
    assert state in perpetrators(text_rows(rules, text))
