"""Round 33 (rulesA): abuse claims on new wire and NGO texts.

- An "-ing" participle on a noun names who does the deed ("videos of officers shooting into crowds"): not the subject
  of the clause around it (the mayor who hands the videos over).
- A deed listed in an accusation's "about" phrase that someone rejects ("rejected the findings about militia killings
  and rapes") is denied, not done by the one who rejects it.
- An explosion is a mishap like a crash: "the explosion at the port, which killed 200 people" is no one's killing.
- "plainclothes men", like "masked men", are doers who hid who they were.
- A deed told as not done ("the force had not mistreated anyone") is no abuse; "not only" still tells one.
- A relative clause on a common noun for people ("armed gangs, known as bandits, who have killed ...") tells that
  noun's deed, not one of the subject of the clause around it ("the army is fighting ...").
- "raping" is sexual violence, like "raped" and "rapes".
- A sufferer's verb with a clause of force on it ("died after two patrolmen pinned him down and fired a Taser into
  him") is a killing by that clause's subject; "died after a long illness" is none.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

# -- "videos of officers shooting into crowds": the officers shot, not the one who hands the videos over -----------

PARTICIPLE = [
    "Five people were killed in Marka on Thursday, and Mayor Elena Rusk told reporters she would hand videos of "
    "officers shooting into crowds to the prosecutors.",
    "Mayor Elena Rusk said she had given prosecutors footage of officers beating protesters outside the station.",
    "Witnesses said they had sent the rights group photographs of soldiers torturing detainees, and Elena Rusk, a "
    "lawyer, said she would file them with the court.",
]


@pytest.mark.parametrize("text", PARTICIPLE)
def test_who_hands_over_the_record_did_not_do_the_deed(rules, text):
    rows = text_rows(rules, text)
    assert "Elena Rusk" not in perpetrators(rows), rows


# -- "rejected the findings about militia killings and rapes": denied, not done by who rejects it -----------------

DENIED = [
    "In the past, Norvian officials rejected Human Rights Watch's findings about Tarsk militia killings and rapes in "
    "the region as baseless.",
    "The interior ministry has dismissed reports about police torture and killings in the camps.",
    "Norvian officials rejected the UN's claims about army abductions and killings in the north.",
]


@pytest.mark.parametrize("text", DENIED)
def test_who_rejects_findings_about_deeds_did_not_do_them(rules, text):
    rows = text_rows(rules, text)
    doers = perpetrators(rows)
    assert not doers & {"Norvian officials", "officials", "interior ministry", "Norvia"}, rows


def test_deeds_told_without_a_rejection_keep_their_doer(rules):
    text = "Norvian soldiers killed and raped villagers in the region in March, Human Rights Watch said."
    assert perpetrators(text_rows(rules, text)), text


# -- "the explosion at the port, which killed 200 people": a mishap ------------------------------------------------

EXPLOSION = [
    "Minister Ivo Marenko was sanctioned on Friday. The explosion at the port of Marka in August, which killed some 200 "
    "people, deepened the crisis.",
    "Ivo Marenko, the minister, resigned after 40 workers were killed in an explosion at the Tarsk chemical plant.",
    "The rights group said at least 30 people were killed in the explosions at the fuel depot in Marka last year.",
]


@pytest.mark.parametrize("text", EXPLOSION)
def test_deaths_in_an_explosion_are_no_killing(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="extrajudicial_killing"), rows


def test_a_killing_by_soldiers_is_still_one(rules):
    text = "Ivo Marenko's soldiers killed 40 workers at the Tarsk chemical plant in Marka, the rights group said."
    assert find(text_rows(rules, text), "abuse", abuse_type="extrajudicial_killing")


# -- "plainclothes men" did what they are the agent of --------------------------------------------------------------

PLAINCLOTHES = [
    "MARKA, March 5 - A Norvian cartoonist said he and a writer were beaten and given electric shocks by plainclothes "
    "men who abducted them last May.",
    "The activist Ivo Marenko was beaten by plainclothes men outside his home in Marka on Tuesday, his lawyer said.",
    "Human Rights Watch said plainclothes men tortured the two students in a house in Marka.",
]


@pytest.mark.parametrize("text", PLAINCLOTHES)
def test_plainclothes_men_are_the_doers(rules, text):
    rows = text_rows(rules, text)
    assert "plainclothes men" in {d.lower() for d in perpetrators(rows) if d}, rows


# -- "died after two patrolmen pinned him down and fired a Taser into him" ----------------------------------------

DIED_AFTER = [
    "Ivo Marenko, a 46-year-old father of two, died in the early hours of Wednesday after two patrolmen pinned him to the "
    "pavement in Marka and fired a Taser into him several times.",
    "In Marka, the poet and activist Ivo Marenko died last month after riot police struck him in the head with a tear "
    "gas canister.",
    "The student Ivo Marenko died on Sunday when soldiers shot him at a checkpoint outside Marka, Amnesty International said.",
]


@pytest.mark.parametrize("text", DIED_AFTER)
def test_died_after_a_force_acted_is_a_killing_by_it(rules, text):
    rows = text_rows(rules, text)
    killers = {d.lower() for d in perpetrators(rows, "extrajudicial_killing") if d}
    assert killers & {"two patrolmen", "riot police", "soldiers"}, rows


NOT_KILLED = [
    "Ivo Marenko, the former minister, died in Marka on Wednesday after a long illness, his family said.",
    "Ivo Marenko died last month after he fell from a horse at his farm outside Marka.",
    "The singer Ivo Marenko died in a Marka hospital after doctors struck a deal with his family over his treatment.",
]


@pytest.mark.parametrize("text", NOT_KILLED)
def test_died_after_no_force_is_no_killing(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="extrajudicial_killing"), rows


# -- "the force had not mistreated anyone": told as not done --------------------------------------------------------

NEGATED = [
    "A Tarsk Guard spokesman said the force had not mistreated anyone in its custody.",
    "The army said its soldiers never killed civilians in Marka.",
    "Police did not arrest any of the protesters on Friday, the interior ministry said.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_deed_told_as_not_done_is_no_abuse(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse"), rows


def test_not_only_is_still_done(rules):
    text = "Police not only arrested the protesters in Marka but also beat them, the rights group said."
    assert find(text_rows(rules, text), "abuse"), text


# -- "The army is fighting armed gangs, known as bandits, who have killed ...": the gangs, not the army -------------

RELATIVE = [
    "The Norvian army is fighting armed gangs, known locally as bandits, who have killed and kidnapped thousands of people "
    "in the north in recent years.",
    "MARKA, May 2 - Police in Marka are hunting a criminal network, described by residents as smugglers, who abducted "
    "dozens of migrants last year.",
    "The rights group said the Norvian government had failed to disarm militias, which it called vigilante squads, that "
    "killed at least 40 villagers in Tarsk province.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_the_main_clause_subject_did_not_do_the_relative_clause_deed(rules, text):
    rows = text_rows(rules, text)
    doers = {d for d in perpetrators(rows) if d}
    assert not doers & {"Norvian army", "army", "Police", "police", "Norvian government", "government", "Norvia"}, rows


def test_a_named_antecedent_still_did_it(rules):
    text = "The Norvian army is fighting the Tarsk Liberation Front, which has killed hundreds of villagers in the north."
    assert "Tarsk Liberation Front" in perpetrators(text_rows(rules, text))


# -- "killing and raping civilians": the gerund is sexual violence too ----------------------------------------------

RAPING = [
    "The Panel of Experts reported that Norvian government forces had attacked villages across Tarsk, killing and raping "
    "civilians and driving them from their homes.",
    "MARKA, Sept 29 - Witnesses described Norvian troops stabbing demonstrators and raping women on the pitch of the Marka "
    "stadium in broad daylight.",
    "Human Rights Watch said members of the Tarsk Brigade were accused of raping women and girls in the camps around Marka.",
]


@pytest.mark.parametrize("text", RAPING)
def test_raping_is_sexual_violence(rules, text):
    assert find(text_rows(rules, text), "abuse", abuse_type="sexual_violence"), text


def test_a_word_holding_raping_is_no_rape(rules):
    text = "Soldiers were seen draping flags over the statue in Marka on Monday, witnesses said."
    assert not find(text_rows(rules, text), "abuse", abuse_type="sexual_violence"), text
