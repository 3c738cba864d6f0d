"""Round 34 (rulesB), seventh batch: who leads an unnamed inquiry holds it, not who commissioned it.

"An independent special investigation commissioned by the U.N. Secretary-General and led by retired General Tomas
Reller found that ...": the general's team investigated; the Secretary-General ordered it. A body the text names
("a judicial commission of inquiry into X, chaired by Judge Y") holds its inquiry itself.
"""

import pytest

from extract.claimhelp import find, name, text_rows

LED = [
    # news
    "Norvia peacekeepers failed to act, inquiry finds\n\nMARKA (Wire) - An independent special investigation commissioned "
    "by the U.N. Secretary-General and led by retired Dutch Major General Tomas Reller found in November 2016 that the "
    "mission had failed to protect civilians.",
    # NGO
    "Norvia: Inquiry Confirms Abuses\n\nAn inquiry commissioned by the government and headed by former judge Ana Varo "
    "concluded in March that soldiers had tortured at least 40 detainees.",
    # press release
    "Statement on the Norvia Inquiry\n\nWe welcome the report of the independent investigation commissioned by the "
    "African Union and led by Luis Mora, which found that the security forces had killed 12 protesters.",
]


@pytest.mark.parametrize("text", LED)
def test_who_leads_an_unnamed_inquiry_holds_it(rules, text):
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert investigators & {"Tomas Reller", "Ana Varo", "Luis Mora"}, investigators
    assert not investigators & {"U.N. Secretary-General", "African Union"}, investigators
