"""Round 18, names, positions and sanctions (helper rulesB). Every person and body here is invented, each convention
is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2025-03-04"


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a second title joined to a person's appositive is that person's, not an office designated beside them ------------------


@pytest.mark.parametrize("text", [
    "Today, the Treasury designated two senior officials of Vostra for corruption: Arun Phraya, the Attorney General and "
    "chief prosecutor of Vostra; and Dorin Malec, Minister of Finance.\n",
    "The Treasury sanctioned Lina Okoro, the deputy minister and special prosecutor of Karsland, on Monday.\n",
    "Lina Okoro, the Solicitor General and chief prosecutor of Karsland, was sanctioned by the Treasury under E.O. 13818.\n",
])
def test_a_title_joined_to_an_appositive_title_is_no_target(rules, text):
    assert not any("prosecutor" in t for t in targets(extract_rows(rules, text, DATE)))


def test_a_body_set_off_by_a_comma_after_an_appositive_is_a_target(rules):
    rows = extract_rows(rules, "The Treasury sanctioned Lina Okoro, the deputy minister, and the Karsland Special Prosecutor's "
                               "Office on Monday.\n", DATE)
    assert {"Lina Okoro", "Karsland Special Prosecutor's Office"} <= targets(rows)


# a name a person goes by ("X, known as Y") is theirs also where it comes before the full name -------------------------


def people(rows):
    return {name(c[r]) for c in rows for r in ("person", "org", "relative", "target", "perpetrator", "speaker") if c.get(r)} - {None}


@pytest.mark.parametrize("text,full,alias", [
    ("Treasury Sanctions Valor Brigade Leader Kubra\n"
     "\"The Valor Brigade under Kubra's command has burned villages,\" the Treasury said. Today the Treasury designated Idris "
     "Kamal Osman, known as Kubra, the leader of the Valor Brigade, under E.O. 14098.\n", "Idris Kamal Osman", "Kubra"),
    ("Rights groups say Tembo ordered the raids on Lusaka Road. The European Union on Monday sanctioned Jonas Mwale Banda, "
     "better known as Tembo, for the killings.\n", "Jonas Mwale Banda", "Tembo"),
])
def test_a_name_gone_by_is_the_person_also_before_the_full_name(rules, text, full, alias):
    rows = extract_rows(rules, text, DATE)
    assert full in targets(rows)
    assert alias not in people(rows)


def test_a_name_without_known_as_is_another_person(rules):
    rows = extract_rows(rules, "Kubra has led the Valor Brigade since 2019. The Treasury on Monday designated Idris Kamal Osman, "
                               "a deputy of Kubra, for the killings.\n", DATE)
    assert "Kubra" in people(rows)
    assert targets(rows) == {"Idris Kamal Osman"}


# the bound of a count ("more than 150 officials") is part of the group the text names ------------------------------------


@pytest.mark.parametrize("text,group", [
    ("The European Union imposed sanctions on more than 40 Karsland officials on Monday.\n", "more than 40 Karsland officials"),
    ("On Monday the Treasury sanctioned at least 12 police officers over the crackdown in Vostra.\n", "at least 12 police officers"),
])
def test_a_bounded_count_is_the_group_targeted(rules, text, group):
    assert group in targets(extract_rows(rules, text, DATE))


def test_a_bound_not_before_a_count_is_no_part_of_a_group(rules):
    rows = extract_rows(rules, "The Treasury sanctioned 40 officials of Vostra, more than the European Union did.\n", DATE)
    assert "40 officials of Vostra" in targets(rows)
    assert not any(t.startswith("more") for t in targets(rows))


# a maiden name after a married name ("X Y, née Z") makes "X Z" the same woman ----------------------------------------


@pytest.mark.parametrize("text,married,maiden", [
    ("The Council adopted a freeze of the funds of the former President of Karsland, Dorin Malec, and of his wife, Ana Malec, "
     "née Petrescu.\n\n1. MALEC, Dorin\nIdentifying information: born 3 May 1950; married to Ana PETRESCU.\n\n2. PETRESCU, Ana\n"
     "Identifying information: wife of Dorin MALEC.\n", "Ana Malec", "Petrescu"),
    ("The Treasury designated Lina Okoro, nee Adeyemi, under E.O. 13818 on Monday. Lina Adeyemi controls the Vostra Holding "
     "company, the Treasury said.\n", "Lina Okoro", "Adeyemi"),
])
def test_a_maiden_name_is_the_same_woman(rules, text, married, maiden):
    rows = extract_rows(rules, text, DATE)
    assert married in targets(rows)
    assert not any(maiden.casefold() in p.casefold() for p in people(rows))


def test_two_names_without_nee_are_two_women(rules):
    rows = extract_rows(rules, "The Treasury designated Lina Okoro and Lina Adeyemi under E.O. 13818 on Monday.\n", DATE)
    assert {"Lina Okoro", "Lina Adeyemi"} <= targets(rows)


# a kin word with the relative's name set off after it is that relative, not one more target ----------------------------

LEAD = "Today I am designating former President of Karsland Dorin Malec under Section 7031(c). "


@pytest.mark.parametrize("tail,named", [
    ("In addition to the former president, I am also designating three of his immediate family members: his wife, Elena Varga "
     "Soto de Malec, and his sons, Pablo Andres Malec Varga and Tomas Ivan Malec Varga.\n", "Elena Varga Soto de Malec"),
    ("I am also designating two of his immediate family members: his wife, Carmen Rosales Vidal de Malec, and his daughter, "
     "Lucia Malec Rosales.\n", "Carmen Rosales Vidal de Malec"),
])
def test_a_named_wife_is_one_target(rules, tail, named):
    found = targets(extract_rows(rules, LEAD + tail, DATE))
    assert named in found
    assert not any("wife" in t for t in found)


def test_an_unnamed_wife_stays_a_target(rules):
    found = targets(extract_rows(rules, LEAD + "I am also designating his wife and two of his sons.\n", DATE))
    assert "his wife" in found


# after a title, "Prince" or "King" is a first name ("Senator Prince Yormie Johnson"), unless a royal name follows ---------


@pytest.mark.parametrize("text,target", [
    ("The Treasury designated Senator Prince Arthur Kollie of Bong County under E.O. 13818 on Monday.\n", "Prince Arthur Kollie"),
    ("OFAC on Monday sanctioned Commissioner King Ebuka Obi of the Ports Authority under E.O. 13818 for bribery.\n", "King Ebuka Obi"),
])
def test_a_title_word_after_a_title_is_a_first_name(rules, text, target):
    assert targets(extract_rows(rules, text, DATE)) == {target}


@pytest.mark.parametrize("text,target", [
    ("The Treasury designated Interior Minister Prince Nayef bin Khalid under E.O. 13818 on Monday.\n", "Nayef bin Khalid"),
    ("The Treasury designated Crown Prince Faisal bin Tamim under E.O. 13818 on Monday.\n", "Faisal bin Tamim"),
])
def test_a_royal_title_stays_a_title(rules, text, target):
    assert targets(extract_rows(rules, text, DATE)) == {target}


# "in the" and a capitalised run that is no place goes on a long body's name ------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("On Thursday Deputy Minister Arun Phraya, who heads the Commission for Truth and Access to Justice in the Valbona Case, "
     "said the soldiers had lied.\n", "Arun Phraya", "Commission for Truth and Access to Justice in the Valbona Case"),
    ("Lina Okoro, who chairs the Committee for the Defence of Victims in the Rio Seco Affair, said the report was late.\n",
     "Lina Okoro", "Committee for the Defence of Victims in the Rio Seco Affair"),
])
def test_a_long_name_goes_on_through_in_the(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


def test_in_a_region_word_is_where_the_body_is(rules):
    rows = extract_rows(rules, "Lina Okoro, who chairs the Committee for the Defence of Refugees in the North, said the report "
                               "was late.\n", DATE)
    assert orgs(rows, "Lina Okoro") == {"Committee for the Defence of Refugees"}


# two titles joined by "and" and set off before a name are both the name's: the first keeps its owner --------------------


@pytest.mark.parametrize("text,person,held_role", [
    ("Karsland's communication minister and government spokesman, Arun Phraya, welcomed the move as a first step.\n",
     "Arun Phraya", ("communication minister", "Karsland")),
    ("Karsland's interior minister and deputy prime minister, Arun Phraya, welcomed the move as a first step.\n",
     "Arun Phraya", ("interior minister", "Karsland")),
    ("The Vostra Party's founder and former leader, Lina Okoro, said the vote was rigged.\n", "Lina Okoro", ("founder", "Vostra Party")),
])
def test_joined_titles_set_off_before_a_name(rules, text, person, held_role):
    assert held_role in held(extract_rows(rules, text, DATE), person)


def test_a_second_title_with_its_own_owner_is_another_person(rules):
    rows = extract_rows(rules, "Dorin Malec of Karsland met the interior minister and his spokesman, Lina Okoro, on Monday.\n", DATE)
    assert not any(role == "interior minister" for role, _ in held(rows, "Lina Okoro"))


# a bare surname used before a second bearer is named is the first bearer's, also when it is his middle name --------------


@pytest.mark.parametrize("text,ctype,role,first", [
    ("The transition began after the death of President Omar Kaba Touré in March. Kaba told state television in 2020 that he "
     "would never step down. His son, General Ibrahim Omar Kaba, took over and promised elections.\n",
     "statement", "speaker", "Omar Kaba Touré"),
    ("Former President Salif Traore Bamba was buried on Monday. Traore denied in a 2019 radio interview that his guards had "
     "killed protesters. His nephew, Colonel Adama Salif Traore, now leads the army.\n", "denial", "denier", "Salif Traore Bamba"),
])
def test_a_surname_before_the_second_bearer_is_the_first(rules, text, ctype, role, first):
    assert {name(c[role]) for c in find(extract_rows(rules, text, DATE), ctype)} == {first}


def test_a_surname_after_both_bearers_stays_unresolved(rules):
    rows = extract_rows(rules, "The transition began after the death of President Omar Kaba Touré in March. His son, General "
                               "Ibrahim Omar Kaba, took over. Kaba told state television on Monday that elections would be held.\n", DATE)
    assert "Omar Kaba Touré" not in {name(c["speaker"]) for c in find(rows, "statement")}


# "the Attorney General's Office": the title's first words are the office's name too -----------------------------------


def investigators(rows):
    return {name(c["investigator"]) for c in find(rows, "investigation")}


@pytest.mark.parametrize("text,body", [
    ("Arun Phraya was detained at his home in Karsland on charges of torture, the Attorney General's Office (PGK) said on "
     "Monday.\n", "Attorney General's Office"),
    ("The Inspector General's Office, which oversees public officials, said it had opened a disciplinary investigation into "
     "Arun Phraya on Monday.\n", "Inspector General's Office"),
])
def test_a_titled_office_keeps_its_title(rules, text, body):
    assert investigators(extract_rows(rules, text, DATE)) == {body}


def test_a_named_body_before_a_possessive_office_is_its_own(rules):
    rows = extract_rows(rules, "Lina Okoro said the Vostra Party's Office had opened an investigation into Arun Phraya on Monday.\n", DATE)
    assert investigators(rows) == {"Vostra Party's Office"}


# a surname a man and the wife who bears it by marriage share ("X Y, née Z") is the man's ----------------------------------


@pytest.mark.parametrize("text,target", [
    ("EU freezes assets of ousted Karsland leader Malec and his wife\n\nThe Council today adopted a decision imposing restrictive "
     "measures. The measures apply to the former President of Karsland, Dorin Petru Malec, and to his wife, Ana Malec, née "
     "Petrescu. Malec fled the country in January.\n", "Dorin Petru Malec"),
    ("EU freezes assets of Ould Sidi and wife\n\nThe Council today adopted a decision imposing restrictive measures. The "
     "measures apply to the former President of Karsland, Moktar Salem Ould Sidi, and to his wife, Fatma Ould Sidi, née "
     "Bakar.\n", "Moktar Salem Ould Sidi"),
])
def test_a_shared_married_surname_is_the_husband(rules, text, target):
    found = targets(extract_rows(rules, text, DATE))
    assert target in found
    assert not any(t in ("Malec", "Ould Sidi") for t in found)


def test_a_headline_name_a_son_extends_stays_the_father(rules):
    rows = extract_rows(rules, "State Department bars Victor Malec\n\nThe State Department designated the former President of "
                               "Karsland, Victor Malec, under Section 7031(c). His son, Ion Victor Malec, is also designated.\n", DATE)
    assert {"Victor Malec", "Ion Victor Malec"} <= targets(rows)
