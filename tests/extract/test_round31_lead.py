"""Round 31 (lead): who designates, when, and who is no designation at all.

Releases and news pack several acts into one text: an earlier act told in the simple past with its date ("DIS was
itself designated by OFAC in June 2023") and the text's own act told in the present ("A and B are being designated
pursuant to E.O. N"). The present is the text's day, not the date just told. A sentence that joins two clauses with
their own subjects ("the Department of State determined ..., and Treasury designated X") is acted by the second
clause's subject. A court's freeze is a measure in a case, not a sanction; a list entry's "Designation:" field is
the person's title; "the sanctions regime on X" is a body of rules, no one who acts or is listed.
"""

import pytest

from extract.claimhelp import find, name, text_rows
from kg.model import Document

# -- "are being designated": the text's own act, dated by the text, not by the act told just before ----------------

PRESENT = [
    ("Treasury Sanctions Tarsk Arms Brokers\n\nMarch 3, 2029\n\nTarsk Defence Works, the army's arms maker, was itself "
     "designated by OFAC in June 2027. Ivo Marenko and Vell Trading Limited are being designated pursuant to E.O. 14999 "
     "for having materially assisted the Tarsk army.", "2029-03-03"),
    ("OFAC Designates Tarsk Arms Network\n\nMarch 3, 2029\n\nThe State Department listed Tarsk Defence Works in June "
     "2027. Ivo Marenko is designated today pursuant to E.O. 14999 for having provided support to the Tarsk army, and "
     "Vell Trading Limited is being designated for being owned or controlled by him.", "2029-03-03"),
    ("UK sanctions Tarsk brokers\n\n3 March 2029\n\nThe UK sanctioned Tarsk Defence Works in June 2027. Ivo Marenko and "
     "Vell Trading Limited are designated under the Tarsk (Sanctions) Regulations 2026 for supplying the army with arms.",
     "2029-03-03"),
]


@pytest.mark.parametrize("text, day", PRESENT)
def test_a_designation_told_in_the_present_is_dated_by_the_text(rules, text, day):
    rows = text_rows(rules, text, date=day)
    got = find(rows, "sanction", target="Ivo Marenko")
    assert got and {c.get("date") for c in got} == {day}, rows
    assert {c.get("date") for c in find(rows, "sanction", target="Tarsk Defence Works")} <= {"2027-06"}, rows


def test_an_earlier_act_in_the_simple_past_keeps_its_own_date(rules):
    text = ("Treasury Sanctions Tarsk Arms Brokers\n\nMarch 3, 2029\n\nOFAC designated Tarsk Defence Works in June 2027. "
            "The company was designated for supplying the army with drones.")
    rows = text_rows(rules, text, date="2029-03-03")
    assert {c.get("date") for c in find(rows, "sanction", target="Tarsk Defence Works")} == {"2027-06"}, rows


# -- "X determined ..., and Treasury designated Y": the designating clause's own subject acts ------------------------

JOINED = [
    "Last week, the Department of State determined that Tarsk army units had committed atrocities in Norvia, and "
    "Treasury designated the army's commander, Ivo Marenko, pursuant to E.O. 14999.",
    "The Department of State concluded on Monday that the Tarsk militia had killed civilians, and OFAC sanctioned the "
    "militia's leader, Ivo Marenko, under E.O. 14999.",
    "In a report, the Department of State found that abuses were widespread in Norvia, and the Treasury designated "
    "Ivo Marenko under E.O. 14999 for his role in them.",
]


@pytest.mark.parametrize("text", JOINED)
def test_the_joined_clause_s_own_subject_designates(rules, text):
    rows = text_rows(rules, text)
    got = find(rows, "sanction", target="Ivo Marenko")
    assert got and all(name(c.get("authority")) != "Department of State" for c in got), rows


def test_a_joined_verb_without_a_subject_of_its_own_shares_the_first(rules):
    rows = text_rows(rules, "The Department of the Treasury met on Monday and designated Ivo Marenko under E.O. 14999.")
    assert {name(c.get("authority")) for c in find(rows, "sanction", target="Ivo Marenko")} == {"Department of the Treasury"}, rows


def test_members_of_a_body_doing_something_else_do_not_designate(rules):
    text = ("The following individuals were designated today by OFAC under E.O. 14999:\n\nIvo Marenko is the Director "
            "of the Tarsk Intelligence Service (TIS). Under his leadership, TIS officers have detained opposition figures, "
            "and he is designated for being a leader of an entity involved in serious human rights abuse.")
    rows = text_rows(rules, text)
    assert all(name(c.get("authority")) != "Tarsk Intelligence Service" for c in find(rows, "sanction", target="Ivo Marenko")), rows
    assert not find(rows, "sanction", target="Tarsk Intelligence Service"), rows


@pytest.mark.parametrize("text", [
    "Under his command, Norvian Guard units have shelled villages in Marka, and he is being designated pursuant to E.O. 14999.",
    "Norvian Guard soldiers have detained hundreds of protesters, and Ivo Marenko is designated for leading the unit.",
    "Under his leadership, Norvian Guard officers have detained opposition figures, and he is designated for being a "
    "leader of an entity involved in serious human rights abuse.",
])
def test_a_body_that_only_does_the_other_act_neither_designates_nor_is_designated(rules, text):
    rows = text_rows(rules, "Ivo Marenko is the commander of the Norvian Guard. " + text)
    got = find(rows, "sanction", target="Ivo Marenko")
    assert got and all(name(c.get("authority")) != "Norvian Guard" for c in got), rows
    assert not find(rows, "sanction", target="Norvian Guard"), rows


# -- a court's freeze or ban is no sanction --------------------------------------------------------------------------

COURT = [
    ("Prosecutors charged Ivo Marenko with embezzlement, and a court in Tarsk froze his bank accounts in December 2019.",
     "Ivo Marenko"),
    ("TARSK, May 2 (Wire) - A judge on Monday froze the assets of businessman Luka Vell pending his trial for fraud.",
     "Luka Vell"),
    ("The Supreme Court of Norvia banned Ivo Marenko from leaving the country while the inquiry continues, the "
     "Mirova Centre said.", "Ivo Marenko"),
]


@pytest.mark.parametrize("text, person", COURT)
def test_a_court_s_freeze_or_ban_is_no_sanction(rules, text, person):
    rows = text_rows(rules, text)
    assert not find(rows, "sanction", target=person), rows


def test_a_state_s_freeze_still_is(rules):
    rows = text_rows(rules, "The Treasury froze the assets of businessman Luka Vell under E.O. 14999 on Monday.")
    assert find(rows, "sanction", target="Luka Vell"), rows


# -- list entries: "Designation:" is the title field ------------------------------------------------------------------

def test_a_designation_field_names_a_title_not_a_target(rules):
    text = ("On 5 August 2029, the Security Council Committee established pursuant to resolution 2999 (2027) concerning "
            "Norvia approved the addition of the entry specified below to its sanctions list.\n\nName: IVO MARENKO\n"
            "Title: General\nDesignation: President of the armed group Front for the Liberation of Norvia (FLN)\n"
            "Nationality: Norvia\n")
    rows = text_rows(rules, text)
    assert not [c for c in find(rows, "sanction") if "Liberation" in (name(c.get("target")) or "")], rows


# -- "the sanctions regime on X" is no body ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 9 November 2029, the Committee, which oversees the sanctions regime on Norvia, added Ivo Marenko to its list.\n",
    "The Council extended the visa regime for Tarsk officials and listed Ivo Marenko under Regulation (EU) 2029/12.\n",
    "Under the Norvia sanctions regime, the United Kingdom today designated Ivo Marenko.\n",
])
def test_a_regime_of_rules_is_no_body_or_target(rules, text):
    ex = rules.extract(Document(id="t", text=text, date="2029-11-09"))
    assert not [e for e in ex.entities.values() if e.type in ("GovernmentBody", "Group") and "regime" in e.name], ex.entities


def test_a_government_called_a_regime_still_is_one(rules):
    ex = rules.extract(Document(id="t", text="The Tarsk regime detained 40 protesters in March, witnesses said.\n", date="2029-11-09"))
    assert [e for e in ex.entities.values() if "regime" in e.name.lower() or e.name == "Tarsk"], ex.entities


# -- Arabic names: the family name inside a longer name, without its article, is the person -----------------------

@pytest.mark.parametrize("text", [
    "OFAC today designated Abdelkarim al-Tarsi Mahmoud, the commander of the Norvian army. Tarsi is being designated "
    "pursuant to E.O. 14999.",
    "The EU listed General Abdelkarim al-Tarsi Mahmoud on Monday. Under Tarsi's command, the army shelled Marka.",
    "Human rights groups blamed Abdelkarim el-Tarsi Mahmoud for the siege. Tarsi has denied the accusations.",
])
def test_the_inner_family_name_without_its_article_is_the_same_person(rules, text):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2029-11-09"))
    people = [e for e in ex.entities.values() if "Tarsi" in e.name]
    assert len(people) == 1 and people[0].type == "Person", [(e.name, e.type) for e in people]


def test_two_men_who_share_the_inner_name_keep_it_apart(rules):
    text = ("OFAC designated Abdelkarim al-Tarsi Mahmoud and Youssef al-Tarsi Hamid, the commander's cousin. "
            "Tarsi had led the army since 2019.\n")
    ex = rules.extract(Document(id="t", text=text, date="2029-11-09"))
    assert "Tarsi" not in {a for e in ex.entities.values() if e.type == "Person" for a in e.aliases}, ex.entities


# -- "A military court on Monday sentenced theatre director X": the verb the tagger took for a participle -------------

VERDICT = [
    "TARSK, July 8 (Wire) - A Norvian military court on Monday sentenced theatre director Ilse Korva to six years in a "
    "penal colony for a play about the war.",
    "A regional court on Friday sentenced journalist Pavo Merin to nine years in prison, the Mirova Centre said.",
    "The Vessa District Court on Tuesday sentenced activist Maria Kovalenko to four years for organising a rally.",
]


@pytest.mark.parametrize("text", VERDICT)
def test_a_court_that_sentences_someone_found_the_case_proven(rules, text):
    rows = text_rows(rules, text)
    got = [c for c in find(rows, "investigation") if "court" in (name(c.get("investigator")) or "").lower()]
    assert got and all(c.get("finding") == "confirmed" for c in got), rows


def test_a_sentenced_noun_after_no_court_is_no_verdict(rules):
    rows = text_rows(rules, "The sentenced activist Dana Ullo said on Monday that she would appeal to the Supreme Court.")
    assert not [c for c in find(rows, "investigation") if c.get("finding") == "confirmed"], rows


# -- "Rights groups have accused X of ...": unnamed groups' charge is no inquiry ------------------------------------

@pytest.mark.parametrize("text", [
    "Rights groups have accused the authorities of using the law to crush dissent.",
    "Human rights groups have long accused the Tarsk army of abuses against civilians in Marka.",
    "TARSK, May 2 (Wire) - Activists accused the police of beating protesters, but the ministry denied it.",
])
def test_unnamed_groups_accusing_hold_no_investigation(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "investigation"), rows


@pytest.mark.parametrize("text", [
    "Prosecutors accused Ivo Marenko of fraud on Monday.",
    "Rights groups documented the killings of 40 protesters in Marka, and accused the army of covering them up.",
])
def test_an_accusing_office_or_a_group_that_documented_still_investigates(rules, text):
    assert find(text_rows(rules, text), "investigation"), text


# -- "acting under Chapter VII of the Charter": what the Council acts under, not what a listing stands on -------------

@pytest.mark.parametrize("text", [
    "Adopting resolution 2999 (2029), the Council, acting under Chapter VII of the Charter of the United Nations, added "
    "Ivo Marenko to the list of individuals subject to the asset freeze imposed by resolution 2950 (2027).",
    "The Security Council, acting under Chapter VII, today imposed a travel ban on Ivo Marenko by resolution 2999 (2029).",
    "Under Chapter VII of the UN Charter, resolution 2999 (2029) listed Ivo Marenko, the Norvian militia leader.",
])
def test_a_charter_chapter_is_no_basis_beside_a_resolution(rules, text):
    rows = text_rows(rules, text)
    got = find(rows, "sanction", target="Ivo Marenko")
    assert got and not [c for c in got if "Chapter" in (name(c.get("legal_basis")) or "")], rows
