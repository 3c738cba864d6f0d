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


# a UN document symbol on a header line marks the organ's press release -----------------------------------------------


def statements(rows):
    return {(name(c["speaker"]), name(c["medium"])) for c in find(rows, "statement")}


@pytest.mark.parametrize("text,date", [
    # a sanctions committee's release: the symbol on a line of its own, then the date; the lede names the committee
    ("Security Council Committee Adds Two Entries to Its Sanctions List\n\nSC/15123\n4 March 2024\n\nOn 4 March 2024, the "
     "Security Council Committee established pursuant to resolution 2127 (2013) concerning Ruritania approved the addition "
     "of two entries to its sanctions list.", "2024-03-04"),
    # a meeting's coverage: the symbol inside the meeting line
    ("Security Council Extends Ruritania Sanctions\n\nSecurity Council, 9571st Meeting (AM), SC/15210, 28 February 2024\n\n"
     "The Security Council this morning extended the arms embargo on Ruritania for one year.", "2024-02-28"),
    # press release over a committee's listing, with "Press Release" on the line after the symbol
    ("Security Council Committee Removes One Entry from Its Sanctions List\n\nSC/15301\n\nPress Release\n\n11 April 2024\n\n"
     "The Security Council Committee concerning Ruritania removed Pavel Lind from its sanctions list.", None),
])
def test_a_un_symbol_on_a_header_line_is_the_organs_press_release(rules, text, date):
    rows = text_rows(rules, text)
    said = [c for c in find(rows, "statement", speaker="United Nations Security Council") if name(c["medium"]) == "press release"]
    assert said and (date is None or said[0]["date"] == date)


def test_a_un_symbol_cited_in_a_story_sentence_is_no_header(rules):
    rows = text_rows(rules, "Ruritania rejects UN sanctions\n\nVELLA, March 5 - Ruritania's foreign ministry on Tuesday "
                            "rejected the sanctions that a Security Council committee imposed on two generals, calling the "
                            "decision, which the UN announced in press release SC/15123 on Monday, an attack on its sovereignty.")
    assert not find(rows, "statement", speaker="United Nations Security Council")
