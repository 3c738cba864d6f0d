"""Round 36 (rulesB, seventh batch): a state named in a minister's own words is not the state he serves.

A bare state title ("Interior Minister X") with no country named beside it takes the state the sentence names,
a demonym included. But a demonym inside what the person says or denies ("denied that Rome had given in to Libyan
pressure", "said the talks with the Moroccan delegation had failed") is the subject of his words, often the other
side: the title falls back to the state the text is about. A demonym outside his words still counts.
"""

import pytest

from extract.claimhelp import orgs, text_rows


IN_HIS_WORDS = [
    # wire news, a denial joined to his first verb
    "Migrant deal under strain\n\nLISBON, May 8 (Wire) - Portuguese courts freed the suspect on Tuesday, and Portugal "
    "said it would appeal. Interior Minister Petra Lomanti said on Wednesday that the man had been expelled because he "
    "was a danger to security, and denied that the capital had given in to Moroccan pressure.",
    # NGO report, a rejection joined to his first verb
    "Portugal: explain the expulsion\n\nPortugal expelled the suspect on 21 January. Justice Minister Petra Lomanti "
    "defended the decision and denied that the government had bowed to Moroccan demands.",
    # NGO report, his own statement
    "Portugal: explain the expulsion\n\nPortugal expelled the suspect on 21 January. Justice Minister Petra Lomanti said "
    "that the Moroccan authorities had never asked for the suspect's return.",
    # press digest
    "Portugal and the fugitive\n\nThe government of Portugal faced questions on Monday. Foreign Minister Petra Lomanti "
    "told parliament that Moroccan officials had given assurances about the suspect.",
]


@pytest.mark.parametrize("text", IN_HIS_WORDS)
def test_a_demonym_in_his_own_words_is_not_his_state(rules, text):
    found = orgs(text_rows(rules, text), "Petra Lomanti")
    assert "Morocco" not in found, found
    assert "Portugal" in found, found


def test_a_demonym_in_his_title_still_counts(rules):
    text = ("Talks collapse\n\nLISBON, May 8 (Wire) - Portugal hosted the talks on Tuesday. The Moroccan foreign "
            "minister, Petra Lomanti, said the talks had failed.")
    assert "Morocco" in orgs(text_rows(rules, text), "Petra Lomanti")


def test_a_demonym_outside_his_words_still_counts(rules):
    text = ("Talks collapse\n\nMoroccan Interior Minister Petra Lomanti said on Tuesday that the border would stay "
            "closed.")
    assert "Morocco" in orgs(text_rows(rules, text), "Petra Lomanti")
