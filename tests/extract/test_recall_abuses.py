"""The recall layer for abuses: generic fallbacks that run after the precise rules, only on abuse words those rules
found no doer for, and that mark what they add with confidence 0.35 (less certain, filterable, measurable apart).

Short invented texts (people, units and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, perpetrators

RECALL = 0.35


def recalled(rows, abuse_type, perpetrator):
    """The fallback claims (confidence 0.35) of ``abuse_type`` by ``perpetrator``."""
    return [r for r in find(rows, "abuse", abuse_type=abuse_type, perpetrator=perpetrator) if r["confidence"] == RECALL]


# -- a sentence that lists several abuses names their doer once ----------------------------------------------------------

@pytest.mark.parametrize("sentence, doer, listed", [
    ("Units of the Varnian Border Legion crossed into Ostland and have been involved in the killing of civilians, "
     "in sexual violence against women and girls, and in the looting of shops.",
     "Varnian Border Legion", ["extrajudicial_killing", "sexual_violence"]),
    ("Investigators found that Dorav Brigade fighters tortured prisoners, and that several of the victims died in custody as a result.",
     "Dorav Brigade fighters", ["extrajudicial_killing"]),
])
def test_the_other_abuses_a_sentence_lists_are_by_the_doer_the_precise_rules_found_for_one(rules, sentence, doer, listed):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert any(r["confidence"] > RECALL for r in find(rows, "abuse", perpetrator=doer))  # the doer the precise rules found
    for code in listed:
        assert recalled(rows, code, doer), code


@pytest.mark.parametrize("sentence, doer, absent", [
    # a prison term handed down is a penalty, not a detention by the one it punishes
    ("Colonel Arvo Tenn tortured prisoners at the Dorav base and was sentenced to life imprisonment in 2019.",
     "Arvo Tenn", "arbitrary_detention"),
    # an abuse fought is none committed
    ("The Ostland Guard killed ten villagers in Dorav, while the government has vowed to fight corruption.",
     "Ostland Guard", "corruption"),
    # what someone is asked to end is asked for, not told
    ("The Ostland Guard killed ten villagers in Dorav, and the minister urged the authorities to end the abductions of children.",
     "Ostland Guard", "enforced_disappearance"),
])
def test_an_abuse_only_punished_fought_or_asked_to_end_is_not_given_the_doer_of_its_sentence(rules, sentence, doer, absent):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert doer in perpetrators(rows)
    assert doer not in perpetrators(rows, absent)


# -- an actor the parse ties to an abuse no precise rule attributed -------------------------------------------------------

@pytest.mark.parametrize("sentence, doer, codes", [
    # the subject of the clause the abuse word hangs on, however far up
    ("Eritrean troops have fought in Ostland since 2020, and have repeatedly been reported to have committed serious abuses "
     "there, including massacres, looting and sexual violence.", "Eritrean troops", ["extrajudicial_killing", "sexual_violence"]),
    # (a passive that implicates its subject, "X was involved in killings", is read by the precise rules since round 27:
    # test_round27_rulesA.test_who_is_implicated_did_it)
    # the one under whose command it was done
    ("Under Arvo Tenn's command, the unit tortured prisoners and executed suspected rebels.", "Arvo Tenn", ["torture"]),
    # at the hands of
    ("Dozens of villagers in Dorav were killed at the hands of the Varnian Border Legion last year.",
     "Varnian Border Legion", ["extrajudicial_killing"]),
])
def test_an_actor_the_parse_ties_to_an_unattributed_abuse_is_its_doer(rules, sentence, doer, codes):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    for code in codes:
        assert recalled(rows, code, doer), code


@pytest.mark.parametrize("sentence", [
    # who disappeared or died suffered it
    "Ana Lisk, a student from Dorav, was visiting her family when she disappeared in May 2020.",
    # who documents, reports or condemns it did not do it
    "Rights monitors documented killings and torture across the province.",
    "The Ostland Refugee Council condemned the killings in the north.",
])
def test_who_suffered_reported_or_condemned_an_abuse_is_not_made_its_doer(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert not find(rows, "abuse")


def test_a_body_the_parse_ties_to_an_abuse_the_document_already_attributes_is_not_a_second_doer(rules):
    # "EDF units" and "Eritrean troops" are one force under two names: a looser reading adds no second doer for a
    # type the document already gives someone, unless that one is a person
    rows = extract_rows(rules, "The Ostland Guard killed ten villagers in Dorav in March.\n\n"
                               "The province held elections in May.\n\nTurnout was low.\n\nThe results are due next week.\n\n"
                               "Eritrean troops have fought in Ostland since 2020, and have repeatedly been reported to have "
                               "committed serious abuses there, including massacres and sexual violence.\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"Ostland Guard"}
    assert recalled(rows, "sexual_violence", "Eritrean troops")


# -- words that usually tell an abuse, read only where no precise word does --------------------------------------------

@pytest.mark.parametrize("sentence, doer, code", [
    ("Members of the Dorav Brigade lynched two shepherds near the river in May.", "Dorav Brigade", "extrajudicial_killing"),
    ("Varnian border guards evicted hundreds of families from the valley last winter.", "Varnian border guards", "forced_displacement"),
    ("Arvo Tenn misappropriated state funds while he ran the Ostland port authority.", "Arvo Tenn", "corruption"),
    ("Riot police dispersed the demonstrations in Varna with water cannon.", "Riot police", "repression_of_dissent"),
    ("The Varnian police cracked down on independent journalists after the vote.", "Varnian police", "repression_of_dissent"),
    ("The Ostland Guard burned homes in three villages near Dorav.", "Ostland Guard", "other"),
    ("Former prisoners said guards of the Dorav Brigade kept them in stress positions for days.", "Dorav Brigade", "ill_treatment"),
    # people shot (most texts that say so count them among the dead)
    ("Colonel Arvo Tenn directed the snipers of the Dorav Brigade who shot demonstrators in Varna in May.", "Dorav Brigade",
     "extrajudicial_killing"),
    ("Among the dead was Ilan Toma, who was shot by soldiers of the Ostland Guard in Varna on May 3.", "Ostland Guard",
     "extrajudicial_killing"),
    ("The Ostland Guard was accused of shooting protesters and abducting critics after the vote.", "Ostland Guard",
     "extrajudicial_killing"),
])
def test_a_word_that_usually_tells_an_abuse_gives_a_less_certain_claim_with_the_precise_rules_doer(rules, sentence, doer, code):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert recalled(rows, code, doer)


def test_a_less_certain_word_adds_nothing_where_a_precise_word_tells_the_abuse(rules):
    rows = extract_rows(rules, "Members of the Dorav Brigade killed and lynched two shepherds near the river in May.\n", "2022-01-10")
    claims = find(rows, "abuse", abuse_type="extrajudicial_killing")
    assert claims and all(r["confidence"] > RECALL for r in claims)


@pytest.mark.parametrize("sentence", [
    "The minister said the new law would stop landlords who evicted tenants without notice.",
    "A hunter in Varna shot a deer near the river.",
    # a crackdown on crime is policing, not repression
    "The Varnian police cracked down on drug trafficking in the port.",
])
def test_a_less_certain_word_about_someone_who_can_do_no_harm_tells_no_abuse(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert not find(rows, "abuse")


# -- the force a sentence names nearest an abuse no one else can have done ------------------------------------------------

@pytest.mark.parametrize("sentence, doer, code", [
    ("Video verified by reporters shows fighters of the Dorav Brigade lynching two shepherds near the river.",
     "Dorav Brigade", "extrajudicial_killing"),
    ("Satellite images show the Varnian Border Legion's camp next to villages razed homes in March.",
     "Varnian Border Legion", "forced_displacement"),
])
def test_the_force_named_nearest_an_unattributed_abuse_is_its_doer(rules, sentence, doer, code):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert recalled(rows, code, doer)


@pytest.mark.parametrize("sentence", [
    "The Dorav Brigade's commander was killed in an ambush near Varna on Sunday.",
    "Several members of the Ostland Guard were lynched by a crowd in Varna.",
])
def test_a_force_whose_own_people_an_abuse_befell_is_not_its_doer(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert not find(rows, "abuse")
