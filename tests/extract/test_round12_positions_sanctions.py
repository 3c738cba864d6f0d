"""Round 12, positions and sanctions: which body or state a title belongs to when the sentence names several, and
the sanction roles that near misses got wrong. Every person here is invented, each convention is tried in more
than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2025-03-04"


# a state title with no body: the country of the title's own clause, not one that acts elsewhere in the sentence ------


@pytest.mark.parametrize("text,person,state,other", [
    ("Moldova faces new sanctions. Moldova's government has protested.\n\n"
     "The list, agreed after Hungary dropped its objections, names Interior Minister Vadim Torcu.\n",
     "Vadim Torcu", "Moldova", "Hungary"),
    ("Guinea's trial went on. Guinea's courts heard the case.\n\n"
     "The panel, whose members included Ana Vell of Burundi and Tom Roke of Mauritius, concluded that Defence "
     "Minister Saliou Kante bore responsibility for the killings.\n", "Saliou Kante", "Guinea", "Mauritius"),
    ("Mali's rulers held power. Mali is under sanctions.\n\n"
     "The officers, led by Colonel Amadou Sirabe, who now serves as interim president, turned to hired fighters once "
     "relations with France broke down.\n", "Amadou Sirabe", "Mali", "France"),
])
def test_a_country_in_a_clause_with_a_subject_of_its_own_is_not_whom_the_title_holder_serves(rules, text, person, state, other):
    rows = extract_rows(rules, text, DATE)
    assert state in orgs(rows, person)
    assert other not in orgs(rows, person)


def test_a_country_in_what_the_title_holder_says_still_ties_them(rules):
    """The clause a president speaks is his own: the country in it is his, though the text is mostly about another."""
    text = ("Niger has closed its border. Niger says the move is final.\n\n"
            "President Idriss Malum said Chad would never bow to such pressure.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Idriss Malum") == {"Chad"}


def test_a_relative_clause_about_the_person_keeps_its_country(rules):
    text = ("Russia's contractors were named. Russia denies any role.\n\n"
            "Also listed is Igor Velkov, a former Russian officer who serves as security adviser to the President of the "
            "Central African Republic, Jean-Marc Bokassa.\n")
    rows = extract_rows(rules, text, DATE)
    assert "Central African Republic" in orgs(rows, "Igor Velkov")


@pytest.mark.parametrize("text,person,state,other", [
    ("This designation reaffirms the commitment of the United States to work with President Rafael Osuna and his "
     "government to fight corruption in Paraguay.\n", "Rafael Osuna", "Paraguay", "United States"),
    ("Hungary's reforms go on. Hungary has passed new laws.\n\n"
     "The readiness of Britain to meet Prime Minister Lena Varga was welcomed in Budapest.\n",
     "Lena Varga", "Hungary", "United Kingdom"),
])
def test_a_state_that_works_with_an_official_is_the_officials_counterpart(rules, text, person, state, other):
    rows = extract_rows(rules, text, DATE)
    assert state in orgs(rows, person)
    assert other not in orgs(rows, person)


@pytest.mark.parametrize("signature", ["- The Honourable Claire Dumont, Minister of Foreign Affairs",
                                       "Claire Dumont, Minister of Foreign Affairs"])
def test_the_same_title_given_again_keeps_the_body_it_was_given_first(rules, signature):
    text = ("May 2, 2025 - Ottawa, Ontario - Global Affairs Canada\n\n"
            "Today, the Honourable Claire Dumont, Minister of Foreign Affairs, announced sanctions against five Belarusian "
            "officials who have jailed peaceful protesters.\n\n"
            "The sanctions are imposed under the Special Economic Measures (Belarus) Regulations.\n\n"
            "Quotes\n\n"
            "\"Belarus must free its political prisoners. We call on Belarus to end the repression of its people.\"\n"
            f"{signature}\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Claire Dumont") and "Belarus" not in orgs(rows, "Claire Dumont")


@pytest.mark.parametrize("text", [
    "Today, the Honourable Claire Dumont, Minister of Foreign Affairs, announced sanctions against five Belarusian officials.\n",
    "Canada acted again.\n\nThe Hon. Claire Dumont, Minister of Foreign Affairs, said the measures would stay in place.\n",
    "Canada acted again.\n\nThe Rt Hon Claire Dumont, Minister of Foreign Affairs, announced a review.\n",
])
def test_a_ministers_style_of_address_is_no_part_of_her_name(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert {name(c["person"]) for c in find(rows, "position")} == {"Claire Dumont"}


# a title whose body is cut short: "of the Union for <remit>", a surname the model took for a place -------------------


@pytest.mark.parametrize("text,person,body", [
    ("The European Union adopted new listings today. High Representative of the Union for Foreign Affairs and Security "
     "Policy Anna Lindqvist said the listings sent a clear signal.\n", "Anna Lindqvist", "European Union"),
    ("The European Union adopted new listings today. The High Representative of the Union for Foreign Affairs and "
     "Security Policy, Anna Lindqvist, said the Union had been left with no choice.\n", "Anna Lindqvist", "European Union"),
    ("The African Union met in Addis Ababa. Commissioner of the Union for Peace and Security Kofi Mensah welcomed the "
     "ceasefire.\n", "Kofi Mensah", "African Union"),
])
def test_the_union_a_title_is_of_is_the_union_the_text_names_and_the_rest_is_its_remit(rules, text, person, body):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {body}


@pytest.mark.parametrize("text", [
    "\"The killings must stop,\" Tawanda Mazowe, Amnesty's regional director for Southern Africa, said in a statement.\n",
    "Lawyers protested outside the court. Tawanda Mazowe, HRW's Africa director, said the army had lied.\n",
    "Human Rights Watch spoke out. Tawanda Mazowe, the group's senior researcher, said the army had lied.\n",
])
def test_a_surname_the_model_took_for_a_place_is_a_person_with_the_given_name_before_it(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert {name(c["person"]) for c in find(rows, "position")} == {"Tawanda Mazowe"}


def test_a_function_word_before_the_surname_is_no_given_name(rules):
    text = "Amnesty International spoke out. Afterwards Chiwenga, Amnesty's regional director, said the army had lied.\n"
    rows = extract_rows(rules, text, DATE)
    assert not any("Afterwards" in name(c.get("person", "")) for c in rows)


# a title's body given in a longer phrase: a time word's hyphen, a mission in a city, a part of a place, a possessor ---


@pytest.mark.parametrize("text,person,role", [
    ("The Treasury acted on Friday. That same month, then-Secretary of State Paul Harlan announced visa restrictions "
     "on officials.\n", "Paul Harlan", "Secretary of State"),
    ("Sri Lanka's army was accused. The then-President, Ruwan Perera, appointed the general.\n", "Ruwan Perera", "President"),
])
def test_a_time_word_hyphened_to_a_title_is_no_part_of_it(rules, text, person, role):
    rows = extract_rows(rules, text, DATE)
    assert {c["role"] for c in find(rows, "position", person=person)} == {role}


def test_then_secretary_of_state_is_of_the_state_department(rules):
    text = ("The Treasury acted on Friday. That same month, then-Secretary of State Paul Harlan announced visa "
            "restrictions on officials.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Paul Harlan") == {"Department of State"}


@pytest.mark.parametrize("text,person,body", [
    ("China rejected the sanctions. A spokesperson for the Chinese embassy in Ottawa, Wei Jianming, said the charges "
     "were lies.\n", "Wei Jianming", "Chinese embassy in Ottawa"),
    ("Russia denied it. Irina Volkova, a spokeswoman for the Russian consulate in Istanbul, said the claims were false.\n",
     "Irina Volkova", "Russian consulate in Istanbul"),
])
def test_a_mission_in_a_city_is_the_body_not_the_city(rules, text, person, body):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {body}


def test_a_body_in_a_city_that_is_no_mission_keeps_the_city_rule(rules):
    text = "Peru voted on Sunday. The mayor of Lima, Jorge Ruiz, said turnout was high.\n"
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Jorge Ruiz") == {"Lima"}


@pytest.mark.parametrize("text,person,body", [
    ("Serbia voted on Sunday. Ana Jovic, the mayor of Belgrade's third district, said turnout was high.\n",
     "Ana Jovic", "Belgrade's third district"),
    ("Peru voted on Sunday. Luis Soto, the mayor of Lima's second district, conceded defeat.\n",
     "Luis Soto", "Lima's second district"),
])
def test_a_part_of_a_place_is_a_place_of_its_own(rules, text, person, body):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {body}


@pytest.mark.parametrize("text,person,role", [
    ("Jok Deng Malual is the SPLA's Deputy Chief of General Staff for Logistics.\n", "Jok Deng Malual",
     "Deputy Chief of General Staff for Logistics"),
    ("Ruth Amon, the SPLA's Chief of General Staff, denied the charges.\n", "Ruth Amon", "Chief of General Staff"),
])
def test_a_body_owning_a_title_is_its_body_and_an_unnamed_capitalised_of_phrase_is_the_titles_own(rules, text, person, role):
    rows = extract_rows(rules, text, DATE)
    assert held(rows, person) == {(role, "SPLA")}


@pytest.mark.parametrize("text,person", [
    ("The Treasury acted on Friday. Dana Whitfield, the Treasury's under secretary for terrorism and financial "
     "intelligence, said the United States would keep acting.\n", "Dana Whitfield"),
    ("The Treasury acted on Friday. Dana Whitfield, the Treasury's under secretary, said the United States would keep "
     "acting.\n", "Dana Whitfield"),
])
def test_a_lower_case_under_secretary_owned_by_a_body_is_of_that_body(rules, text, person):
    rows = extract_rows(rules, text, DATE)
    assert held(rows, person) == {("under secretary", "Department of the Treasury")}


# a state title whose country the sentence spells out only inside a body's name ----------------------------------


@pytest.mark.parametrize("text,person,state", [
    ("Ukraine: the court acts.\n\nUkraine welcomed the ruling. On 3 May the court issued warrants for President Ivan "
     "Sorokin and for Olga Lebedeva, an adviser in the Office of the President of the Russian Federation.\n",
     "Ivan Sorokin", "Russia"),
    ("Chad protested. Chad's envoy spoke.\n\nThe judges summoned Minister Ali Mahamat and an official of the Ministry "
     "of Defence, not the Minister of Niger himself.\n", "Ali Mahamat", "Niger"),
])
def test_a_title_the_sentence_spells_out_for_a_country_is_of_that_country(rules, text, person, state):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {state}


def test_another_title_spelled_out_for_a_country_says_nothing_of_this_one(rules):
    text = "Chad protested. Niger's envoy spoke.\n\nInterior Minister Ali Mahamat of Chad met the President of Niger.\n"
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Ali Mahamat") == {"Chad"}


# sanctions: a count said of two coordinated plurals is one target ----------------------------------------------


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


@pytest.mark.parametrize("text,target", [
    ("In May 2019, the United States barred six Moldovan officials and businesspeople from entering the country.\n",
     "six Moldovan officials and businesspeople"),
    ("Canada sanctioned four senior officers and commanders on Tuesday.\n", "four senior officers and commanders"),
])
def test_a_count_of_two_coordinated_plurals_is_one_group_target(rules, text, target):
    rows = extract_rows(rules, text, DATE)
    assert target in targets(rows)


def test_two_counted_plurals_stay_two_targets(rules):
    rows = extract_rows(rules, "The European Union sanctioned ten individuals and four entities on Monday.\n", DATE)
    assert {"ten individuals", "four entities"} <= targets(rows)
