"""Round 22 (rulesA): whose relative "his"/"her" + kinship word names.

On new text most family claims hung the relatives on the wrong person: the pronoun resolver takes the last person
named, whatever the pronoun's sex, so "X, the wife of Y: her father, Z" gave Y a father-in-law as a parent, "X, an
adviser ..., and her husband, Z" gave the husband to a family named in between, and the writer of a statement that
says "I am designating her spouse" was given the spouse. The sex the text gives a person with a kinship word, the
coordination of a kinship phrase with a named person, and the writer's "I" now decide.

Short invented texts (people and bodies are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


def kin(rows):
    return {(name(c["person"]), c["relation"], name(c["relative"])) for c in find(rows, "family")}


# -- "X, the wife of Y: her father, Z": "her" is the wife, not her husband ---------------------------------------------

@pytest.mark.parametrize("text, wife, husband, relatives", [
    ("I am also designating four members of the family of Mara Voss, the wife of Ivo Tarn, whom the Department "
     "designated in June: her father, Pel Voss; her mother, Ana Voss; and her brothers, Kir Voss and Lev Voss.",
     "Mara Voss", "Ivo Tarn", {("parent", "Pel Voss"), ("parent", "Ana Voss"), ("sibling", "Kir Voss"), ("sibling", "Lev Voss")}),
    ("The ministry also listed Dana Holt, the daughter of Emil Rask, and her husband, Per Lind.",
     "Dana Holt", "Emil Rask", {("spouse", "Per Lind")}),
])
def test_her_after_a_wife_is_hers(rules, text, wife, husband, relatives):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    got = kin(rows)
    for rel, relative in relatives:
        assert (wife, rel, relative) in got, got
        assert (husband, rel, relative) not in got, got


def test_his_after_a_daughter_is_still_the_fathers(rules):
    """The sex of a person named just before must not pull a "his" that agrees with the man it was resolved to."""
    rows = extract_rows(rules, "The ministry sanctioned Ruth Amsel, the daughter of Jonas Perel, and his son, Tim Perel.\n",
                        "2022-01-10")
    assert ("Jonas Perel", "child", "Tim Perel") in kin(rows), kin(rows)
    assert not any(p == "Ruth Amsel" for p, _, _ in kin(rows)), kin(rows)


@pytest.mark.parametrize("text, father, relatives", [
    ("Omar Velt was arrested last year. His son-in-law, Paul Nardi, was shot dead outside his home in October, and his "
     "son, Welly Velt, was found dead in November.", "Omar Velt", {("child", "Welly Velt")}),
    ("Omar Velt was arrested last year. His brother, Paul Velt, fled abroad, and his daughter, Nina Velt, was detained.",
     "Omar Velt", {("sibling", "Paul Velt"), ("child", "Nina Velt")}),
])
def test_each_his_is_the_same_mans_not_the_relative_just_named(rules, text, father, relatives):
    """A man named as "his son-in-law" is male, but the next "his" is still the first man's, as each "his" was."""
    got = kin(extract_rows(rules, text + "\n", "2022-01-10"))
    for rel, relative in relatives:
        assert (father, rel, relative) in got, got


def test_his_father_of_a_son_named_of_his_father_adds_no_one(rules):
    """ "X, son of Y, who used his father's position": the father is Y, already a relative; not an unnamed third man."""
    text = "Emil Rask, son of the Ostland Prosecutor General Jonas Rask, who used his father's position to win state contracts.\n"
    got = kin(extract_rows(rules, text, "2022-01-10"))
    assert ("Jonas Rask", "child", "Emil Rask") in got, got
    assert not any(p == "Emil Rask" and rel == "parent" for p, rel, _ in got), got


# -- "X, a senior adviser ... of the Y family, and her husband, Z": the kinship phrase coordinated with X is X's -------

@pytest.mark.parametrize("text, person, relative", [
    ("In addition, the Department is designating Lina Orr Kell, a senior adviser in the Office of the President who "
     "has long handled the business affairs of the Tarn family, and her husband, Dov Amar Rell, a member of the "
     "People's Assembly.", "Lina Orr Kell", "Dov Amar Rell"),
    ("The council listed Oskar Brenn, a banker who managed the assets of the Varga clan, and his wife, Nelly Sova.",
     "Oskar Brenn", "Nelly Sova"),
])
def test_kinship_phrase_coordinated_with_a_name_is_that_persons(rules, text, person, relative):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert (person, "spouse", relative) in kin(rows), kin(rows)


# -- "I am designating her spouse": the writer is not "her" -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Designation of Ostland Speaker Dana Vell Rook and Three Former Ministers Due to Involvement in Significant Corruption\n\n"
    "Press Statement\nAlan K. Morrow, Secretary of State\nMay 3, 2024\n\n"
    "The Department of State is publicly designating Dana Vell Rook, the Speaker of the Parliament of Ostland, due to "
    "her involvement in significant corruption. In addition, I am designating her spouse, Tom Garo, a member of Parliament.",
    "Press Statement\nAlan K. Morrow, Secretary of State\n\n"
    "Today I am designating Dana Vell Rook, a former minister of Ostland, for her involvement in corruption. "
    "I am also designating her husband, Tom Garo.",
])
def test_the_writer_is_not_her(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-03")
    got = kin(rows)
    assert not any(p == "Alan K. Morrow" for p, _, _ in got), got
    assert ("Dana Vell Rook", "spouse", "Tom Garo") in got, got


@pytest.mark.parametrize("text, wife, husband", [
    ("The Department designated Asma al-Rasin, the wife of Omar Velt, in June.", "Asma al-Rasin", "Omar Velt"),
    ("Officials named Noor el-Sayed, the wife of Karim Dabbas, as a co-owner.", "Noor el-Sayed", "Karim Dabbas"),
])
def test_a_name_set_off_as_someones_wife_is_a_person(rules, text, wife, husband):
    got = kin(extract_rows(rules, text + "\n", "2022-01-10"))
    assert (husband, "spouse", wife) in got, got


# -- names with a joined particle are names ---------------------------------------------------------------------------

@pytest.mark.parametrize("full, family", [("Asma al-Assad", "al-Assad"), ("Noor el-Sayed", "el-Sayed")])
def test_a_name_with_a_joined_particle_looks_like_a_persons(rules, full, family):
    from kg.extract.rules.family import FamilyRules

    class Probe(FamilyRules):
        def __init__(self, gaz):
            self.gaz = gaz

    probe = Probe(rules.gaz)
    assert probe._looks_like_person(full, joined_particles=True)
    assert not probe._looks_like_person(family, joined_particles=True)


# -- "police detained X, Y and hundreds of supporters": whom the verb is done to did not do it --------------------------

@pytest.mark.parametrize("text, victims_named", [
    ("Opposition leader Ivan Dorn said the party would not be silenced. Last month police in the southern city of Varna "
     "detained Dorn, the party's vice chairman Luka Sarn and hundreds of supporters to prevent a youth rally the "
     "authorities had banned.", {"Ivan Dorn", "Luka Sarn"}),
    ("The ministry banned the march. On Monday soldiers detained Pia Marek and Oleg Stan outside the court.",
     {"Pia Marek", "Oleg Stan"}),
])
def test_who_is_detained_is_no_perpetrator(rules, text, victims_named):
    rows = extract_rows(rules, text + "\n", "2024-09-10")
    assert not perpetrators(rows) & victims_named, rows


def test_the_detaining_force_is_still_the_perpetrator(rules):
    rows = extract_rows(rules, "Last month police in the southern city of Varna detained Ivan Dorn and hundreds of supporters.\n",
                        "2024-09-10")
    assert any("police" in p.lower() for p in perpetrators(rows)), rows


# -- "the regime has killed": the regime the text names in full, not the state that sanctions it ----------------------

@pytest.mark.parametrize("text, regime, sanctioner", [
    ("Australia imposes sanctions on Ostland military regime\n\n"
     "The Australian Government is today imposing targeted financial sanctions on 16 members of the Ostland military "
     "regime. Australia is deeply concerned by the situation in Ostland. Since 1 February 2021 the regime has killed "
     "more than 2,900 civilians and arbitrarily detained more than 17,000 people.",
     "Ostland military regime", "Australia"),
    ("Japan condemns the Ostland regime\n\nJapan today listed four officers who serve the Ostland regime. "
     "Japan urged restraint. Last year the regime executed four activists.",
     "Ostland regime", "Japan"),
])
def test_the_regime_is_the_one_the_text_names(rules, text, regime, sanctioner):
    rows = extract_rows(rules, text + "\n", "2023-02-01")
    perps = perpetrators(rows)
    assert regime in perps, rows
    assert sanctioner not in perps, rows


def test_a_regime_the_text_never_names_in_full_is_still_the_state_it_is_about(rules):
    """With no fuller name the text's main foreign state stays the doer, as before."""
    rows = extract_rows(rules, "Belarus: the regime has killed more than 300 protesters in Belarus since March, "
                               "and the prisons of Belarus hold thousands.\n", "2023-02-01")
    assert "Belarus" in perpetrators(rows), rows


# -- "X said soldiers had detained him, tortured him and burned his house": each deed is the told clause's ------------

@pytest.mark.parametrize("text, doer, teller", [
    ("Karim Dabbas said soldiers had detained him, tortured him and burned his house.", "soldiers", "Karim Dabbas"),
    ("In a complaint filed in 2019, Omar Velt said police officers had blindfolded him, beaten him and tortured him.",
     "police", "Omar Velt"),
])
def test_a_told_list_of_deeds_is_its_subjects(rules, text, doer, teller):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert any(doer in p for p in perpetrators(rows, "torture")), rows
    assert teller not in perpetrators(rows), rows


# -- "A's sister, B, was jailed. Their mother, C, ...": "their" opening a sentence is the pair just named --------------

@pytest.mark.parametrize("text, pair, relative, rel", [
    ("Omar Velt's younger sister, Sara Velt, was sentenced in March to 18 months in prison. Their mother, the "
     "mathematics professor Lina Marek, was also questioned.", ("Omar Velt", "Sara Velt"), "Lina Marek", "parent"),
    ("Karim Dabbas and his brother, Nader Dabbas, were detained in May. Their father, Sami Dabbas, was not told where "
     "they were held.", ("Karim Dabbas", "Nader Dabbas"), "Sami Dabbas", "parent"),
])
def test_their_opening_a_sentence_is_the_siblings_just_named(rules, text, pair, relative, rel):
    got = kin(extract_rows(rules, text + "\n", "2022-01-10"))
    for person in pair:
        assert (person, rel, relative) in got, got


def test_their_with_no_siblings_before_names_no_one(rules):
    got = kin(extract_rows(rules, "Omar Velt was sentenced in March. Their mother, Lina Marek, was questioned.\n", "2022-01-10"))
    assert not any(r == "Lina Marek" for _, _, r in got), got
