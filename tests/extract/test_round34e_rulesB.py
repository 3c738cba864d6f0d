"""Round 34 (rulesB), fifth batch: "former" before a body's word that modifies a title is said of the title.

"Tomas Reller, a former army intelligence officer": he was an army intelligence officer; the body is the army, not a
"former army". (A body that itself is former, "the former rebel army", has no title after it.)
"""

import pytest

from extract.claimhelp import orgs, text_rows

FORMER = [
    # news
    "Norvian ex-officer convicted\n\nMARKA (Wire) - Tomas Reller, a former army intelligence officer, had denied any "
    "involvement throughout the trial, and his lawyers said they would appeal.",
    # NGO
    "Norvia: Torture Trial Opens\n\nThe accused, Tomas Reller, a former police intelligence officer, is charged with the "
    "torture of detainees at a station in Marka in 2019.",
    # press release
    "Designation of Tomas Reller\n\nThe Department of State is designating Tomas Reller, a former army intelligence "
    "officer, under Section 7031(c) for his involvement in gross violations of human rights.",
]


@pytest.mark.parametrize("text", FORMER)
def test_former_is_no_part_of_the_body(rules, text):
    held = orgs(text_rows(rules, text), "Tomas Reller")
    assert held and not any(o.lower().startswith("former") for o in held), held
