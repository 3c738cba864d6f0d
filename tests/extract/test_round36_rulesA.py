"""Round 36 (rulesA): which clause an abuse word belongs to decides who did it.

A sentence that designates someone may tell other things in clauses of their own: "The United States, which has
imposed sanctions on X, condemned the executions" (the condemner's clause; X only describes who condemns), "it
blacklisted X, and the State Department determined that Norvia was committing genocide" (a clause with its own doer).
The designated are not the doers of a deed told in a main clause whose subject names none of them. The designation's
own clause ("designated X for torture"), a clause on a noun ("X, under whose authority police killed ...", "in a move
Washington tied to torture"), and a clause whose pronoun may stand for the designated keep them.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


OTHER_CLAUSE = [
    # news: the designation only describes who condemns
    "Norvian junta hangs four activists\n\nBANGKOK, July 25 (Wire) - Norvia's military rulers have executed four democracy "
    "activists, state media reported.\n\nThe United States, which has imposed sanctions on Ivan Petrov and other coup "
    "leaders, condemned the executions, as did the European Union.",
    # press release: a second main clause with a doer of its own
    "Treasury acts on Norvian officials\n\nIn 2020 the Department blacklisted Oleg Sarov, then the party chief in the "
    "province, under the Global Magnitsky Act, and in 2021 the State Department determined that Valoria was committing "
    "genocide against the Tarkans.",
    # NGO: the designation describes the monitor; the told clause has its own doer
    "Rights group documents torture\n\nAmnesty International, which welcomed the sanctions on Pavel Drach last year, "
    "said soldiers had tortured detainees in Tarka.",
]


@pytest.mark.parametrize("text", OTHER_CLAUSE)
def test_the_designated_do_not_do_a_deed_of_another_clause(rules, text):
    doers = perpetrators(text_rows(rules, text))
    assert not doers & {"Ivan Petrov", "Oleg Sarov", "Pavel Drach"}, doers


OWN_CLAUSE = [
    ("Treasury sanctions Norvian commander\n\nThe Department of the Treasury today designated Ivan Petrov, a police "
     "commander, for the torture of detainees in Minskov.", "Ivan Petrov"),
    ("US bars Norvian leader\n\nThe United States has barred Ivan Petrov, the head of the Norvian region, from entering "
     "its territory, in a move Washington tied to more than a decade of alleged torture and extrajudicial killings.",
     "Ivan Petrov"),
    ("EU lists governors\n\nThe Council listed two officials:\n\n- Oleg Sarov, former Governor of Tarka, under whose "
     "authority security forces killed at least twelve people in Tarka City during protests in December 2016;",
     None),
    ("UK sanctions judge\n\nThe United Kingdom today sanctioned Pavel Drach, a judge. The United States named him in 2013 "
     "under the Magnitsky Act for his part in the detention of the lawyer Oleg Sarov.", "Pavel Drach"),
]


@pytest.mark.parametrize("text,doer", OWN_CLAUSE)
def test_the_designation_s_own_clause_keeps_the_designated(rules, text, doer):
    doers = perpetrators(text_rows(rules, text))
    if doer is None:
        assert doers, "the deed of a clause on the designated is still read"
    else:
        assert doer in doers, doers
