"""Round 37, seventh batch (rulesB): a widow or widower is the spouse of the one who died.

"X's widow, Y, told mourners ...", "His widow, Y, said ...", "Y, the widow of the late general X": Y is X's spouse.
Not a widow the text ties to no one ("a widow from Lome"), nor a man called a widower (his late wife is unnamed).
"""

import pytest

from extract.claimhelp import find, name, text_rows


def _family(rules, text):
    return {(name(c["person"]), name(c["relative"]), c["relation"]) for c in find(text_rows(rules, text), "family")}


WIDOWS = [
    # NGO report
    ("Ivan Drach's widow, Olena Drach, told mourners that she did not believe the police.", ("Ivan Drach", "Olena Drach", "spouse")),
    # wire news
    ("KOVAN CITY, May 2 (Wire) - The journalist Ivan Drach was shot dead in 2019. His widow, Olena Drach, said the police "
     "had ignored the threats.", ("Ivan Drach", "Olena Drach", "spouse")),
    # press release
    ("Press release\n\nThe Council today also listed Olena Drach, the widow of the late general Ivan Drach, who controls "
     "his former companies.", ("Ivan Drach", "Olena Drach", "spouse")),
]


@pytest.mark.parametrize("text, want", WIDOWS)
def test_a_widow_is_a_spouse(rules, text, want):
    got = _family(rules, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "The victims included a widow from Lome whose house was burned down by soldiers.",
    "Ivan Drach, a widower, was detained by police on Monday.",
])
def test_a_widow_of_no_one_named_is_no_family(rules, text):
    assert not _family(rules, text)
