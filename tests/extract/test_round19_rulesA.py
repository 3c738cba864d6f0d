"""Round 19 (rulesA): who suffered an abuse is not its doer, a reaction is no finding, an inquiry set up is one begun,
and who denies the charges they are held on.

"His killing", "Varo's arrest" own the deed as the one it was done to; "the arrest of X drew protests" names no doer;
a headline drops the "was" of a passive ("Lawyer X shot dead at home"). A rights group that condemns a killing or is
horrified by it reacts to the news and has found nothing. A body that forms a committee to look into a death, or
appoints a judge to head an inquiry, has begun an inquiry. "Charges, which they deny": the ones charged deny them.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- "his killing", "Varo's arrest": the possessor of a deed done to one person suffered it ---------------------------

@pytest.mark.parametrize("text, victim", [
    ("Dan Varo, a shopkeeper, was shot in Varn in January 2018. His killing set off protests across Ostland.", "Dan Varo"),
    ("The journalist Ali Moro was held in May. Moro's detention has lasted a year, his lawyer said.", "Ali Moro"),
    ("Lena Korvel vanished in Dorav in 2019. Her abduction was never solved.", "Lena Korvel"),
])
def test_the_owner_of_a_deed_done_to_one_person_suffered_it(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert victim not in perpetrators(rows), rows


@pytest.mark.parametrize("text", [
    "The arrest of the journalist Ali Moro in May drew protests.",
    "The killing of the farmer Dan Varo set off protests across Ostland.",
])
def test_a_deed_that_is_the_subject_of_the_clause_names_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not perpetrators(rows) & {"Ali Moro", "Dan Varo"}, rows


def test_a_doer_who_owns_the_deed_with_its_object_did_it(rules):
    rows = extract_rows(rules, "General Dan Varo ordered the killing of three farmers. Varo's killing of the farmers shocked the region.\n",
                        "2022-01-10")
    assert "Dan Varo" in perpetrators(rows, "extrajudicial_killing")


# -- "Lawyer X shot dead at home": a headline's passive ------------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("Ostland rights lawyer Dan Varo shot dead at home; U.N. rights chief urges inquiry\n\nBy Ann Teller\n\n"
     "VARN, Jan 23 - Gunmen shot the lawyer Dan Varo at his home on Saturday, his family said.", "Dan Varo"),
    ("Opposition leader Lena Korvel detained in Varn after rally\n\nPolice in Varn detained the opposition leader Lena Korvel on Monday.",
     "Lena Korvel"),
])
def test_the_subject_of_a_headlines_passive_suffered_it(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2022-01-24")
    assert victim not in perpetrators(rows), rows


def test_a_headline_with_an_object_tells_its_doer(rules):
    rows = extract_rows(rules, "Ostland police killed two protesters in Varn\n\nThe shooting took place on Monday.\n", "2022-01-24")
    assert "police" in {p.split()[-1].lower() for p in perpetrators(rows, "extrajudicial_killing")}, rows


# -- "Amnesty condemned the killing": a reaction, no finding --------------------------------------------------------------

@pytest.mark.parametrize("reaction", [
    "Amnesty International condemned the killing and called for those responsible to be brought to justice.",
    "The U.N. High Commissioner for Human Rights said on Monday that he was horrified by the killing.",
    "Human Rights Watch said it deplored the killing.",
])
def test_a_monitor_reacting_to_an_abuse_reports_no_finding(rules, reaction):
    rows = extract_rows(rules, "Gunmen killed the lawyer Dan Varo in Varn on Saturday. " + reaction + "\n", "2022-01-24")
    assert not find(rows, "investigation"), rows


def test_a_monitor_telling_an_abuse_has_found_it(rules):
    rows = extract_rows(rules, "Amnesty International said soldiers killed 12 villagers in Dorav in May.\n", "2022-01-24")
    assert find(rows, "investigation", investigator="Amnesty International")


# -- "formed a committee to look into his death": an inquiry begun -----------------------------------------------------

@pytest.mark.parametrize("text, investigator", [
    ("The Ostland Interior Ministry said it had formed a committee to look into his death.", "Ostland Interior Ministry"),
    ("The Varn Police Service set up a panel to investigate the shootings of May 2.", "Varn Police Service"),
    ("The Ostland Bar Association appointed a retired judge, Ali Moro, to head an inquiry into the deaths.", "Ostland Bar Association"),
])
def test_a_body_that_sets_up_an_inquiry_has_begun_one(rules, text, investigator):
    rows = extract_rows(rules, "Police shot dead four protesters in Varn on May 2. " + text + "\n", "2022-06-01")
    got = find(rows, "investigation", investigator=investigator)
    assert got and got[0].get("finding") == "ongoing", rows
    assert all(name(c.get("target")) != "Ali Moro" for c in find(rows, "investigation")), rows


@pytest.mark.parametrize("text", [
    "The Ostland Interior Ministry appointed a new police chief, Ali Moro, in May.",
    "Rights groups called on the Ostland Interior Ministry to set up a commission to investigate the killings.",
    "The Ostland Interior Ministry has not set up any inquiry into the killings.",
])
def test_a_body_set_up_for_no_inquiry_or_only_asked_for_is_none(rules, text):
    rows = extract_rows(rules, "Police shot dead four protesters in Varn on May 2. " + text + "\n", "2022-06-01")
    assert not find(rows, "investigation", investigator="Ostland Interior Ministry"), rows


# -- "on terrorism charges, which they deny": the ones charged deny --------------------------------------------------------

@pytest.mark.parametrize("text, deniers", [
    ("Two lawmakers, Ali Moro and Dan Varo, were arrested in July 2021 and remain in detention on terrorism charges, which they deny.",
     {"Ali Moro", "Dan Varo"}),
    ("The activist Lena Korvel was jailed in 2020 on charges of inciting unrest, which she denies.", {"Lena Korvel"}),
])
def test_who_is_held_on_charges_they_deny_denies(rules, text, deniers):
    rows = extract_rows(rules, text + "\n", "2022-06-01")
    assert {name(c["denier"]) for c in find(rows, "denial")} >= deniers, rows


def test_charges_someone_else_upholds_are_no_denial(rules):
    rows = extract_rows(rules, "The activist Lena Korvel was jailed in 2020 on charges of inciting unrest, which the court upheld.\n", "2022-06-01")
    assert not find(rows, "denial"), rows


# -- "said the police acted with restraint": the accused side calling its conduct measured denies ----------------------

@pytest.mark.parametrize("said", [
    "Ali Moro, Malawi's interior minister, said that officers had acted with great restraint.",
    "Malawi's Interior Minister Ali Moro has said the police acted with restraint and fired only to protect lives.",
    "Malawi's Interior Minister Ali Moro said officers had exercised maximum restraint.",
])
def test_an_official_calling_the_conduct_restrained_denies(rules, said):
    rows = extract_rows(rules, "Police in Malawi have killed dozens of protesters in Lilongwe since July. " + said + "\n", "2022-01-10")
    assert find(rows, "denial", denier="Ali Moro"), rows


def test_restraint_only_promised_is_no_denial(rules):
    rows = extract_rows(rules, "Police in Malawi have killed dozens of protesters in Lilongwe since July. "
                               "Malawi's Interior Minister Ali Moro has said the police would act with restraint.\n", "2022-01-10")
    assert not find(rows, "denial", denier="Ali Moro"), rows


# -- "Torture and ill-treatment." over a section: a label, not an act ---------------------------------------------------

@pytest.mark.parametrize("label", ["Torture and ill-treatment.", "Deaths in custody.", "Enforced disappearances."])
def test_a_section_label_tells_no_abuse_and_carries_no_doer(rules, label):
    text = ("Arbitrary arrests. Officers of the Varn Police Service have arrested hundreds of people in poor neighbourhoods.\n\n"
            + label + " Former detainees described their months in the Dorav prison.\n")
    rows = extract_rows(rules, text, "2022-12-07")
    assert {name(c["abuse_type"]) for c in find(rows, "abuse", perpetrator="Varn Police Service")} == {"arbitrary_detention"}, rows


def test_a_section_label_leaves_the_doers_its_section_names(rules):
    text = ("Arbitrary arrests. Officers of the Varn Police Service have arrested hundreds of people in poor neighbourhoods.\n\n"
            "Torture. Former detainees said prison guards beat them on arrival.\n")
    rows = extract_rows(rules, text, "2022-12-07")
    assert "prison guards" in perpetrators(rows, "ill_treatment"), rows


@pytest.mark.parametrize("text, body", [
    ("Police in Varn said they had formed a committee to look into his death.", "committee"),
    ("The authorities have appointed a retired judge, Ali Moro, to head a judicial inquiry into the deaths.", "judicial inquiry"),
])
def test_an_inquiry_set_up_by_no_one_named_is_the_body_set_up(rules, text, body):
    rows = extract_rows(rules, "Police shot dead four protesters in Varn on May 2. " + text + "\n", "2022-06-01")
    got = find(rows, "investigation", investigator=body)
    assert got and got[0].get("finding") == "ongoing", rows
    assert name(got[0].get("target")) not in ("Ali Moro", "authorities"), rows


def test_who_only_calls_for_an_inquiry_beside_one_set_up_holds_none(rules):
    rows = extract_rows(rules, "Police shot dead four protesters in Varn on May 2. The Ostland Assembly set up a commission to investigate "
                               "the events, and the UN human rights office called for a prompt and independent investigation.\n", "2022-06-01")
    assert {name(c["investigator"]) for c in find(rows, "investigation")} <= {"Ostland Assembly", "commission"}, rows


# -- "HRW said that detainees had described being beaten": the group reports what witnesses told -----------------------

@pytest.mark.parametrize("text, monitor", [
    ("Amnesty International said former detainees described being tortured by soldiers of the Varn Guard in 2021.", "Amnesty International"),
    ("Human Rights Watch said in a report that detainees had described being beaten by the Varn Guard in police custody.", "Human Rights Watch"),
])
def test_a_monitor_telling_what_witnesses_described_has_found_it(rules, text, monitor):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "investigation", investigator=monitor), rows


def test_witnesses_telling_it_themselves_are_no_investigators(rules):
    rows = extract_rows(rules, "Former detainees said soldiers of the Varn Guard had tortured them in 2021.\n", "2022-01-10")
    assert not find(rows, "investigation"), rows


# -- "X said in a report": the report is the medium of what X says -------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Human Rights Watch said in a November report that security forces had killed 40 protesters in Varn.", "Human Rights Watch"),
    ("Soldiers of the Varn Guard killed 40 villagers in Dorav in May, the Ostland Bar Association said today in a new report.",
     "Ostland Bar Association"),
])
def test_what_a_body_says_in_a_report_is_its_statement(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "statement", speaker=speaker, medium="report"), rows


@pytest.mark.parametrize("text", [
    "In its report, the Ostland Bar Association said soldiers of the Varn Guard had killed 40 villagers in Dorav.",
    "Soldiers of the Varn Guard killed 40 villagers in Dorav, according to a report by the Ostland Bar Association.",
])
def test_a_report_cited_or_set_before_the_verb_is_no_medium(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not find(rows, "statement", medium="report"), rows


# -- "named six suspects": an inquiry under way ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, investigator, target", [
    ("National police chief General Dan Varo last Thursday named six suspects, including three police officers: Ali Moro, "
     "head of operations at the Varn police; and Lena Korvel, a commander.", "Dan Varo", "Ali Moro"),
    ("The Varn Police Service has identified two officers as suspects in the killing of the student.", "Varn Police Service", None),
])
def test_who_names_suspects_has_an_inquiry_under_way(rules, text, investigator, target):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    got = find(rows, "investigation", investigator=investigator)
    assert got and got[0].get("finding") == "ongoing", rows
    if target:
        assert name(got[0].get("target")) == target, rows


@pytest.mark.parametrize("text", [
    "The suspect named his accomplices to the Varn Police Service.",
    "The Varn Police Service has not named any suspects in the killing of the student.",
])
def test_naming_no_suspects_is_no_inquiry(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not find(rows, "investigation", investigator="Varn Police Service"), rows


# -- "his wife, Marta Varo de Korvel": the named wife, a family name's particle and all -----------------------------------

@pytest.mark.parametrize("text, wife", [
    ("I am also designating two of his immediate family members: his wife, Marta Linares Varo de Korvel, and his son, Ali Korvel.",
     "Marta Linares Varo de Korvel"),
    ("Dan Korvel was sanctioned in May. His wife, Ana Maria van der Berg, was also designated.", "Ana Maria van der Berg"),
    ("Dan Korvel was sanctioned in May. His wife, Lena Brask, was also designated.", "Lena Brask"),
])
def test_a_wife_named_after_the_word_is_that_person(rules, text, wife):
    rows = extract_rows(rules, "Dan Korvel, a former minister of Ostland, took bribes. " + text + "\n", "2023-01-10")
    assert wife in {name(c["relative"]) for c in find(rows, "family", relation="spouse")}, rows


def test_a_wife_described_but_not_named_stays_his_wife(rules):
    rows = extract_rows(rules, "Dan Korvel, a former minister of Ostland, took bribes. His wife, who owns a bank in Varn, was also designated.\n",
                        "2023-01-10")
    assert {name(c["relative"]) for c in find(rows, "family", relation="spouse")} <= {"His wife"}, rows


# -- "activists of the X attacked protesters": an attack on those who dissent -----------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("On Monday, activists of the Varn Youth League, the ruling party's student wing, attacked protesters with sticks at Varn University.",
     "Varn Youth League"),
    ("Supporters of the Ostland People's Party attacked journalists covering the rally in Varn on Monday.", "Ostland People's Party"),
    ("Riot police assaulted demonstrators outside the parliament in Varn on Monday.", "Riot police"),
])
def test_who_attacks_protesters_or_journalists_ill_treats_them(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2023-01-10")
    assert doer in perpetrators(rows, "ill_treatment"), rows


def test_protesters_who_attack_the_police_are_no_abuse_of_the_police(rules):
    rows = extract_rows(rules, "Protesters attacked police with stones in Varn on Monday.\n", "2023-01-10")
    assert not find(rows, "abuse"), rows


# -- "A committee of senior police officers later concluded": an inquiry body named by its own words -----------------------

@pytest.mark.parametrize("text, body, finding", [
    ("A committee of senior Varn police officers later concluded that the encounter had been staged.",
     "committee of senior Varn police officers", "confirmed"),
    ("A parliamentary commission found that officers had fired without warning.", "parliamentary commission", "confirmed"),
])
def test_an_unnamed_inquiry_body_that_finds_is_the_investigator(rules, text, body, finding):
    rows = extract_rows(rules, "Police shot dead the shopkeeper Ali Moro in Varn in May. " + text + "\n", "2022-06-01")
    got = find(rows, "investigation", investigator=body)
    assert got and got[0].get("finding") == finding, rows


def test_a_named_inquiry_body_keeps_its_name(rules):
    rows = extract_rows(rules, "Police shot dead the shopkeeper Ali Moro in Varn in May. The Varn Truth Commission concluded that the "
                               "encounter had been staged.\n", "2022-06-01")
    assert {name(c["investigator"]) for c in find(rows, "investigation")} == {"Varn Truth Commission"}, rows


# -- "his trial before an anti-terrorism court is ongoing": the court's inquiry, under way -------------------------------

@pytest.mark.parametrize("text, court", [
    ("Dan Varo was later released on bail, and his trial before an anti-terrorism court in Varn is ongoing.", "an anti-terrorism court in Varn"),
    ("Colonel Dan Varo went on trial in the Tesk Regional Court on Monday over the killing.", "Tesk Regional Court"),
])
def test_a_trial_under_way_is_the_courts_inquiry_into_the_accused(rules, text, court):
    rows = extract_rows(rules, "Police shot dead the shopkeeper Ali Moro in Varn in 2018. " + text + "\n", "2022-01-10")
    got = find(rows, "investigation", investigator=court)
    assert got and got[0].get("finding") == "ongoing" and name(got[0].get("target")) == "Dan Varo", rows


@pytest.mark.parametrize("text", [
    "Rights groups said Colonel Dan Varo should stand trial before the Tesk Regional Court.",
    "Colonel Dan Varo was denied a fair trial.",
])
def test_a_trial_asked_for_or_without_a_court_is_none(rules, text):
    rows = extract_rows(rules, "Police shot dead the shopkeeper Ali Moro in Varn in 2018. " + text + "\n", "2022-01-10")
    assert not find(rows, "investigation"), rows


# -- "The authorities have rejected the allegations of torture": the denier is no doer of the denied abuse -----------------

@pytest.mark.parametrize("text", [
    "Ostland authorities have rejected the allegations of torture.",
    "The Varn Police Service denied accusations of abuse.",
])
def test_who_denies_an_allegation_is_not_its_doer_there(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not find(rows, "abuse"), rows
    assert find(rows, "denial"), rows


def test_an_allegation_told_without_denial_still_names_its_doer(rules):
    rows = extract_rows(rules, "Former detainees accused the Varn Police Service of torture.\n", "2022-01-10")
    assert "Varn Police Service" in perpetrators(rows, "torture"), rows


# -- "He is a younger brother of X": the pronoun's person is the relative -----------------------------------------------------

@pytest.mark.parametrize("text, person, relative, relation", [
    ("Dan Varo commands the navy. He is the son of Ali Varo, the former president.", "Ali Varo", "Dan Varo", "child"),
    ("Lena Varo runs the bank. She is the younger sister of Ali Varo, the defence minister.", "Ali Varo", "Lena Varo", "sibling"),
])
def test_a_pronoun_said_to_be_someones_kin_is_the_person_it_stands_for(rules, text, person, relative, relation):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "family", person=person, relative=relative, relation=relation), rows


def test_a_pronoun_kin_to_no_one_named_is_no_family_tie(rules):
    rows = extract_rows(rules, "Dan Varo commands the navy. He is the son of a farmer from Dorav.\n", "2022-01-10")
    assert not find(rows, "family"), rows


# -- "since March 27": a month, not a protest march -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since the assembly approved a state of emergency on March 27, 2022, Ostland authorities have detained more than 58,000 people.",
    "Ostland police detained about 300 people in Varn in March.",
])
def test_a_detention_dated_in_march_is_no_detention_at_a_march(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-06-01")
    assert find(rows, "abuse", abuse_type="arbitrary_detention") and not find(rows, "abuse", abuse_type="repression_of_dissent"), rows


def test_people_detained_at_a_march_were_held_for_dissent(rules):
    rows = extract_rows(rules, "Ostland police detained nearly 7,000 people at a march in Varn on Monday.\n", "2022-06-01")
    assert find(rows, "abuse", abuse_type="repression_of_dissent"), rows


def test_a_short_heading_that_names_its_doer_still_tells_the_abuse(rules):
    rows = extract_rows(rules, "Arbitrary arrests. The Varn Guard detained hundreds of people in Dorav.\n\n"
                               "Varn Guard killings. Residents described the night of May 2.\n", "2022-12-07")
    assert "Varn Guard" in perpetrators(rows, "extrajudicial_killing"), rows


def test_a_panel_set_up_to_review_something_in_a_text_of_no_abuse_is_no_inquiry(rules):
    rows = extract_rows(rules, "The Ostland parliament set up a committee to review the constitution.\n", "2022-06-01")
    assert not find(rows, "investigation"), rows


def test_a_trial_that_has_ended_is_not_under_way(rules):
    rows = extract_rows(rules, "Police shot dead the shopkeeper Ali Moro in Varn in 2018. The trial of Colonel Dan Varo before the "
                               "Tesk Regional Court ended in May.\n", "2022-06-01")
    assert not find(rows, "investigation", finding="ongoing"), rows


def test_a_bodys_own_deed_stays_its_own(rules):
    rows = extract_rows(rules, "Rights groups documented the Varn Guard's torture in Dorav prison.\n", "2022-01-10")
    assert "Varn Guard" in perpetrators(rows, "torture"), rows


# -- tear gas on football fans is force on a crowd; on protesters, repression of dissent -----------------------------------

@pytest.mark.parametrize("text", [
    "Witnesses at the Varn stadium said riot police fired volley after volley of tear gas into the stands after fans spilled onto the pitch.",
    "Listyo said 11 officers had fired tear gas, including at the stands.",
])
def test_tear_gas_where_no_one_protests_is_no_repression_of_dissent(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-10-10")
    assert not find(rows, "abuse", abuse_type="repression_of_dissent"), rows


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at thousands of protesters in Varn on Monday.",
    "Thousands marched through Varn on Monday to demand new elections. Riot police fired tear gas at the crowd.",
])
def test_tear_gas_on_a_protest_is_repression_of_dissent(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-10-10")
    assert "Riot police" in perpetrators(rows, "repression_of_dissent"), rows


# -- "should not complain when mercenaries killed them": a case supposed, not told -----------------------------------------

@pytest.mark.parametrize("text", [
    "Earlier on Saturday, the king told a gathering that people calling for reforms should not shed tears or complain when mercenaries killed them.",
    "If soldiers kill civilians, they will be punished, the minister said.",
])
def test_an_abuse_only_supposed_is_not_told(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-01-23")
    assert not find(rows, "abuse"), rows


@pytest.mark.parametrize("text", [
    "When soldiers killed 12 villagers in Dorav in 2019, the army denied it.",
    "The minister said he would resign when he learned that soldiers had killed 12 villagers in Dorav.",
])
def test_an_abuse_told_in_a_clause_of_time_is_told(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-01-23")
    assert "soldiers" in perpetrators(rows, "extrajudicial_killing"), rows


def test_a_habit_told_with_if_is_told(rules):
    rows = extract_rows(rules, "Former detainees said that if they refused to confess, soldiers beat them.\n", "2023-01-23")
    assert find(rows, "abuse", abuse_type="ill_treatment"), rows
