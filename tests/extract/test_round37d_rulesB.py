"""Round 37, fourth batch (rulesB): relatives listed under a line that says whose family the list names.

"The annex names the following members of his family:" then "- Y, son", "- Z, daughter": each entry is a relative of
the man "his" names, by the kinship word set after the entry's name. An entry with its own owner ("- Y, son of Z"),
an entry with no kinship word ("- Y, adviser") and a list whose line names no family ("the following persons:") name
no relative of him.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def _family(rules, text):
    return {(name(c["person"]), name(c["relative"]), c["relation"]) for c in find(text_rows(rules, text), "family")}


LISTED = [
    # press release, bullets
    ("Press release\n\nThe Council today froze the assets of President Ivan Drach of Kovania. Besides Mr Drach himself, "
     "the annex names the following members of his family:\n\n- Pavel Drach, son\n- Olena Drach, daughter, head of the "
     "state airline\n\nThe measures enter into force today.\n",
     {("Ivan Drach", "Pavel Drach", "child"), ("Ivan Drach", "Olena Drach", "child")}),
    # wire news, numbered
    ("KOVAN CITY, May 2 (Wire) - The ministry said it had blocked accounts held by the former governor Anna Berg and "
     "the following members of her immediate family:\n1. Marko Berg, husband\n2. Lina Berg, sister\n\nThe governor "
     "was not available for comment.\n",
     {("Anna Berg", "Marko Berg", "spouse"), ("Anna Berg", "Lina Berg", "sibling")}),
    # NGO report
    ("The group documented threats against the journalist Tomas Vell and his relatives:\n\n- Ida Vell, mother\n- "
     "Oskar Vell, brother\n\nThe authorities have not opened any inquiry.\n",
     {("Tomas Vell", "Ida Vell", "parent"), ("Tomas Vell", "Oskar Vell", "sibling")}),
]


@pytest.mark.parametrize("text, want", LISTED)
def test_relatives_listed_under_a_family_line(rules, text, want):
    got = _family(rules, text)
    assert want <= got, got


def test_an_entry_without_a_kinship_word_is_no_relative(rules):
    text = ("Press release\n\nThe Council today froze the assets of President Ivan Drach of Kovania and of the "
            "following members of his family:\n\n- Pavel Drach, adviser\n- Olena Drach, daughter\n\nThe measures enter "
            "into force today.\n")
    got = _family(rules, text)
    assert ("Ivan Drach", "Olena Drach", "child") in got, got
    assert not any(r == "Pavel Drach" for _, r, _ in got), got


def test_a_list_of_persons_is_no_family(rules):
    text = ("Press release\n\nThe Council today froze the assets of President Ivan Drach of Kovania and of the "
            "following persons:\n\n- Pavel Moroz, son\n- Olena Sidor, daughter\n\nThe measures enter into force today.\n")
    got = _family(rules, text)
    assert not any(p == "Ivan Drach" for p, _, _ in got), got
