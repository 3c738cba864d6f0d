"""Round 19, names, positions and sanctions (helper rulesB). Every person and body here is invented, each convention
is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs
from kg.model import Document

DATE = "2025-03-04"


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a list heading that cites its act with the act's whole title, and entries whose name ends at a spaced dash ------------

LEAD = ("The Council today imposed restrictive measures on three individuals who obstruct the transition in Varnia.\n\n")


@pytest.mark.parametrize("heading", [
    "Persons listed under Council Regulation (EU) 2031/1770 concerning restrictive measures in view of the situation in "
    "Varnia (as amended), implementing Council Decision (CFSP) 2031/1775",
    "Natural persons designated under Council Regulation (EU) 2031/1770 concerning restrictive measures in view of actions "
    "undermining the democratic transition in Varnia, as last amended",
])
@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_verbless_heading_citing_a_long_title_heads_the_list(rules, heading, dash):
    text = (LEAD + heading + "\n\n"
            f"1. Orlan Dusek KEMAL {dash} Colonel; Minister of Security of the transitional government.\n\n"
            f"2. Tamsin VELO {dash} President of the Transitional Assembly; one of the officers who led the coup.\n\n"
            f"3. Brisa Anke NOLTE, known as \"La Nolte\" {dash} leader of the Varnia Forward movement.\n")
    assert {"Orlan Dusek KEMAL", "Tamsin VELO", "Brisa Anke NOLTE"} <= targets(extract_rows(rules, text, DATE))


def test_a_long_sentence_announcing_listings_is_no_heading(rules):
    text = (LEAD + "The Council listed these persons because they championed a timetable that postpones the elections in "
            "Varnia by five years, and it said that it remained ready to support the people of Varnia\n\n"
            "1. The elections were due in February.\n")
    assert not any("elections" in t for t in targets(extract_rows(rules, text, DATE)))


@pytest.mark.parametrize("line", ["1. Marta Ruiz-Tovar, Colonel; Minister of Defence.\n", "1. Marta Ruiz-Tovar - Colonel; Minister of Defence.\n"])
def test_a_hyphen_inside_a_name_does_not_end_it(rules, line):
    text = LEAD + "Persons listed under Council Regulation (EU) 2031/1770\n\n" + line
    assert "Marta Ruiz-Tovar" in targets(extract_rows(rules, text, DATE))


# letters after a name ("MP", "KC", "DBE") are no part of it --------------------------------------------------------------


def person_names(rules, text):
    ex = rules.extract(Document(id="t", text=text, date=DATE))
    return {e.name for e in ex.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text, person", [
    ("Karsland sanctions a judge\n\nPress release\nFrom: Foreign, Commonwealth & Development Office and The Rt Hon Dara Vellman MP\n"
     "Published 3 March 2025\n\nThe Foreign Secretary, Dara Vellman, said the sentence was cruel.\n", "Dara Vellman"),
    ("Minister for Africa Lord Kester Ambe KC said on Monday that the sentence was cruel. Kester Ambe called for the judge to be freed.\n",
     "Kester Ambe"),
    ("Tom Harwell MP, the Foreign Secretary, said the ban would stand. Harwell spoke in London.\n", "Tom Harwell"),
    ("The statement was signed by Anne Colby MP and by Rhys Ellery MSP.\n", "Rhys Ellery"),
])
def test_post_nominal_letters_are_no_part_of_the_name(rules, text, person):
    assert person in person_names(rules, text)


def test_a_surname_that_begins_with_such_letters_is_kept(rules):
    assert "Dara Mpho" in person_names(rules, "The Foreign Secretary, Dara Mpho, said the sentence was cruel.\n")


# "Ostland's Prosecutor-General, X": a title set off before a name after the clause's verb; title words are no body ------


@pytest.mark.parametrize("text, person, title", [
    ("The Karsland government has today sanctioned Ostland's Prosecutor-General, Mirek Dovan, over the execution of a reporter.\n",
     "Mirek Dovan", "Prosecutor-General"),
    ("Karsland yesterday designated Ostland's Attorney General, Lina Okoro, for corruption.\n", "Lina Okoro", "Attorney General"),
])
def test_a_title_after_the_verb_set_off_before_the_name(rules, text, person, title):
    rows = extract_rows(rules, text, DATE)
    assert (title, "Ostland") in held(rows, person)
    assert targets(rows) == {person}


def test_a_body_named_by_title_words_and_more_stays_a_body(rules):
    rows = extract_rows(rules, "The Treasury sanctioned Ostland's Prosecutor General's Office under E.O. 13818.\n", DATE)
    assert any("Office" in t for t in targets(rows))


def test_a_title_the_verb_gives_no_holder_is_no_position(rules):
    rows = extract_rows(rules, "A court in Varn sentenced the journalist, Mara Velt, to six years in prison.\n", DATE)
    assert not find(rows, "position", person="Mara Velt")


# a long name the NER missed is the person the text names shorter; "this designation makes X ..." tells the act again -----


@pytest.mark.parametrize("text, short", [
    ("Designation of Former Ostlandic President Rodrigo Sandoval for Involvement in Significant Corruption\n\nI am today designating "
     "Rodrigo Emilio Sandoval Perla, who served as President of Ostland until January, under Section 7031(c) due to his "
     "involvement in significant corruption.\n", "Rodrigo Sandoval"),
    ("Designation of Ostlandic Judge Marta Quell\n\nThe Department is designating Marta Ines Quell Doran under Section 7031(c) "
     "for her involvement in significant corruption.\n", "Marta Quell"),
])
def test_a_long_designated_name_is_the_person_named_shorter(rules, text, short):
    found = targets(extract_rows(rules, text, DATE))
    assert len(found) == 1 and set(short.split()) <= set(next(iter(found)).split())


def test_a_short_name_with_another_first_name_is_another_person(rules):
    text = ("Designation of Ostlandic Senator Emilio Sandoval and his Son\n\nI am today designating Emilio Sandoval under "
            "Section 7031(c). I am also designating Rodrigo Emilio Sandoval Perla under Section 7031(c).\n")
    assert {"Emilio Sandoval", "Rodrigo Emilio Sandoval Perla"} <= targets(extract_rows(rules, text, DATE))


@pytest.mark.parametrize("retold", [
    "Under the law, this designation makes Mr. Verhal generally ineligible for entry into the United States.",
    "As a result of today's action, Verhal is ineligible for entry into the United States.",
])
def test_a_sentence_pointing_back_at_the_designation_tells_it_again(rules, retold):
    text = ("The Department of State is designating Tomas Verhal under Section 7031(c) due to his involvement in significant "
            "corruption. " + retold + "\n")
    rows = find(extract_rows(rules, text, DATE), "sanction")
    assert len(rows) == 1 and rows[0]["legal_basis"] is not None and len(rows[0]["evidence"]) == 2


@pytest.mark.parametrize("other", [
    "Today's measures follow sanctions that Karsland imposed earlier this month on other officials and on Tomas Verhal, the "
    "leader of the G5 gang, whom the United Nations Security Council placed under a travel ban in October.",
    "The move follows sanctions that the United States imposed on Tomas Verhal in 2023.",
])
def test_sanctions_of_another_act_on_the_same_person_are_not_the_designation_told_again(rules, other):
    text = "Karsland today designated Tomas Verhal under the Special Economic Measures Act. " + other + "\n"
    rows = find(extract_rows(rules, text, DATE), "sanction")
    assert len(rows) == 2


# sentences that name people around a sanction without sanctioning them --------------------------------------------------


@pytest.mark.parametrize("text", [
    "The designation comes days after the inauguration of President Lukas Brenner, who took office in the early hours of "
    "Monday after a session of Varn's Congress was delayed for most of Sunday.\n",
    "Today's action follows the swearing-in of President Lukas Brenner in the capital.\n",
])
def test_a_sanction_word_telling_when_it_comes_names_no_target(rules, text):
    lead = ("I am today designating Ivo Brandt, who served as President of Varn until January, under Section 7031(c) of the "
            "Department of State, Foreign Operations, and Related Programs Appropriations Act, 2023, due to his involvement in "
            "significant corruption. Mr. Brandt accepted bribes while he held the presidency.\n\n")
    assert targets(extract_rows(rules, lead + text, DATE)) == {"Ivo Brandt"}


@pytest.mark.parametrize("text", [
    "The designation follows the killing of Olek Varga, and the Treasury also sanctioned Lukas Brenner.\n",
    "The Treasury sanctions come after Karsland designated Lukas Brenner under Section 7031(c).\n",
])
def test_a_sanction_told_beside_when_it_comes_still_names_its_target(rules, text):
    assert "Lukas Brenner" in targets(extract_rows(rules, text, DATE))


@pytest.mark.parametrize("text", [
    "Under Section 7031(c), foreign government officials involved in significant corruption are barred from entering the "
    "United States, and so are their immediate family members.\n",
    "Under the Magnitsky Act, designated persons are ineligible for visas and their family members are barred as well.\n",
    "The asset freeze means that no Karsland person may deal with funds owned by the designated person.\n",
])
def test_a_rule_stated_in_general_names_no_target(rules, text):
    assert not targets(extract_rows(rules, "Karsland sanctioned Ivo Brandt on Monday.\n\n" + text, DATE)) - {"Ivo Brandt"}


@pytest.mark.parametrize("text", [
    "Senior officers of the Varn police are being sanctioned today under Section 7031(c), among them Ivo Brandt.\n",
    "Police officers of the Varn city department are being designated today under Section 7031(c).\n",
])
def test_an_act_in_the_present_still_names_its_targets(rules, text):
    assert targets(extract_rows(rules, text, DATE))


@pytest.mark.parametrize("text", [
    "The Foreign Secretary said the execution of Mr Olek Varga was barbaric, and that the sanction on Ivo Brandt made "
    "clear the regime would be held to account.\n",
    "Karsland sanctioned Ivo Brandt over the assassination of Olek Varga.\n",
])
def test_the_victim_of_an_execution_is_no_target(rules, text):
    found = targets(extract_rows(rules, text, DATE))
    assert "Ivo Brandt" in found and not any("Varga" in t for t in found)


# a list entry "N. Given SURNAME - field; field": the name in capitals, and every field that is a title -----------------

ENTRY_LEAD = ("The Council today imposed restrictive measures on two individuals who obstruct the transition in Varnia.\n\n"
              "Persons listed under Council Regulation (EU) 2031/1770\n\n")


@pytest.mark.parametrize("entry, person, title, org", [
    ("1. Oumar Tiécoura KELLÉ - Colonel; President of the National Transitional Assembly (NTA); one of the officers who led "
     "the coup.\n", "Oumar Tiécoura KELLÉ", "President", "National Transitional Assembly"),
    ("2. Awa Binta SORÉ \u2013 General; Commander of the Varnia Presidential Guard; responsible for the arrests of opponents.\n",
     "Awa Binta SORÉ", "Commander", "Varnia Presidential Guard"),
])
def test_each_field_of_a_list_entry_may_be_a_title(rules, entry, person, title, org):
    rows = extract_rows(rules, ENTRY_LEAD + entry, DATE)
    assert person in targets(rows)
    assert any(r == title and o.endswith(org) for r, o in held(rows, person))


def test_a_field_that_is_no_title_gives_no_position(rules):
    rows = extract_rows(rules, ENTRY_LEAD + "1. Oumar Tiécoura KELLÉ - Colonel; one of the officers of the Varnia Presidential "
                                            "Guard who led the coup.\n", DATE)
    assert not any("Guard" in o for _, o in held(rows, "Oumar Tiécoura KELLÉ"))


@pytest.mark.parametrize("line", ["1. Cocoa EXPORTS - exports fell by half in March\n",
                                  "- Border CROSSINGS, crossings were closed in May\n"])
def test_a_word_in_capitals_the_text_also_writes_in_lower_case_is_no_surname(rules, line):
    assert not person_names(rules, "Varnia's economy shrank last year, the central bank said on Monday.\n\n" + line)


def test_a_numbered_line_with_a_surname_in_capitals_names_a_person(rules):
    text = "Varnia's army took power last year.\n\n1. Tomas BRENN - Colonel; commander of the guard\n"
    assert "Tomas BRENN" in person_names(rules, text)


# "founder of the newspaper elPeriódico": the kind of body is no part of its name ------------------------------------------


@pytest.mark.parametrize("text, person, org", [
    ("The journalist Rafael Ostro, founder of the newspaper elDiario, was jailed in July 2022.\n", "Rafael Ostro", "elDiario"),
    ("The journalist Rafael Ostro, editor of the weekly magazine Vertice, was jailed in July 2022.\n", "Rafael Ostro", "Vertice"),
    ("Mira Tallen, director of the rights group Cristal Vigil, said the arrests were arbitrary.\n", "Mira Tallen", "Cristal Vigil"),
])
def test_the_kind_of_body_before_its_name_is_left_out(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


def test_a_body_named_only_by_common_nouns_keeps_them(rules):
    rows = extract_rows(rules, "Mira Tallen, leader of the party youth wing, said the arrests were arbitrary.\n", DATE)
    assert orgs(rows, "Mira Tallen") == {"party youth wing"}


# titles with a compound adjective or a region's two names inside, and "the organization's" of the rights group named above


@pytest.mark.parametrize("text, person, org", [
    ("Lorn Vesk, Cambodia's long-serving Minister of National Defense, denied the claims.\n", "Lorn Vesk", "Cambodia"),
    ("He is a younger brother of Lorn Vesk, Cambodia's long-serving Minister of National Defense.\n", "Lorn Vesk", "Cambodia"),
    ("Mara Velt, the self-declared commander of the Varn Brigade, denied it.\n", "Mara Velt", "Varn Brigade"),
])
def test_a_hyphenated_adjective_inside_a_title(rules, text, person, org):
    assert org in orgs(extract_rows(rules, text, DATE), person)


@pytest.mark.parametrize("text, person, org", [
    ("Human Rights Watch published the report on Monday.\n\nEgyptian authorities denied entry to Sarah Vell, the organization's "
     "Middle East and North Africa director, at Cairo airport.\n", "Sarah Vell", "Human Rights Watch"),
    ("Amnesty International said the trial was unfair.\n\nPolice in Varn detained Mara Velt, the group's Asia and Pacific "
     "director, on Monday.\n", "Mara Velt", "Amnesty International"),
])
def test_the_organizations_title_is_at_the_rights_group_named_before(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


def test_the_groups_title_is_not_at_a_state_body_named_before(rules):
    rows = extract_rows(rules, "Varn prosecutors opened a case on Monday.\n\nPolice detained Mara Velt, the group's "
                               "spokeswoman, on Monday.\n", DATE)
    assert not orgs(rows, "Mara Velt")


# "Senator X of Nimba County": a legislator's "of" after the name is the seat --------------------------------------------


@pytest.mark.parametrize("text, person, seat", [
    ("Today's action follows the designation on December 9, 2021, of Senator Lorn Vesk of Nimba County under E.O. 13818.\n",
     "Lorn Vesk", "Nimba County"),
    ("Representative Ana Brel of Ohio said the vote was rigged.\n", "Ana Brel", "Ohio"),
])
def test_a_legislators_seat_after_the_name(rules, text, person, seat):
    assert seat in orgs(extract_rows(rules, text, DATE), person)


def test_another_titles_place_after_the_name_is_no_body(rules):
    assert not orgs(extract_rows(rules, "Judge Ana Brel of Ohio said the vote was rigged.\n", DATE), "Ana Brel")


# "The four individuals" right after four names is those four, not a fifth target ----------------------------------------


@pytest.mark.parametrize("text", [
    "The Treasury today designated Ivo Brandt, Lena Varik, Olek Varga and Mara Velt under E.O. 13818 for corruption. "
    "The four individuals are also barred from entering the United States.\n",
    "The Council today listed Ivo Brandt, Lena Varik, Olek Varga and Mara Velt under Regulation (EU) 2020/1998. "
    "The four individuals are subject to an asset freeze.\n",
])
def test_a_counted_group_after_as_many_names_is_those_names(rules, text):
    assert targets(extract_rows(rules, text, DATE)) == {"Ivo Brandt", "Lena Varik", "Olek Varga", "Mara Velt"}


def test_a_count_that_differs_from_the_names_is_kept(rules):
    text = ("The Treasury today designated Ivo Brandt and Lena Varik under E.O. 13818 for corruption. The Treasury also "
            "designated 25 Varnian officials under E.O. 13818.\n")
    assert any("officials" in t for t in targets(extract_rows(rules, text, DATE)))
