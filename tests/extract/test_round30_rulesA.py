"""Round 30 (rulesA): a deed coordinated with a verb of sentencing or charging ("sentenced X to 11 years and jailed Y")
is a second act of the verb's subject, not the charge put on X, so X is no doer of it (nor of the deeds told after);
and a demand that someone end abuses the story has already given a doer ("urges the authorities to end enforced
disappearances", after "the army carried out enforced disappearances") points back at those deeds rather than naming
a new doer, while a demand to release people still says who holds them.

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, perpetrators


# -- "sentenced X to 11 years and jailed Y": X is sentenced, not the jailer ---------------------------------------------

@pytest.mark.parametrize("text, sentenced", [
    # news report
    ("KORVA, May 3 - A court in Belarus on Tuesday sentenced opposition leader Alina Vetrova, the last of the three "
     "women who led the protest movement, to nine years in prison, and jailed her ally, the lawyer Pavel Drozd, for "
     "seven years.", "Alina Vetrova"),
    # press release
    ("The Embassy notes with concern that a court in Belarus convicted the journalist Ilya Marchenko of extremism and "
     "detained his colleague Olga Savitskaya the same day.", "Ilya Marchenko"),
    # NGO report
    ("In March the Minsk regional court sentenced human rights defender Taras Lebed to six years and imprisoned two "
     "other members of the Belarus group Vesna Legal, we found.", "Taras Lebed"),
])
def test_a_deed_beside_the_sentencing_is_not_the_sentenced_persons(rules, text, sentenced):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert sentenced not in perpetrators(rows)


@pytest.mark.parametrize("text, doer", [
    # the deed is what the verdict is for: the sentenced man did it
    ("A court in Belarus sentenced police officer Igor Dashko to nine years for torturing detainees in 2020.", "Igor Dashko"),
    # "convicted X of murder and sentenced him to life": the murder is still his
    ("A court in Minsk convicted former guard Anton Belsky of the murder of a protester and sentenced him to life.",
     "Anton Belsky"),
])
def test_the_charge_of_a_verdict_is_still_the_accused(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert doer in perpetrators(rows, "extrajudicial_killing") | perpetrators(rows, "torture")


# -- "urges the authorities to end enforced disappearances": the deeds told, not a new doer --------------------------------

@pytest.mark.parametrize("text", [
    # NGO report
    ("Ostrian military and police forces have carried out enforced disappearances and torture in the north, Human "
     "Rights Watch said in a report released today. Human Rights Watch urges the Ostrian authorities to end enforced "
     "disappearances and torture and to open the region to journalists."),
    # press release
    ("Officers of the Ostrian Central Reserve Police killed at least 40 protesters in Velna last year. The Secretary "
     "called on Ostria's military authorities to end the killings and to hold those responsible to account."),
    # news report
    ("VELNA, June 2 - Ostrian soldiers tortured dozens of detainees at a base near Velna, former prisoners said. "
     "Rights groups pressed the government of Ostria to stop torture in its prisons."),
])
def test_a_demand_to_end_abuses_told_before_names_no_new_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-06-03")
    assert not {"Ostria", "Ostrian authorities", "government", "military authorities"} & perpetrators(rows)


@pytest.mark.parametrize("text, code", [
    # nothing told before: the one asked to end it is who does it
    ("Human Rights Watch urges the Ostrian authorities to end enforced disappearances in the north.", "enforced_disappearance"),
    # a demand to release people: who is asked holds them, whoever the story said arrested them
    ("Ostrian police arrested hundreds of protesters in Velna in May. The United States calls on the Ostrian "
     "authorities to release everyone detained for peaceful protest.", "arbitrary_detention"),
    # the last of several demands the parser hangs on the one before it
    ("Amnesty International urges the Ostrian authorities to immediately halt all executions, to quash all death "
     "sentences handed down in connection with the protests and to release everyone detained solely for peacefully "
     "exercising their rights.", "arbitrary_detention"),
])
def test_the_one_asked_still_does_what_no_one_else_was_said_to(rules, text, code):
    rows = extract_rows(rules, text + "\n", "2023-06-03")
    assert perpetrators(rows, code) & {"Ostrian authorities", "Ostria", "authorities"}


# -- "sexual violence against women and girls": who it is aimed at is who it befell -------------------------------------

@pytest.mark.parametrize("text, victim", [
    # NGO report: the reporters are named first; the deed is aimed at others
    ("Aid workers have reported looting of warehouses in Ostria and sexual violence against women and girls, much of "
     "it attributed to the Velna Brigade.", "women and girls"),
    # press release: "the use of X against Y", the "against" hung on "use"
    ("The Council listed Darin Kolo, a county commissioner in Ostria, who is responsible for the use of rape and sexual "
     "violence against civilians in southern Ostria in 2022.", "civilians"),
    # news report: a bare plural, with the place it is in
    ("KORSK, June 2 - Local doctors said Velna Brigade fighters had used sexual violence against women in Ostria's "
     "north this year.", "women"),
])
def test_the_people_a_deed_is_against_are_its_victims(rules, text, victim):
    from extract.claimhelp import victims
    rows = extract_rows(rules, text + "\n", "2023-06-03")
    assert victim in victims(rows)


def test_against_a_place_names_no_victim(rules):
    """ "against" a place or a body is no one the deed befell."""
    from extract.claimhelp import victims
    rows = extract_rows(rules, "The Velna Brigade used torture against the town of Korsk in Ostria last year.\n", "2023-06-03")
    assert not victims(rows) - {None}


# -- "His daughter, X, said ...": the person the story follows, not one named in passing -----------------------------

@pytest.mark.parametrize("text, owner, relative", [
    # news report: the last man named is the cleric of a phrase about the charges
    ("KORVA, May 3 - A court in Ostria has ordered economist Tomas Vedenko held for four months pending trial. "
     "Vedenko, 52, was detained on Sunday by police officers, his relatives said. Prosecutors have also alleged links to "
     "the movement of exiled cleric Aram Sulejan, which the government considers a terrorist group.\n\n"
     "His daughter, Lina Marsh, a lawyer in London, said the charges were fabricated.", "Tomas Vedenko", "Lina Marsh"),
    # NGO report: the last man named is the prison director the guards spoke of
    ("Our researchers interviewed the family of Sami Orbek, a teacher detained in Velna in 2021. Orbek was held for 40 "
     "days; Orbek told us he was beaten. Guards said the orders came from the prison director, Colonel Ivo Raske.\n\n"
     "His brother, Karim Tallo, was arrested a week later.", "Sami Orbek", "Karim Tallo"),
    # press release
    ("The United States condemns the continued detention of journalist Maya Lorne in Ostria. Lorne was arrested in "
     "March, and Lorne has been held since then without trial for her reporting on Interior Minister Boris Kalt.\n\n"
     "Her husband, Dan Weil, has been barred from visiting her.", "Maya Lorne", "Dan Weil"),
])
def test_an_opening_his_is_the_story_subjects(rules, text, owner, relative):
    from extract.claimhelp import family_triples
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert {(p, r) for p, r, _ in family_triples(rows)} == {(owner, relative)}


def test_the_story_subject_who_is_someones_relative_keeps_her_own(rules):
    """The woman the story follows is herself a daughter: her husband is still hers, not her father's successor's."""
    from extract.claimhelp import family_triples
    text = ("The Department of State is designating Lina Varga, the former chair of Ostria's state oil company, for her "
            "involvement in significant corruption. Ms. Varga, the eldest daughter of Ostria's former President Pavel "
            "Varga, was appointed to lead the company by her father in June 2016. Varga was dismissed in November 2017 "
            "by his successor, President Ivo Darr, shortly after he took office. Prosecutors later charged her with "
            "embezzlement, and a leak of documents set out how companies linked to her and her late husband, Tomas "
            "Brandt, had benefited from state contracts.\n")
    rows = extract_rows(rules, text, "2021-12-09")
    assert ("Lina Varga", "Tomas Brandt", "spouse") in family_triples(rows)


def test_an_opening_his_after_a_new_subject_stays_the_new_subjects(rules):
    """The story has turned to someone who is the subject of the sentence before: "his" is that person's."""
    from extract.claimhelp import family_triples
    text = ("Anton Perel, the forum's director, was released on Monday. Perel had been held for three weeks without "
            "charge, and Perel's lawyers said the case was political. Simon Darr, the country's best-known rights "
            "lawyer, said the government was targeting critics. His son, Welly Nagy, was arrested in May.\n")
    rows = extract_rows(rules, text, "2023-05-04")
    assert {(p, r) for p, r, _ in family_triples(rows)} == {("Simon Darr", "Welly Nagy")}


# -- "Ostrian military and police forces in North Velna": the force is the doer, the place is where --------------------

@pytest.mark.parametrize("text, doer, place", [
    # NGO report
    ("Ostrian military and police forces in North Velna have carried out mass arbitrary arrests and torture, Human "
     "Rights Watch said in a report released today.", "Ostrian military and police forces", "North Velna"),
    # press release
    ("The Department is concerned by reports that Ostrian soldiers in Korsk Province beat detained protesters in May.",
     "Ostrian soldiers", "Korsk Province"),
    # news report
    ("KORSK, June 2 - Ostrian security forces in Korsk Province shot dead 12 protesters on Monday, witnesses said.",
     "Ostrian security forces", "Korsk Province"),
])
def test_a_force_in_a_place_is_the_force(rules, text, doer, place):
    from extract.claimhelp import places
    rows = extract_rows(rules, text + "\n", "2023-06-03")
    assert perpetrators(rows) == {doer}
    assert place in places(rows)


def test_a_body_named_by_its_place_stays_whole(rules):
    """Only a force sheds its place: "local officials in Korsk Province" are those officials, no force of a state."""
    text = "Local officials in Korsk Province have detained dozens of activists since May, the group said.\n"
    rows = extract_rows(rules, text, "2023-06-03")
    assert perpetrators(rows) == {"Local officials in Korsk Province"}


# -- "Hemedti's brother": a name the NER read as a place, which the text gave a person -------------------------------------

@pytest.mark.parametrize("text, owner, relative", [
    # press release
    ("The force is led by Ahmed Saleh Darfan, known as Kordofi. Ibrahim Saleh Darfan, the RSF's deputy commander and "
     "Kordofi's brother, was designated on September 6.",
     "Ahmed Saleh Darfan", "Ibrahim Saleh Darfan"),
    # news report
    ("KHARTOUM, Oct 9 - Tradive is controlled by Yusuf Saleh Darfan, another brother of Kordofi who oversees "
     "procurement for the force. Kordofi has led the paramilitary since 2013.", "Kordofi", "Yusuf Saleh Darfan"),
    # NGO report
    ("The force is commanded by Ahmed Saleh Darfan, known as Kordofi. Our researchers traced the company to Musa "
     "Saleh Darfan, a brother of Kordofi.", "Ahmed Saleh Darfan", "Musa Saleh Darfan"),
])
def test_the_owner_of_a_kinship_word_read_as_a_place_is_the_person_of_that_name(rules, text, owner, relative):
    from extract.claimhelp import family_triples
    rows = extract_rows(rules, text + "\n", "2023-10-09")
    assert (owner, relative, "sibling") in family_triples(rows)


def test_a_place_no_one_is_called_owns_no_relative(rules):
    from extract.claimhelp import family_triples
    rows = extract_rows(rules, "Korsk's sister city, Velna, sent aid to the region in May.\n", "2023-10-09")
    assert not family_triples(rows)


# -- "an outspoken critic of corruption": corruption as what someone speaks against, no case with a doer ----------------

@pytest.mark.parametrize("text", [
    # news report
    "VELNA, July 25 - Ostrian police detained economist Tomas Vedenko on Sunday. Vedenko, an outspoken critic of "
    "corruption in the country's oil sector, was held for four months.",
    # press release
    "Ostrian police arrested the journalist Dario Zunde in January. Zunde hosted a daily programme in which he "
    "denounced corruption among the Ostrian elite.",
    # NGO report
    "Ostrian military counterintelligence agents detained Mira Kolesna in February. Her family says she has been "
    "targeted for her research on corruption and abuses in the military.",
])
def test_corruption_spoken_against_is_no_case(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-07-25")
    assert not perpetrators(rows, "corruption")


def test_corruption_someone_took_part_in_stays(rules):
    text = "Ivo Darr, the Ostrian energy minister, was involved in corruption by misappropriating public funds.\n"
    rows = extract_rows(rules, text, "2023-07-25")
    assert perpetrators(rows, "corruption") == {"Ivo Darr"}
