"""Designations and family ties of annexed lists, as EU and other releases publish them, read from the layout of the list.

Short invented texts (people, parties and most countries are made up; the kinds of laws and bodies are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def sanctions(rows):
    return {(name(r["target"]), name(r.get("legal_basis"))): r for r in find(rows, "sanction")}


def targets(rows):
    return {name(r["target"]) for r in find(rows, "sanction")}


ENTRIES = ("1. Oren VALDEK\nPosition: Commander of the Presidential Guard.\nReasons: Ordered the shooting of protesters.\n\n"
           "2. Idris Marrow\nPosition: Head of the State Security Bureau.\nReasons: Responsible for the detention of activists.\n\n"
           "3. Lotte Brannic\nPosition: Minister of Justice.\nReasons: Oversaw sham trials of opposition members.\n")


# -- an annex heading that cites the act by article is the act's list -----------------------------------------------

@pytest.mark.parametrize("lead, heading", [
    ("The Council today imposed restrictive measures on three officials of Tarsk. The legal act, Council Decision "
     "2019/1187/CFSP, enters into force today.",
     "List of natural persons referred to in Article 2 and Article 3 of Decision 2019/1187/CFSP"),
    ("The Council has imposed an asset freeze on three persons responsible for the repression in Tarsk under "
     "Council Decision 2019/1187/CFSP.",
     "Persons listed under Article 1(1) of Council Decision 2019/1187/CFSP"),
    ("Today the Council adopted Council Decision 2019/1187/CFSP, adding three persons to the list of those subject to "
     "restrictive measures in view of the situation in Tarsk.",
     "ANNEX\n\nList of persons referred to in Articles 2, 3 and 4 of Decision 2019/1187/CFSP"),
])
def test_entries_under_a_heading_that_cites_articles_of_the_act_are_designated_under_the_act(rules, lead, heading):
    text = "Tarsk: Council lists three officials\n\n" + lead + "\n\n" + heading + "\n\n" + ENTRIES
    got = sanctions(extract_rows(rules, text, "2019-07-15"))
    bases = {b for (t, b) in got if t in ("Oren VALDEK", "Idris Marrow", "Lotte Brannic")}
    assert {t for (t, b) in got if b is not None} >= {"Oren VALDEK", "Idris Marrow", "Lotte Brannic"}
    assert bases == {"Council Decision 2019/1187/CFSP"}


def test_an_eu_act_cited_short_later_is_the_act_named_in_full_before(rules):
    text = ("The Council today adopted Council Regulation (EU) No 611/2020 on restrictive measures against Tarsk. "
            "General Oren Valdek, the commander of the Tarskan army, was listed under Article 2 of Regulation (EU) No 611/2020.\n")
    got = sanctions(extract_rows(rules, text, "2020-06-01"))
    assert {b for (t, b) in got if t == "Oren Valdek"} == {"Council Regulation (EU) No 611/2020"}


# -- a count in words beyond twelve stands for the entries that follow --------------------------------------------

@pytest.mark.parametrize("count, names", [
    ("thirteen", [f"Person{i}" for i in range(13)]),
    ("fifteen", [f"Person{i}" for i in range(15)]),
])
def test_a_count_in_words_beyond_twelve_is_replaced_by_the_numbered_entries(rules, count, names):
    surnames = ["Valdek", "Marrow", "Brannic", "Osterly", "Quell", "Harnik", "Dovan", "Pellin", "Rusk", "Tamber",
                "Ulvic", "Weskar", "Yarrow", "Zolan", "Fennick"]
    firsts = ["Oren", "Idris", "Lotte", "Marek", "Selim", "Anya", "Tobias", "Kemal", "Nadia", "Pavel",
              "Rhea", "Stellan", "Ilse", "Bogdan", "Mira"]
    people = [f"{f} {s}" for f, s in zip(firsts, surnames)][:len(names)]
    entries = "".join(f"{i}. {p}\nPosition: Officer of the Tarskan Interior Ministry.\nReasons: Involved in violence against demonstrators.\n\n"
                      for i, p in enumerate(people, 1))
    text = (f"The Council today imposed a travel ban and an asset freeze against {count} officials of Tarsk under "
            "Council Decision 2021/402/CFSP.\n\nANNEX\n\nList of persons referred to in Article 1 of Decision 2021/402/CFSP\n\n" + entries)
    got = targets(extract_rows(rules, text, "2021-03-22"))
    assert got >= set(people)
    assert f"{count} officials" not in got


# -- a relation in a field of an annex entry is the listed person's --------------------------------------------------

def family(rows):
    return {(name(r["person"]), name(r["relative"]), r["relation"]) for r in find(rows, "family")}


LEAD = ("The Council today imposed a travel ban and an asset freeze on two persons under Council Decision 2022/310/CFSP."
        "\n\nList of persons referred to in Article 1 of Decision 2022/310/CFSP\n\n")


@pytest.mark.parametrize("entry, person, relative, relation", [
    ("1. Petra LOMAX\nPosition: Deputy Minister of Finance; sister of President Anton Lomax.\nReasons: Diverted public funds.\n",
     "Anton Lomax", "Petra LOMAX", "sibling"),
    ("1. Teodor VASKO\nFunction: Businessman; nephew of General Ruslan Okoye, the head of the Tarskan army.\n"
     "Reasons: Finances the militia that attacked villages.\n",
     "Ruslan Okoye", "Teodor VASKO", "relative"),
    ("Name: Marta Quell\nPosition: Cousin of President Anton Lomax.\nReasons: Involved in the repression of protesters.\n",
     "Anton Lomax", "Marta Quell", "relative"),
    ("1. Stellan Yarrow\nPosition: Head of the Presidential Guard.\nReasons: Ordered the shooting of protesters.\n\n"
     "2. Ilse YARROW\nPosition: Wife of Stellan Yarrow; director of a state bank.\nReasons: Holds his assets.\n",
     "Stellan Yarrow", "Ilse YARROW", "spouse"),
])
def test_a_relation_in_an_annex_field_ties_the_listed_person_to_the_one_named_after_of(rules, entry, person, relative, relation):
    got = family(extract_rows(rules, LEAD + entry, "2022-02-28"))
    assert (person, relative, relation) in got


def test_each_relation_in_a_field_ties_the_listed_person_to_its_own_person(rules):
    entry = ("1. Ivo Marrow\nPosition: Businessman; cousin of President Anton Lomax and brother of Idris Marrow.\n"
             "Reasons: Bankrolls the government.\n")
    got = family(extract_rows(rules, LEAD + entry, "2022-02-28"))
    assert ("Anton Lomax", "Ivo Marrow", "relative") in got
    assert ("Idris Marrow", "Ivo Marrow", "sibling") in got
    assert ("Anton Lomax", "Ivo Marrow", "sibling") not in got


# -- a list after a colon whose items put the title before the name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Today, OFAC designated three officials of Tarsk's government pursuant to E.O. 13818: Minister of the Interior Oren Valdek, "
    "Director of the National Police Idris Marrow, and Deputy Director of the National Police Lotte Brannic.\n",
    "The Treasury Department sanctioned three senior officers under E.O. 13818 for their roles in the crackdown: Provincial "
    "Governor Oren Valdek, Deputy Minister of Defence Idris Marrow, and Commander of the Presidential Guard Lotte Brannic.\n",
])
def test_items_that_open_with_a_title_designate_the_person_the_title_ends_with(rules, text):
    got = targets(extract_rows(rules, text, "2024-05-02"))
    assert {"Oren Valdek", "Idris Marrow", "Lotte Brannic"} <= got
    assert not any(t.startswith(("three", "National Police", "Tarskan")) for t in got)


@pytest.mark.parametrize("text", [
    "Today, OFAC sanctioned Oren Valdek and Idris Marrow, two senior officials of the Tarskan government and armed forces, "
    "pursuant to E.O. 13818.\n",
    "The Treasury designated two commanders of Tarsk's police and National Guard under E.O. 13818, Oren Valdek and Idris Marrow.\n",
])
def test_a_body_coordinated_after_of_says_whose_officials_the_targets_are(rules, text):
    got = targets(extract_rows(rules, text, "2024-05-02"))
    assert {"Oren Valdek", "Idris Marrow"} <= got
    assert not got & {"armed forces", "National Guard", "Tarskan government", "police"}


# -- "whose property is blocked pursuant to" a law says the one before it was designated under the law ----------------

@pytest.mark.parametrize("text, target, law", [
    ("Today, OFAC designated Kestrel Trading LLC for having provided material support to the Vell Brigade, an entity whose "
     "property and interests in property are blocked pursuant to E.O. 13818.\n", "Vell Brigade", "E.O. 13818"),
    ("The Treasury sanctioned two companies that shipped arms to General Oren Valdek, a Tarskan commander whose property is "
     "blocked pursuant to E.O. 14024.\n", "Oren Valdek", "E.O. 14024"),
])
def test_a_clause_on_whose_property_is_blocked_under_a_law_tells_a_designation_under_it(rules, text, target, law):
    got = sanctions(extract_rows(rules, text, "2024-05-02"))
    assert (target, law) in got


def test_property_that_could_be_blocked_is_no_designation(rules):
    text = ("Today, OFAC warned banks that deal with General Oren Valdek, a Tarskan commander whose property could be blocked "
            "pursuant to E.O. 14024.\n")
    assert ("Oren Valdek", "E.O. 14024") not in sanctions(extract_rows(rules, text, "2024-05-02"))


# -- a news lead that counts the targets without naming the law stands for the people the next paragraphs name ----------

@pytest.mark.parametrize("text", [
    "The United States on Tuesday imposed sanctions on two senior Tarskan police officers over abuses against protesters.\n\n"
    "The Treasury Department said it had designated Oren Valdek, the national police chief, and Idris Marrow, his deputy, "
    "under the Global Magnitsky Act.\n",
    "BRUSSELS, May 3 - The European Union sanctioned three Tarskan officials on Friday over the crackdown on the opposition.\n\n"
    "In a statement, the Council said Oren Valdek, Idris Marrow and Lotte Brannic were listed under the EU Global Human Rights "
    "Sanctions Regime.\n",
])
def test_a_count_in_a_news_lead_is_the_people_the_designation_below_names(rules, text):
    got = sanctions(extract_rows(rules, text, "2024-05-07"))
    assert not any(t.startswith(("two", "three")) for t, _ in got)
    assert {"Oren Valdek", "Idris Marrow"} <= {t for t, b in got if b is not None}


def test_a_count_the_designation_below_does_not_match_stays_a_target(rules):
    text = ("The United States on Tuesday imposed sanctions on three senior Tarskan police officers over abuses against protesters.\n\n"
            "The Treasury Department said it had designated Oren Valdek, the national police chief, and Idris Marrow, his deputy, "
            "under the Global Magnitsky Act.\n")
    got = sanctions(extract_rows(rules, text, "2024-05-07"))
    assert any(t.startswith("three") for t, _ in got)
