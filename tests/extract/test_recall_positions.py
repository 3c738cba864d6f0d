"""The recall layer for positions (round 10): a person the precise rules gave no position, with a title word beside
the name, holds that title in the body the phrase names, or in the body of the title's kind the text names nearest.
Every such claim has confidence 0.35, the recall layer's band. Every name and body here is invented, and each shape
is tried in more than one wording; each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name

DATE = "2024-03-14"
RECALL = 0.35


def recalled(rows, person):
    """(org, confidence) of every position ``person`` holds."""
    return {(name(c["org"]), c["confidence"]) for c in find(rows, "position", person=person)}


# a title beside the name, with the body it is of named in the phrase --------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("The Kestrel Monitoring Network said Tomas Verhoeven, a retired justice of the Supreme Court of Ruritania, "
     "would lead the inquiry.\n", "Tomas Verhoeven", "Supreme Court of Ruritania"),
    ("Ingrid Solheim, a pilot with the Ruritanian Air Wing, testified on Monday.\n", "Ingrid Solheim", "Ruritanian Air Wing"),
    ("Police arrested Marco Bellini, the boss of the Silver Crane Syndicate, at a villa outside Port Selwyn.\n",
     "Marco Bellini", "Silver Crane Syndicate"),
])
def test_a_title_set_off_beside_a_name_is_a_recalled_position_in_the_body_it_names(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_a_title_that_belongs_to_the_next_name_is_not_read_as_the_first_ones(rules):
    text = "The men were seized near the market in Port Selwyn, after navy officer Dario Fenwick gave the order.\n"
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "position", person="Port Selwyn")


def test_a_lawyer_for_a_body_holds_a_precise_position_in_it_not_a_recalled_one(rules):
    """Round 23: the annotated corpus counts counsel retained by a body as a post with it (fresh16, fresh18); the
    precise rule reads it, and the recall layer adds nothing."""
    rows = extract_rows(rules, "Odile Marchetti, a lawyer for the Lantern Mothers Association, said the families would appeal.\n", DATE)
    assert recalled(rows, "Odile Marchetti") == {("Lantern Mothers Association", 0.6)}


def test_a_person_with_a_precise_position_gets_no_recalled_one(rules):
    rows = extract_rows(rules, "Interior Minister Pavel Orlov of Ruritania, a founder of the Lantern Mothers Association, spoke.\n", DATE)
    assert all(c["confidence"] != RECALL for c in find(rows, "position", person="Pavel Orlov"))


# a title whose body is the one of its kind the text names ------------------------------------------------


@pytest.mark.parametrize("text,person,org,conf", [
    ("The Ruritanian Navy ran the camp for two years. Survivors said navy officer Dario Fenwick chose who would be flown out.\n",
     "Dario Fenwick", "Ruritanian Navy", RECALL),
    ("Soldiers of the Ruritanian Army fired on the crowd. Witnesses said General Halvard Brenning gave the order to shoot.\n",
     "Halvard Brenning", "Ruritanian Army", RECALL),
    # (since round 23 a judge's court named before is read by the precise rules: test_round23_rulesB)
    ("The case was heard by the Northern District Court. Presiding judge Amara Okafor said the evidence was overwhelming.\n",
     "Amara Okafor", "Northern District Court", 0.6),
])
def test_a_title_naming_no_body_is_of_the_body_of_its_kind_named_nearest(rules, text, person, org, conf):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, conf)}


def test_numbered_police_ranks_are_of_the_police_the_text_names(rules):
    text = ("The Harlow District police had held the boy overnight. The court sentenced Police Officer 3 Aldo Ferrante and "
            "Police Officers 1 Bruno Calvi and Marco Tessaro.\n")
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, "Aldo Ferrante") == {("Harlow District police", RECALL)}
    assert recalled(rows, "Bruno Calvi") == {("Harlow District police", RECALL)}


def test_a_rank_with_no_body_of_its_kind_in_the_text_is_no_position(rules):
    rows = extract_rows(rules, "Witnesses said General Halvard Brenning arrived at the stadium before noon.\n", DATE)
    assert not find(rows, "position", person="Halvard Brenning")


# a title a list of names shares ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,people,org", [
    ("The Ruritanian Navy denied the charges. Two former navy pilots, Dario Fenwick and Ingrid Solheim, were sentenced to life.\n",
     ["Dario Fenwick", "Ingrid Solheim"], "Ruritanian Navy"),
    ("Among those detained were three founders of the Mothers of Plaza Verde, Odile Marchetti, Amara Okafor and "
     "Ingrid Solheim, and two visiting priests.\n", ["Odile Marchetti", "Amara Okafor", "Ingrid Solheim"], "Mothers of Plaza Verde"),
    ("The journalists Daniel Okoro and Marco Bellini, both commentators on the private channel KTV9, were abducted in June.\n",
     ["Daniel Okoro", "Marco Bellini"], "KTV9"),
])
def test_a_plural_title_a_list_shares_is_each_names_recalled_position(rules, text, people, org):
    rows = extract_rows(rules, text, DATE)
    for person in people:
        assert recalled(rows, person) == {(org, RECALL)}, person


def test_a_singular_title_beside_another_name_of_the_list_is_that_ones_alone(rules):
    text = "The Ruritanian Army held the town. It sanctioned the general and his wife, Odile Marchetti, in May.\n"
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "position", person="Odile Marchetti")


# a body named only by a capitalised name after a noun of its kind ---------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("In October, a cameraman for the state broadcaster RTKB, Marco Bellini, was killed with his family.\n", "Marco Bellini", "RTKB"),
    ("Daniel Okoro, a presenter on the private station Radio Kivu Libre, was arrested at his home.\n", "Daniel Okoro", "Radio Kivu Libre"),
])
def test_a_capitalised_name_after_a_noun_of_its_kind_is_the_body_of_the_title(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_a_capitalised_remit_after_a_preposition_is_no_body(rules):
    rows = extract_rows(rules, "Daniel Okoro, a senior adviser for Logistics and Supply, resigned on Monday.\n", DATE)
    assert not find(rows, "position", person="Daniel Okoro")


# a title's own words, a person it serves, two heads of one title -----------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Investigators said the royal court aide Daniel Okoro had booked the flights.\n", "Daniel Okoro", "royal court"),
])
def test_a_body_in_the_titles_own_words_is_its_body_when_the_text_names_no_other(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_a_single_body_word_in_a_title_is_no_body_of_its_own(rules):
    rows = extract_rows(rules, "Witnesses said the former party pilot Tomas Verhoeven fired first.\n", DATE)
    assert not find(rows, "position", person="Tomas Verhoeven")


@pytest.mark.parametrize("text,person,org", [
    ("Crown Prince Faisal bin Omar of Jordan rules with his father. His sister said Daniel Okoro, then a senior adviser to "
     "Crown Prince Faisal bin Omar, had threatened her.\n", "Daniel Okoro", "Jordan"),
    ("President Amara Okafor of Ghana spoke first. Marco Bellini, an adviser to President Amara Okafor, said nothing.\n",
     "Marco Bellini", "Ghana"),
])
def test_an_adviser_to_a_title_holder_is_of_the_state_or_body_that_title_is_of(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_an_adviser_to_someone_with_no_title_in_the_text_has_no_position(rules):
    rows = extract_rows(rules, "Marco Bellini, an adviser to Daniel Okoro, said nothing.\n", DATE)
    assert not find(rows, "position", person="Marco Bellini")


@pytest.mark.parametrize("text,person,org", [
    ("The sanctions target Chen Weilin, Director and Party Secretary of the Harbin Public Security Bureau; and two others.\n",
     "Chen Weilin", "Harbin Public Security Bureau"),
    ("The list adds Tomas Verhoeven, Chairman and Chief Executive of the Ruritanian Mining Corporation, to the others.\n",
     "Tomas Verhoeven", "Ruritanian Mining Corporation"),
])
def test_one_title_with_two_heads_joined_by_and_is_of_the_body_after_both(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert orgs_of(rows, person) == {org}


def orgs_of(rows, person):
    return {name(c["org"]) for c in find(rows, "position", person=person)}


def test_a_second_title_in_another_sentence_is_recalled_beside_a_precise_one(rules):
    text = ("The commission is chaired by Tomas Verhoeven. Verhoeven, a retired justice of the Supreme Court of Ruritania, "
            "spoke in Geneva.\n")
    rows = extract_rows(rules, text, DATE)
    assert ("Supreme Court of Ruritania", RECALL) in recalled(rows, "Tomas Verhoeven")



# a state's office that names no body ------------------------------------------------------------------------


@pytest.mark.parametrize("text,person,country", [
    ("Opposition supporters in Guinea marched on Monday. Witnesses said Colonel Ibrahim Sankara ordered the troops to fire.\n",
     "Ibrahim Sankara", "Guinea"),
    ("Guinea's junta has banned protests. Rights groups said Captain Amadou Keita, who seized power in a coup, was to blame.\n",
     "Amadou Keita", "Guinea"),
])
def test_a_rank_or_a_department_title_with_no_body_is_an_office_of_the_state_the_text_is_about(rules, text, person, country):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(country, RECALL)}


def test_a_trade_with_no_body_is_no_office_of_the_state(rules):
    rows = extract_rows(rules, "Protests continued in Kenya. The Kenyan photographer Daniel Okoro was beaten by police.\n", DATE)
    assert not find(rows, "position", person="Daniel Okoro")


# verbs of holding a post ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("The firms are also the subject of the Judicial Commission of Inquiry into Allegations of Land Fraud in Ruritania, "
     "chaired by Deputy Chief Justice Tomas Verhoeven, which continues to hear evidence.\n",
     "Tomas Verhoeven", "Judicial Commission of Inquiry into Allegations of Land Fraud"),
])
def test_a_post_held_through_a_participle_is_of_the_body_named_just_before_it(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert (org, RECALL) in recalled(rows, person)


def test_a_participle_after_a_place_alone_names_no_body(rules):
    rows = extract_rows(rules, "The march through Port Selwyn, led by Amara Okafor, ended peacefully.\n", DATE)
    assert not find(rows, "position", person="Amara Okafor")


@pytest.mark.parametrize("text,person", [
    ("The Harbour Panel of Inquiry heard 40 witnesses. Marco Bellini, who served on the panel, said the evidence was clear.\n",
     "Marco Bellini"),
])
def test_who_sat_on_the_body_named_before_is_its_member(rules, text, person):
    rows = extract_rows(rules, text, DATE)
    assert ("Harbour Panel of Inquiry", RECALL) in recalled(rows, person)


# abbreviated ranks, a possessor opening a set-off title, a body the NER did not name ----------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Troops fired on the crowd, according to Lt. Col. Ahmed Saleh of the Sudanese army.\n", "Ahmed Saleh", "Sudanese army"),
    ("Protesters were shot in Omdurman by the Sudanese army. Sudan's army chief, Gen. Ahmed Saleh, denied it.\n",
     "Ahmed Saleh", "Sudanese army"),
])
def test_an_abbreviated_rank_is_a_title_and_a_possessor_may_open_one_set_off(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_an_abbreviated_rank_alone_with_no_body_is_no_position(rules):
    rows = extract_rows(rules, "Witnesses said the man in the car was Capt. Ahmed Saleh.\n", DATE)
    assert not find(rows, "position", person="Ahmed Saleh")


@pytest.mark.parametrize("text,person,org", [
    ("Kestrel Watch director Anna Novak said the law was a setback.\n", "Anna Novak", "Kestrel Watch"),
])
def test_capitalised_words_before_a_trade_or_office_are_the_body_the_ner_did_not_name(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, person) == {(org, RECALL)}


def test_a_department_before_a_state_office_is_no_body_of_its_own(rules):
    rows = extract_rows(rules, "Home Affairs Minister Tomas Verhoeven said the protests were illegal.\n", DATE)
    assert all(name(c["org"]) != "Home Affairs" for c in find(rows, "position", person="Tomas Verhoeven"))


def test_a_capitalised_department_remit_after_the_head_makes_a_title_an_office_of_the_state(rules):
    text = "Canada listed two officials of South Sudan:\n\n- Malek Ayuen Deng, Deputy Chief of Defence Staff for Logistics;\n"
    rows = extract_rows(rules, text, DATE)
    assert recalled(rows, "Malek Ayuen Deng") == {("South Sudan", RECALL)}


def test_a_remit_without_a_department_word_names_no_state(rules):
    text = "Canada listed two officials of South Sudan:\n\n- Malek Ayuen Deng, Deputy Chief of Logistics and Supply;\n"
    rows = extract_rows(rules, text, DATE)
    assert ("South Sudan", RECALL) not in recalled(rows, "Malek Ayuen Deng")


# a name with its body after "of" ------------------------------------------------------------------------------


def test_a_name_followed_by_of_and_a_body_is_a_member_of_that_body(rules):
    text = ("Two former prime ministers who lead opposition parties, Amadou Keita of the Union of Democratic Forces of Ruritania "
            "(UDFR) and Ibrahim Sankara of the Union of Republican Forces (URF), were beaten by soldiers.\n")
    rows = extract_rows(rules, text, DATE)
    assert ("Union of Democratic Forces of Ruritania", RECALL) in recalled(rows, "Amadou Keita")
    assert ("Union of Republican Forces", RECALL) in recalled(rows, "Ibrahim Sankara")


def test_a_name_followed_by_of_and_a_country_is_no_position(rules):
    text = "The commission's members also included Amara Okafor of Burundi and Odile Marchetti of Mauritius.\n"
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "position", person="Amara Okafor")
