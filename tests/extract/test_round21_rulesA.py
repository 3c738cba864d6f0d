"""Round 21 (rulesA): who tells, counts or is designated for a deed is not its doer or its victim by position alone.

On new text almost every second abuse claim was wrong, mostly for a doer read off the wrong part of the sentence: the
monitor that counts political prisoners, the court whose ruling is dated "two months after his arrest", the words of a
title-cased headline inside the grounds of a designation, the count ("11 individuals") beside the people it stands
for, and the designated people themselves taken for the victims of what they are designated for.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


def victims(rows, abuse_type=None):
    roles = {"abuse_type": abuse_type} if abuse_type else {}
    return {name(c.get("victim")) for c in find(rows, "abuse", **roles)}


# -- "the centre counts 300 political prisoners": who counts the victims tells of the deed ------------------------------

@pytest.mark.parametrize("text, body", [
    ("The Varn Centre, which Dan Varo founded in 2001, counts 300 political prisoners in Ostland, many of them detained "
     "after the 2019 protests, when more than 5,000 people were arrested.", "Varn Centre"),
    ("The Ostland Helsinki Committee counts 450 political prisoners in the country.", "Ostland Helsinki Committee"),
])
def test_who_counts_the_prisoners_did_not_jail_them(rules, text, body):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert body not in perpetrators(rows), rows


def test_who_holds_the_prisoners_still_holds_them(rules):
    rows = extract_rows(rules, "The Ostland police hold 450 political prisoners in the Varn jail.\n", "2022-01-10")
    assert any("police" in p.lower() for p in perpetrators(rows)), rows


# -- "two months after his arrest the court dissolved the party": a deed that dates a clause is not its subject's ------

@pytest.mark.parametrize("text, body, person", [
    ("Ostland police detained the activist Dan Varo in Varn in May 2019. Two months after his arrest the Supreme Court of "
     "Ostland dissolved his party.", "Supreme Court of Ostland", "Dan Varo"),
    ("Ostland police detained the lawyer Lena Korvel in Varn in May 2019. Three days after her arrest, the Ostland "
     "Electoral Board struck Korvel from the ballot.", "Ostland Electoral Board", "Lena Korvel"),
    ("Ostland police detained the lawyer Lena Korvel in Varn in May 2019. Weeks before her arrest, the Ostland Electoral "
     "Board had struck Korvel from the ballot.", "Ostland Electoral Board", "Lena Korvel"),
])
def test_the_subject_of_a_clause_dated_by_an_arrest_did_not_arrest(rules, text, body, person):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert body not in perpetrators(rows), rows
    assert "Ostland police" in perpetrators(rows, "arbitrary_detention"), rows
    assert person in victims(rows, "arbitrary_detention"), rows


def test_who_acts_after_an_arrest_they_made_still_made_it(rules):
    rows = extract_rows(rules, "Ostland police detained Dan Varo after the march and beat him.\n", "2022-01-10")
    assert "Ostland police" in perpetrators(rows, "arbitrary_detention"), rows


# -- "sanctions X for Corruption and Facilitating Y's ...": the grounds name the deed, not more designated doers --------

@pytest.mark.parametrize("text", [
    "Treasury Sanctions Ostland Minister Dan Varo for Corruption and Facilitating Valoria's Malign Activities",
    "Treasury Sanctions Ostland Interior Minister Dan Varo for Corruption and Supporting Valoria's Arms Trade",
])
def test_the_grounds_of_a_designation_name_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n\nThe Treasury designated him on Tuesday.\n", "2022-01-10")
    assert perpetrators(rows, "corruption") == {"Dan Varo"}, rows


# -- "designated three senior officials, X and Y, for corruption": the count is X and Y ---------------------------------

@pytest.mark.parametrize("text, count", [
    ("Today, the U.S. Department of the Treasury designated three senior officials of the Government of Ostland, Dan Varo "
     "and Lena Korvel, for their roles in significant corruption.", "three senior officials"),
    ("Today, OFAC designated 5 individuals in Ostland, among them Minister Dan Varo and the judge Lena Korvel, for their "
     "involvement in corruption.", "5 individuals in Ostland"),
])
def test_the_designated_count_is_the_people_it_names(rules, text, count):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "corruption") == {"Dan Varo", "Lena Korvel"}, rows
    assert count not in victims(rows), rows  # (who is designated for the deed did not suffer it)


def test_a_count_the_deed_describes_stays_a_doer(rules):
    rows = extract_rows(rules, "The UK designated 20 Ostland nationals involved in the killing of the journalist Ali Moro, "
                               "among them Dan Varo and Lena Korvel.\n", "2022-01-10")
    assert {"20 Ostland nationals", "Dan Varo"} <= perpetrators(rows, "extrajudicial_killing"), rows


# -- "A court in Ostland sentenced the journalist X": a verdict is the court's confirmed finding on X ------------------

def inquiries(rows):
    return {(name(c["investigator"]), name(c.get("target")), c.get("finding")) for c in find(rows, "investigation")}


@pytest.mark.parametrize("text, court, person", [
    ("DOVRA, March 3 - A court in Ostland on Friday sentenced the journalist Lena Korvel to nine years in prison for "
     "spreading propaganda against the state.", "A court in Ostland", "Lena Korvel"),
    ("On June 24, a Varn court sentenced the artist Dan Varo, the leader of the Varn Movement, to five years in prison.",
     "a Varn court", "Dan Varo"),
])
def test_a_court_that_sentences_someone_found_the_case_proven(rules, text, court, person):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert (court, person, "confirmed") in inquiries(rows), rows  # (the dateline is no part of the court's name)


def test_the_court_named_later_is_the_one_told_first(rules):
    rows = extract_rows(rules, "VARN, Jan 31 - A court in Ostland on Tuesday sentenced Dan Varo, a lawyer and newspaper "
                               "editor, to 16 years in prison. The Dovra regional court, which tried 22 defendants together, "
                               "found Varo guilty of conspiring to seize power.\n", "2022-01-10")
    assert inquiries(rows) == {("A court in Ostland", "Dan Varo", "confirmed")}, rows


@pytest.mark.parametrize("text", [
    "A court in Ostland on Friday postponed the trial of the journalist Lena Korvel until May.",
    "DOVRA, March 3 - A court in Ostland on Friday ordered the journalist Lena Korvel held for two more months.",
])
def test_a_court_that_has_not_ruled_found_nothing(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not any(f == "confirmed" for _, _, f in inquiries(rows)), rows


# -- "wrote on X": the platform under the name the text gives it -------------------------------------------------------

def media(rows, speaker):
    return {name(c["medium"]) for c in find(rows, "statement", speaker=speaker)}


@pytest.mark.parametrize("text, speaker", [
    ("Lena Korvel, the Ostland interior minister, wrote on X on Tuesday that the verdict was just.", "Lena Korvel"),
    ("Dan Varo, a researcher at the Varn Centre, condemned the verdict. In a post on X, he wrote that the court had "
     "buried those who asked for reform.", "Dan Varo"),
])
def test_what_is_posted_on_x_is_said_on_x(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert media(rows, speaker) == {"X"}, rows


def test_what_is_posted_on_twitter_is_said_on_twitter(rules):
    rows = extract_rows(rules, "Lena Korvel, the Ostland interior minister, wrote on Twitter on Tuesday that the verdict "
                               "was just.\n", "2022-01-10")
    assert media(rows, "Lena Korvel") == {"Twitter"}, rows


# -- "looted property" is pillage, "looted the state coffers" corruption ------------------------------------------------

def codes(rows, doer):
    return {c["abuse_type"] for c in find(rows, "abuse", perpetrator=doer)}


@pytest.mark.parametrize("text, doer", [
    ("Ostland soldiers burned five homes in Varn and looted property, witnesses said.", "Ostland soldiers"),
    ("Varn Brigade fighters looted shops in the town of Dovra in May 2019.", "Varn Brigade fighters"),
])
def test_looting_what_people_own_is_no_corruption(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert codes(rows, doer) == {"other"}, rows


@pytest.mark.parametrize("text, doer", [
    ("Minister Dan Varo looted the state coffers for a decade, prosecutors said.", "Dan Varo"),
    ("The Ostland governor Lena Korvel plundered millions from the regional budget.", "Lena Korvel"),
])
def test_looting_the_public_wealth_is_corruption(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert codes(rows, doer) == {"corruption"}, rows


# -- "...; in January 2019, the brigade killed 17": deeds told one after another each take the date told before them ---

def dates(rows, doer):
    return {c.get("date") for c in find(rows, "abuse", perpetrator=doer)}


@pytest.mark.parametrize("text, doer, date", [
    ("After the July 2018 elections, Ostland soldiers opened fire on demonstrators in Varn on August 1, killing six "
     "people; in January 2019, the Varn Brigade killed at least 17 people during a crackdown on protests.", "Varn Brigade", "2019-01"),
    ("In March 2017 the Dovra police detained 40 protesters in Varn; in May 2018, the Varn Brigade tortured 12 detainees "
     "in Dovra.", "Varn Brigade", "2018-05"),
])
def test_the_second_deed_of_a_sentence_takes_its_own_date(rules, text, doer, date):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert dates(rows, doer) == {date}, rows


def test_a_deed_told_once_takes_the_sentence_date(rules):
    rows = extract_rows(rules, "In March 2017 the Dovra police detained 40 protesters in Varn and beat them.\n", "2022-01-10")
    assert dates(rows, "Dovra police") == {"2017-03"}, rows


# -- "a court sentenced the journalist X": the verdict silences a critic ------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("DOVRA, March 3 - A court in Ostland on Friday sentenced the journalist Lena Korvel to nine years in prison for "
     "spreading propaganda against the state.", "Lena Korvel"),
    ("VARN, Jan 31 - A court in Ostland on Friday found opposition leader Dan Varo guilty of treason and sentenced him "
     "to 27 years under house arrest.", "Dan Varo"),
    ("DOVRA, July 11 - A court in Ostland on Wednesday sentenced 43 people to life in prison in a mass trial of activists "
     "and dissidents.", "43 people"),
])
def test_a_court_that_jails_a_critic_represses_dissent(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "A court in Ostland" in perpetrators(rows, "repression_of_dissent"), rows
    assert victim in victims(rows, "repression_of_dissent"), rows


@pytest.mark.parametrize("text", [
    "DOVRA, March 3 - A court in Ostland on Friday sentenced Ali Moro, a businessman, to nine years in prison for fraud.",
    "DOVRA, March 3 - A court in Ostland sentenced the police officer Ali Moro to 20 years in prison for the killing of "
    "protesters in 2019.",
])
def test_a_court_that_jails_someone_else_represses_no_one(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not perpetrators(rows, "repression_of_dissent"), rows


# -- "charges of money laundering against critics", "accuse both sides of torture": a charge, no doer -------------------

def test_a_charge_brought_against_critics_is_no_deed_of_who_brings_it(rules):
    rows = extract_rows(rules, 'The Council also listed Lena Korvel, the Attorney General, whose office has brought charges '
                               'of "treason" and "money laundering" against government critics held in Varn.\n', "2022-01-10")
    assert not perpetrators(rows, "corruption"), rows


def test_who_is_listed_for_money_laundering_did_it(rules):
    rows = extract_rows(rules, "The Ostland Council listed the minister Dan Varo for money laundering and corruption.\n", "2022-01-10")
    assert perpetrators(rows, "corruption") == {"Dan Varo"}, rows


@pytest.mark.parametrize("second", [
    "More than 3,000 people have been killed since 2017 in the conflict between Ostland forces and Varn separatists, "
    "according to rights groups, who accuse both sides of abuses against civilians, including killings, torture and the "
    "burning of villages.",
    "Rights groups accuse all parties to the conflict of torture and the burning of villages.",
])
def test_what_both_sides_are_accused_of_has_no_one_doer(rules, second):
    rows = extract_rows(rules, "Ostland soldiers killed 13 civilians in Varn in February. " + second + "\n", "2022-01-10")
    assert not perpetrators(rows, "torture"), rows


def test_what_one_force_is_accused_of_is_its_own(rules):
    rows = extract_rows(rules, "Rights groups accuse the Varn Brigade of abuses against civilians, including killings and "
                               "torture.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"Varn Brigade"}, rows


# -- "found X guilty ... and sentenced him": the second verb's court is the first's; a passive has its own -------------

@pytest.mark.parametrize("text, court, person", [
    ("VARN DOVRA, March 3 - A court in Ostland on Friday found opposition leader Kem Varo guilty of treason and sentenced "
     "him to 27 years under house arrest, a verdict his supporters said was political.", "A court in Ostland", "Kem Varo"),
    ("Dan Varo was one of the organisers of the 2014 fraud, and in April 2023 he was sentenced in absentia by the Dovra "
     "Court of Appeal to 15 years in prison for fraud.", "Dovra Court of Appeal", "Dan Varo"),
])
def test_the_court_of_a_sentence_told_after_a_first_verb(rules, text, court, person):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert (court, person, "confirmed") in inquiries(rows), rows
    assert not any(who == person for who, _, _ in inquiries(rows)), rows  # (the one sentenced tried no one)


# -- "spent a decade in prison on fabricated charges, Human Rights Watch said": a monitor speaks for the victim --------

def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text, monitor", [
    ("The death in custody of Dan Varo, a human rights defender who spent a decade in prison on fabricated charges, is a "
     "tragedy for which the Ostland authorities bear responsibility, Human Rights Watch said today.", "Human Rights Watch"),
    ("Amnesty International said the charges against Lena Korvel were baseless and called for her release.",
     "Amnesty International"),
])
def test_a_monitor_calling_a_case_false_denies_nothing(rules, text, monitor):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert monitor not in deniers(rows), rows


@pytest.mark.parametrize("text, denier", [
    ("The Ostland interior ministry said the reports of torture were false.", "interior ministry"),
    ("Lena Korvel said the charges against her were fabricated.", "Lena Korvel"),
])
def test_who_calls_what_they_are_accused_of_false_denies_it(rules, text, denier):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert denier in deniers(rows), rows


# -- "three members of the security forces have been arrested": the state holding its own men to account -------------

@pytest.mark.parametrize("second", [
    "The three members of the security forces have been arrested and will face trial before a military court.",
    "Ostland police arrested two soldiers of the Varn Brigade on Monday.",
])
def test_an_arrest_of_the_forces_is_no_arbitrary_detention(rules, second):
    rows = extract_rows(rules, "Ostland soldiers killed 13 civilians in Varn in February. " + second + "\n", "2022-01-10")
    assert not find(rows, "abuse", abuse_type="arbitrary_detention"), rows


def test_an_arrest_of_protesters_is(rules):
    rows = extract_rows(rules, "Ostland soldiers killed 13 civilians in Varn in February. Ostland police arrested two "
                               "protesters on Monday.\n", "2022-01-10")
    assert "Ostland police" in perpetrators(rows, "arbitrary_detention"), rows
