"""Round 36 (rulesB, fifth batch): "vice president and deputy general manager of TPAO" is TPAO's vice president.

Two joined titles of which only the second says its body ("X, vice president and deputy general manager of Y",
"president and chief executive of Y") are both of that body: the bare first title is no state's office. A state
office with words of its own ("a former foreign minister and leader of an opposition party", "Deputy Minister for
Home Affairs and Chief of the Police Force") stays the state's.
"""

import pytest

from extract.claimhelp import held, orgs, text_rows

JOINED = [
    # EU listing entry
    ("Council lists two persons over drilling by Turkey\n\nThe Council today listed two persons over Turkey's "
     "drilling. The persons listed are:\n\n- Karel Vando, vice president and deputy general manager of Velda "
     "Petroleum, and a member of its board of directors\n", "Velda Petroleum"),
    # OFAC-style release
    ("Treasury Sanctions Venezuelan Oil Executive\n\nWASHINGTON - Today, OFAC targeted corruption in Venezuela and "
     "designated Karel Vando, president and chief executive of Ostland Oil Company, for his role in the scheme.",
     "Ostland Oil Company"),
    # news
    ("Oil boss detained in Kenya\n\nNAIROBI, May 8 (Wire) - Kenyan police detained Karel Vando, chairman and managing director of the "
     "Velda Shipping Corporation, on Tuesday.", "Velda Shipping Corporation"),
]


@pytest.mark.parametrize("text,body", JOINED)
def test_a_bare_title_joined_to_a_bodys_title_is_that_bodys(rules, text, body):
    rows = text_rows(rules, text)
    found = orgs(rows, "Karel Vando")
    assert body in found, held(rows, "Karel Vando")
    assert not found - {body}, held(rows, "Karel Vando")


@pytest.mark.parametrize("text", [
    "Opposition figure taken\n\nKarel Vando, 70, a former foreign minister and leader of an opposition party, was "
    "taken from his home in Ouagadougou by men who said they were police officers.",
])
def test_a_state_office_joined_to_another_post_stays_the_states(rules, text):
    rows = text_rows(rules, text)
    assert "opposition party" not in {org for role, org in held(rows, "Karel Vando") if "minister" in role.lower()}, held(rows, "Karel Vando")
