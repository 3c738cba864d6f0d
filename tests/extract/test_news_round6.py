"""News and NGO reports, round 6: abuses told in the passive after the force that acted was named, denials
by the accused side, investigations opened or carried out by prosecutors, police and rights groups, and
relative dates. Every name here is invented."""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators

DATE = "2024-03-14"  # a Thursday


# who acted, when the abuse is told in the passive without an agent ------------------------------------


@pytest.mark.parametrize("text", [
    "Soldiers of the Veloran army raided the village of Kessum on Monday. Dozens of men were detained overnight.",
    "The Veloran army raided the village of Kessum on Monday, residents said. Dozens of men were detained overnight.",
    "Troops from the Veloran army stormed Kessum at dawn and dozens of men were detained.",
])
def test_a_passive_detention_is_by_the_force_that_acted_just_before(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Veloran army"}


def test_coordinated_passives_share_the_acting_force(rules):
    rows = extract_rows(rules, "Police in Tarvonia broke up a march by opposition supporters. "
                               "At least twelve protesters were arrested and two were beaten unconscious, witnesses said.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Police"}
    assert perpetrators(rows, "ill_treatment") == {"Police"}


def test_the_acting_force_is_not_whoever_reports_or_condemns(rules):
    rows = extract_rows(rules, "The Castavian Bar Association said on Monday that the trials were unfair. "
                               "Dozens of lawyers were detained overnight.", DATE)
    assert "Castavian Bar Association" not in perpetrators(rows)
    rows = extract_rows(rules, "The European Union condemned the crackdown in Tarvonia. Dozens of students were detained.", DATE)
    assert "European Union" not in perpetrators(rows)


def test_a_person_acting_before_a_passive_is_not_taken_for_the_force(rules):
    rows = extract_rows(rules, "Opposition leader Marta Ilvesk returned to Delmor on Sunday. She was arrested at the airport.", DATE)
    assert "Marta Ilvesk" not in perpetrators(rows)


def test_a_passive_with_its_own_agent_keeps_it(rules):
    rows = extract_rows(rules, "Soldiers of the Veloran army raided Kessum on Monday. "
                               "Two farmers were later detained by the Kessum district police.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Kessum district police"}


def test_the_force_refers_to_a_police_body_not_to_a_place_the_tagger_called_an_organisation(rules):
    rows = extract_rows(rules, "The three women were arrested by police on Wednesday. They were found on Friday at Ondurovo, "
                               "far from the capital. A police spokesman said the force had no record of their arrest.", DATE)
    assert "Ondurovo" not in perpetrators(rows)


# denials by the accused side ------------------------------------------------------------------------------


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text,who", [
    ("Riot police beat protesters in Chisinau on Saturday. Moldovan Interior Minister Goran Pesk told reporters "
     "that the police had never beaten anyone.", "Goran Pesk"),
    ("Police detained three activists on Wednesday, their lawyer said. Police spokesman Anton Brel said the force "
     "had no record of the activists' arrest.", "Anton Brel"),
    ("Soldiers of the Tarvonian army shot dead six protesters on Monday. The army said its soldiers had not killed anyone.",
     "Tarvonian army"),
])
def test_the_accused_side_saying_the_abuse_did_not_happen_is_a_denial(rules, text, who):
    assert who in deniers(extract_rows(rules, text, DATE))


def test_a_monitor_saying_something_was_not_done_about_an_abuse_denies_nothing(rules):
    rows = extract_rows(rules, "Police shot dead a student in Delmor on Monday. Amnesty International said the authorities "
                               "had not investigated the killing.", DATE)
    assert deniers(rows) == set()


@pytest.mark.parametrize("verb", ["insisted", "maintained"])
def test_the_accused_insisting_on_another_account_is_a_denial(rules, verb):
    rows = extract_rows(rules, f"Security forces opened fire on protesters in Orbel, killing six. The Castavian government {verb} "
                               "that the protesters had attacked a police station.", DATE)
    assert deniers(rows) == {"Castavian government"}


def test_a_rights_group_insisting_on_its_findings_denies_nothing(rules):
    rows = extract_rows(rules, "Soldiers detained dozens of villagers in Kessum. The Delmor Human Rights Centre insisted that "
                               "its findings were accurate and that detainees had been tortured.", DATE)
    assert deniers(rows) == set()


def test_saying_an_abduction_was_staged_is_a_denial(rules):
    rows = extract_rows(rules, "Deputy Information Minister Karl Otte suggested on Twitter that the abduction had been staged "
                               "to embarrass the government.", DATE)
    assert deniers(rows) == {"Karl Otte"}


def test_objecting_to_a_designation_is_a_denial_but_a_disputed_election_is_not(rules):
    rows = extract_rows(rules, "The Foreign Ministry of Moldova objected to the designation.", DATE)
    assert deniers(rows) == {"Foreign Ministry of Moldova"}
    rows = extract_rows(rules, "Protesters were beaten after the disputed election, a rights centre said.", DATE)
    assert deniers(rows) == set()


# investigations ---------------------------------------------------------------------------------------------


def investigations(rows):
    return {name(c["investigator"]): c for c in find(rows, "investigation")}


def test_a_body_saying_it_opened_an_investigation_is_the_investigator(rules):
    rows = extract_rows(rules, "Police detained three activists in Delmor. Police said on Sunday that they had opened "
                               "an investigation into the activists' account.", DATE)
    found = investigations(rows)
    assert set(found) == {"Police"}
    assert found["Police"]["finding"] == "ongoing"


@pytest.mark.parametrize("text", [
    "The Ostrava Human Rights Centre said it had collected the testimony of more than 300 people who were beaten in custody.",
    "The Ostrava Human Rights Centre said it was gathering evidence of torture in the city's prisons.",
])
def test_gathering_testimony_or_evidence_is_investigating(rules, text):
    assert set(investigations(extract_rows(rules, text, DATE))) == {"Ostrava Human Rights Centre"}


def test_an_inquiry_body_is_named_in_full_and_its_ongoing_work_is_ongoing(rules):
    rows = extract_rows(rules, "The Independent Investigative Mechanism for Castavia, a U.N. body in Geneva, said last year that "
                               "it was gathering evidence of killings of civilians by the military.", DATE)
    found = investigations(rows)
    assert set(found) == {"Independent Investigative Mechanism for Castavia"}
    c = found["Independent Investigative Mechanism for Castavia"]
    assert (c["finding"], c["date"], name(c["target"])) == ("ongoing", "2023", "military")


def test_a_national_investigative_committee_reviewing_complaints_investigates(rules):
    rows = extract_rows(rules, "The Investigative Committee of Tarvonia said it had received hundreds of complaints and was reviewing them.", DATE)
    assert investigations(rows)["Investigative Committee of Tarvonia"]["finding"] == "ongoing"


def test_coordinated_monitors_each_documented_what_the_perpetrator_did(rules):
    rows = extract_rows(rules, "U.N. investigators and rights groups have documented the killing of hundreds of villagers "
                               "in Kessum by the Red Hand militia.", DATE)
    found = investigations(rows)
    assert set(found) == {"U.N. investigators", "rights groups"}
    assert {name(c["target"]) for c in found.values()} == {"Red Hand militia"}


def test_a_body_that_receives_complaints_without_investigating_is_no_investigator(rules):
    rows = extract_rows(rules, "The Tarvonian embassy said it had received hundreds of letters from the families.", DATE)
    assert investigations(rows) == {}


# relative dates -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase,value", [
    ("last October", "2023-10"),   # the latest October before March 2024
    ("last March", "2023-03"),     # not the month of publication itself
    ("last February", "2024-02"),
    ("earlier this month", "2024-03"),
    ("three days ago", "2024-03-11"),
    ("Two weeks ago", "2024-02"),
    ("a year ago", "2023"),
    ("late last year", "2023"),
    ("on Tuesday", "2024-03-12"),
])
def test_relative_dates_resolve_against_the_publication_date(phrase, value):
    from kg.extract.dates import find_dates

    text = f"Soldiers detained the two men {phrase}, their families said."
    assert [d.value for d in find_dates(text, DATE)] == [value]


def test_relative_dates_are_dropped_without_a_publication_date():
    from kg.extract.dates import find_dates

    assert find_dates("Soldiers detained the two men last October and two weeks ago.", None) == []


def test_an_abuse_told_with_a_relative_date_carries_it(rules):
    rows = extract_rows(rules, "Gunmen of the Red Hand militia abducted three aid workers near Belgo last October.", DATE)
    assert {c.get("date") for c in find(rows, "abuse", abuse_type="enforced_disappearance")} == {"2023-10"}


# wire reports: air strikes, a state's forces, the junta, the dateline --------------------------------------------


@pytest.mark.parametrize("text,perp", [
    ("Israeli air strikes killed at least 40 people in Rafah overnight, health officials said.", "Israel"),
    ("Russian shelling killed 14 civilians in Kharkiv on Friday, the regional governor said.", "Russia"),
    ("An air strike by the Sudanese army on a market in Nyala killed at least 30 people on Sunday, medics said.", "Sudanese army"),
])
def test_an_air_strike_or_shelling_that_kills_is_by_the_state_or_force_named_on_it(rules, text, perp):
    assert perpetrators(extract_rows(rules, text, DATE), "extrajudicial_killing") == {perp}


def test_a_states_military_named_on_a_headline_strike_is_the_military(rules):
    rows = extract_rows(rules, "Myanmar military air strike on wedding party kills scores\n\nBy Dana Welt\n\n"
                               "BANGKOK, March 12 - Myanmar's military killed more than 60 people when its aircraft bombed "
                               "a wedding party in the village of Tharlin on Tuesday, residents said.", DATE)
    assert perpetrators(rows, "extrajudicial_killing") == {"military"}


def test_the_subject_after_a_dateline_is_the_perpetrator(rules):
    rows = extract_rows(rules, "Eleven villagers killed in Tharlin\n\nBANGKOK, March 12 - Myanmar's army killed 11 villagers in "
                               "the village of Tharlin on Tuesday, residents said.", DATE)
    assert perpetrators(rows, "extrajudicial_killing") == {"army"}


@pytest.mark.parametrize("text,perp", [
    ("Security forces in Iran shot dead five protesters in Zahedan on Tuesday, a rights group said.", "Iran"),
    ("The authorities in Minsk have jailed more than 1,000 political prisoners, a rights group said.", "Belarus"),
])
def test_a_states_bare_forces_in_a_country_or_its_capital_are_the_state(rules, text, perp):
    assert perp in perpetrators(extract_rows(rules, text, DATE))


def test_the_junta_acts_and_its_troops_are_its_own(rules):
    rows = extract_rows(rules, "The junta has detained thousands of opponents since the coup. Many were tortured in "
                               "military interrogation centres, a prisoners' group said.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == perpetrators(rows, "torture") == {"junta"}
    rows = extract_rows(rules, "Troops loyal to the junta burned down 200 homes in Tharlin and killed 11 villagers, residents said.", DATE)
    assert perpetrators(rows, "extrajudicial_killing") == {"junta"}


def test_a_force_led_by_a_commander_acts_itself(rules):
    rows = extract_rows(rules, "The armed forces, led by General Ko Thet, seized power in March and detained the elected "
                               "president, Mya Nandar.", DATE)
    assert "armed forces" in perpetrators(rows, "arbitrary_detention")
    assert "Mya Nandar" not in perpetrators(rows)


def test_a_government_rejecting_a_report_did_not_write_it(rules):
    rows = extract_rows(rules, "The Veloran foreign ministry rejected the UN report as biased and unfounded.", DATE)
    found = investigations(rows)
    assert "Veloran foreign ministry" not in found
    assert all(c.get("finding") != "not_confirmed" for c in found.values())
    assert deniers(rows) == {"Veloran foreign ministry"}


def test_a_un_committee_receiving_credible_reports_is_named_in_full(rules):
    rows = extract_rows(rules, "The UN Committee against Torture said it had received credible reports that detainees "
                               "were tortured at the Orbel facility.", DATE)
    assert investigations(rows)["UN Committee against Torture"]["finding"] == "confirmed"


# statements ---------------------------------------------------------------------------------------------------


def statements(rows):
    return {(name(c["speaker"]), name(c["medium"])) for c in find(rows, "statement")}


def test_a_news_agency_quoting_an_official_carries_the_officials_statement(rules):
    rows = extract_rows(rules, "The state news agency IRNA quoted the provincial governor, Ali Reza Tavakoli, as saying that "
                               "armed men had attacked the police station.", DATE)
    assert statements(rows) == {("Ali Reza Tavakoli", "IRNA")}


def test_telling_state_television_is_a_statement_on_it(rules):
    rows = extract_rows(rules, "Foreign Minister Idris Kallo told state television that the sanctions were illegal.", DATE)
    assert statements(rows) == {("Idris Kallo", "state television")}


@pytest.mark.parametrize("text", [
    "According to a statement from the Delmor Bar Association, the lawyers were detained without charge.",
    "The lawyers were detained without charge, according to a statement by the Delmor Bar Association.",
])
def test_a_statement_from_a_body_is_its_statement(rules, text):
    assert statements(extract_rows(rules, text, DATE)) == {("Delmor Bar Association", "statement")}


# detention at a protest ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Riot police detained nearly 700 people at rallies in Delmor on Sunday, a monitoring group said.",
    "Police arrested 40 people at a peaceful protest outside parliament, their lawyers said.",
])
def test_detaining_people_at_a_protest_is_also_repression_of_dissent(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert perpetrators(rows, "repression_of_dissent") == perpetrators(rows, "arbitrary_detention") != set()


def test_detaining_people_at_a_market_is_detention_only(rules):
    rows = extract_rows(rules, "Riot police detained nearly 700 people at a market in Delmor on Sunday, a monitoring group said.", DATE)
    assert perpetrators(rows, "arbitrary_detention") and not perpetrators(rows, "repression_of_dissent")


# inquiries set up by a body, sources the sentence hangs on, a force's own account ----------------------------------


def test_an_unnamed_panel_stands_for_the_body_that_set_it_up_which_is_no_perpetrator(rules):
    rows = extract_rows(rules, "DELMOR, March 13 - A judicial panel set up by the Delmor state government has concluded that "
                               "Castavian soldiers shot and killed unarmed demonstrators at the toll gate in October last year.", DATE)
    found = investigations(rows)
    assert set(found) == {"Delmor state government"}
    assert name(found["Delmor state government"]["target"]) == "Castavian soldiers"
    assert perpetrators(rows, "extrajudicial_killing") == {"Castavian soldiers"}


@pytest.mark.parametrize("source", ["Tarvonian prosecutors", "Amnesty International"])
def test_according_to_prosecutors_or_a_rights_group_is_their_finding(rules, source):
    rows = extract_rows(rules, f"According to {source}, soldiers killed at least 12 people at the Orbel toll gate.", DATE)
    assert name(investigations(rows)[source]["target"]) == "soldiers"


def test_according_to_a_witness_is_no_investigation(rules):
    rows = extract_rows(rules, "According to a witness, soldiers killed at least 12 people at the Orbel toll gate.", DATE)
    assert investigations(rows) == {}


def test_a_rights_group_named_once_by_the_tagger_is_the_same_group_later(rules):
    second = "Human Rights Watch found that soldiers had executed 12 detainees in Orbel."
    rows = extract_rows(rules, "Tarvonian police have detained dozens of critics, Human Rights Watch said in a report "
                               "released today.\n\n" + second, DATE)
    assert second in [ev["text"] for ev in investigations(rows)["Human Rights Watch"]["evidence"]]


def test_a_headline_the_tagger_reads_as_a_name_is_no_perpetrator(rules):
    rows = extract_rows(rules, "Castavia: Critics Abducted and Held Incommunicado\n\nSoldiers abducted three critics in Orbel.", DATE)
    assert all(":" not in p for p in perpetrators(rows))


def test_a_forces_own_account_of_enemies_killed_names_no_perpetrator(rules):
    rows = extract_rows(rules, "Gunmen attacked three military bases in Delmor on Friday.\n\nThe army said 79 enemies had been "
                               "killed and 45 captured.", DATE)
    assert perpetrators(rows, "extrajudicial_killing") == set()


def test_a_minister_who_has_maintained_that_no_one_was_killed_denies_it(rules):
    rows = extract_rows(rules, "Soldiers shot and killed unarmed demonstrators at the toll gate, a panel found.\n\n"
                               "Moldovan Information Minister Ion Vatra, who has maintained since last year that no one was "
                               "massacred at the toll gate, said the government would study the report.", DATE)
    assert deniers(rows) == {"Ion Vatra"}


@pytest.mark.parametrize("text", [
    "A police spokesman, Dan Rusu, said that nobody had been tortured at the station.",
    "Moldovan Interior Minister Goran Pesk called the reports of beatings fake news.",
])
def test_saying_nobody_suffered_it_or_calling_it_fake_news_is_a_denial(rules, text):
    rows = extract_rows(rules, "Police beat and tortured detainees at the Chisinau station, their lawyers said.\n\n" + text, DATE)
    assert deniers(rows)
