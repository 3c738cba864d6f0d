"""Round 30 (rulesB): shapes of English that fresh33 and fresh34 showed the rules missing, each found in several
articles. Every person and body here is invented, each convention is tried in more than one wording (press release,
news report, NGO report), and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import find, held, name, text_rows


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


# a person dismissed is fired, not a denial ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,fired", [
    # press release: a relative clause on the listed man
    ("The Treasury designated Colonel Piet Varga, a former police commander who was later dismissed by Interior Minister "
     "Olga Rask, for the killings of protesters in Vella.", "Olga Rask"),
    # news report: "who was dismissed" set off after the name
    ("Soldiers of the Ruritanian army killed 14 protesters in Vella in March, witnesses said. The army chief, General "
     "Tomas Ekwe, who was dismissed by President Ana Morel in May, has been sanctioned.", "Ana Morel"),
    # NGO report: a plain passive with a date before the agent
    ("Police tortured detainees at the Vella station, Human Rights Watch said. The station chief, Marek Doll, was "
     "dismissed in June by the regional governor, Ilse Brandt.", "Ilse Brandt"),
])
def test_a_person_dismissed_is_removed_from_a_post_and_nobody_denies(rules, text, fired):
    found = deniers(text_rows(rules, text))
    assert fired not in found and not found


@pytest.mark.parametrize("text", [
    "Police tortured detainees at the Vella station, Human Rights Watch said. Interior Minister Olga Rask dismissed the allegations as lies.",
    "Police tortured detainees at the Vella station, Human Rights Watch said. The allegations were dismissed by Interior Minister Olga Rask.",
])
def test_allegations_dismissed_are_still_a_denial(rules, text):
    assert "Olga Rask" in deniers(text_rows(rules, text))


# a UN document symbol on a header line marks the organ's press release -----------------------------------------------


def statements(rows):
    return {(name(c["speaker"]), name(c["medium"])) for c in find(rows, "statement")}


@pytest.mark.parametrize("text,date", [
    # a sanctions committee's release: the symbol on a line of its own, then the date; the lede names the committee
    ("Security Council Committee Adds Two Entries to Its Sanctions List\n\nSC/15123\n4 March 2024\n\nOn 4 March 2024, the "
     "Security Council Committee established pursuant to resolution 2127 (2013) concerning Ruritania approved the addition "
     "of two entries to its sanctions list.", "2024-03-04"),
    # a meeting's coverage: the symbol inside the meeting line
    ("Security Council Extends Ruritania Sanctions\n\nSecurity Council, 9571st Meeting (AM), SC/15210, 28 February 2024\n\n"
     "The Security Council this morning extended the arms embargo on Ruritania for one year.", "2024-02-28"),
    # press release over a committee's listing, with "Press Release" on the line after the symbol
    ("Security Council Committee Removes One Entry from Its Sanctions List\n\nSC/15301\n\nPress Release\n\n11 April 2024\n\n"
     "The Security Council Committee concerning Ruritania removed Pavel Lind from its sanctions list.", None),
])
def test_a_un_symbol_on_a_header_line_is_the_organs_press_release(rules, text, date):
    rows = text_rows(rules, text)
    said = [c for c in find(rows, "statement", speaker="United Nations Security Council") if name(c["medium"]) == "press release"]
    assert said and (date is None or said[0]["date"] == date)


def test_a_un_symbol_cited_in_a_story_sentence_is_no_header(rules):
    rows = text_rows(rules, "Ruritania rejects UN sanctions\n\nVELLA, March 5 - Ruritania's foreign ministry on Tuesday "
                            "rejected the sanctions that a Security Council committee imposed on two generals, calling the "
                            "decision, which the UN announced in press release SC/15123 on Monday, an attack on its sovereignty.")
    assert not find(rows, "statement", speaker="United Nations Security Council")


# a second title in lower case after "and" ends the "of" phrase of the first ----------------------------------------------


@pytest.mark.parametrize("text,person,role,org", [
    # EU listing bullet
    ("Democratic Republic of the Congo: EU adds nine persons to sanctions list\n\n"
     "The Council today added nine individuals to the list of persons subject to restrictive measures in view of the "
     "situation in the Democratic Republic of the Congo.\n- Lambert Ekofo, Minister of Communication and Media and "
     "government spokesman, who is responsible for a repressive media policy;",
     "Lambert Ekofo", "Minister of Communication and Media", "Democratic Republic of the Congo"),
    # news report
    ("Chad's cabinet met on Monday. Olga Rask, Minister of Information and Culture and government spokeswoman, said the "
     "protesters had been armed.", "Olga Rask", "Minister of Information and Culture", "Chad"),
    # NGO report: the second title is its own position of the state
    ("Human Rights Watch wrote to Olga Rask, Gabon's Minister of Communication and Digital Economy and government "
     "spokeswoman, on May 2 but received no reply.", "Olga Rask", "government spokeswoman", "Gabon"),
])
def test_a_lower_case_second_title_after_and_is_no_word_of_the_first_titles_body(rules, text, person, role, org):
    rows = text_rows(rules, text)
    assert (role, org) in held(rows, person)
    assert not any(" spokes" in o for _, o in held(rows, person))


def test_and_inside_a_capitalised_body_name_still_joins_it(rules):
    rows = text_rows(rules, "The EU listed Pavel Lind, Minister of Justice and Public Security of Haiti, on Monday.")
    assert ("Minister of Justice", "Haiti") in held(rows, "Pavel Lind")


# "with" names the body one works with ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Tin Maung, a senior researcher with the International Crisis Group, said the army had lost control of the border.",
     "Tin Maung", "International Crisis Group"),
    ("Police detained Olga Rask, a reporter with the independent newspaper Vella Times, on Monday.", "Olga Rask", "Vella Times"),
    ("Pavel Lind, a senior researcher with Human Rights Watch, said the detainees had been beaten.", "Pavel Lind", "Human Rights Watch"),
])
def test_a_title_with_a_body_is_held_in_that_body(rules, text, person, org):
    assert org in {o for _, o in held(text_rows(rules, text), person)}


def test_a_title_with_ties_to_a_place_is_not_held_there(rules):
    rows = text_rows(rules, "Ivo Marek, a former police officer with ties to Moscow, was arrested.")
    assert "Moscow" not in {o for _, o in held(rows, "Ivo Marek")}


# a commander-in-chief no body is named for commands the military the text names ---------------------------------------


@pytest.mark.parametrize("text,person,org", [
    # press release listing bullets
    ("The Treasury designated three officers of the Ruritanian Armed Forces:\n- Tomas Ekwe, the Commander-in-Chief;\n"
     "- Ivo Marek, the Vice Commander-in-Chief;", "Ivo Marek", "Ruritanian Armed Forces"),
    # news report: the title set off before the name
    ("Villagers fled the shelling. The Burmese military denied it. The Deputy Commander-in-Chief, Ko Ko Lwin, said the "
     "operation would continue.", "Ko Ko Lwin", "Burmese military"),
    # NGO report: a rank between the title and the name
    ("The army shelled the town for a week, witnesses said. The Commander-in-Chief, General Tomas Ekwe, told reporters the "
     "operation was over.", "Tomas Ekwe", "army"),
])
def test_a_commander_in_chief_without_a_body_commands_the_military_named(rules, text, person, org):
    assert org in {o for _, o in held(text_rows(rules, text), person)}


def test_a_commander_in_chief_in_a_text_with_no_military_holds_nothing_invented(rules):
    rows = text_rows(rules, "Police dispersed the march. Police spokesman Ivo Marek said the commander-in-chief, Tomas "
                            "Ekwe, had ordered calm.")
    assert "police" not in {o for _, o in held(rows, "Tomas Ekwe")}


# a plural title a list of names holds: as their predicate, or set off after them ---------------------------------------


@pytest.mark.parametrize("text,people,role,org", [
    # NGO / news: the list is the subject of "were", the body a group of it ("an FSB team")
    ("The FSB has denied any role. Ivan Lindov, Oleg Raskin and Pyotr Marekov were members of an FSB team that had "
     "followed the journalist for years.", ("Ivan Lindov", "Oleg Raskin", "Pyotr Marekov"), "member", "FSB"),
    # news report: two names, a plural title with its body
    ("Pavel Lind and Olga Rask were officers of the Ruritanian Interior Ministry until 2019, the report says.",
     ("Pavel Lind", "Olga Rask"), "officer", "Ruritanian Interior Ministry"),
    # press release listing bullet: a state's office, in the plural, after two names
    ("The Council listed three Russian officials today:\n- Pavel Popov and Alexei Krivo, Deputy Ministers of Defence; and\n"
     "- Igor Krasnov, Prosecutor-General of the Russian Federation.", ("Pavel Popov", "Alexei Krivo"),
     "Deputy Minister of Defence", "Russia"),
])
def test_a_plural_title_of_a_list_of_names_is_each_ones(rules, text, people, role, org):
    rows = text_rows(rules, text)
    for p in people:
        assert (role, org) in held(rows, p)


@pytest.mark.parametrize("text", [
    "Pavel Lind and Olga Rask were critics of the Ruritanian Interior Ministry.",
    "Pavel Lind and Olga Rask were victims of the Ruritanian Interior Ministry.",
])
def test_a_plural_noun_that_is_no_title_gives_no_position(rules, text):
    rows = text_rows(rules, text)
    assert not held(rows, "Pavel Lind") and not held(rows, "Olga Rask")


# the recall layer reads a trade at a named body as a post there ---------------------------------------------------------


@pytest.mark.parametrize("text,person,role,org", [
    # press release: a specialist with a state's service
    ("Sergei Volkov, a chemical weapons specialist with the Federal Security Service, described the operation in a "
     "recorded call.", "Sergei Volkov", "chemical weapons specialist", "Federal Security Service"),
    # news report: a student at a university
    ("Olga Rask, a doctoral student at the University of Vella, was sentenced to 12 years over her posts.",
     "Olga Rask", "doctoral student", "University of Vella"),
    # NGO report: a participle among the title's modifiers
    ("A court ordered Pavel Lind, a senior visiting fellow at the London School of Economics, held for four months.",
     "Pavel Lind", "senior visiting fellow", "London School of Economics"),
])
def test_a_trade_at_a_named_body_is_a_recalled_position(rules, text, person, role, org):
    assert (role, org) in held(text_rows(rules, text), person)


@pytest.mark.parametrize("text,person", [
    ("Pavel Lind, a fellow prisoner, said he had been beaten in front of a student of the University of Vella.", "Pavel Lind"),
    ("Olga Rask, a student activist, was detained at the University of Vella.", "Olga Rask"),
])
def test_a_trade_with_no_body_after_it_is_no_position(rules, text, person):
    assert not held(text_rows(rules, text), person)


# a title in another language glossed by an English one ------------------------------------------------------------------


@pytest.mark.parametrize("text,person,role,org", [
    # news report: the gloss in brackets, a realm the NER does not name
    ("Troops attacked the palace compound of Charles Peter Kato, the Omukama (king) of the Vella kingdom, on Sunday afternoon.",
     "Charles Peter Kato", "Omukama", "Vella kingdom"),
    # NGO report: the gloss set off by "or"
    ("Sergei Volkov, the Ataman, or leader, of the Don Cossack Host, was detained on Monday.",
     "Sergei Volkov", "Ataman", "Don Cossack Host"),
    # press release: a sultan of a sultanate
    ("The Council listed Pavel Lind, the Sultan (king) of the Vella sultanate, for the killings.",
     "Pavel Lind", "Sultan", "Vella sultanate"),
])
def test_a_foreign_title_glossed_in_english_is_a_position(rules, text, person, role, org):
    assert (role, org) in held(text_rows(rules, text), person)


def test_a_bracketed_word_that_is_no_title_glosses_nothing(rules):
    assert not held(text_rows(rules, "Pavel Lind, the Kremlin (critic) of Vella, was detained."), "Pavel Lind")
