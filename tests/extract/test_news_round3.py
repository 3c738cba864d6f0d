"""News-style rules of round 3: titles and bodies as wire reports and press releases introduce them,
who did an abuse when the text names it through troops, accusations and charges, and who looked into it."""

from extract.claimhelp import extract_rows, find, name, orgs, perpetrators


def run(rules, text, date="2021-03-05"):
    return extract_rows(rules, text + "\n", date)


# positions --------------------------------------------------------------------------------------


def test_a_possessed_title_set_off_before_the_name_is_of_the_possessor(rules):
    rows = run(rules, "Eritrea's information minister, Yemane Gebremeskel, dismissed the report as baseless.")
    (c,) = find(rows, "position", person="Yemane Gebremeskel")
    assert name(c["org"]) == "Eritrea" and c["role"] == "information minister"


def test_a_title_set_off_before_a_rank_and_name(rules):
    rows = run(rules, "An Interior Ministry spokesman, Brigadier General Saad Maan, denied the reports.")
    assert orgs(rows, "Saad Maan") == {"Interior Ministry"}


def test_its_title_is_of_the_body_just_named(rules):
    rows = run(rules, "The Ethiopian Human Rights Commission said it was looking into the reports. "
                      "Its chief commissioner, Daniel Bekele, has called for access.")
    (c,) = find(rows, "position", person="Daniel Bekele")
    assert name(c["org"]) == "Ethiopian Human Rights Commission" and c["role"] == "chief commissioner"


def test_lower_case_words_after_a_body_describe_the_title(rules):
    rows = run(rules, "The United Nations human rights chief, Michelle Bachelet, called for an inquiry.")
    (c,) = find(rows, "position", person="Michelle Bachelet")
    assert name(c["org"]) == "United Nations" and c["role"] == "human rights chief"


def test_a_un_special_rapporteur_holds_a_post_of_the_un(rules):
    rows = run(rules, "Mary Lawlor, the UN Special Rapporteur on the situation of human rights defenders, spoke on Friday.")
    (c,) = find(rows, "position", person="Mary Lawlor")
    assert name(c["org"]) == "United Nations" and c["role"] == "Special Rapporteur"


def test_a_name_before_its_acronym_is_one_organisation(rules):
    rows = run(rules, "Qais al-Khazali, the secretary-general of Asa'ib Ahl al-Haq (AAH), was designated. "
                      "Laith al-Khazali, his brother and an AAH commander, took part in the attacks.")
    assert orgs(rows, "Qais al-Khazali") == {"Asa'ib Ahl al-Haq"}
    assert orgs(rows, "Laith al-Khazali") == {"Asa'ib Ahl al-Haq"}


def test_a_rank_word_is_no_part_of_the_body(rules):
    rows = run(rules, "Lieutenant General Jamil al-Shammari, a senior army commander, was sent to the province.")
    assert orgs(rows, "Jamil al-Shammari") == {"army"}


def test_a_name_the_model_takes_for_an_organisation_is_a_person_after_a_title(rules):
    rows = run(rules, "He advises the President of the Central African Republic, Faustin-Archange Touadéra.")
    (c,) = find(rows, "position", person="Faustin-Archange Touadéra")
    assert name(c["org"]) == "Central African Republic" and c["role"] == "President"


def test_a_relative_then_a_copula_title(rules):
    rows = run(rules, "His son, Alejandro Castro Espín, is a colonel in Cuba's Ministry of the Interior.")
    assert orgs(rows, "Alejandro Castro Espín") == {"Ministry of the Interior"}


def test_a_description_is_no_body(rules):
    rows = run(rules, "On 22 May, Mamadbokir Mamadbokirov, an informal community leader in Khorog, was shot dead.")
    assert "informal community" not in orgs(rows, "Mamadbokir Mamadbokirov")


# perpetrators ----------------------------------------------------------------------------------


def test_troops_of_a_unit_stand_for_the_unit(rules):
    rows = run(rules, "Troops of the 58th Division are accused of executing Tamil fighters who had surrendered.")
    assert perpetrators(rows, "extrajudicial_killing") == {"58th Division"}


def test_forces_loyal_to_a_commander_stand_for_the_commander(rules):
    rows = run(rules, "Forces loyal to Karuna Amman abducted children and forced them to fight.")
    assert perpetrators(rows, "enforced_disappearance") == {"Karuna Amman"}
    assert perpetrators(rows, "forced_labor") == {"Karuna Amman"}


def test_everyone_accused_is_a_perpetrator_and_the_accuser_is_not(rules):
    rows = run(rules, "Rome prosecutors accuse General Tariq Sabir and Colonel Uhsam Helmi of kidnapping the student.")
    assert perpetrators(rows, "enforced_disappearance") == {"Tariq Sabir", "Uhsam Helmi"}


def test_who_is_charged_with_murder_is_the_alleged_perpetrator(rules):
    rows = run(rules, "Major Magdi Sharif is also charged with murder.")
    (c,) = find(rows, "abuse", abuse_type="extrajudicial_killing")
    assert name(c["perpetrator"]) == "Magdi Sharif" and c["status"] == "alleged"


def test_a_suspect_named_by_investigators(rules):
    rows = run(rules, "Karannagoda was named by investigators as a suspect in the abduction of 11 young men in Colombo in 2008.")
    assert perpetrators(rows, "enforced_disappearance") == {"Karannagoda"}


def test_the_agent_of_an_accusation_is_the_accuser(rules):
    rows = run(rules, "In the Central African Republic, instructors under Wagner command have been accused by U.N. experts of killing civilians.")
    assert "U.N. experts" not in perpetrators(rows, "extrajudicial_killing")


def test_someone_who_disappeared_did_not_disappear_anyone(rules):
    rows = run(rules, "Giulio Regeni was researching trade unions in Cairo when he disappeared on January 25, 2016.")
    assert find(rows, "abuse", perpetrator="Giulio Regeni") == []


def test_someone_held_and_tortured_is_the_victim(rules):
    rows = run(rules, "The agency had put Regeni under surveillance for weeks, and he was held and tortured over several days.")
    assert find(rows, "abuse", perpetrator="Regeni") == []


def test_a_town_named_inside_an_agent_phrase_is_no_perpetrator(rules):
    rows = run(rules, "Her office had corroborated information on grave violations by several parties, including the killing of civilians in Axum.")
    assert "Axum" not in perpetrators(rows, "extrajudicial_killing")


def test_a_dateline_dash_is_no_part_of_the_forces(rules):
    rows = run(rules, "BAGHDAD, Nov 29 - Iraqi security forces shot dead at least 25 protesters in Nasiriyah on Thursday.")
    assert perpetrators(rows, "extrajudicial_killing") == {"Iraqi security forces"}


def test_held_incommunicado_is_a_disappearance(rules):
    rows = run(rules, "The police detained hundreds of protesters and held some of them incommunicado.")
    assert perpetrators(rows, "enforced_disappearance") == {"police"}


def test_a_counted_group_after_a_list_is_the_people_listed(rules):
    text = ("The UK has today designated two individuals under the Global Human Rights sanctions regime. Those sanctioned are:\n\n"
            "1. General Shavendra Silva, former Commander of the Sri Lanka Army\n"
            "2. Admiral Wasantha Karannagoda, former Commander of the Sri Lanka Navy\n\n"
            "The two are responsible for abuses that include torture.")
    assert perpetrators(run(rules, text), "torture") == {"Shavendra Silva", "Wasantha Karannagoda"}


# investigations ----------------------------------------------------------------------------------


def test_it_is_investigating_is_whoever_said_so(rules):
    rows = run(rules, "The U.N. Assistance Mission for Iraq (UNAMI) said it was investigating the killings.")
    (c,) = find(rows, "investigation")
    assert name(c["investigator"]) == "U.N. Assistance Mission for Iraq" and c["finding"] == "ongoing"


def test_a_prosecutor_who_closed_an_investigation(rules):
    rows = run(rules, "In 2020 Egypt's public prosecutor said the perpetrator was unknown and closed its own investigation.")
    (c,) = find(rows, "investigation")
    assert name(c["investigator"]) == "Egypt's public prosecutor" and c["date"] == "2020"


def test_a_rights_group_reporting_an_abuse_investigated_it(rules):
    rows = run(rules, "Amnesty International said Eritrean soldiers had massacred hundreds of civilians in the city of Axum.")
    (c,) = find(rows, "investigation")
    assert name(c["investigator"]) == "Amnesty International" and name(c["target"]) == "Eritrean soldiers"
    assert perpetrators(rows, "extrajudicial_killing") == {"Eritrean soldiers"}


def test_a_persons_quote_is_no_investigation(rules):
    rows = run(rules, "Security forces detained dozens of activists, said Mary Lawlor, the UN Special Rapporteur on human rights defenders.")
    assert find(rows, "investigation") == []


# entities ------------------------------------------------------------------------------------------


def test_a_name_someone_is_known_as_is_the_same_person(rules):
    rows = run(rules, "Vinayagamoorthy Muralitharan, known as Karuna Amman, recruited children as fighters. "
                      "Karuna Amman has forcibly recruited children before.")
    assert perpetrators(rows, "forced_labor") == {"Vinayagamoorthy Muralitharan"}


def test_the_bare_body_is_the_one_named_in_full_before(rules):
    rows = run(rules, "Iraqi security forces opened fire on protesters. "
                      "A spokesman denied that the security forces had fired on peaceful protesters.")
    assert perpetrators(rows, "extrajudicial_killing") == {"Iraqi security forces"}


def test_a_name_cut_in_two_by_the_model_is_one_person(rules):
    rows = run(rules, "Husayn Falih al-Lami, also known as Abu Zaynab, the security director of the Popular Mobilization Forces (PMF). "
                      "He directed the militia snipers.")
    (c,) = find(rows, "position")
    assert name(c["person"]) == "Husayn Falih al-Lami" and name(c["org"]) == "Popular Mobilization Forces"


# across sentences and between words ----------------------------------------------------------------


def test_the_paramilitaries_are_the_armed_body_named_just_before(rules):
    rows = run(rules, "The Rapid Support Forces took control of El Geneina in June. "
                      "Witnesses said the paramilitaries beat residents to death.")
    assert perpetrators(rows, "extrajudicial_killing") == {"Rapid Support Forces"}


def test_bare_soldiers_are_the_unit_named_in_the_sentence_before(rules):
    rows = run(rules, "Soldiers of the 99th Division entered the village at dawn. Villagers said soldiers shot dead at least ten men.")
    assert perpetrators(rows, "extrajudicial_killing") == {"99th Division"}


def test_bare_soldiers_with_no_unit_nearby_stay_soldiers(rules):
    rows = run(rules, "Villagers said soldiers shot dead at least ten men.")
    assert perpetrators(rows, "extrajudicial_killing") == {"soldiers"}


def test_an_abuse_phrase_with_words_between_its_parts(rules):
    rows = run(rules, "Police officers beat two students to death in the city of Lagos.")
    assert perpetrators(rows, "extrajudicial_killing") == {"Police officers"}


def test_held_them_incommunicado_names_who_held_them(rules):
    rows = run(rules, "Police in Nasiriyah held protesters incommunicado for days.")
    (c,) = find(rows, "abuse", abuse_type="enforced_disappearance")
    assert name(c["perpetrator"]) == "Police" and name(c["victim"]) == "protesters"


def test_a_judge_of_a_court(rules):
    rows = run(rules, "Judge Sergei Podoprigorov of the Moscow City Court sentenced him to 25 years.")
    (c,) = find(rows, "position", person="Sergei Podoprigorov")
    assert name(c["org"]) == "Moscow City Court" and c["role"] == "Judge"


def test_a_title_the_model_took_into_the_name_stays_a_title(rules):
    rows = run(rules, "The prosecutor's office in Riyadh, Saudi Arabia, said Crown Prince Mohammed bin Salman had no knowledge of the operation.")
    (c,) = find(rows, "position", person="Mohammed bin Salman")
    assert name(c["org"]) == "Saudi Arabia" and c["role"] == "Crown Prince"


def test_an_unnamed_body_before_a_title_set_off_before_the_name(rules):
    rows = run(rules, "A military spokesman, Brigadier General Zaw Min Tun, told a news conference that troops were innocent.")
    assert orgs(rows, "Zaw Min Tun") == {"military"}


def test_all_of_a_body_after_a_list_of_ranked_names(rules):
    rows = run(rules, "Prosecutors accuse General Tariq Sabir and Colonel Uhsam Helmi, all of Egypt's National Security Agency, of kidnapping the student.")
    assert orgs(rows, "Tariq Sabir") == {"National Security Agency"}
    assert orgs(rows, "Uhsam Helmi") == {"National Security Agency"}


def test_an_occupation_then_a_title_in_apposition(rules):
    rows = run(rules, "Khamis al-Khanjar, a businessman and member of parliament, paid bribes to officials.")
    assert orgs(rows, "Khamis al-Khanjar") == {"parliament"}


def test_sitting_in_an_assembly_is_membership(rules):
    rows = run(rules, "His daughter Mariela Castro Espín heads the National Center for Sex Education and sits in the National Assembly.")
    assert orgs(rows, "Mariela Castro Espín") == {"National Center for Sex Education", "National Assembly"}


# denials ---------------------------------------------------------------------------------------------


def test_who_insists_and_denies_is_the_denier_not_the_victim(rules):
    rows = run(rules, "Iranian authorities insist she died of a medical condition and deny that she was mistreated.")
    assert [name(c["denier"]) for c in find(rows, "denial")] == ["Iranian authorities"]
