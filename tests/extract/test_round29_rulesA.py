"""Round 29 (rulesA): an arrest told in the passive, with no agent, after a band outside the state was named as a doer,
is the state's act, not the band's, and a force named only in what someone denies is carried to no later deed; a victim
group keeps the words that make its round number a rough count ("up to a thousand", "nearly a hundred"), read from the
same word list the group mentions use; a people named by its members' word ("detentions of Tibetans") and a pair of
words for plain people ("women and girls") are whole victim groups; the one a deed's word describes ("jailed opposition
leader X", "X, who was moved to house arrest") suffered it and did not do it; and a general word for abuse aimed at a
people ("atrocities against the Rohingya") is an abuse of its own.

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, find, perpetrators, victims


# -- "X has been arrested six times": the state, not the gunmen the story told of just before ----------------------------

@pytest.mark.parametrize("text", [
    # news report
    "LUSAKA, March 4 - Unidentified gunmen shot opposition lawmaker Dalen Moruku outside his home in Zambia's capital on "
    "Thursday, party officials said. Moruku has been arrested at least five times this year.",
    # press release
    "The Embassy is deeply concerned by the attack in which gunmen killed two aides of opposition lawmaker Dalen Moruku "
    "in Zambia on March 3. Mr. Moruku himself was arrested twice in 2022.",
    # NGO report
    "Armed militants attacked the offices of the Kafue Rights Forum in Zambia in January and beat two staff members. "
    "The forum's director, Mirela Banda, has been jailed twice since then, her lawyers told us.",
])
def test_a_passive_arrest_after_a_band_is_the_states(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert perpetrators(rows, "arbitrary_detention") == {"Zambia"}


@pytest.mark.parametrize("text", [
    # the agent is named: the police arrested him
    "LUSAKA, March 4 - Unidentified gunmen shot opposition lawmaker Dalen Moruku outside his home in Zambia's capital on "
    "Thursday. Moruku was arrested by police last month.",
    # the band itself holds them, in the active voice
    "Rebels abducted 20 villagers in northern Zambia in May. The rebels detained them in a forest camp for a week.",
])
def test_a_named_doer_of_the_arrest_stays(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert "Zambia" not in perpetrators(rows, "arbitrary_detention")


def test_a_passive_killing_after_a_band_stays_the_bands(rules):
    """Only an arrest is the state's by its nature: people killed after gunmen were named were killed by the gunmen."""
    text = ("Gunmen attacked the village of Mwela in Zambia's north on Sunday. Ten people were killed and dozens of homes "
            "burned, residents said.\n")
    rows = extract_rows(rules, text, "2023-03-05")
    assert "Zambia" not in perpetrators(rows, "extrajudicial_killing")


# -- "officials deny that their forces target civilians": a doer named only to be denied is carried to no later deed --

@pytest.mark.parametrize("text, denied", [
    # news report
    ('Ostrian officials refer to the conflict as a "special operation" and deny that their forces target civilians. '
     "The Vellin Monitor, an independent group that tracks political arrests, says more than 2,000 people have been "
     "detained at anti-war protests since March.", "forces"),
    # press release
    ("The Ministry of the Interior has repeatedly rejected reports that its police officers beat protesters in Kessel. "
     "The Kessel Legal Aid Group, which represents many of them, says at least 300 people were arrested in the city "
     "last month.", "police officers"),
    # NGO report
    ("The army denied that its soldiers had shot protesters in Kessel. Human Rights Watch said that at least 40 men "
     "were detained in the market the next day.", "soldiers"),
])
def test_a_denied_doer_is_not_carried_to_a_passive_deed(rules, text, denied):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert denied not in perpetrators(rows, "arbitrary_detention")


def test_a_deed_denied_in_turn_keeps_the_denied_doer(rules):
    """A second denial is about the force the first one named: "rejected reports that detainees had been tortured"."""
    text = ("A protester was killed in Kessel after a police officer shot him in the chest, witnesses said. The Interior "
            "Ministry denied that police had fired at him. The minister also rejected reports that detainees had been "
            "tortured.\n")
    rows = extract_rows(rules, text, "2023-03-05")
    assert "police" in perpetrators(rows, "torture")


def test_a_force_told_acting_is_carried_to_a_passive_deed(rules):
    """Told as acting, not denied: the force that raided the camp arrested those arrested there."""
    text = "Security forces raided the protest camp in Kessel on Sunday. Dozens of protesters were arrested.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert "Security forces" in perpetrators(rows, "arbitrary_detention")


# -- "up to a thousand people": the rough count is part of the victim group ---------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("Police in Ostrava detained nearly a thousand protesters on Saturday, the Ostrava Legal Aid Group said.",
     "nearly a thousand protesters"),
    ("Security forces arrested up to a hundred students at the university, according to the statement.",
     "up to a hundred students"),
    ("Witnesses told us that soldiers detained several hundred men in the market square.", "several hundred men"),
])
def test_a_rough_count_stays_with_its_group(rules, text, group):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert group in victims(rows, "arbitrary_detention")


def test_a_count_not_rough_keeps_its_own_words(rules):
    """ "the hundred" is no rough count: the group is read as the mention gives it."""
    text = "Police detained the hundred protesters who had gathered outside parliament, the statement said.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert not any(v and v.lower().startswith("the hundred") and v != "the hundred protesters"
                   for v in victims(rows, "arbitrary_detention"))


# -- "detentions of Tibetans": a people named by its members' word is the victim ----------------------------------------

@pytest.mark.parametrize("text, people", [
    # press release
    ("According to the Department, security forces under Dorin Valek's command were responsible for arbitrary arrests "
     "and mass detentions of Tibetans during his tenure.", "Tibetans"),
    # NGO report
    ("The report documents the killing of Rohingya by soldiers of the 99th Light Infantry Division in Rakhine State "
     "in 2017.", "Rohingya"),
    # news report
    ("VELLIN, May 2 - Police in the province detained Uyghurs returning from abroad, relatives said on Tuesday.",
     "Uyghurs"),
])
def test_a_people_named_by_its_members_is_the_victim(rules, text, people):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert people in victims(rows)


def test_a_peoples_word_before_a_noun_is_no_victim_of_its_own(rules):
    """ "Tibetan monks": the monks, a group the mentions name, not a people of the adjective's word."""
    text = "Police in the province detained Tibetan monks on Monday, relatives said.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert "Tibetan" not in victims(rows)


# -- "women and girls": a pair of words for plain people is one group of victims ----------------------------------------

@pytest.mark.parametrize("text, group", [
    # NGO report
    ("Ostrian special forces and allied militias also raped Tigrayan women and girls, often while insulting their "
     "ethnicity, survivors told us.", "Tigrayan women and girls"),
    # press release
    ("According to the UN report, Malian troops and foreign personnel raped at least 58 women and girls in Moura in "
     "March 2022.", "at least 58 women and girls"),
    # news report
    ("VELLIN, May 2 - Soldiers detained dozens of migrants and refugees at the border crossing on Tuesday, witnesses "
     "said.", "dozens of migrants and refugees"),
])
def test_a_pair_of_people_words_is_one_victim_group(rules, text, group):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert group in victims(rows)


def test_a_pair_with_words_of_its_own_is_left_to_the_mention(rules):
    """ "women and children's rights activists": the second noun opens a longer name, no pair of people."""
    text = "Soldiers detained women and children's rights activists in Ostrava on Monday, witnesses said.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert not any(v and "and children" in v for v in victims(rows))


# -- "jailed opposition leader X", "X, who was moved to house arrest": who suffered the deed, not who did it ---------------

@pytest.mark.parametrize("text", [
    # news report
    "VELLIN, May 2 - A court in Vellin on Friday sentenced jailed opposition leader Dorin Valek to a further nine years "
    "in prison on extremism charges.",
    # press release
    "Opposition leader Dorin Valek, who was moved to house arrest in early July after three years in the Kessel "
    "military prison, remains confined to his home in Vellin.",
    # NGO report
    "Dorin Valek, who had been tortured in custody in 2021, told us that he remains detained without charge in Vellin.",
])
def test_the_one_a_deed_describes_did_not_do_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert "Dorin Valek" not in perpetrators(rows)


def test_a_deed_a_relative_clause_gives_as_a_reason_leaves_the_doer(rules):
    """ "who was designated over the atrocities": the designation befell him, the atrocities were his."""
    text = ("The Council previously listed General Dorin Valek, who was designated in July 2020 over the atrocities "
            "against the Rohingya in 2017.\n")
    rows = extract_rows(rules, text, "2023-03-05")
    assert "Dorin Valek" in perpetrators(rows, "other")


def test_a_relative_clause_of_something_else_leaves_the_doer(rules):
    """ "who was appointed in May" tells no deed: the general still detained the protesters."""
    text = "General Dorin Valek, who was appointed in May, detained dozens of protesters in Vellin last week.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert "Dorin Valek" in perpetrators(rows, "arbitrary_detention")


# -- "atrocities against the Rohingya": an abuse the text names only by a general word ----------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Dorin Valek was designated in 2019 for his role in serious human rights abuse against Rohingya and other ethnic "
    "minority communities.",
    # news report
    "VELLIN, May 2 - General Dorin Valek, whose troops carried out atrocities against the Rohingya in 2017, was promoted "
    "on Tuesday.",
    # NGO report
    "Soldiers under the command of General Dorin Valek committed brutal violence against the Rohingya in northern "
    "Rakhine State, survivors told us.",
])
def test_abuse_against_a_people_is_an_abuse_of_its_own(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert find(rows, "abuse", abuse_type="other"), rows


def test_violence_against_protesters_stays_repression(rules):
    """The longer phrase keeps its own code: violence against protesters is repression of dissent, not "other"."""
    text = "Police in Ostrava used violence against peaceful protesters on Saturday, witnesses said.\n"
    rows = extract_rows(rules, text, "2023-03-05")
    assert find(rows, "abuse", abuse_type="repression_of_dissent")
    assert not find(rows, "abuse", abuse_type="other")
