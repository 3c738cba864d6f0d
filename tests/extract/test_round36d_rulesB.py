"""Round 36 (rulesB, fourth batch): "the Harbi leader X" leads the body the text names "the Harbi armed group".

A group called after a family or a founder ("the Harbi armed group", "Harbi forces") gives its word to its titles
("the Harbi leader Karim al-Harbi", "Harbi military commander"), though the mentions may join that word to the man
named so. The title is of the body the text names by that word and a noun of a body's kind. A portfolio ("Interior
Minister X" beside "Interior Ministry troops") or a state's demonym names no such group.
"""

import pytest

from extract.claimhelp import held, orgs, text_rows

HOUTHI_LIKE = [
    # NGO report
    ("Velda: Harbi armed group must free detained aid workers\n\n(Beirut) - The Harbi armed group, which controls much "
     "of northern Velda, has detained at least 13 aid workers, Human Rights Watch said today. The Harbi leader, Karim "
     "al-Harbi, said in a televised speech that the detainees were spies.", "Karim al-Harbi", "Harbi armed group"),
    # UN list entry with a semicolon field
    ("Committee adds two Harbi commanders to its list\n\nThe Committee said Harbi forces had attacked civilians in the "
     "north.\n\nA. Omar Saleh; Harbi military commander; born 1984.\nB. Yusuf Nasser; Harbi deputy commander; born 1985.\n",
     "Omar Saleh", "Harbi forces"),
    # wire news
    ("Harbi forces seize port\n\nVELDA, May 8 (Wire) - Harbi forces seized the port on Tuesday. Harbi leader Karim "
     "al-Harbi said in a speech that the fighting would go on.", "Karim al-Harbi", "Harbi forces"),
]


@pytest.mark.parametrize("text,person,org", HOUTHI_LIKE)
def test_a_groups_word_before_a_title_names_the_group(rules, text, person, org):
    rows = text_rows(rules, text)
    assert org in orgs(rows, person), held(rows, person)


def test_a_portfolio_word_is_no_groups_name(rules):
    text = ("Protesters beaten\n\nMINSKOV, Aug 12 (Wire) - Interior Ministry troops beat protesters. Interior Minister "
            "Yuri Karas said the force used had been lawful.")
    rows = text_rows(rules, text)
    assert "Interior Ministry troops" not in orgs(rows, "Yuri Karas"), held(rows, "Yuri Karas")


def test_a_demonym_is_no_groups_name(rules):
    text = ("Fighting in the north\n\nYemeni forces advanced on the port. Yemeni commander Ali Saleh said the port "
            "would be taken.")
    rows = text_rows(rules, text)
    assert "Yemeni forces" not in orgs(rows, "Ali Saleh"), held(rows, "Ali Saleh")
