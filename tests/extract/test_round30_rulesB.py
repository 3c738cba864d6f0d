"""Round 30 (rulesB): shapes of English that fresh33 and fresh34 showed the rules missing, each found in several
articles. Every person and body here is invented, each convention is tried in more than one wording (press release,
news report, NGO report), and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import find, held, name, text_rows


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


# a person dismissed is fired, not a denial ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,fired", [
    # press release: a relative clause on the listed man
    ("The Treasury designated Colonel Piet Varga, a former police commander who was later dismissed by Interior Minister "
     "Olga Rask, for the killings of protesters in Vella.", "Olga Rask"),
    # news report: "who was dismissed" set off after the name
    ("Soldiers of the Ruritanian army killed 14 protesters in Vella in March, witnesses said. The army chief, General "
     "Tomas Ekwe, who was dismissed by President Ana Morel in May, has been sanctioned.", "Ana Morel"),
    # NGO report: a plain passive with a date before the agent
    ("Police tortured detainees at the Vella station, Human Rights Watch said. The station chief, Marek Doll, was "
     "dismissed in June by the regional governor, Ilse Brandt.", "Ilse Brandt"),
])
def test_a_person_dismissed_is_removed_from_a_post_and_nobody_denies(rules, text, fired):
    found = deniers(text_rows(rules, text))
    assert fired not in found and not found


@pytest.mark.parametrize("text", [
    "Police tortured detainees at the Vella station, Human Rights Watch said. Interior Minister Olga Rask dismissed the allegations as lies.",
    "Police tortured detainees at the Vella station, Human Rights Watch said. The allegations were dismissed by Interior Minister Olga Rask.",
])
def test_allegations_dismissed_are_still_a_denial(rules, text):
    assert "Olga Rask" in deniers(text_rows(rules, text))
