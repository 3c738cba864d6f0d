"""Round 32 (lead): list items the parser scatters, and a victim named beside a counted designation.

A release that lists entities after a copula ("The three entities listed are A, a company that ...; B, ...; and C,
...") parts its items with semicolons and describes each at length: the parser hangs the items anywhere, so the names
are read off the text, as after a colon. A list's next name after a clause that ends the item before it ("A, who
served ... until President B dismissed him in May 2017, and C, the army's former deputy chief") is made a conjunct of
that clause's verb; a noun joins no verb, so C is designated with A. And a count of designees ("sanctioned six
individuals in charge of the colony where X died") does not stand for X when the paragraphs after it open on X.
"""

import pytest

from extract.claimhelp import find, name, text_rows
from kg.model import Document

# -- "The three entities listed are A, ...; B, ...; and C, ...": each item's name is designated ---------------------

COPULAR = [
    "The Council today decided to impose restrictive measures on three entities in view of the situation in Norvia. "
    "The three entities listed are Tarsk Shipping, a company that operates the cargo vessel Marlin, which was used to carry "
    "arms to Norvia in May 2027; Vell Air Cargo, a company based in Ostrava that flew military materiel into the country; "
    "and Korvel Logistics SA, a freight forwarder whose trucks crossed the border on several occasions.",
    "OFAC today designated three companies pursuant to E.O. 14999. The companies designated today are Tarsk Shipping, "
    "which ships arms to the Norvian army; Vell Air Cargo, whose aircraft flew materiel into Marka; and Korvel Logistics "
    "SA, a freight forwarder registered in Ostrava.",
    "The UK has sanctioned three firms under the Norvia (Sanctions) Regulations 2026. The three firms sanctioned are "
    "Tarsk Shipping, a company whose vessel carried arms to Norvia; Vell Air Cargo, an airline based in Ostrava; and "
    "Korvel Logistics SA, which moved drones across the border.",
]


@pytest.mark.parametrize("text", COPULAR)
def test_each_item_of_a_copular_list_is_designated(rules, text):
    rows = text_rows(rules, text)
    for firm in ("Tarsk Shipping", "Vell Air Cargo", "Korvel Logistics SA"):
        assert find(rows, "sanction", target=firm), (firm, rows)


def test_places_and_vessels_in_the_items_are_no_targets(rules):
    rows = text_rows(rules, COPULAR[0])
    targets = {name(c["target"]) for c in find(rows, "sanction")}
    assert not targets & {"Norvia", "Ostrava", "Marlin"}, rows


def test_a_copular_list_without_a_sanction_names_no_one(rules):
    text = ("The Council met on Monday to discuss the situation in Norvia. The three companies named in the report are "
            "Tarsk Shipping, a company that operates the vessel Marlin; Vell Air Cargo, an airline; and Korvel Logistics SA, "
            "a freight forwarder.")
    assert not find(text_rows(rules, text), "sanction"), text


# -- ", and C, the army's former deputy chief" after a clause on the item before: C is designated too ----------------

HUNG = [
    "By the terms of the text, the Council added to the sanctions list Ivo Marenko, who served as Chief of General Staff of "
    "the Norvian People's Liberation Army (NPLA) until President Tal Brenner dismissed him in May 2027, and Ruslan Dorel "
    "Vakhan, the NPLA's former Deputy Chief of Defence Staff for Logistics.",
    "OFAC designated Ivo Marenko, who commanded the Norvian Army until the president removed him in May 2027, and Ruslan "
    "Dorel Vakhan, its former logistics chief, pursuant to E.O. 14999.",
    "The UK sanctioned Ivo Marenko, who led the Norvian Guard until the government replaced him last year, and Ruslan "
    "Dorel Vakhan, a former deputy commander of the Guard.",
]


@pytest.mark.parametrize("text", HUNG)
def test_the_list_s_next_name_after_a_clause_is_designated_too(rules, text):
    rows = text_rows(rules, text)
    assert find(rows, "sanction", target="Ivo Marenko"), rows
    got = find(rows, "sanction", target="Ruslan Dorel Vakhan")
    assert got, rows
    assert all(c.get("date") != "2027-05" for c in got), rows  # the act's date, not the dismissal's
    # the army they served in is whose officers they were, not who lists them
    assert all("Army" not in (name(c.get("authority")) or "") and name(c.get("authority")) != "NPLA" for c in got), rows


def test_a_name_on_the_list_of_the_other_act_s_own_object_is_no_target(rules):
    text = ("OFAC designated ten officers who bear responsibility for the coup, in which the army seized power, detained "
            "State Counsellor Lin Aye, President Tun Kyaw and other leaders, and declared a state of emergency.")
    rows = text_rows(rules, text)
    assert not find(rows, "sanction", target="Tun Kyaw") and not find(rows, "sanction", target="Lin Aye"), rows


# -- a count of designees does not stand for the victim the sentence names apart from them ---------------------------

VICTIM = [
    "Norvia: UK sanctions prison chiefs\n\nThe UK has today sanctioned six individuals in charge of the Kharsk penal "
    "colony, where the opposition politician Pavel Orlov died on Friday.\n\nPavel Orlov was poisoned in 2027 and later "
    "jailed on fraud charges.",
    "The Treasury designated four officials who ran the detention centre where the journalist Pavel Orlov was held.\n\n"
    "Pavel Orlov was arrested in 2027 and died in custody a year later.",
    "The EU listed five prison officers responsible for the jail where activist Pavel Orlov died last month.\n\nPavel "
    "Orlov had been held in solitary confinement for months.",
]


@pytest.mark.parametrize("text", VICTIM)
def test_the_victim_named_beside_a_count_is_no_designee(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "sanction", target="Pavel Orlov"), rows


# -- "Investigate X Massacre; Sanction Commanders and Their Backers": a headline's call, not a sanction -------------

CALLS = [
    "Norvia: Tarsk-Backed Rebels Killing, Raping Civilians\n\nInvestigate Marka Massacre; Sanction Commanders and Their "
    "Backers\n\n(Nairobi, February 6, 2029) - Fighters of the Norvian Liberation Front killed at least 60 civilians in the "
    "village of Marka in late November 2028, Rights Watch said today. The United Nations sanctioned the group's leader, Ivo "
    "Marenko, in 2019.",
    "Norvia: Free Marka Detainees; Sanction Guard Commanders\n\n(Nairobi, February 6, 2029) - Soldiers of the Norvian "
    "Guard detained hundreds of people in Marka in 2028, Rights Watch said today. The United Nations sanctioned the Guard's "
    "commander, Ivo Marenko, in 2019.",
    "Marka Killings: Sanction Rebel Leaders, UN Experts Urge\n\nGeneva, 6 February 2029\n\nFighters of the Norvian "
    "Liberation Front killed at least 60 civilians in Marka, UN experts said today. The United Nations sanctioned the "
    "group's leader, Ivo Marenko, in 2019.",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_headline_s_imperative_sanction_is_a_call(rules, text):
    rows = text_rows(rules, text, date="2029-02-06")
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"Ivo Marenko"}, rows
    assert {c.get("date") for c in find(rows, "sanction")} == {"2019"}, rows


# -- "X, a former police officer who is under U.N. sanctions": the clause on the title tells of X --------------------

UNDER = [
    ("The coalition is led by Ivo Marenko, a former police officer who is under UN sanctions.", None),
    ("The gang is run by Ivo Marenko, a businessman who remains under U.S. sanctions, police said.", "United States"),
    ("Ivo Marenko, a former army colonel who has been subject to EU sanctions since 2019, denied the report.", "European Union"),
]


@pytest.mark.parametrize("text, authority", UNDER)
def test_a_clause_on_the_title_of_a_person_under_sanctions_designates_the_person(rules, text, authority):
    rows = text_rows(rules, text)
    got = find(rows, "sanction", target="Ivo Marenko")
    assert got, rows
    if authority:
        assert {name(c.get("authority")) for c in got} == {authority}, rows
    assert all(name(c.get("authority")) != "police" for c in got), rows  # the body of his title sanctions no one


def test_a_title_clause_without_sanctions_designates_no_one(rules):
    rows = text_rows(rules, "Ivo Marenko, a former general who called for sanctions on the EU, denied the report.")
    assert not find(rows, "sanction", target="Ivo Marenko"), rows


# -- "At Tarsk Prison in Marka province, ...": the sentence's opening preposition is no part of the name -------------

OPENING = [
    "At Tarsk Prison in Marka province, political prisoners have been tortured and held in solitary confinement.",
    "In Vell Central Prison, inmates have been executed after summary trials.",
    "Near Korvel Detention Centre, guards beat relatives who came to ask about detainees.",
]


@pytest.mark.parametrize("text", OPENING)
def test_a_sentence_s_opening_preposition_is_no_part_of_a_name(rules, text):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2024-05-08"))
    names = {e.name for e in ex.entities.values()}
    assert not any(n.split()[0] in ("At", "In", "Near") for n in names), names


def test_a_designated_prison_after_an_opening_preposition_keeps_its_name(rules):
    text = ("Washington - The United States is today designating two Norvian judges and three prisons for their involvement "
            "in serious human rights abuses, pursuant to Executive Order 14999.\n\nJudge Ivo Marenko of the Revolutionary Court presided over the trial.\n\n"
            "Judge Ruslan Vakhan of the Revolutionary Court handed down the sentences.\n\nAt Tarsk Prison in Marka province, "
            "political prisoners have been tortured.\n\nVell Prison holds hundreds of protesters.\n\nKorvel Prison is where "
            "the executions took place.")
    rows = text_rows(rules, text)
    assert find(rows, "sanction", target="Tarsk Prison"), rows


# -- "The Nyatura armed group", "Nyatura fighters": a name the NER took for a place is the armed body's ---------------

ARMED = [
    "The Nyatura armed group, which has received support from Norvia's military, has committed unlawful killings in Tarsk "
    "province since late 2028, Rights Watch said today. Nyatura fighters went from house to house. The Nyatura has denied "
    "responsibility.",
    "The Nyatura armed group has killed at least 40 civilians in Tarsk province since January, UN investigators said. "
    "The Nyatura has denied the accusations.",
    "Nyatura fighters killed 12 villagers near Marka on Sunday, the army said. A spokesman for the Nyatura rebels denied it.",
]


@pytest.mark.parametrize("text", ARMED)
def test_a_name_the_text_calls_an_armed_body_is_no_place(rules, text):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2029-02-06"))
    types = {e.type for e in ex.entities.values() if e.name == "Nyatura"}
    assert types and not types & {"Place", "Region"}, {e.name: e.type for e in ex.entities.values()}


def test_a_known_region_whose_forces_act_stays_a_region(rules):
    text = ("Security forces from Ethiopia's Amhara region have killed civilians, and Amhara militia fighters looted homes, "
            "the commission said.")
    ex = rules.extract(Document(id="t", text=text + "\n", date="2029-02-06"))
    assert {e.type for e in ex.entities.values() if e.name == "Amhara"} <= {"Place", "Region"}, ex.entities


# -- an EU release: the framework adopted in the background is the listings' basis; a body that describes an entity
# -- ("a firm controlled by the army") does not list it; "The other two, C and D, ..." finishes the list ----------

EU_RELEASE = ("Norvia: Council sanctions four entities\n\nCouncil of the EU\nPress release\n22 January 2029\n\n"
              "The Council today imposed restrictive measures on four entities responsible for supporting the war in Norvia. "
              "Two of the entities listed today are companies involved in making drones for the army: Tarsk Holdings, a "
              "company that makes engines; and Vell Trading Limited, a firm controlled by the army. The other two, Ostra "
              "Mining LLC and Korvel Logistics Ltd, have helped to finance the militia.\n\nThe entities are subject to an "
              "asset freeze.\n\nBackground\n\nOn 9 October 2028 the Council adopted a framework for targeted restrictive "
              "measures in view of activities undermining the stability and political transition of Norvia.")
FRAMEWORK = "framework for targeted restrictive measures in view of activities undermining the stability and political transition of Norvia"


@pytest.mark.parametrize("firm", ["Tarsk Holdings", "Vell Trading Limited", "Korvel Logistics Ltd", "Ostra Mining LLC"])
def test_the_background_framework_is_the_basis_and_the_council_lists(rules, firm):
    rows = text_rows(rules, EU_RELEASE, date="2029-01-22")
    got = find(rows, "sanction", target=firm)
    assert got and {name(c.get("legal_basis")) for c in got} == {FRAMEWORK}, rows
    assert {name(c.get("authority")) for c in got} == {"Council of the European Union"}, rows


def test_the_army_a_firm_serves_is_neither_authority_nor_target(rules):
    rows = text_rows(rules, EU_RELEASE, date="2029-01-22")
    assert not any(name(c.get("authority")) == "army" or name(c.get("target")) == "army" for c in find(rows, "sanction")), rows
