"""Round 29 (rulesA): a victim group keeps the words that make its round number a rough count ("up to a thousand",
"nearly a hundred"), read from the same word list the group mentions use.

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def victims(rows, abuse_type=None):
    roles = {"abuse_type": abuse_type} if abuse_type else {}
    return {name(c.get("victim")) for c in find(rows, "abuse", **roles)}


# -- "up to a thousand people": the rough count is part of the victim group ---------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("Police in Ostrava detained nearly a thousand protesters on Saturday, the Ostrava Legal Aid Group said.",
     "nearly a thousand protesters"),
    ("Security forces arrested up to a hundred students at the university, according to the statement.",
     "up to a hundred students"),
    ("Witnesses told us that soldiers detained several hundred men in the market square.", "several hundred men"),
])
def test_a_rough_count_stays_with_its_group(rules, text, group):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert group in victims(rows, "arbitrary_detention")


def test_a_count_not_rough_keeps_its_own_words(rules):
    """ "the hundred" is no rough count: the group is read as the mention gives it."""
    text = "Police detained the hundred protesters who had gathered outside parliament, the statement said.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert not any(v and v.lower().startswith("the hundred") and v != "the hundred protesters"
                   for v in victims(rows, "arbitrary_detention"))
