"""Round 36 (rulesA), third batch: one force under two names is one doer; a threat of an abuse is no abuse.

News names a force shortly in the headline and fully in the story ("Iranian forces" and "Iranian security forces";
"police" and "local police"; "soldiers" and "Nigerian soldiers"). One abuse of one force is one claim: when two doers
of the same abuse share their head noun and the shorter name's words are all in the longer, the longer (more
specific) name is kept, unless it only adds a count ("three officers" beside "officers"). Different bodies stay
apart ("police" and "police officers", "gangs" and "gang members", a state and a body named after it).

"Threatened with the arrest or killing of their relatives", "threaten detainees with more torture": the deed named
in the "with" phrase of a verb of threatening was not done, like "threatened to kill him".
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


TWO_NAMES = [
    ("Rights groups say Norvian forces killed dozens in Tarka\n\nTARKA, Oct 3 (Wire) - Norvian security forces shot dead "
     "at least 66 people when they opened fire on worshippers in Tarka last week, Amnesty International said.",
     "Norvian security forces", "Norvian forces"),
    ("Norvia: Police tortured activist, report says\n\nHuman Rights Watch research found that local police tortured Ivan "
     "Petrov in custody in June 2010. Police tortured two other men arrested with him, the report said.",
     "local police", "police"),
    ("Panel finds soldiers killed protesters\n\nA judicial panel concluded that Valorian soldiers shot and killed unarmed "
     "demonstrators at the toll gate in October. Soldiers killed at least nine people that night, the panel said.",
     "Valorian soldiers", "soldiers"),
]


@pytest.mark.parametrize("text,kept,merged", TWO_NAMES)
def test_one_force_under_a_short_and_a_long_name_is_one_doer(rules, text, kept, merged):
    doers = perpetrators(text_rows(rules, text))
    assert kept in doers and merged not in doers, doers


DIFFERENT_BODIES = [
    ("Police and gang members\n\nPolice officers killed two men in Tarka on Monday. Police killed a third man on Tuesday.",
     {"Police officers", "Police"}),
    ("Gangs kill villagers\n\nGang members killed 20 villagers on Monday. The gangs killed 15 more on Tuesday.",
     {"Gang members", "gangs"}),
]


@pytest.mark.parametrize("text,both", DIFFERENT_BODIES)
def test_bodies_with_other_head_nouns_stay_apart(rules, text, both):
    doers = perpetrators(text_rows(rules, text))
    assert {d.lower() for d in both} <= {d.lower() for d in doers}, doers


def test_a_count_does_not_make_another_name(rules):
    text = ("Court convicts officers\n\nThe court found that officers tortured Anna Lis at the barracks in 2004. Three "
            "officers tortured her again the next day, the judges said.")
    doers = {d.lower() for d in perpetrators(text_rows(rules, text))}
    assert "officers" in doers and "three officers" not in doers, doers


THREATS = [
    # NGO report
    "Norvia: detainees raped in custody\n\nSurvivors said they were beaten and threatened with the arrest or killing of "
    "their relatives by the guards.",
    # news
    "Prisoners describe abuse\n\nGuards at Tarka prison threatened inmates with execution if they spoke to reporters, "
    "former prisoners said.",
    # press release
    "Statement on Norvian prisons\n\nPrison officials routinely threaten detainees with more torture if they recant, the "
    "Department said.",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_deed_one_is_threatened_with_is_not_done(rules, text):
    rows = text_rows(rules, text)
    told = {c["abuse_type"] for c in rows if c["type"] == "abuse"}
    assert not told & {"arbitrary_detention", "extrajudicial_killing"}, told
