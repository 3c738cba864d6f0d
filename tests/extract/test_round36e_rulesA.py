"""Round 36 (rulesA), fifth batch: a witness who testifies, recounts or alleges a deed tells it, and did not do it.

"A former member of the army's intelligence unit, X, testified that detainees were held in secret jails, tortured and
killed": the subject of a verb of testifying is one who tells, like one who says or reports; no rule (the recall
layer's subject reading included) makes the witness the doer. Who testifies to his own deeds ("X testified that he
had tortured detainees") is still their doer through the told clause's own subject.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


WITNESSES = [
    # news
    ("Court hears of secret jails\n\nThe proceedings took place under threat. A former member of the army's "
     "intelligence unit, Ivan Petrov, testified that detainees were held in secret jails, tortured and killed.",
     "Ivan Petrov"),
    # NGO report
    ("Norvia: survivors speak\n\nOleg Sarov, a former prisoner, recounted that inmates were beaten and tortured at the "
     "Tarka barracks in 2019.", "Oleg Sarov"),
    # press release
    ("Statement on Tarka prison\n\nThe lawyer Anna Lis alleged that her clients had been tortured in custody.",
     "Anna Lis"),
]


@pytest.mark.parametrize("text,witness", WITNESSES)
def test_a_witness_is_not_the_doer(rules, text, witness):
    assert witness not in perpetrators(text_rows(rules, text))


def test_one_who_testifies_to_his_own_deeds_did_them(rules):
    rows = text_rows(rules, "Former officer confesses\n\nIvan Petrov, a former army officer, testified that he had "
                            "tortured detainees at the Tarka barracks in 2004.")
    assert "Ivan Petrov" in perpetrators(rows, "torture"), rows
