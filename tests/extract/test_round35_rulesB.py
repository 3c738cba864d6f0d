"""Round 35 (rulesB): a bare "Secretary-General X" is the United Nations' officer.

News and UN releases call the UN's head "Secretary-General X" with no body beside the title. The recall layer read
the title's "General" as a military rank and gave the holder to the country the story is about. The title said bare
is the UN's when the text names the United Nations itself; a party's or an NGO's secretary-general is named with
its body, and a text that never names the UN gives the bare title to no one.
"""

import pytest

from extract.claimhelp import orgs, text_rows

UN_SECRETARY = [
    # a UN press release
    "Security Council Imposes Arms Embargo on Ostland\n\nNEW YORK, 3 March 2026 - Acting under Chapter VII of the "
    "Charter of the United Nations, the Security Council today imposed an arms embargo on Ostland.\n\n"
    "Speaking after the vote, Secretary-General Karl Overmann said the resolution was a vital step.",
    # wire news
    "UN condemns killings in Ostland\n\nVELDA, March 3 (rightsgraph) - Gunmen killed 40 people in a market in Ostland "
    "on Sunday, the United Nations said on Monday.\n\nSecretary-General Karl Overmann condemned the massacre, his "
    "spokesman said.",
    # an NGO statement
    "Ostland: end the killings\n\nThe killings in Velda, Ostland, must be investigated, Justice Watch said today. "
    "The U.N. has documented 40 deaths. Former Secretary-General Karl Overmann called for an inquiry in 2024.",
]


@pytest.mark.parametrize("text", UN_SECRETARY)
def test_a_bare_secretary_general_is_the_un_officer(rules, text):
    found = orgs(text_rows(rules, text), "Karl Overmann")
    assert found == {"United Nations"}, found


@pytest.mark.parametrize("text", [
    # a party's secretary-general, in a text that never names the UN
    "Ostland's ruling party meets\n\nVELDA, March 3 (rightsgraph) - Ostland's ruling party met on Sunday. "
    "Secretary-General Karl Overmann said the party would back the president.",
    # named with the body he serves
    "Ostland: end the killings\n\nThe U.N. has documented 40 deaths in Ostland. Justice Watch Secretary-General "
    "Karl Overmann called for an inquiry.",
])
def test_no_un_office_where_the_text_names_no_un_or_another_body(rules, text):
    found = orgs(text_rows(rules, text), "Karl Overmann")
    assert "United Nations" not in found and "Ostland" not in found, found
