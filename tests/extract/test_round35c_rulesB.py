"""Round 35 (rulesB, third batch): a list entry's title field written inside the entry's one line.

The UN's sanctions list writes each entry on one line, its fields after full stops ("OSi.001 Name: 1: KAREL 2: VANDO.
Nationality: Ostland. Title: Commander of the Velda Coast Guard. Listed on: 7 June 2024."). The title field is read
as the same field on a line of its own is: each title in it is held by the person the line names, up to the next
field. A rank alone names no body, and a field on another entry's line is that entry's.
"""

import pytest

from extract.claimhelp import held, text_rows

HEAD = "Security Council Committee Adds Two Entries to Its Sanctions List\n\n8 May 2024\n\n" \
       "The Security Council Committee added the following entries to its sanctions list:\n\n"

ENTRIES = [
    # the UN list's "Title:" field
    HEAD + "OSi.001 Name: 1: KAREL 2: VANDO. Nationality: Ostland. Title: Commander of the Ostland Coast Guard. "
    "Listed on: 7 May 2024. Other information: Vando's units have sunk migrant boats.\n",
    # its "Designation:" field after a rank in "Title:"
    HEAD + "OSi.001 Name: Karel Vando. Title: Major General. Designation: Chief of the General Staff of the Ostland "
    "Armed Forces. Nationality: Ostland. Listed on: 7 May 2024. Narrative summary: Vando directs the army.\n",
    # another list's "Function:" field closing the line
    HEAD + "1. Karel Vando. Date of birth: 3 March 1970. Nationality: Ostland. Function: Commander of the Ostland "
    "Coast Guard.\n",
]


@pytest.mark.parametrize("text", ENTRIES)
def test_an_inline_title_field_is_the_entrys_position(rules, text):
    found = {org for _, org in held(text_rows(rules, text), "Karel Vando")}
    assert found & {"Ostland Coast Guard", "Ostland Armed Forces"}, found


def test_a_rank_alone_and_the_next_entry_give_no_position(rules):
    text = HEAD + ("OSi.001 Name: Karel Vando. Title: Major General. Nationality: Ostland. Listed on: 7 May 2024.\n"
                   "OSi.002 Name: Tomas Brin. Nationality: Ostland. Title: Commander of the Ostland Coast Guard. "
                   "Listed on: 7 May 2024.\n")
    rows = text_rows(rules, text)
    assert not any(org == "Ostland Coast Guard" for _, org in held(rows, "Karel Vando")), held(rows, "Karel Vando")
    assert ("Commander", "Ostland Coast Guard") in held(rows, "Tomas Brin"), held(rows, "Tomas Brin")
