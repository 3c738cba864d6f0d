"""Round 35g (rulesA): the walk from an abuse word up to the subject of its clause stops at a verb of deploring or
condemning it ("the Council adopted a resolution, deploring the repression of demonstrators", "the minister spoke
for an hour, lamenting the killings"): the subject of the clause above looks at the deed from outside and did not
do it. A verb of that family that is itself the deed ("shocked detainees with batons") is still a deed, and a subject
that does the deed in its own clause before the participle is still its doer.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

DEPLORED = [
    # press release
    ("Council acts on Ostland\n\nVARNBURG - The Regional Council today adopted resolution 44, deploring the grave "
     "violations of human rights in Ostland, including the repression of peaceful demonstrators.", "Regional Council"),
    # wire news
    ("Ostland envoy speaks\n\nOSTGRAD, March 3 (Wire) - The Varn Commission issued a short statement on Monday, "
     "lamenting the killings of at least twelve protesters in the capital.", "Varn Commission"),
    # NGO report
    ("Ostland: a year of fear\n\nThe Ostland Bar Association held an emergency session in June, decrying the torture "
     "of detained lawyers in the northern prisons.", "Ostland Bar Association"),
]


@pytest.mark.parametrize("text,who", DEPLORED)
def test_who_deplores_the_deed_did_not_do_it(rules, text, who):
    rows = text_rows(rules, text)
    assert not any(who in (p or "") for p in perpetrators(rows)), find(rows, "abuse")


def test_a_deed_done_in_the_clause_itself_keeps_its_doer(rules):
    text = ("Ostland crackdown\n\nOSTGRAD, March 3 (Wire) - Riot police of the Ostland Interior Ministry detained "
            "dozens of students on Monday, shocking passers-by in the capital.")
    rows = text_rows(rules, text)
    assert any("Interior Ministry" in (p or "") or "police" in (p or "").lower() for p in perpetrators(rows, "arbitrary_detention")), find(rows, "abuse")
