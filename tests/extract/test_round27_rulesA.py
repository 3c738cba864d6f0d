"""Round 27 (rulesA): whose child a person is when the text names both parents, or the couple, at once; the relative
named before a kinship phrase whose first name no name covers; a second kinship phrase of the same person; and who
did an abuse when the sentence names a documenter, an arrest of a suspect, or a doer in a "when" clause.

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, family_triples, find, perpetrators


# -- a child of two parents named together --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Today, the Treasury designated Tomas Varela Ruiz, a son of Corvanian President Emilio Varela and Vice President "
    "Dora Ruiz, for corruption.",
    # news report
    "SAN MARCO, May 4 - Prosecutors charged Tomas Varela Ruiz, the son of Emilio Varela and Dora Ruiz, with laundering "
    "public money on Tuesday.",
    # NGO report
    "Tomas Varela Ruiz, a son of former President Emilio Varela and his wife, Dora Ruiz, controls the state fuel importer.",
])
def test_a_child_of_two_parents_named_together_is_a_child_of_each(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert {("Emilio Varela", "Tomas Varela Ruiz", "child"), ("Dora Ruiz", "Tomas Varela Ruiz", "child")} <= kin


@pytest.mark.parametrize("text", [
    # press release
    "The Department designated Tomas Varela Ruiz, a son of President Emilio Varela and Vice President Dora Ruiz. It also "
    "designated Ines Varela Ruiz, a daughter of the couple, who runs the family's television channel.",
    # news report
    "Tomas Varela Ruiz, the son of Emilio Varela and Dora Ruiz, was charged on Tuesday. Prosecutors said Ines Varela "
    "Ruiz, another child of the presidential couple, had moved the money abroad.",
    # NGO report, the couple named as spouses
    "Emilio Varela and his wife, Dora Ruiz, have ruled Corvania since 2007. Ines Varela Ruiz, a daughter of the ruling "
    "couple, heads the state oil company.",
])
def test_a_child_of_the_couple_is_a_child_of_both(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert {("Emilio Varela", "Ines Varela Ruiz", "child"), ("Dora Ruiz", "Ines Varela Ruiz", "child")} <= kin


def test_a_son_of_one_man_and_a_body_has_one_parent(rules):
    """Not when the second thing after "and" is no person: "a son of X and a director of Y" is X's son only."""
    text = "Tomas Varela Ruiz, a son of Emilio Varela and a director of the Corvanian Fuel Company, was designated.\n"
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert ("Emilio Varela", "Tomas Varela Ruiz", "child") in kin
    assert all(p == "Emilio Varela" for p, _, _ in kin)


def test_parents_already_named_are_no_new_relatives(rules):
    """ "on behalf of his parents" after both parents were named: them again, not an unnamed third relative."""
    text = ("Today, the Treasury designated Tomas Varela Ruiz, a son of President Emilio Varela and Vice President Dora "
            "Ruiz. Tomas Varela Ruiz manages a number of businesses on behalf of his parents.\n")
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert not any(rel.startswith("his ") for _, rel, _ in kin)


def test_parents_not_both_named_are_still_relatives(rules):
    """One parent named is not both: "his parents" may name someone the text has not."""
    text = ("The Treasury designated Tomas Varela Ruiz, a son of President Emilio Varela. Tomas Varela Ruiz manages a "
            "number of businesses on behalf of his parents.\n")
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert ("Tomas Varela Ruiz", "his parents", "parent") in kin


# -- the relative named before the kinship phrase, first name uncovered ---------------------------------------------------

@pytest.mark.parametrize("text, child, parent", [
    # a list item of a press release
    ("The Council added the following persons to the list:\n- Dzian Harbatka, a son of Aliaksei Harbatka, who chairs the "
     "board of a state bank;\n", "Dzian Harbatka", "Aliaksei Harbatka"),
    # a news report
    ("Officials said Aliaksei Harbatka had lost the vote. Dzian Harbatka, a son of Aliaksei Harbatka, fled the country "
     "on Sunday.", "Dzian Harbatka", "Aliaksei Harbatka"),
])
def test_the_relative_before_the_comma_is_the_whole_name(rules, text, child, parent):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert (parent, child, "child") in kin


# -- a second kinship phrase of the same person ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a list item
    "- Alena Harbatka, the wife of Piotr Harbatka (himself listed in 2020) and so the daughter-in-law of Aliaksei "
    "Harbatka, who owns an events company;",
    # news report
    "Alena Harbatka, the wife of Piotr Harbatka and the daughter-in-law of Aliaksei Harbatka, was detained in Minsk.",
])
def test_a_second_kinship_phrase_describes_the_same_person(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert ("Piotr Harbatka", "Alena Harbatka", "spouse") in kin
    assert ("Aliaksei Harbatka", "Alena Harbatka", "relative") in kin


def test_a_kinship_phrase_of_another_clause_is_not_the_same_person(rules):
    text = ("Alena Harbatka, the wife of Piotr Harbatka, said on Monday that the son of Aliaksei Harbatka had been "
            "arrested.\n")
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert ("Aliaksei Harbatka", "Alena Harbatka", "child") not in kin
    assert ("Aliaksei Harbatka", "Alena Harbatka", "relative") not in kin


# -- the doer of a passive abuse is the subject of the "when" clause that puts the crowd down ----------------------------

@pytest.mark.parametrize("text, doers", [
    # press release (a designation above: the designated man is not who killed)
    ("Today, the Treasury designated Marco Lenz Ibarra under Executive Order 13851. More than 200 people were killed, and "
     "hundreds more were detained, when police and armed pro-government groups put down the protests that began in "
     "April.", {"police", "armed pro-government groups"}),
    # news report
    ("MANAGUA, May 3 - A court sentenced Bishop Tomas Reyes to 20 years in prison on Friday. At least 300 people were "
     "killed when security forces and pro-government paramilitaries crushed the 2018 protests, according to the "
     "commission.", {"security forces", "pro-government paramilitaries"}),
    # NGO report
    ("In Corvania, dozens of students were killed when the national guard suppressed the demonstrations in the capital "
     "in March, witnesses told the group.", {"national guard"}),
])
def test_a_when_clause_that_puts_the_protests_down_names_the_doer(rules, text, doers):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert perpetrators(rows, "extrajudicial_killing") and perpetrators(rows, "extrajudicial_killing") <= doers
    assert not {"Marco Lenz Ibarra", "Tomas Reyes"} & perpetrators(rows)


def test_a_when_clause_of_another_verb_names_no_doer(rules):
    """Only a clause that tells how: "were killed when the bridge collapsed" names no one."""
    text = "Twelve people were killed when the old bridge over the river collapsed in March, officials said.\n"
    rows = extract_rows(rules, text, "2023-05-10")
    assert "bridge" not in " ".join(perpetrators(rows))


# -- "the kingdom's repression": the state the text is about --------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    # press release
    ("The United States condemns the arrests of six journalists in Azerbaijan this week. These arrests are part of the "
     "regime's widening crackdown on independent media.", "Azerbaijan"),
    # news report
    ("RIYADH, Aug 30 - A court in Saudi Arabia has sentenced teacher Fahd al-Mutlaq to 20 years in prison. Lina Haddad, a "
     "researcher at the Gulf Rights Centre, said the kingdom's repression had entered a frightening phase.", "Saudi Arabia"),
    # NGO report
    ("Belarus: Rights defenders jailed. In Belarus, the courts handed down long sentences to activists in 2023, and the "
     "government's persecution of human rights defenders continued.", "Belarus"),
])
def test_the_state_named_by_what_it_is_owns_the_deed(rules, text, state):
    rows = extract_rows(rules, text + "\n", "2023-09-01")
    assert state in perpetrators(rows)


def test_no_foreign_state_no_owner(rules):
    """A text that names only the sanctioning state has no state of its own for "the regime" to be."""
    text = "The United States said on Monday that the regime's repression of its critics must end.\n"
    rows = extract_rows(rules, text, "2023-09-01")
    assert "United States" not in perpetrators(rows)


# -- an arrest of the one the text accuses is a suspect held, not an arbitrary detention ---------------------------------

@pytest.mark.parametrize("text, accused", [
    # press release: the designated officer, arrested by investigators
    ("The Department of State is designating Commander Ravi Senan of the Corvanian Navy for his involvement in gross "
     "violations of human rights, namely the torture of detainees. The Criminal Investigation Department arrested Senan in "
     "2018 after a two-year inquiry.", "Ravi Senan"),
    # news report: the officer who shot a protester
    ("Police officer Dan Holm shot dead a 17-year-old protester in Corvania on Friday, witnesses said. Investigators "
     "arrested Dan Holm on Sunday, the prosecutor's office said.", "Dan Holm"),
    # NGO report: a commander who ordered torture
    ("Colonel Ivo Drask tortured detainees at the Kessel barracks in 2019, former prisoners told the group. Military "
     "prosecutors detained Ivo Drask in March 2022.", "Ivo Drask"),
])
def test_an_arrest_of_the_accused_is_no_arbitrary_detention(rules, text, accused):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert not find(rows, "abuse", abuse_type="arbitrary_detention", victim=accused)


def test_an_arrest_of_someone_the_text_does_not_accuse_is_still_one(rules):
    text = ("The Department of State is designating Commander Ravi Senan of the Corvanian Navy for the torture of "
            "detainees. Navy officers arrested journalist Mira Tesk in 2018 after she reported on the abuse.\n")
    rows = extract_rows(rules, text, "2023-05-10")
    assert find(rows, "abuse", abuse_type="arbitrary_detention", victim="Mira Tesk")


# -- who is implicated in the abuses did them ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, doer", [
    # press release
    ("The Department condemns the killings in Corvania. Members of the Black Hawk militia have been implicated in the "
     "killing of at least 40 civilians in the north.", "Black Hawk militia"),
    # news report, after another force's deeds
    ("NAIROBI, April 4 - Corvanian soldiers summarily executed dozens of civilians in Merawi, residents said. Fano fighters "
     "have also been implicated in abuses, including killings of civilians and abductions of officials.", "Fano fighters"),
    # NGO report
    ("The Rapid Guard unit was involved in the torture of detainees at the Kessel barracks in 2021, former prisoners "
     "told the group.", "Rapid Guard"),
])
def test_who_is_implicated_did_it(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert any(doer in p for p in perpetrators(rows))


def test_a_rejected_accusation_of_involvement_names_no_doer(rules):
    text = ("Two opposition leaders were abducted in Corvania last month. Police have rejected accusations by the opposition "
            "that officers were involved in the abductions.\n")
    rows = extract_rows(rules, text, "2023-05-10")
    assert not any("officer" in p.lower() or "police" in p.lower() for p in perpetrators(rows, "enforced_disappearance"))


# -- "enforced disappearances by X": the participle is the deed's own name, the "by" its doer -----------------------------

@pytest.mark.parametrize("text, documenter, doer", [
    # NGO's own account
    ("The Varn Civil Society Coalition has for more than a decade documented killings, torture and enforced "
     "disappearances by Corvanian security forces in the region.", "Varn Civil Society Coalition", "Corvanian security forces"),
    # news report
    ("SRINAGAR, Nov 22 - The group has documented enforced disappearances by the Border Rifles in the valley since 2016, "
     "its director said.", "group", "Border Rifles"),
    # press release
    ("The Corvania Mission said in its report that it had documented enforced disappearances by the National Guard in "
     "three provinces.", "Corvania Mission", "National Guard"),
])
def test_enforced_disappearances_by_a_force_are_the_forces(rules, text, documenter, doer):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    doers = perpetrators(rows, "enforced_disappearance")
    assert any(doer in p for p in doers)
    assert not any(p.endswith(documenter) for p in doers)


def test_a_participle_on_its_victims_still_names_them(rules):
    """ "detained lawyers" is no deed's name: the lawyers were held, and hold no one."""
    text = "Police in Corvania detained lawyers Ana Brel and Ivo Marek on Monday, their colleagues said.\n"
    rows = extract_rows(rules, text, "2023-05-10")
    assert not {"Ana Brel", "Ivo Marek"} & perpetrators(rows, "arbitrary_detention")


# -- "his" before relatives named in the same phrase is someone else's -----------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "On May 2 the regime executed Navid Korami, a wrestler from Shiraz. Judge Ali Sadran presided over the case. Two of "
    "his brothers, Vahid and Habib Korami, remain in prison.",
    # news report
    "SHIRAZ, May 2 - Navid Korami was hanged on Saturday, his lawyer said. A court led by Judge Ali Sadran had sentenced "
    "him in April. His brothers, Vahid Korami and Habib Korami, were jailed for six years.",
    # NGO report
    "Navid Korami was executed in May after an unfair trial before Judge Ali Sadran. Two of his brothers, Vahid and Habib "
    "Korami, are serving long prison terms in Adel Abad prison.",
])
def test_his_brothers_named_after_are_the_first_mans(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert ("Navid Korami", "Habib Korami", "sibling") in kin
    assert not any(p in ("Ali Sadran", "Habib Korami") for p, _, _ in kin)


@pytest.mark.parametrize("text", [
    "Opposition groups alleged that Mr Varela, his wife Dora Varela and their sons Tomas and Ivan Varela built up large "
    "fortunes.",
    "The freeze covers Mr Varela, his wife Dora Varela and their son Ivan Varela.",
])
def test_a_wife_named_after_the_kinship_word_is_not_the_man_before_the_comma(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert any(rel == "Dora Varela" and relation == "spouse" for _, rel, relation in kin)
    assert any(rel == "Ivan Varela" and relation == "child" for _, rel, relation in kin)


def test_the_man_before_the_comma_is_still_the_relative_when_none_is_named_after(rules):
    text = "The Treasury designated Qais Darwan and Laith Darwan, his brother and a militia commander.\n"
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert ("Qais Darwan", "Laith Darwan", "sibling") in kin


# -- kin of a group: "the mother of three critics of X" is the critics' mother, not X's ---------------------------------------

@pytest.mark.parametrize("text", [
    # news report
    "GROZNY, July 5 - A court has sentenced Lema Daudova, the mother of three outspoken critics of the regional leader "
    "Adam Sultanov, to five years in a penal colony.",
    # press release
    "We condemn the detention of Lema Daudova, the mother of two exiled critics of President Adam Sultanov.",
    # NGO report
    "Lema Daudova, the mother of three prominent critics of governor Adam Sultanov, was taken from her flat in January.",
])
def test_kin_of_a_group_is_not_kin_of_the_man_inside_it(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2023-05-10"))
    assert not any(p == "Adam Sultanov" for p, _, _ in kin)


def test_kin_of_one_man_named_after_a_title_is_still_his(rules):
    text = "Lola Karimova, the daughter of the late President of Uzbekistan, Islam Karimov, was questioned.\n"
    kin = family_triples(extract_rows(rules, text, "2023-05-10"))
    assert ("Islam Karimov", "Lola Karimova", "child") in kin


# -- "filed corruption cases against X": a charge named by its kind, no deed of anyone ------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Ivo Tarn chairs the Anti-Graft Commission, which the junta reconstituted after the coup in Corvania and which has "
    "filed corruption cases against opposition leader Mira Salen.",
    # news report
    "NAYPYITAW, May 2 - Prosecutors in Corvania brought new corruption charges against Mira Salen on Monday, her lawyer said.",
    # NGO report
    "The authorities in Corvania have lodged embezzlement complaints against Mira Salen and two of her aides since 2021.",
])
def test_a_charge_named_by_its_kind_is_no_abuse(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert not find(rows, "abuse", abuse_type="corruption")


def test_a_corruption_told_as_done_is_still_one(rules):
    text = "Minister Ivo Tarn embezzled millions from the Corvanian health fund, the Treasury said.\n"
    rows = extract_rows(rules, text, "2023-05-10")
    assert "Ivo Tarn" in perpetrators(rows, "corruption")
