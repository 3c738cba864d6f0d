"""Round 37, ninth batch (rulesB): a sanctions committee's country joined by a particle with an apostrophe.

"The Security Council Committee established pursuant to resolution 1572 (2004) concerning Kôte d'Ivory": the country
the committee watches is "Kôte d'Ivory", whole, not its first word. A lower-case word after the country's name
("concerning Kovania today approved ...") is still no part of it.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def _speakers(rules, text):
    return {name(c["speaker"]) for c in find(text_rows(rules, text), "statement")}


COMMITTEES = [
    # UN press release
    ("New York, 7 February 2006\n\nThe Security Council Committee established pursuant to resolution 1572 (2004) "
     "concerning Kôte d'Ivory today approved the first names to be placed on its list.\n",
     "Security Council Committee established pursuant to resolution 1572 (2004) concerning Kôte d'Ivory"),
    # news of a UN release
    ("New York, 3 May 2012\n\nThe Security Council Committee established pursuant to resolution 2048 (2012) concerning "
     "Kovan-Lome today added five officers to its list.\n",
     "Security Council Committee established pursuant to resolution 2048 (2012) concerning Kovan-Lome"),
]


@pytest.mark.parametrize("text, want", COMMITTEES)
def test_a_committee_is_named_with_its_whole_country(rules, text, want):
    got = _speakers(rules, text)
    assert want in got, got


def test_a_lower_case_word_after_the_country_is_no_part_of_it(rules):
    text = ("New York, 7 February 2006\n\nThe Security Council Committee established pursuant to resolution 1572 (2004) "
            "concerning Kôte d'Ivory today approved the first names to be placed on its list.\n")
    got = _speakers(rules, text)
    assert not any("today" in g for g in got), got
