"""Round 11, sanctions and positions: general conventions behind the near misses on the sanctioned target.
Every name and body here is invented, and each shape is tried in more than one wording; each has a sentence
where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name

DATE = "2025-02-11"


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a name the NER missed, told as "one of" a set of people who hold a title --------------------------------


@pytest.mark.parametrize("text,person", [
    ("The United States has imposed sanctions on Bartos Kellemen, one of Prime Minister Ilona Varsa's closest advisers, "
     "over a bribery scheme.\n", "Bartos Kellemen"),
    ("The European Union on Monday sanctioned Tomas Vereck, one of the region's most feared militia commanders.\n", "Tomas Vereck"),
    ("Canada sanctioned Aurel Dimesco, one of the three deputy ministers of the interior, on Friday.\n", "Aurel Dimesco"),
])
def test_a_name_set_off_by_one_of_a_set_of_title_holders_is_a_person_and_the_target(rules, text, person):
    rows = extract_rows(rules, text, DATE)
    assert person in targets(rows)


def test_one_of_a_set_of_things_that_are_no_title_holders_names_no_person(rules):
    rows = extract_rows(rules, "Officials visited Port Selwyn, one of the busiest harbours in the region, on Monday.\n", DATE)
    assert not any(name(c.get("person")) == "Port Selwyn" for c in rows if c["type"] == "position")
    assert not find(rows, "sanction")


# a pronoun in a clause about the named target is that target; a person a title in apposition is "of" is no target------------------------------------


@pytest.mark.parametrize("text,target,other", [
    ("The United States has imposed sanctions on Bartos Kellemen, one of Prime Minister Ilona Varsa's closest advisers, "
     "accusing him of steering state contracts to his friends.\n", "Bartos Kellemen", "Ilona Varsa"),
    ("The Treasury sanctioned Marta Olvido, a deputy of President Ruben Castell, charging her with laundering the "
     "proceeds of the gold trade.\n", "Marta Olvido", "Ruben Castell"),
])
def test_a_pronoun_or_a_name_in_a_clause_about_the_target_adds_no_second_target(rules, text, target, other):
    rows = extract_rows(rules, text, DATE)
    assert target in targets(rows)
    assert other not in targets(rows)


def test_a_pronoun_the_sanctioning_verb_itself_takes_is_still_a_target(rules):
    text = ("The European Union sanctioned Marta Olvido, a deputy of President Ruben Castell, on Monday, and Britain "
            "sanctioned him on Tuesday.\n")
    rows = extract_rows(rules, text, DATE)
    assert {"Marta Olvido", "Ruben Castell"} <= targets(rows)


def test_a_title_before_a_name_inside_the_apposition_still_names_a_target(rules):
    text = ("On Monday the Ruritanian government designated Ruben Castell, his son and security adviser Marta Olvido, the "
            "head of the presidential guard Alexei Morozov and four other officials under its Global Human Rights Sanctions "
            "Regulations.\n")
    rows = extract_rows(rules, text, DATE)
    assert {"Ruben Castell", "Marta Olvido", "Alexei Morozov"} <= targets(rows)


# a numbered list whose entries set the title off from the name by a spaced dash ---------------------------

DASH_LIST = ("The Council today adopted a decision imposing an asset freeze and a travel ban on five individuals "
             "responsible for the crackdown in Ruritania under Council Decision 2024/311/CFSP.\n\n"
             "The persons listed\n\n"
             "The five persons subject to the measures are listed in the annex to the decision. They include:\n\n"
             "1. Tomas Kovar - Minister of the Interior, in charge of the riot police deployed in Strelsau on 4 May.\n"
             "2. Anton Belic - Head of the State Security Agency (SSA), whose officers took part in the arrests.\n"
             "3. Milan Dusek \u2013 Governor of the Zenda Region at the time of the events.\n")


def test_a_spaced_dash_ends_a_list_entrys_name_and_sets_off_its_title(rules):
    rows = extract_rows(rules, DASH_LIST, DATE)
    people = {name(c["person"]) for c in find(rows, "position")}
    assert {"Tomas Kovar", "Anton Belic", "Milan Dusek"} <= people
    assert not any(" - " in p or "\u2013" in p for p in people)
    assert "State Security Agency" in {name(c["org"]) for c in find(rows, "position", person="Anton Belic")}
    assert "Zenda Region" in {name(c["org"]) for c in find(rows, "position", person="Milan Dusek")}


def test_they_include_heads_the_list_of_the_people_just_counted(rules):
    rows = extract_rows(rules, DASH_LIST, DATE)
    assert {"Tomas Kovar", "Anton Belic", "Milan Dusek"} <= targets(rows)


def test_they_include_after_no_sanction_heads_no_list_of_targets(rules):
    text = ("The mayor thanked the volunteers. Officials said they include:\n\n"
            "1. Tomas Kovar - Minister of the Interior, in charge of the riot police deployed in Strelsau on 4 May.\n"
            "2. Anton Belic - Head of the State Security Agency (SSA), whose officers took part in the rescue.\n")
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "sanction")
    assert find(rows, "position", person="Anton Belic")


# which instrument a list is under: "the common position" refers back to the one of that kind named ----------

INSTRUMENT_LIST = ("The Council today adopted Common Position 2007/118/CFSP, which bans the admission into the Member "
                   "States of six officials responsible for the killings in Zenda. The Council also adopted Regulation "
                   "(EC) No 902/2007, which prohibits the export of equipment for internal repression.\n\n"
                   "Background\n\n"
                   "The trial of nine opposition activists concluded today before the High Court in Strelsau.\n\n"
                   "The six persons subject to the admission ban are listed in the annex to the common position. They include:\n\n"
                   "1. Tomas Kovar - Minister of the Interior, in charge of the riot police deployed in Zenda.\n"
                   "2. Anton Belic - Head of the State Security Agency (SSA), whose officers took part in the arrests.\n")


def test_a_pre_2010_eu_common_position_is_a_legal_basis(rules):
    rows = extract_rows(rules, INSTRUMENT_LIST, DATE)
    assert "Common Position 2007/118/CFSP" in {name(c["legal_basis"]) for c in find(rows, "sanction") if c.get("legal_basis")}


def test_the_common_position_refers_to_the_one_named_not_the_nearest_law(rules):
    rows = extract_rows(rules, INSTRUMENT_LIST, DATE)
    for person in ("Tomas Kovar", "Anton Belic"):
        assert {name(c["legal_basis"]) for c in find(rows, "sanction", target=person)} == {"Common Position 2007/118/CFSP"}


def test_a_court_named_in_between_is_not_who_lists_the_people(rules):
    rows = extract_rows(rules, INSTRUMENT_LIST, DATE)
    # (the EU, or "the Council" that acts for it, read as the Council of the EU since round 34)
    assert {name(c["authority"]) for c in find(rows, "sanction", target="Anton Belic")} <= {"European Union", "Council of the European Union"}
    assert find(rows, "sanction", target="Anton Belic")


def test_without_the_back_reference_the_nearest_named_law_stays_the_basis(rules):
    text = INSTRUMENT_LIST.replace("in the annex to the common position", "in an annex")
    rows = extract_rows(rules, text, DATE)
    assert {name(c["legal_basis"]) for c in find(rows, "sanction", target="Anton Belic")} == {"Regulation (EC) No 902/2007"}
