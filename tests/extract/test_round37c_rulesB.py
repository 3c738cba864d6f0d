"""Round 37, third batch (rulesB): a perfect split by a phrase that the parser hangs on the phrase's preposition.

"Its spokesman, X, has in the past rejected accusations of abuses": the parser reads "in the past rejected accusations"
as one phrase, the participle an adjective of the noun; "has" is still the verb of the denial, and its subject (the
spokesman named X) the denier. (The shape where "rejected accusations" is read as the object of "have" was read
already.)
"""

import pytest

from extract.claimhelp import find, name, text_rows

SPLIT_PERFECT = [
    # NGO report
    ("The Kovan Liberation Army did not respond to a request for comment. Its spokesman, Ivan Drach, has in the past "
     "rejected accusations of abuses by its forces as lies spread by its enemies.", {"Ivan Drach"}),
    # wire news
    ("NAIROBI, June 3 (Wire) - Witnesses said soldiers beat detainees in the camp. The army spokeswoman, Anna Berg, has "
     "in recent months dismissed reports of torture as fabrications.", {"Anna Berg", "army"}),  # (she speaks for the army)
    # press release
    ("Press release\n\nThe Council today listed Pavel Moroz, the commander of the Kovan garrison. Mr Moroz has on "
     "several occasions denied allegations that his men tortured prisoners.\n", {"Pavel Moroz"}),
]


@pytest.mark.parametrize("text, deniers", SPLIT_PERFECT)
def test_a_perfect_split_by_a_phrase_is_still_the_deniers_verb(rules, text, deniers):
    got = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert got & deniers, got


def test_a_participle_before_its_noun_with_an_article_is_no_denial(rules):
    # "the rejected claims" is a noun phrase: the court has them, it denies nothing
    text = "The court has in its files the rejected claims of the victims' families, Ivan Drach said."
    got = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert not got, got
