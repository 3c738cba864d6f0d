"""Round 37 (rulesA): who can and cannot be the doer of an abuse.

- The one a deed's participle describes by a name set beside the noun ("sentenced the jailed opposition leader Ivo
  Marrow") suffered it: no doer of the jailing.
- A deed told inside a question whose subject is "who" ("asked the authorities to find who had ordered his
  killing") has no doer the text names; a relative clause ("officers who beat the protesters") still names one.
- A verdict for a shooting ("found guilty of firing the shots") is justice; a convict's relative clause ("who admitted
  tracking the journalist's movements") tells what he did, not that he is a journalist.
- Abuses told in general ("violations continued to be committed, notably by state agents") make their doer the one
  the story carries to the deeds told next without one.
- A detention "over"/"for" an abuse ("arrested by police over the alleged mistreatment of two employees") holds
  suspects: no arbitrary detention, and the abuse is theirs, not the police's.
- A body named inside the words for those a deed befell ("critics of the LAAF were abducted") did not do it.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


JAILED_NAMED_BESIDE = [
    # wire news: a verdict on the "jailed opposition leader X"
    ("KORSK, Sept 11 (Wire) - A Korsk judge has sentenced the jailed opposition leader Ivo Marrow to 13 years in prison "
     "for inciting violence at a march last year, a ruling his wife called a political execution.", "Ivo Marrow"),
    # NGO: "the detained journalist X"
    ("Human Rights Watch said the authorities in Ostland had transferred the detained journalist Mira Holt to a "
     "prison far from her family in breach of the law.", "Mira Holt"),
    # press release: "the imprisoned human rights defender X"
    ("WASHINGTON - The Department of State condemns the sentencing of the imprisoned human rights defender Pavel "
     "Drach to another 10 years in prison by a court in Ostland.", "Pavel Drach"),
]


@pytest.mark.parametrize("text, person", JAILED_NAMED_BESIDE)
def test_the_one_a_deed_describes_by_a_name_beside_it_is_no_doer(rules, text, person):
    assert person not in perpetrators(text_rows(rules, text))


@pytest.mark.parametrize("text, doer", [
    # the deed is told with its doer: the name described is the victim, the doer is who acted
    ("Police detained the opposition leader Ivo Marrow at his home in Korsk on Monday, his lawyer said.", "Police"),
    ("Soldiers beat the detained journalist Mira Holt in custody, Amnesty International said.", "Soldiers"),
])
def test_a_doer_told_beside_such_a_victim_is_kept(rules, text, doer):
    assert doer in perpetrators(text_rows(rules, text))


ASKED_WHO = [
    # news: a widow's call
    ("The journalist Ivo Marrow was shot dead outside his home in Korsk in March. His widow asked the authorities to "
     "find who had ordered his killing.", "authorities"),
    # NGO: a monitor urges the authorities
    ("The blogger Mira Holt was shot dead in Korsk in March. The Committee to Protect Journalists urged the "
     "authorities to find out who had ordered her killing.", "authorities"),
    # press release: a government calls on another's police
    ("The activist Pavel Drach was beaten to death in Korsk last week. The Department of State calls on the Ostland "
     "police to establish who tortured him before his death.", "Ostland police"),
]


@pytest.mark.parametrize("text, asked", ASKED_WHO)
def test_who_is_asked_to_find_the_doer_is_no_doer(rules, text, asked):
    assert asked not in perpetrators(text_rows(rules, text))


def test_a_relative_clause_who_still_names_its_doer(rules):
    rows = text_rows(rules, "Police officers who beat the protesters in Korsk were not punished, witnesses said.")
    assert "Police officers" in perpetrators(rows)


# -- a verdict for a shooting, and a convict whose relative clause names a journalist --------------------------------
# "jailed X, whom jurors found guilty of firing the shots": justice for a crime against someone, no abuse of the court;
# "X, a retired police colonel who admitted tracking the journalist's movements, was sentenced": the relative clause
# tells what X did, not who X is, so X is no journalist silenced by the verdict.

JUSTICE_VERDICTS = [
    # wire news: the gunman jailed
    ("KORSK, June 9 (Wire) - Judge Ivan Petrov of the Korsk City Court jailed Oleg Sarov, whom jurors found guilty "
     "last month of firing the shots on October 7, 2006, and his uncle Ivan Drach.", {"Ivan Petrov", "Korsk City Court"}),
    # news: an accomplice sentenced, the relative clause naming the journalist he followed
    ("A sixth man, Pavel Drach, a retired police colonel who admitted tracking the journalist's movements, was "
     "sentenced to 11 years by a court in Moscow in December 2012.", {"Russia"}),
    # NGO: a relative clause naming an activist he helped abduct
    ("Ivo Marrow, a retired engineer who admitted helping to abduct the activist Mira Holt, was sentenced to 12 years "
     "in prison in Moscow, Amnesty International said.", {"Russia"}),
]


@pytest.mark.parametrize("text, not_doers", JUSTICE_VERDICTS)
def test_a_verdict_for_a_crime_against_someone_is_no_abuse_of_the_court(rules, text, not_doers):
    assert not perpetrators(text_rows(rules, text)) & not_doers


def test_a_journalist_jailed_in_a_trial_called_political_is_still_an_abuse(rules):
    text = ("Ivo Marrow, a journalist who wrote about corruption, was sentenced to 11 years in prison by a court in Moscow "
            "on Monday, in a trial rights groups called politically motivated.")
    assert "Russia" in perpetrators(text_rows(rules, text))


# -- abuses told in general name the doer of the deeds told next without one -----------------------------------------
# "violations continued to be committed, notably by state agents ... Opposition supporters have been beaten": the
# general sentence tells no deed, but whoever commits the violations is the doer the story carries.

GENERAL_THEN_DEEDS = [
    # EU press release
    ("Brussels, 18 February 2002 - Ministers concluded that serious violations of human rights continued to be "
     "committed, notably by state agents and by militias of the ruling party. Opposition supporters have been beaten "
     "and abducted in the run-up to the vote, and independent journalists have been arrested.", "state agents"),
    # NGO summary
    ("The Ostland Border Brigade has committed a catalogue of crimes under international law since 2016, the group said. "
     "Former detainees were beaten and held incommunicado for months.", "Ostland Border Brigade"),
    # wire news
    ("KORSK, May 3 (Wire) - Government forces have perpetrated grave abuses in the north, a UN panel said. Villagers "
     "were tortured and dozens of men were arrested without charge.", "Government forces"),
]


@pytest.mark.parametrize("text, doer", GENERAL_THEN_DEEDS)
def test_who_commits_abuses_in_general_did_the_deeds_told_next(rules, text, doer):
    assert doer in perpetrators(text_rows(rules, text))


@pytest.mark.parametrize("text, not_doer", [
    # denied, not told
    ("The interior ministry denied that the Ostland police had committed abuses. Protesters were beaten in Korsk on "
     "Monday, witnesses said.", "Ostland police"),
    # a monitor does not commit the crimes it documents
    ("Amnesty International has documented crimes committed in the region since 2016. Former detainees were beaten "
     "and held incommunicado for months.", "Amnesty International"),
])
def test_who_denies_or_documents_abuses_is_not_carried(rules, text, not_doer):
    assert not_doer not in perpetrators(text_rows(rules, text))


# -- a detention on the charge of an abuse: the ones held are its suspects ---------------------------------------------
# "X and his wife were arrested by police over the alleged mistreatment of two employees": the arrest is the law at
# work, no arbitrary detention; the mistreatment is X's, not the police's.

HELD_OVER_AN_ABUSE = [
    # wire news, passive with the police as agent
    ("GENEVA, July 16 (Wire) - The businessman Pavel Drach and his wife were arrested by Korsk police over the alleged "
     "mistreatment of two domestic employees.", "Korsk police", "Pavel Drach", "ill_treatment"),
    # press release, active
    ("The Ministry of the Interior said police had arrested the former governor Ivo Marrow over the alleged torture "
     "of two detainees in Korsk.", "police", "Ivo Marrow", "torture"),
    # NGO
    ("Human Rights Watch welcomed the news that the retired colonel Oleg Sarov had been detained by the military "
     "police for the killing of three farmers in 2019.", "military police", "Oleg Sarov", "extrajudicial_killing"),
]


@pytest.mark.parametrize("text, police, suspect, code", HELD_OVER_AN_ABUSE)
def test_who_holds_a_suspect_did_not_do_the_abuse_he_is_held_for(rules, text, police, suspect, code):
    rows = text_rows(rules, text)
    assert police not in perpetrators(rows)
    assert suspect in perpetrators(rows, code)


def test_a_detention_for_protesting_against_an_abuse_stays_an_abuse(rules):
    rows = text_rows(rules, "Police arrested dozens of protesters in Korsk on Monday for taking part in a march against torture.")
    assert "Police" in perpetrators(rows, "arbitrary_detention")


# -- a body named inside the words for those a deed befell did not do it -------------------------------------------
# "People seen as critics of the LAAF ... were abducted": the critics were abducted; whom they criticise is named only
# to say who they are.

NAMED_INSIDE_THE_SUFFERERS = [
    # NGO bullet
    ("- Enforced disappearance. People seen as critics of the Ostland Defence Forces, including activists and lawyers, "
     "were abducted from their homes in Korsk and held incommunicado.", "Ostland Defence Forces"),
    # wire news
    ("KORSK, May 3 (Wire) - Supporters of the opposition Ostland Freedom Party were arrested in Korsk on Monday, "
     "witnesses said.", "Ostland Freedom Party"),
    # press release
    ("The Department is concerned that relatives of members of the Varn Workers Union have been detained without "
     "charge since March.", "Varn Workers Union"),
]


@pytest.mark.parametrize("text, body", NAMED_INSIDE_THE_SUFFERERS)
def test_a_body_named_inside_the_sufferers_is_no_doer(rules, text, body):
    assert body not in perpetrators(text_rows(rules, text))


def test_the_agent_of_such_a_passive_is_still_the_doer(rules):
    text = "Supporters of the opposition Ostland Freedom Party were arrested by the Korsk police on Monday, witnesses said."
    assert "Korsk police" in perpetrators(text_rows(rules, text))
