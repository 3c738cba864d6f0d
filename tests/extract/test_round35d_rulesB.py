"""Round 35 (rulesB, fourth batch): "President Vando" where two Vandos are named is the one the text called president.

Stories about ruling families name brothers, fathers and sons who share a surname ("President Karel Vando ... his
brother, Defence Secretary Tomas Vando"), then use the title and the surname alone ("President Vando said ...").
The surname alone fits both; the title the text gave one of them in full says which. A title both were given, or
no title, decides nothing.
"""

import pytest

from extract.claimhelp import find, name, text_rows

FAMILY = [
    # wire news
    "Editor shot dead in Velda\n\nVELDA, March 3 (rightsgraph) - The editor had criticised President Karel Vando and "
    "his brother, Defence Secretary Tomas Vando, for years. President Vando, in a statement, called the killing a "
    "conspiracy against his government.",
    # an NGO statement
    "Ostland: investigate the editor's killing\n\nThe editor's newspaper had reported on deals approved by Defence "
    "Secretary Tomas Vando, the brother of President Karel Vando. President Vando said in a statement on Monday that "
    "the killers would be found.",
    # a press release
    "Treasury Sanctions Ostland Officials\n\nThe Department of the Treasury today designated Defence Secretary Tomas "
    "Vando, whose brother is President Karel Vando. President Vando said in a statement that the sanctions were "
    "unjust.",
]


@pytest.mark.parametrize("text", FAMILY)
def test_a_title_and_a_shared_surname_are_the_titled_bearer(rules, text):
    rows = text_rows(rules, text)
    speakers = {name(c["speaker"]) for c in find(rows, "statement")}
    assert "Karel Vando" in speakers and "Vando" not in speakers, speakers


@pytest.mark.parametrize("text", [
    # both were given the title: it says nothing of which one spoke
    "Ministers named\n\nVELDA, March 3 (rightsgraph) - Former minister Karel Vando and his brother, former minister "
    "Tomas Vando, were questioned. Minister Vando said in a statement that the case was political.",
    # no title before the bare surname
    "Ministers named\n\nVELDA, March 3 (rightsgraph) - President Karel Vando and his brother, Defence Secretary Tomas "
    "Vando, were named in the report. Vando said in a statement that the case was political.",
])
def test_no_bearer_is_chosen_without_a_title_only_one_held(rules, text):
    rows = text_rows(rules, text)
    speakers = {name(c["speaker"]) for c in find(rows, "statement")}
    assert "Karel Vando" not in speakers and "Tomas Vando" not in speakers, speakers
