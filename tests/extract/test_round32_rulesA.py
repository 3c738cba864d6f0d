"""Round 32 (rulesA): abuse claims - who did it, and words that tell no abuse at all.

A listed person's entry goes on with "He has been involved in the abduction and killing of migrants held by the
network": "he" is the person the pronoun stands for, and a participle that describes the victims ("held by the
network") names who did that act, not the killing. "Government air strikes on X and the nearby town of Y killed
civilians": the state struck; X and Y are where (and "the nearby town of Y" says Y is a town). A death "in a
detention center" names where someone died, not a holding; "dragging people from their homes" takes them away,
drives no one out; "whether any arrests have been made" tells of no arrest.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows, victims

# -- "He has been involved in ...": the person the pronoun stands for, not a body named by a participle ----------------

INVOLVED = [
    ("Norvia: EU lists smuggler and Brenta Group financier\n\nThe Council has listed Doran Vesk, a Norvian national who is "
     "a member of a smuggling network operating in the country. He has been involved in the abduction, rape and killing "
     "of migrants, held by the network for ransom."),
    ("EU sanctions smuggler and Brenta Group backer\n\nNORVIA CITY, May 3 - The European Union on Friday listed Doran "
     "Vesk, a member of a smuggling ring. He has been involved in the killing of migrants held by the ring in warehouses "
     "near the coast, the Council said."),
    ("Rights group names smuggler tied to Brenta Group\n\nHuman Rights Watch said Doran Vesk runs a smuggling network "
     "on the coast. He has been involved in the torture of migrants kept by the network in warehouses, the group said."),
]


@pytest.mark.parametrize("text", INVOLVED)
def test_the_pronoun_subject_of_involved_in_did_it(rules, text):
    rows = text_rows(rules, text)
    assert "Doran Vesk" in perpetrators(rows), rows


def test_a_participle_of_doing_the_abuse_still_names_its_doer(rules):
    """("killings carried out by X": the participle is the deed itself, and its "by" is its doer)"""
    rows = text_rows(rules, "The report documented killings of civilians carried out by the Brenta Brigade in the north.")
    assert "Brenta Brigade" in perpetrators(rows, "extrajudicial_killing"), rows


# -- "government air strikes on X and the nearby town of Y": the state, not the places struck ---------------------------

STRIKES = [
    ("JUBARA, March 27 - Malawi's army has been fighting a militia in the north since March. Aid groups later reported "
     "that government air strikes on Kessa and the nearby town of Ulvar had killed civilians, including children."),
    ("Troops clashed with rebels in Malawi's Kessa province this week. Government air strikes on Kessa and the "
     "neighbouring town of Ulvar killed at least 20 civilians, residents said."),
    ("Malawi: Amnesty International said on Monday that the authorities had failed to protect civilians and that "
     "government air strikes on the northern town of Ulvar had killed 14 civilians in March."),
]


@pytest.mark.parametrize("text", STRIKES)
def test_government_strikes_are_the_state_s(rules, text):
    rows = text_rows(rules, text)
    doers = perpetrators(rows, "extrajudicial_killing")
    assert "Malawi" in doers, rows
    assert not doers & {"Ulvar", "Kessa"}, rows


def test_the_nearby_town_of_a_name_is_a_place(rules):
    rows = text_rows(rules, "Militia fighters attacked the nearby town of Ulvar on Monday and killed 12 civilians there.")
    assert "Ulvar" not in perpetrators(rows), rows


def test_strikes_a_state_s_adjective_names_stay_that_state_s(rules):
    """(not the state the text is about when the attack's own word names another)"""
    rows = text_rows(rules, "Malawi's army is fighting in the north. Zambian air strikes on Kessa killed 30 civilians.")
    assert "Malawi" not in perpetrators(rows, "extrajudicial_killing"), rows


# -- "his death in a detention center": where, not a holding ----------------------------------------------------------

DIED_IN = [
    ("Treasury designated Ivo Marenko and Lena Dask for their involvement in the fraud that auditor Pavel Orn exposed "
     "before his death in a Tarsk detention center in 2019."),
    ("Ivo Marenko was sanctioned on Tuesday over the fraud uncovered by Pavel Orn, whose death in a pre-trial detention "
     "centre in 2019 drew wide condemnation."),
    ("Amnesty International said the inquiry into the death in a police detention facility of Pavel Orn, a lawyer, had "
     "stalled."),
]


@pytest.mark.parametrize("text", DIED_IN)
def test_a_death_in_a_detention_center_is_no_holding(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="arbitrary_detention"), rows


def test_holding_people_in_detention_centres_is_detention(rules):
    rows = text_rows(rules, "Tarsk border guards detained thousands of migrants in overcrowded detention centres in 2022.")
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


# -- "dragging people from their homes": taken, not driven out ---------------------------------------------------------

DRAGGED = [
    "Gang members went door to door dragging people over 60 from their homes and killed them with machetes.",
    "Witnesses said soldiers were pulling young men from their homes and shooting them in the street.",
    "Militiamen went through the village taking the men from their houses and executing them, Human Rights Watch said.",
]


@pytest.mark.parametrize("text", DRAGGED)
def test_dragging_people_from_their_homes_is_no_displacement(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="forced_displacement"), rows


def test_driving_people_from_their_homes_is_displacement(rules):
    rows = text_rows(rules, "Militiamen expelled thousands of villagers from their homes in Kessa province in 2021.")
    assert find(rows, "abuse", abuse_type="forced_displacement"), rows


# -- "whether any arrests have been made": none told --------------------------------------------------------------------

NO_ARREST = [
    "Gangs killed 40 people in Kessa. The national police have not said whether any arrests have been made.",
    "Gangs killed 40 people in Kessa on Friday, residents said. No arrests have been made, a police spokesman said.",
    "Human Rights Watch said gangs had killed 40 people in Kessa and that police had not made any arrests.",
]


@pytest.mark.parametrize("text", NO_ARREST)
def test_no_arrests_are_no_detention(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="arbitrary_detention"), rows
    assert find(rows, "abuse", abuse_type="extrajudicial_killing"), rows


def test_arrests_told_are_still_detention(rules):
    rows = text_rows(rules, "Tarsk police made dozens of arrests of opposition supporters in Kessa on Friday.")
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


# -- who spent time in custody, or was put through an abuse, suffered it; a record shows it ----------------------------

SPENT = [
    ("Pavel Orn was arrested on his return to Tarsk City in January 2021 and later jailed for 19 years. He spent long "
     "stretches of his imprisonment in solitary confinement and was denied adequate medical care."),
    ("TARSK CITY, May 3 - Opposition leader Pavel Orn, jailed in 2021, has spent months in solitary confinement, his "
     "lawyers said on Friday."),
    ("Amnesty International said Pavel Orn had spent most of his sentence in solitary confinement in a remote colony."),
]


@pytest.mark.parametrize("text", SPENT)
def test_who_spent_time_in_confinement_did_not_confine(rules, text):
    rows = text_rows(rules, text)
    assert "Pavel Orn" not in perpetrators(rows), rows


SUBJECTED = [
    ("Foreign Secretary Ada Lenz said that Mr Orn had devoted his life to exposing corruption, and that those who ran "
     "the colony had subjected him to months of mistreatment."),
    ("Pavel Orn's lawyers said guards had subjected him to beatings, the court heard on Tuesday."),
    ("Human Rights Watch said Pavel Orn, a lawyer, had been exposed to torture in the colony run by the Tarsk prison service."),
]


@pytest.mark.parametrize("text", SUBJECTED)
def test_who_is_subjected_to_an_abuse_suffered_it(rules, text):
    rows = text_rows(rules, text)
    assert not {"Pavel Orn", "Orn"} & perpetrators(rows), rows


def test_who_subjects_someone_to_an_abuse_did_it(rules):
    rows = text_rows(rules, "Witnesses said the Brenta Brigade had subjected detainees to beatings at the Kessa camp.")
    assert "Brenta Brigade" in perpetrators(rows), rows


RECORDS = [
    ("The so-called Orion Group photographs, smuggled out of Norvia in 2013 by a military police photographer, show the "
     "bodies of thousands of detainees who died in custody, many bearing marks of torture."),
    ("Leaked Orion Group videos show the bodies of detainees bearing marks of torture, the news agency reported on Friday."),
    ("The Orion Group files, a cache of documents handed to investigators, show the torture of detainees in Norvian "
     "prisons, the report said."),
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_showing_an_abuse_did_not_do_it(rules, text):
    rows = text_rows(rules, text)
    assert not {"Orion", "Orion Group"} & perpetrators(rows), rows


def test_who_is_shown_doing_it_still_did_it(rules):
    rows = text_rows(rules, "Soldiers of the Brenta Brigade tortured detainees at the Kessa camp, the Orion videos show.")
    assert "Brenta Brigade" in perpetrators(rows, "torture"), rows


# -- "X, a co-chair of the rights group Y": a person, so the verdict that jails him for speaking is an abuse ------------

CO_CHAIR = [
    ('TARSK CITY, Feb 27 - A Tarsk City court on Tuesday sentenced Ivan Dorlov, a co-chair of the rights group Vesna, to '
     'two and a half years in a penal colony for "repeatedly discrediting" the Russian armed forces.'),
    ("Statement by the Spokesperson\n\nOn 3 May a Moscow court sentenced Ivan Dorlov, a co-chair of the Vesna human "
     "rights centre, to five years in prison for social media posts criticising the war."),
    ("Amnesty International said a Moscow court had sentenced Ivan Dorlov, a co-chair of the rights group Vesna, to "
     "four years in prison on politically motivated charges of spreading false news."),
]


@pytest.mark.parametrize("text", CO_CHAIR)
def test_a_co_chair_jailed_for_speaking_out_is_a_victim(rules, text):
    rows = text_rows(rules, text)
    assert "Ivan Dorlov" in victims(rows, "arbitrary_detention"), rows


# -- "X was under house arrest": held, not holding --------------------------------------------------------------------

HOUSE_ARREST = [
    ("Information Minister Ada Lenz told reporters on Thursday that Pavel Orn was under house arrest pending an "
     "investigation into his alleged role in fighting in Kessa."),
    ("KESSA, March 27 - Opposition leader Pavel Orn remains under house arrest in the capital, his party said."),
    ("Pavel Orn was still under house arrest on Friday, Human Rights Watch said."),
]


@pytest.mark.parametrize("text", HOUSE_ARREST)
def test_who_is_under_house_arrest_holds_no_one(rules, text):
    rows = text_rows(rules, text)
    assert "Pavel Orn" not in perpetrators(rows), rows


def test_who_puts_someone_under_house_arrest_did_it(rules):
    rows = text_rows(rules, "Tarsk security forces placed opposition leader Pavel Orn under house arrest on Monday.")
    assert "Pavel Orn" not in perpetrators(rows), rows
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


@pytest.mark.parametrize("after, person", [
    (", a co-chair of the rights group Vesna, to", True),
    (", the vice-president of the Vesna centre, said", True),
    (", a chairman of the board", True),
    (", a co-operative in the north", False),
    (", the city of Kessa", False),
])
def test_a_prefixed_title_in_apposition_says_a_person(after, person):
    """(the NER may take a person's name for a body's: "Oleg X, a co-chair of ..." keeps it a person's)"""
    from kg.extract.rules.words import PERSON_APPOSITION_AFTER_RE
    assert bool(PERSON_APPOSITION_AFTER_RE.match(after)) == person
