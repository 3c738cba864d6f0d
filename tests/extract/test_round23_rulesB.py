"""Round 23, positions (helper rulesB): who holds which office in running news text.

The recent splits miss offices told in the everyday shapes of a news report: a ministry named by its portfolio before
a spokesman ("foreign ministry spokesman X"), a title set off after "while" in the second half of a sentence, and "the
party's vice chairman" read as the police named just before. Every person and body here is invented, each shape is
tried in a press release, a news report and an NGO report wording, and each has a sentence where it must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2031-08-02"


# a ministry named by its portfolio, in lower case, before a title is the body of that title ----------------------------------

@pytest.mark.parametrize("text, body", [
    ("Asked about the verdict at a regular briefing, foreign ministry spokesman Tomas Brel said Varnia was governed by "
     "the rule of law.", "foreign ministry"),
    ("Interior ministry spokeswoman Ilse Marrow said on Tuesday that the detainees were in good health.", "Interior ministry"),
    ("The report was sent to the authorities in March. An interior ministry spokesman, Oren Dask, said it was biased.",
     "interior ministry"),
])
def test_a_ministry_named_by_its_portfolio_is_the_body_of_the_title_after_it(rules, text, body):
    rows = extract_rows(rules, text, DATE)
    person = next(p for p in ("Tomas Brel", "Ilse Marrow", "Oren Dask") if p in text)
    assert orgs(rows, person) == {body}, rows


def test_a_demonym_before_the_ministry_still_names_the_state(rules):
    """Either is right; the state, as before, when the text says whose ministry it is."""
    rows = extract_rows(rules, "Kenyan foreign ministry spokesman Tomas Brel told reporters the trial was fair.", DATE)
    assert orgs(rows, "Tomas Brel") == {"Kenya"}, rows


def test_a_ministry_word_that_is_not_before_a_title_makes_no_position(rules):
    rows = extract_rows(rules, "Foreign ministry officials met Tomas Brel, a lawyer, in Ostburg on Monday.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# a title set off after "while" or "whereas" opens with its possessor ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ostland Foreign Office said it was concerned by the convictions, while Varnia's foreign minister, Tomas Brel, "
    "said his government had raised strong objections.",
    "The ministry declined to comment, whereas Varnia's foreign minister, Tomas Brel, called the verdict unjust.",
    "Rights groups condemned the sentence while Varnia's foreign minister, Tomas Brel, said it was a matter for the courts.",
])
def test_a_title_set_off_after_while_is_the_named_persons(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert held(rows, "Tomas Brel") == {("foreign minister", "Varnia")}, rows


def test_while_before_a_person_without_a_title_makes_no_position(rules):
    rows = extract_rows(rules, "The court adjourned while Tomas Brel, Varnia's best-known dissident, waited outside.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# "the party's", "the firm's", "the union's" title is never of a state body named before -------------------------------------

@pytest.mark.parametrize("text", [
    "Last month police in the city of Ostburg detained Oren Dask, the party's vice chairman Tomas Brel and hundreds of "
    "supporters.",
    "The Interior Ministry said officers had arrested Tomas Brel, the union's deputy leader, on Friday.",
    "The army detained the firm's director, Tomas Brel, at the airport.",
])
def test_a_possessive_party_or_firm_is_not_the_police_or_ministry_named_before(rules, text):
    rows = extract_rows(rules, text, DATE)
    for c in find(rows, "position", person="Tomas Brel"):
        assert name(c["org"]) not in ("police", "Police", "Interior Ministry", "army"), c


def test_the_party_named_before_is_still_the_partys(rules):
    text = ("Members of the Varnian Workers' Party were detained by police on Monday. The party's deputy leader, Tomas "
            "Brel, said the arrests were political.")
    assert orgs(extract_rows(rules, text, DATE), "Tomas Brel") == {"Varnian Workers' Party"}


# "X founded Y" and "X headed Y" after a fronted description of X -----------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    ("Tomas Brel founded the Varnia Legal Aid Centre (VLAC), an organisation that trains rural paralegals.", "founder"),
    ("According to the group, Tomas Brel co-founded the Varnia Legal Aid Centre in 2011.", "co-founder"),
    ("The Ministry of Justice today designated Tomas Brel, who founded the Varnia Legal Aid Centre in 2018.", "founder"),
])
def test_who_founded_a_named_body_is_its_founder(rules, text, role):
    assert held(extract_rows(rules, text, DATE), "Tomas Brel") == {(role, "Varnia Legal Aid Centre")}


@pytest.mark.parametrize("text", [
    "An ethnic Varnian, Tomas Brel headed the human rights group Ostland Watch (Vigil) in Ostburg.",
    "A former teacher, Tomas Brel headed the human rights group Ostland Watch for a decade.",
    "A lawyer by training, Tomas Brel heads Ostland Watch, the group said.",
])
def test_a_fronted_description_is_not_the_subject_of_headed(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert ("head", "Ostland Watch") in held(rows, "Tomas Brel"), rows


def test_founding_a_unit_without_a_named_founder_makes_no_position(rules):
    rows = extract_rows(rules, "Police founded a new unit, the Ostburg Rapid Squad, in 2011, Tomas Brel said.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# a judge with no court in the phrase sits on the court the story named before ----------------------------------------------

@pytest.mark.parametrize("text, court", [
    ("OSTBURG, May 30 - A Mombasa court on Thursday found 14 activists guilty of subversion. In a judgment running to 300 "
     "pages, Judges Tomas Brel, Alex Moran and John Petrie said the plan would have created a crisis.", "Mombasa court"),
    ("The Ostburg District Court today convicted the defendants.\n\nJudge Tomas Brel said the evidence was overwhelming.",
     "Ostburg District Court"),
    ("The trial at the Ostburg Criminal Tribunal ended in March. Judges Tomas Brel and John Petrie rejected every "
     "defence motion, the group found.", "Ostburg Criminal Tribunal"),
])
def test_a_judge_sits_on_the_court_named_before(rules, text, court):
    assert orgs(extract_rows(rules, text, DATE), "Tomas Brel") == {court}


def test_a_judge_of_a_court_named_after_the_name_keeps_that_court(rules):
    text = "The Ostburg District Court heard the case on Monday. Judge Tomas Brel of the Varnia Supreme Court dissented."
    assert orgs(extract_rows(rules, text, DATE), "Tomas Brel") == {"Varnia Supreme Court"}


def test_a_judge_in_a_text_that_names_no_court_has_no_position(rules):
    rows = extract_rows(rules, "Judge Tomas Brel said the plan would have created a crisis.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# people named out of a body's members ("ten members of the army, among them General X") are of that body ---------------------

@pytest.mark.parametrize("text, role, body", [
    ("The chamber charged ten members of the army, among them Brigadier General Tomas Brel, who commanded the 9th Brigade.",
     "Brigadier General", "army"),
    ("The Council today listed five officers of the Varnian armed forces, including Major General Tomas Brel, under "
     "Council Decision (CFSP) 2031/55.", "Major General", "Varnian armed forces"),
    ("Treasury designated two senior officials of the Ostland Interior Ministry, including Tomas Brel and Colonel John "
     "Petrie, for serious human rights abuse.", "official", "Ostland Interior Ministry"),
])
def test_a_person_named_out_of_a_bodys_members_is_of_that_body(rules, text, role, body):
    assert (role, body) in held(extract_rows(rules, text, DATE), "Tomas Brel")


def test_people_named_out_of_a_group_of_no_body_have_no_position_from_it(rules):
    rows = extract_rows(rules, "Police detained dozens of protesters, among them Tomas Brel and John Petrie, on Friday.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# a lawyer for a body holds a post with it; a lawyer for people holds none -----------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("The companies dismissed 2,000 strikers. Tomas Brel, a lawyer for the Ostburg dockworkers' union, was sentenced in "
     "August to six years in prison.", "Ostburg dockworkers' union"),
    ("The Varnia Freedom Movement says hundreds of its members died. Human Rights Watch said in May that at least 300 were "
     "killed. A lawyer for the group, Tomas Brel, told reporters that the bodies were never returned.", "Varnia Freedom Movement"),
    ("Tomas Brel, a lawyer for the Varnia Freedom Movement, said the ruling would be appealed.", "Varnia Freedom Movement"),
])
def test_a_lawyer_for_a_body_holds_a_post_with_it(rules, text, body):
    assert held(extract_rows(rules, text, DATE), "Tomas Brel") == {("lawyer", body)}


@pytest.mark.parametrize("text", [
    "Tomas Brel, a lawyer for the detained activists, welcomed the ruling.",
    "Tomas Brel, a lawyer for John Petrie, said his client would appeal.",
    "A lawyer for the defendants, Tomas Brel, said the trial was unfair.",
])
def test_a_lawyer_for_people_holds_no_post(rules, text):
    assert not find(extract_rows(rules, text, DATE), "position", person="Tomas Brel")


# a title set off in a list of descriptions, after "one of ..." or before a list of names --------------------------------------

@pytest.mark.parametrize("text", [
    "Police arrested Tomas Brel, one of Varnia's best-known journalists and a co-founder of the Ostburg Legal Review, on Monday.",
    "The Council listed Tomas Brel, one of the wealthiest men in Varnia and a co-founder of the Ostburg Legal Review.",
    "Tomas Brel, one of the country's leading human rights lawyers and a co-founder of the Ostburg Legal Review, was "
    "sentenced to nine years.",
])
def test_a_title_after_one_of_a_description_is_still_read(rules, text):
    assert ("co-founder", "Ostburg Legal Review") in held(extract_rows(rules, text, DATE), "Tomas Brel")


@pytest.mark.parametrize("text", [
    "Members of the Varnia Workers' Party were harassed. Police detained two of the party's members, Tomas Brel and John "
    "Petrie, on Friday.",
    "The Varnia Workers' Party was banned in May. The court jailed three of the party's members, Tomas Brel and John "
    "Petrie among them.",
    "The Varnia Workers' Party says it is persecuted; two of the party's members, Tomas Brel and John Petrie, were detained.",
])
def test_a_plural_title_set_off_before_a_list_of_names_is_each_ones(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert ("member", "Varnia Workers' Party") in held(rows, "Tomas Brel"), rows


def test_a_possessive_plural_set_off_before_names_of_a_state_body_is_not_the_partys(rules):
    rows = extract_rows(rules, "Police said they had detained the protesters' leaders, Tomas Brel and John Petrie.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# an age before a title describes the holder; it is no part of the title ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police arrested Tomas Brel, the 81-year-old leader of the Varnia Workers' Party, at his home in Ostburg.",
    "The Council listed Tomas Brel, the 54-year-old leader of the Varnia Workers' Party, under Decision (CFSP) 2031/55.",
    "Tomas Brel, the 67-year-old leader of the Varnia Workers' Party, has been held incommunicado since May, the group said.",
])
def test_an_age_before_a_title_is_not_part_of_it(rules, text):
    assert held(extract_rows(rules, text, DATE), "Tomas Brel") == {("leader", "Varnia Workers' Party")}


def test_an_age_alone_is_no_title(rules):
    rows = extract_rows(rules, "Tomas Brel, the 81-year-old, was released on Friday.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# "<body>, which is led by X": the body the relative clause is on ---------------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    ("The case was brought by the Ostland Prosecution Service, which is led by Tomas Brel.", "leader"),
    ("The raids were carried out by the Ostland Prosecution Service, which was headed at the time by Tomas Brel, the "
     "report found.", "head"),
    ("Today's designation targets the Ostland Prosecution Service, which is chaired by Tomas Brel, for its role in abuses.",
     "chair"),
])
def test_a_body_which_is_led_by_a_person(rules, text, role):
    assert held(extract_rows(rules, text, DATE), "Tomas Brel") == {(role, "Ostland Prosecution Service")}


def test_a_deed_which_was_led_by_a_person_gives_no_position(rules):
    rows = extract_rows(rules, "Witnesses described the raid, which was led by Tomas Brel, as brutal.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows


# a headline's court verb, tagged a noun, is no part of the title before the name ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Varnian court sentences opposition leader Tomas Brel to 27 years for treason\n\nOSTBURG, March 3 - A court found him guilty.",
    "Varnia jails journalist Tomas Brel for nine years over 'anti-state propaganda'\n\nThe verdict drew criticism.",
    "Ostburg court convicts activist Tomas Brel of subversion\n\nThe group condemned the verdict.",
])
def test_a_headline_court_verb_ends_the_title_before_the_name(rules, text):
    for c in find(extract_rows(rules, text, DATE), "position", person="Tomas Brel"):
        assert not any(w in c["role"].split() for w in ("sentences", "jails", "convicts", "court")), c



def test_a_headline_court_verb_still_leaves_a_title_of_the_sentence_proper(rules):
    text = ("Varnian court sentences opposition leader Tomas Brel to 27 years\n\nOSTBURG, March 3 - Tomas Brel, the leader of "
            "the Varnia Workers' Party, was sentenced on Friday.")
    assert ("leader", "Varnia Workers' Party") in held(extract_rows(rules, text, DATE), "Tomas Brel")


# a title set off before the name may end in its body's initials --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The persons listed today include members of the Ostland militia, among them the commander-in-chief of the Varnian "
    "Revolutionary Guard Corps (VRGC), Tomas Brel, who gave the order to fire.",
    "Police said the deputy director of the Varnian Revolutionary Guard Corps (VRGC), Tomas Brel, had been detained.",
    "Witnesses identified the commander-in-chief of the Varnian Revolutionary Guard Corps (VRGC), Tomas Brel, as the "
    "officer who gave the order.",
])
def test_a_title_set_off_before_the_name_ends_at_the_bodys_initials(rules, text):
    assert {o for _, o in held(extract_rows(rules, text, DATE), "Tomas Brel")} == {"Varnian Revolutionary Guard Corps"}


def test_initials_alone_before_a_name_make_no_title(rules):
    rows = extract_rows(rules, "Supporters of the party (VWP), Tomas Brel among them, marched on Friday.", DATE)
    assert not find(rows, "position", person="Tomas Brel"), rows
