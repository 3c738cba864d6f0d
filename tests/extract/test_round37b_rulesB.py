"""Round 37, second batch (rulesB): accused people named by what they are who deny any part in the deed.

"All five defendants have denied any part in the murder", "The suspects denied any links to the armed group": denying
one's own part in a deed answers the charges as "denied the charges" does, though the object names no charge. The
denier is the group the subject's words name, as for "The four defendants denied the charges".
"""

import pytest

from extract.claimhelp import find, name, text_rows

DENIED_PART = [
    # wire news on a verdict
    ("MOSCOW, June 9 (Wire) - A court jailed five men over the murder of the journalist Ivan Petrov. All five "
     "defendants have denied any part in the murder.", "All five defendants"),
    # NGO report
    ("Human Rights Watch documented the killing of 12 villagers in March. The three soldiers arrested in April have "
     "denied any role in the killings.", "three soldiers"),
    # prosecutor's press release
    ("Press release\n\nThe Office of the Prosecutor today charged four suspects with the bombing of the Kovan market. "
     "The suspects denied any links to the armed group behind the attack.\n", "The suspects"),
]


@pytest.mark.parametrize("text, denier", DENIED_PART)
def test_accused_people_who_deny_any_part_in_the_deed_are_deniers(rules, text, denier):
    got = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert any(denier.casefold() in g.casefold() for g in got), got


NOT_A_DENIAL = [
    # "denied" of access: a refusal, no one denies a deed
    "The defendants were denied any part in the hearing by the judge, their lawyers said.",
    # no "any": a part described, not a deed answered
    "The defendants denied the journalists access to the documents.",
]


@pytest.mark.parametrize("text", NOT_A_DENIAL)
def test_a_part_refused_or_no_part_named_is_no_denial(rules, text):
    got = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert not any("defendants" in g.casefold() for g in got), got
