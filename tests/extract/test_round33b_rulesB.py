"""Round 33 (rulesB), second batch: positions told by a second relative clause, a release's bare "Secretary", a
regional title, an inquiry named by its kind and remit, and a body two coordinated verbs share.

"G, an organisation whose members have attacked X and which is led by Y": the second relative clause, joined to the
first by "and", has its own subject "which" and is about the body the first one hangs on (before, the rule read it
as the first clause's conjunct and looked for the body in "members"). "Secretary X said ..." in a department's own
release is the head of that department (and of nothing the text tells elsewhere). "The regional president, X" is the
president of the region the text named ("Ethiopia's Tarsk Regional State"), not of the country. "A judicial commission
of inquiry into state capture, chaired by X" is that commission, not "commission of inquiry". And "X had founded and
financed the Y" makes X Y's founder: the object of the verb coordinated right after is both verbs'.
"""

import pytest

from extract.claimhelp import find, held, orgs, text_rows

# -- "..., whose members have X and which is led by Y": the body the clauses are on --------------------------------

SECOND_CLAUSE = [
    "The Council listed two entities. 6. Korvath, an extremist organisation whose members have incited and carried out "
    "acts of violence against farmers and which is led by Ivo Marenko.",
    "Police said the Tarsk Brigade, a militia whose fighters have looted villages and which is commanded by Ivo Marenko, "
    "had withdrawn from the town.",
    "The report found that the Velm Front, a movement whose supporters have attacked journalists and which is headed by "
    "Ivo Marenko, organised the raids.",
]


@pytest.mark.parametrize("text", SECOND_CLAUSE)
def test_a_second_relative_clause_is_about_the_body(rules, text):
    rows = text_rows(rules, text)
    assert orgs(rows, "Ivo Marenko") & {"Korvath", "Tarsk Brigade", "Velm Front"}, rows


def test_appointed_by_one_and_chaired_by_another_still_shares_the_subject(rules):
    text = "The commission, which was appointed by the president and chaired by Justice Ivo Marenko, reported in May."
    rows = text_rows(rules, text)
    assert not orgs(rows, "Ivo Marenko") - {"commission"}, rows


# -- "Secretary X said" in a department's release: the department's head ------------------------------------------

RELEASES = [
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Tomas "
    "Varga, a member of the Norvian parliament, pursuant to Executive Order 13818. Secretary Steven Marsh said that the "
    "corruption Varga exemplified had eroded the basis of a government able to serve the Norvian people.",
    "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Tomas Varga pursuant to "
    "E.O. 13818 for corruption. \"Corruption destroys trust,\" Secretary Steven Marsh said.",
]


@pytest.mark.parametrize("text", RELEASES)
def test_a_releases_bare_secretary_heads_its_department(rules, text):
    rows = text_rows(rules, text)
    assert ("Secretary", "Department of the Treasury") in held(rows, "Steven Marsh"), rows


def test_a_bare_secretary_in_news_gets_no_state(rules):
    text = ("NAIROBI, May 2 - Secretary Steven Marsh said on Monday that the party would contest the election, "
            "after Norvia's courts cleared the way for the vote.")
    rows = text_rows(rules, text)
    assert not find(rows, "position", person="Steven Marsh"), rows


# -- "the regional president, X": of the region the text named, not of the country --------------------------------

REGIONAL = [
    "Prisoners held in the central prison of Ethiopia's Tarsk Regional State, in the regional capital, Velm, have been "
    "tortured, the report found.\n\nThe special police remain answerable to the regional president, Ivo Marenko, who "
    "took office in 2010.",
    "ADDIS ABABA, May 2 - Fighting spread across Ethiopia's Tarsk Region on Monday, officials said.\n\nThe regional "
    "president, Ivo Marenko, said the federal army had withdrawn from the region.",
    "The Council listed three officials of Argentina's Tarsk Province.\n\nThe provincial president, Ivo Marenko, "
    "ordered the arrests, the Council said.",
]


@pytest.mark.parametrize("text", REGIONAL)
def test_a_regional_title_is_of_the_region(rules, text):
    rows = text_rows(rules, text)
    assert orgs(rows, "Ivo Marenko") & {"Tarsk Regional State", "Tarsk Region", "Tarsk Province"}, rows
    assert not orgs(rows, "Ivo Marenko") & {"Ethiopia", "Argentina"}, rows


def test_a_president_with_no_regional_word_stays_the_countrys(rules):
    text = ("Fighting spread across Ethiopia's Tarsk Region on Monday.\n\nPresident Ivo Marenko said the army had "
            "withdrawn from the north of Ethiopia.")
    rows = text_rows(rules, text)
    assert "Ethiopia" in orgs(rows, "Ivo Marenko"), rows


# -- "a judicial commission of inquiry into state capture, chaired by X": the body's kind and remit ----------------

COMMISSIONS = [
    ("Three brothers left the country in 2018, shortly before a judicial commission of inquiry into state capture, "
     "chaired by Deputy Chief Justice Ivo Marenko, began to hear evidence.", "judicial commission of inquiry into state capture"),
    ("An official told a judicial commission of inquiry on Monday that 347 bodies were buried. The commission, chaired "
     "by Justice Ivo Marenko, was set up by the governor.", "judicial commission of inquiry"),
    ("The government set up a presidential commission of inquiry into the shootings, chaired by Ivo Marenko, in May.",
     "presidential commission of inquiry"),
]


@pytest.mark.parametrize("text,body", COMMISSIONS)
def test_a_commission_is_named_by_its_kind_and_remit(rules, text, body):
    rows = text_rows(rules, text)
    assert body in orgs(rows, "Ivo Marenko"), rows


# -- "had founded and financed the X": the object of the verb coordinated right after is the founded body's ---------

FOUNDED = [
    "The judge said Ivo Marenko, 67, had founded and financed the Tarsk Liberation Front (TLF), the armed wing of his "
    "coalition.",
    "According to the Council, Ivo Marenko founded and funds the Tarsk Liberation Front, which has attacked villages.",
    "The report says Ivo Marenko led and financed the Tarsk Liberation Front until 2015.",
]


@pytest.mark.parametrize("text", FOUNDED)
def test_a_shared_object_is_the_founded_body(rules, text):
    rows = text_rows(rules, text)
    assert "Tarsk Liberation Front" in orgs(rows, "Ivo Marenko"), rows


def test_a_verb_coordinated_with_its_own_subject_shares_nothing(rules):
    text = "Ivo Marenko founded a newspaper in 1996, and the army later armed the Tarsk Liberation Front."
    rows = text_rows(rules, text)
    assert "Tarsk Liberation Front" not in orgs(rows, "Ivo Marenko"), rows
