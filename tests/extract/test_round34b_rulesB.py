"""Round 34 (rulesB), second batch: a sanctions list entry that names a designee by kinship.

"10. Ana Guillermina Luz Bello, wife of X": a numbered or bulleted list line has no verb to help the NER, which may read
the relative's name as a body or cut its first word; the kinship word after the comma says the words before it are a
person's name. Running text is left to the NER and the family rules.
"""

import pytest

from extract.claimhelp import find, name, text_rows


# -- "10. Ana Guillermina Luz Bello, wife of X": a list entry that names a designee by kinship names a person ------------

KIN_ENTRIES = [
    # press release, numbered list
    ("Treasury Sanctions Norvian Food Fraud Network\n\nOFAC today designated the following individuals pursuant to E.O. "
     "13850:\n\n1. Tomas Reller Varo, Norvian national\n2. Ana Guillermina Luz Bello, wife of Tomas Reller\n"),
    # press release, bulleted list
    ("Designations of Norvian Officials and Their Families\n\nThe United Kingdom has today designated, under the Global "
     "Human Rights Sanctions Regulations 2020:\n\n- Tomas Reller Varo, Norvian police general\n"
     "- Ana Guillermina Luz Bello, the wife of Tomas Reller\n"),
    # council listing with a closing bracket number
    ("Council Listing: Norvia\n\nThe Council today added the following persons to the list:\n\n1) Tomas Reller Varo, "
     "commander of the Norvian National Guard\n2) Ana Guillermina Luz Bello, wife of Tomas Reller Varo\n"),
]


@pytest.mark.parametrize("text", KIN_ENTRIES)
def test_a_kinship_list_entry_names_the_relative(rules, text):
    rows = text_rows(rules, text)
    relatives = {name(c["relative"]) for c in find(rows, "family")} | {name(c["person"]) for c in find(rows, "family")}
    assert "Ana Guillermina Luz Bello" in relatives, find(rows, "family")


def test_a_kinship_phrase_in_running_text_is_no_list_entry(rules):
    text = ("Norvian Minister Sanctioned\n\nThe Department of State designated Tomas Reller Varo. His wife, Ana Luz, "
            "and the Minister of Works, wife of a general, were not named.")
    rows = text_rows(rules, text)
    people = {name(c[r]) for c in rows for r in ("person", "relative", "target") if r in c}
    assert "Minister of Works" not in people, people
