"""Round 32 (rulesB): whose office a UN title is, and a bulleted name the NER ran into the line before.

"U.N. High Commissioner for Human Rights Volker Turk": the mentions take the office whole as a body (it can act:
"the High Commissioner's office said"), but its holder serves the United Nations, not a body named after his own
title. A list of bulleted entries ("- Name, member of the X Chamber") is often read by the NER across the line break:
the previous entry's body runs on into the next name ("the Constitutional Chamber\\n- Carmen"), and the rest of the
name is left alone ("Auxiliadora Zuleta de Merchán"); the entry's words up to its comma are one person's name.
"""

import pytest

from extract.claimhelp import family_triples, find, name, orgs, text_rows

# -- "U.N. High Commissioner for Human Rights X": of the United Nations ------------------------------------------------

UN_OFFICES = [
    # news
    ("GENEVA, May 3 (Reuters) - U.N. High Commissioner for Human Rights Ilse Varnholt said on Friday the Norvian "
     "authorities had to release the detained activists.", "Ilse Varnholt"),
    # NGO
    ("Rights groups welcomed the call. UN High Commissioner for Human Rights Tomas Arvidel urged the government of "
     "Norvia to end the crackdown on peaceful protesters.", "Tomas Arvidel"),
    # press release
    ("The Ministry notes that United Nations High Commissioner for Refugees Pavel Orlenko visited the border camps "
     "on 4 March and met displaced families.", "Pavel Orlenko"),
]


@pytest.mark.parametrize("text, person", UN_OFFICES)
def test_a_un_office_s_holder_serves_the_united_nations(rules, text, person):
    rows = text_rows(rules, text)
    assert orgs(rows, person) == {"United Nations"}, rows


def test_an_office_of_another_body_keeps_its_own_name(rules):
    # (not a UN prefix: the rule does not fire)
    text = ("Norvian Human Rights Commissioner Ilse Varnholt said on Friday that the detained activists had to be "
            "released.")
    rows = text_rows(rules, text)
    assert "United Nations" not in orgs(rows, "Ilse Varnholt"), rows


# -- "the X Chamber\n- Carmen" + "Auxiliadora Zuleta de Merchán,": the whole entry's name --------------------------------

ENTRIES = [
    # press release (a designation list)
    ("Treasury Sanctions Members of the Norvian Supreme Court\n\nMay 3, 2029\n\nOFAC today designated the following "
     "members of the Supreme Court pursuant to E.O. 14999:\n\n"
     "- Ivo Marenko Dallas, President of the Constitutional Chamber\n"
     "- Carmela Benicia Ortaz de Villamar, member of the Constitutional Chamber\n"
     "- Arsenio de Jesús Talavera Ruiz, Vice President of the Constitutional Chamber\n",
     ["Carmela Benicia Ortaz de Villamar", "Arsenio de Jesús Talavera Ruiz"]),
    # NGO report's list
    ("Those named in the report are:\n\n"
     "- Tomas Ferrel Ojeda, head of the Criminal Chamber\n"
     "- Carmela Benicia Ortaz de Villamar, judge of the Criminal Chamber\n",
     ["Carmela Benicia Ortaz de Villamar"]),
]


@pytest.mark.parametrize("text, people", ENTRIES)
def test_a_bulleted_name_is_whole_after_the_line_before(rules, text, people):
    rows = text_rows(rules, text)
    for person in people:
        assert find(rows, "position", person=person), rows
        short = person.split(" ", 1)[1]
        assert not find(rows, "position", person=short), rows


def test_a_bulleted_line_that_is_no_name_makes_no_person(rules):
    # (news with bullets of facts: the words before a comma are no name, and nobody is made of them)
    text = ("Key points of the ruling by the Supreme Court\n"
            "- Military Courts of the North, the judges said, had no jurisdiction\n"
            "- The Ministry of Defence, it added, must pay damages\n")
    rows = text_rows(rules, text)
    people = {name(r["person"]) for r in find(rows, "position")}
    assert not any(p.startswith(("Military", "The Ministry")) for p in people), rows


# -- "Foreign Secretary X said that ... the Norvian regime": the issuer's official, whatever state he speaks of ---------

RELEASE_SPEAKERS = [
    # UK-style press release
    ("UK sanctions Norvian prison chiefs\n\nPress release\n\nThe UK has today sanctioned Ivo Marenko, the head of a "
     "Norvian prison camp, under the Global Human Rights sanctions regime.\n\nForeign Secretary Alan Pemberton said that "
     "the Belarusian regime had tortured its critics and would be held to account.", "Alan Pemberton", "United Kingdom"),
    # Australian-style media release
    ("Australia sanctions Norvian prison chiefs\n\nMedia release\n\nAustralia has today imposed targeted financial "
     "sanctions on Ivo Marenko, the head of a Norvian prison camp.\n\nMinister for Foreign Affairs Mara Collins said "
     "that Russian and Norvian officials would face consequences for the abuse of prisoners.", "Mara Collins", "Australia"),
    # Canadian-style news release
    ("Canada imposes sanctions on Norvian officials\n\nNews release\n\nCanada today imposed sanctions on Ivo Marenko, "
     "the head of a Norvian prison camp, under the Special Economic Measures Act.\n\nForeign Minister Lise "
     "Tremblay said that Iran's regime must release all political prisoners.", "Lise Tremblay", "Canada"),
]


@pytest.mark.parametrize("text, person, state", RELEASE_SPEAKERS)
def test_the_state_spoken_of_in_indirect_speech_is_not_the_speaker_s(rules, text, person, state):
    rows = text_rows(rules, text)
    assert orgs(rows, person) == {state}, rows


def test_a_state_set_beside_the_title_is_still_the_official_s_own(rules):
    # (the demonym opens the title, outside what he said: the rule does not fire)
    text = ("UK sanctions Norvian prison chiefs\n\nPress release\n\nThe UK has today sanctioned Ivo Marenko, the head of a "
            "Norvian prison camp, under the Global Human Rights sanctions regime.\n\nKenyan Foreign Minister Pavel "
            "Drozd said that the sanctions were unlawful.")
    rows = text_rows(rules, text)
    assert "United Kingdom" not in orgs(rows, "Pavel Drozd"), rows


# -- "X said the authorities had to investigate": an inquiry owed, not held --------------------------------------------

OWED = [
    # news
    "GENEVA, May 3 (Reuters) - U.N. High Commissioner for Human Rights Ilse Varnholt said the Norvian authorities had "
    "to investigate the killings thoroughly and bring those responsible to justice.",
    # NGO
    "The UN human rights office said on Friday that the Norvian police had to investigate the deaths in custody.",
    # press release
    "The Ministry of Foreign Affairs of Norvia said in a press release that the Tarsk prosecutors have to investigate "
    "the attack on its embassy.",
]


@pytest.mark.parametrize("text", OWED)
def test_an_inquiry_someone_has_to_hold_is_not_held(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "investigation"), rows


def test_an_inquiry_held_is_still_one(rules):
    # (the rule does not fire: the police opened one)
    text = ("PORT-AU-PRINCE, May 3 (Reuters) - The Norvian police said they had opened an investigation into the killings "
            "and had to question dozens of witnesses.")
    rows = text_rows(rules, text)
    assert find(rows, "investigation"), rows


# -- "the rights group Memorial ... The group's chair, X": the noun set right before a body's name --------------------

NOUN_BEFORE_NAME = [
    # news (another body named in between: the last body named is not the group)
    ("MOSCOW, May 3 - A court sentenced Ivo Marenko, a member of the rights group Tarsk Watch, to three years in prison "
     "after a complaint by Norvia Gas Company.\n\nThe group's chair, Lena Varik, said the sentence showed that dissent "
     "was no longer tolerated.", "Lena Varik", "Tarsk Watch"),
    # NGO
    ("Police detained dozens of members of Norvia's main opposition party, Unity Front, on Friday, after a complaint by "
     "Norvia Gas Company. Later that day the party's vice chairman Pavel Drozd was also detained.", "Pavel Drozd",
     "Unity Front"),
    # press release
    ("The Ministry condemns the attack on the offices of the human rights network Civic Voice in Tarsk, which Norvia Gas "
     "Company had denounced.\n\nThe network's director, Mara Collins, was injured in the attack.", "Mara Collins",
     "Civic Voice"),
]


@pytest.mark.parametrize("text, person, body", NOUN_BEFORE_NAME)
def test_the_noun_set_before_a_body_s_name_refers_back_to_it(rules, text, person, body):
    rows = text_rows(rules, text)
    assert body in orgs(rows, person), rows


def test_another_noun_before_a_body_s_name_refers_to_no_body(rules):
    # ("the rights group Tarsk Watch" is no party: "the party's chairman" is not its; the rule does not fire)
    text = ("MOSCOW, May 3 - A court sentenced Ivo Marenko, a member of the rights group Tarsk Watch, to three years in "
            "prison after a complaint by Norvia Gas Company.\n\nThe party's chairman, Lena Varik, said the sentence was "
            "unjust.")
    rows = text_rows(rules, text)
    assert "Tarsk Watch" not in orgs(rows, "Lena Varik"), rows


# -- "whose brothers A, the group's deputy commander, and B, its head of procurement": each named ---------------------

LISTED_WITH_TITLES = [
    # press release
    ("Treasury designated the group's leader, Ivo Marenko, whose brothers Tomas Marenko, the group's deputy commander, "
     "and Pavel Marenko, its head of procurement, had been sanctioned in 2023.", "Ivo Marenko", "Pavel Marenko", "sibling"),
    # news
    ("Police also detained the children of Lena Varik, her sons Tomas Varik, a lawyer, and Pavel Varik, a student at "
     "the university.", "Lena Varik", "Pavel Varik", "child"),
    # NGO
    ("The council names Ivo Marenko, whose daughters Mara Marenko, the deputy governor, and Lise Marenko, the head of "
     "the customs service, hold posts in his government.", "Ivo Marenko", "Lise Marenko", "child"),
]


@pytest.mark.parametrize("text, person, relative, relation", LISTED_WITH_TITLES)
def test_each_relative_of_a_list_with_titles_set_off_is_named(rules, text, person, relative, relation):
    rows = text_rows(rules, text)
    assert (person, relative, relation) in family_triples(rows), rows


def test_a_second_name_after_a_singular_kinship_word_is_no_relative(rules):
    # ("his wife Lena Varik, a lawyer, and Tomas Dran": one wife; the man named after her is no relative)
    text = "Ivo Marenko was arrested with his wife Lena Varik, a lawyer, and Tomas Dran, his driver."
    rows = text_rows(rules, text)
    assert not any(r == "Tomas Dran" for _, r, _ in family_triples(rows)), rows


# -- "A and B, a husband and wife": the pair's word names their relation ------------------------------------------------

PAIRS = [
    # press release
    ("Lena Varik and Ivo Marenko, a husband and wife who worked as lawyers, are designated for their involvement in "
     "the fraud.", "Lena Varik", "Ivo Marenko", "spouse"),
    # news
    ("Police arrested Tomas Dran and Mara Dran, a married couple who ran the clinic, on Monday.", "Tomas Dran",
     "Mara Dran", "spouse"),
    # NGO
    ("Pavel Orlenko and Dmitri Orlenko, both brothers of the former governor, were detained without charge.",
     "Pavel Orlenko", "Dmitri Orlenko", "sibling"),
]


@pytest.mark.parametrize("text, person, relative, relation", PAIRS)
def test_two_people_said_to_be_a_pair_are_related(rules, text, person, relative, relation):
    rows = text_rows(rules, text)
    assert (person, relative, relation) in family_triples(rows), rows


def test_two_people_set_off_by_another_word_are_no_pair(rules):
    # ("A and B, two lawyers": no pair word; the rule does not fire)
    text = "Lena Varik and Ivo Marenko, two lawyers who worked on the case, were designated for their role in the fraud."
    rows = text_rows(rules, text)
    assert not family_triples(rows), rows


# -- "the commander of the X, General Y, told the commission that his soldiers had not killed anyone": Y denies --------

OFFICER_DENIES = [
    # news
    ("HARARE, Dec 18 (Reuters) - Soldiers of the Tarsk Guard shot dead six protesters in the capital in August, "
     "witnesses said.\n\nDuring hearings in November, the commander of the Tarsk Guard, Brigadier General Ivo Marenko, "
     "told the commission that his soldiers had not killed anyone.", "Ivo Marenko"),
    # NGO report
    ("Human Rights Watch found that officers of the Norvian Border Police killed at least 20 migrants at the border in "
     "May.\n\nThe head of the Norvian Border Police, General Lena Varik, told reporters that her officers had not killed "
     "anyone.", "Lena Varik"),
    # NGO press release
    ("Amnesty International said troops of the Tarsk Army killed 40 villagers in Kessum in March.\n\nThe commander of "
     "the Tarsk Army, General Pavel Drozd, said in a statement that his troops had not killed any civilians.",
     "Pavel Drozd"),
]


@pytest.mark.parametrize("text, officer", OFFICER_DENIES)
def test_the_officer_set_off_after_his_title_denies(rules, text, officer):
    rows = text_rows(rules, text)
    assert {name(r["denier"]) for r in find(rows, "denial")} == {officer}, rows


def test_a_title_with_no_name_set_off_denies_for_its_body(rules):
    # (no name after the title: the body still denies; the rule does not fire)
    text = ("Soldiers of the Tarsk Guard shot dead six protesters in the capital in August, witnesses said.\n\nThe "
            "commander of the Tarsk Guard said the soldiers had not killed anyone.")
    rows = text_rows(rules, text)
    assert {name(r["denier"]) for r in find(rows, "denial")} == {"Tarsk Guard"}, rows


# -- "said in a statement posted on X": the platform too, as beside "a statement posted on Facebook" -------------------

ON_X = [
    # news
    ("PORT-AU-PRINCE, Dec 9 (Reuters) - Prime Minister Lena Varik said in a statement posted on X that the government "
     "would spare no effort to punish the perpetrators.", "Lena Varik"),
    # government press release
    ("The Ministry of Foreign Affairs said in a statement published on X that it rejected the sanctions as unlawful.",
     "Ministry of Foreign Affairs"),
    # NGO
    ("Tarsk Watch said in a video message posted on X that its director, Ivo Marenko, had been detained.", "Tarsk Watch"),
]


@pytest.mark.parametrize("text, speaker", ON_X)
def test_a_statement_posted_on_x_is_said_on_x(rules, text, speaker):
    rows = text_rows(rules, text, date="2024-12-09")
    assert find(rows, "statement", speaker=speaker, medium="X"), rows


def test_a_statement_with_no_platform_is_not_said_on_x(rules):
    # (the rule does not fire)
    text = "Prime Minister Lena Varik said in a statement on Monday that the government would punish the perpetrators."
    rows = text_rows(rules, text, date="2024-12-09")
    assert not find(rows, "statement", medium="X"), rows


# -- "Amnesty International Kenya's executive director": a rights group's national section is a body of its own ---------

SECTIONS = [
    # news
    ("Amnesty International Kenya's executive director, Mary Akinyi, said the death showed that critics of the "
     "powerful could be arrested.", "Mary Akinyi", "Amnesty International Kenya"),
    # NGO press release
    ("Amnesty International Norway executive director Ivo Marenko said the officers should be held responsible.",
     "Ivo Marenko", "Amnesty International Norway"),
    # NGO report
    ("Human Rights Watch Brazil director Pavel Drozd said the police had killed at least 40 people.", "Pavel Drozd",
     "Human Rights Watch Brazil"),
]


@pytest.mark.parametrize("text, person, body", SECTIONS)
def test_a_rights_group_s_national_section_is_the_body(rules, text, person, body):
    rows = text_rows(rules, text)
    assert orgs(rows, person) == {body}, rows


def test_a_country_after_another_body_s_name_makes_no_section(rules):
    # (not a rights group: "European Union Sudan envoy" is the EU's envoy for Sudan; the rule does not fire)
    rows = text_rows(rules, "European Union Sudan envoy Lena Varik said the talks had failed.")
    assert orgs(rows, "Lena Varik") == {"European Union"}, rows


# -- "The government, led by Captain X since a coup, condemned the killings in a statement": the government speaks ------

DESCRIBED_SUBJECT = [
    # news
    ("OUAGADOUGOU, April 28 (Reuters) - The transitional government, led by Captain Ivo Marenko since a coup in "
     "September, condemned the killings in a statement and promised that those responsible would be punished.",
     "Ivo Marenko"),
    # NGO
    ("The National Council, which is chaired by Lena Varik, said in a statement that the elections would be held in "
     "May.", "Lena Varik"),
    # press release
    ("The Ministry of Justice, headed by Pavel Drozd since 2021, said in a press release that the detainees had been "
     "released.", "Pavel Drozd"),
]


@pytest.mark.parametrize("text, described", DESCRIBED_SUBJECT)
def test_the_person_of_a_clause_describing_the_subject_does_not_speak(rules, text, described):
    rows = text_rows(rules, text)
    assert find(rows, "statement"), rows
    assert not find(rows, "statement", speaker=described), rows


def test_the_person_the_subject_names_still_speaks(rules):
    # ("the ministry's spokesman, X,": the person is the subject phrase's own; the rule does not fire)
    text = "The ministry's spokesman, Ivo Rask, said in a statement that the detainees had been released."
    rows = text_rows(rules, text)
    assert find(rows, "statement", speaker="Ivo Rask"), rows


# -- "said in a statement posted on Facebook": said on Facebook; the statement is the same act, no second medium --------

POSTED = [
    # news
    ("JUBA, March 27 (Reuters) - Soldiers forced their way into the compound, Ivo Marenko, the deputy chairman of the "
     "opposition party, said in a statement posted on Facebook.", "Ivo Marenko", "Facebook"),
    # government release
    ("Prime Minister Lena Varik said in a statement posted on X that the government would punish the perpetrators.",
     "Lena Varik", "X"),
    # NGO
    ("Tarsk Watch said in a video published on YouTube that its director had been detained.", "Tarsk Watch", "YouTube"),
]


@pytest.mark.parametrize("text, speaker, platform", POSTED)
def test_a_statement_posted_on_a_platform_is_one_statement_there(rules, text, speaker, platform):
    rows = text_rows(rules, text)
    got = {name(r["medium"]) for r in find(rows, "statement", speaker=speaker)}
    assert got == {platform}, rows


def test_a_statement_issued_elsewhere_keeps_its_medium(rules):
    # ("issued on Monday": no platform; the rule does not fire)
    text = "Prime Minister Lena Varik said in a statement issued on Monday that the government would punish the perpetrators."
    rows = text_rows(rules, text)
    assert {name(r["medium"]) for r in find(rows, "statement", speaker="Lena Varik")} == {"statement"}, rows


# -- "Media release / Senator the Hon X, Minister for Foreign Affairs": the release's own state -------------------------

ISSUERS = [
    ("Australia imposes sanctions on Tarsk military leaders\n\nMedia release\nSenator the Hon Lena Varik, Minister for "
     "Foreign Affairs\n31 January 2029\n\nAustralia is today imposing targeted financial sanctions on Ivo Marenko, the "
     "commander of the Tarsk army, in response to the coup in Myanmar.", "Lena Varik", "Australia"),
    ("UK sanctions Tarsk generals\n\nPress release\nAlan Pemberton, Foreign Secretary\n31 January 2029\n\nThe UK has "
     "today sanctioned Ivo Marenko, the commander of the Tarsk army, for the killings of protesters in Myanmar.",
     "Alan Pemberton", "United Kingdom"),
    ("Canada sanctions Tarsk generals\n\nNews release\nLise Tremblay, Minister of Foreign Affairs\n31 January 2029\n\n"
     "Canada today imposed sanctions on Ivo Marenko, the commander of the Tarsk army, under the Special Economic "
     "Measures Act, over the coup in Myanmar.", "Lise Tremblay", "Canada"),
]


@pytest.mark.parametrize("text, person, state", ISSUERS)
def test_the_official_under_a_release_header_is_the_issuing_state_s(rules, text, person, state):
    rows = text_rows(rules, text)
    assert orgs(rows, person) == {state}, rows


def test_an_official_further_down_keeps_the_state_beside_him(rules):
    # (not the line under the header: the rule does not fire)
    text = ("Australia imposes sanctions on Tarsk military leaders\n\nMedia release\n31 January 2029\n\nAustralia is today "
            "imposing targeted financial sanctions on Ivo Marenko, the commander of the Tarsk army.\n\nMyanmar's "
            "Minister for Foreign Affairs Lena Varik rejected the sanctions.")
    rows = text_rows(rules, text)
    assert "Australia" not in orgs(rows, "Lena Varik"), rows
