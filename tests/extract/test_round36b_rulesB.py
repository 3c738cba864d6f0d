"""Round 36 (rulesB, second batch): "the party's chairman" after "loyal to the LF"; a body named by its name and kind.

"The party's chairman, X" goes back to the body the paragraph named, even when that name came after "to the" ("forces
loyal to the LF"), once the text has named it as a body elsewhere: only a name the text never names as a body there
may be a place ("member of parliament for Velda East"). A title "of the 88 Generation group" or a verb "who leads the
PASTEF party" names a body the NER did not: the name before the kind of body ("88 Generation", "PASTEF"). An emphatic
pronoun opens an apposition's title ("X's wife, Y, herself a leader of Z").
"""

import pytest

from extract.claimhelp import held, orgs, text_rows

PARTY_CHAIR = [
    # wire news
    "Clashes in the north\n\nFighting broke out between federal troops and the regional government led by the Northern "
    "Liberation Front (NLF).\n\nThe government blamed the killings on forces loyal to the NLF. The party's chairman, "
    "Daniel Okafor, denied that its fighters had played any part.",
    # NGO report
    "Report on the northern conflict\n\nThe Northern Liberation Front (NLF) controls the region.\n\nWitnesses said "
    "fighters were loyal to the NLF. The group's chairman, Daniel Okafor, rejected the findings.",
    # press release
    "Council lists NLF leaders\n\nThe Council today listed persons linked to the Northern Liberation Front (NLF).\n\n"
    "The measures target fighters loyal to the NLF. The party's chairman, Daniel Okafor, is among those listed.",
]


@pytest.mark.parametrize("text", PARTY_CHAIR)
def test_the_partys_chairman_goes_back_to_a_body_named_after_to_the(rules, text):
    rows = text_rows(rules, text)
    assert "Northern Liberation Front" in orgs(rows, "Daniel Okafor"), held(rows, "Daniel Okafor")


KIND_NAMED = [
    # news: a relative clause with the verb
    ("Opposition leader jailed\n\nDAKAR, June 4 (Wire) - Opposition leader Ousmane Sonko was sentenced on Thursday. "
     "Sonko, who leads the PASTEF party and came third in the 2019 election, called the case a plot.",
     "Ousmane Sonko", "PASTEF"),
    # news: an apposition opened by "herself"
    ("Activists executed\n\nBANGKOK, July 25 (Wire) - Four activists were executed. Kyaw Min Yu's wife, Nilar Thein, "
     "herself a leader of the 88 Generation group, said she had not been told.", "Nilar Thein", "88 Generation"),
    # EU listing
    ("Council lists three persons\n\nThe persons listed are:\n\n1. Adama Ben Diarra, leader of the Yerewolo movement, "
     "has called for violence against the transition.\n", "Adama Ben Diarra", "Yerewolo"),
]


@pytest.mark.parametrize("text,person,org", KIND_NAMED)
def test_a_body_named_by_its_name_and_kind(rules, text, person, org):
    rows = text_rows(rules, text)
    assert org in orgs(rows, person), held(rows, person)


@pytest.mark.parametrize("text", [
    # the kind with no name, or a name the text gives a place
    "Party rally\n\nOpposition leader Ousmane Sonko was sentenced on Thursday. Sonko, who leads the ruling party, spoke.",
    "Party rally\n\nOpposition leader Ousmane Sonko was sentenced on Thursday. Sonko, a member of the Senegalese group, spoke.",
])
def test_no_body_from_a_kind_without_a_name(rules, text):
    rows = text_rows(rules, text)
    assert not orgs(rows, "Ousmane Sonko") & {"ruling", "Senegalese", "ruling party"}, held(rows, "Ousmane Sonko")


def test_a_place_after_for_is_still_no_party(rules):
    text = ("Vote in Velda\n\nMira Dost, the member of parliament for Velda East, said the vote was rigged. The party's "
            "chairman, Daniel Okafor, agreed.")
    rows = text_rows(rules, text)
    assert "Velda East" not in orgs(rows, "Daniel Okafor"), held(rows, "Daniel Okafor")
