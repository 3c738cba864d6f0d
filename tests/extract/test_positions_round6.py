"""Position rules of round 6: lower-case news titles ("deputy information minister"), an unnamed body opening a
sentence ("Police spokesman X"), and the names of the people who hold them. Every name here is invented."""

from extract.claimhelp import extract_rows, find, held, name, orgs, perpetrators

DATE = "2021-03-05"


# lower-case words between two title words --------------------------------------------------------


def test_a_lower_case_department_word_between_deputy_and_minister_is_one_title(rules):
    rows = extract_rows(rules, "In Zambia, Farai Dube, the deputy information minister, said the story was staged.\n", DATE)
    assert held(rows, "Farai Dube") == {("deputy information minister", "Zambia")}


def test_the_same_title_before_the_name_keeps_its_deputy(rules):
    rows = extract_rows(rules, "Deputy foreign minister Farai Dube denied it in Zambia.\n", DATE)
    assert held(rows, "Farai Dube") == {("Deputy foreign minister", "Zambia")}


# an unnamed body opening a sentence -------------------------------------------------------------


def test_a_capitalised_bare_body_opening_a_sentence_is_the_body_of_the_title(rules):
    rows = extract_rows(rules, "Police spokesman Peter Ncube said the women were never held in Zambia.\n", DATE)
    assert {name(c["org"]).casefold() for c in find(rows, "position", person="Peter Ncube")} == {"police"}


def test_the_opening_body_is_the_same_body_as_the_police_named_before(rules):
    rows = extract_rows(rules, "Witnesses said police beat the marchers in Lusaka.\n"
                               "Police spokesman Peter Ncube said nobody was hurt.\n", DATE)
    assert orgs(rows, "Peter Ncube") == {"police"}
    assert perpetrators(rows) == {"police"}


def test_a_capitalised_body_word_after_another_capitalised_word_is_part_of_a_name_not_a_bare_body(rules):
    rows = extract_rows(rules, "Zambia Police spokesman Peter Ncube said nobody was hurt.\n", DATE)
    assert "Police" not in orgs(rows, "Peter Ncube")


# "led by", "headed by", "commanded by" ----------------------------------------------------------


def test_a_body_led_by_a_person_set_off_after_it_is_led_by_that_person(rules):
    rows = extract_rows(rules, "The armed forces, led by Senior General Kyaw Zeya Thu, seized power in Myanmar in 2021.\n", DATE)
    assert held(rows, "Kyaw Zeya Thu") == {("leader", "armed forces")}


def test_a_descriptor_led_by_a_person_gives_the_lead_of_the_body_it_describes(rules):
    rows = extract_rows(rules, "The Treasury said the Kachin Defence Army, a militia headed by Zau Seng, had attacked the village.\n", DATE)
    assert held(rows, "Zau Seng") == {("head", "Kachin Defence Army")}


def test_a_passive_main_clause_commanded_by_gives_the_command(rules):
    rows = extract_rows(rules, "The 44th Brigade is commanded by Colonel Zau Seng, the villagers said.\n", DATE)
    assert held(rows, "Zau Seng") == {("commander", "44th Brigade")}


def test_leading_an_event_is_no_position(rules):
    rows = extract_rows(rules, "The march through Lusaka was led by Anna Moyo.\n", DATE)
    assert find(rows, "position", person="Anna Moyo") == []


# long capitalised titles before a name ----------------------------------------------------------


def test_a_long_title_with_of_and_for_before_the_name_is_of_the_department(rules):
    rows = extract_rows(rules, "Under Secretary of the Treasury for Sanctions and Financial Crimes Jane Q. Doe said "
                               "the United States would act.\n", DATE)
    assert held(rows, "Jane Q. Doe") == {("Under Secretary", "Department of the Treasury")}


def test_a_capitalised_modifier_read_as_a_preposition_stays_in_the_title(rules):
    rows = extract_rows(rules, "Vice Chairman of the State Council Li Wenjun visited Lhasa.\n", DATE)
    assert held(rows, "Li Wenjun") == {("Vice Chairman", "State Council")}


# "the party's youth leaders A and B" -------------------------------------------------------------


def test_the_partys_title_shared_by_two_names_is_of_the_party_named_before_in_the_sentence(rules):
    rows = extract_rows(rules, "Maria Chanda, the Freedom Alliance member of parliament for Lusaka East, and the party's "
                               "youth leaders Anna Moyo and Ruth Banda were arrested by police in Zambia.\n", DATE)
    assert held(rows, "Anna Moyo") == held(rows, "Ruth Banda") == {("youth leader", "Freedom Alliance")}


def test_the_partys_title_with_no_body_named_before_gives_no_position(rules):
    rows = extract_rows(rules, "The party's youth leaders Anna Moyo and Ruth Banda were arrested. "
                               "The Freedom Alliance said they were beaten.\n", DATE)
    assert find(rows, "position", person="Anna Moyo") == []


# entity names: the fullest name the text gives --------------------------------------------------


def people(rows):
    """The names of every person a claim mentions."""
    return {name(v) for r in rows for k, v in r.items() if k in ("person", "target", "speaker", "perpetrator", "victim", "denier")
            and isinstance(v, (str, dict))}


def test_given_names_the_ner_called_something_else_stay_in_the_persons_name(rules):
    rows = extract_rows(rules, "The Treasury designated the current Vice President of Paraguay, Hugo Adalberto Mendez Moreno, "
                               "pursuant to E.O. 13818.\n", DATE)
    assert held(rows, "Hugo Adalberto Mendez Moreno") == {("Vice President", "Paraguay")}


def test_the_first_of_two_surnames_used_alone_is_the_same_person(rules):
    rows = extract_rows(rules, "The State Department designated former Paraguayan President Luis Manuel Ortega Jara. "
                               "Ortega paid lawmakers to back an amendment. Mr. Ortega denied wrongdoing.\n", DATE)
    assert "Ortega" not in people(rows) and "Luis Manuel Ortega Jara" in people(rows)


def test_a_name_the_text_later_gives_longer_is_one_person_under_the_longer_name(rules):
    rows = extract_rows(rules, "Cuban leader Raul Castro spoke on Monday. Raul Castro Ruz, the former President of Cuba, "
                               "was designated by the State Department.\n", DATE)
    assert orgs(rows, "Raul Castro Ruz") == {"Cuba"}
    assert find(rows, "position", person="Raul Castro") == []


def test_a_shorter_name_after_the_full_one_joins_it(rules):
    rows = extract_rows(rules, "Raul Castro Ruz, the former President of Cuba, was designated. Raul Castro, the Cuban leader, "
                               "denied it.\n", DATE)
    assert orgs(rows, "Raul Castro Ruz") == {"Cuba"}
    assert find(rows, "position", person="Raul Castro") == []


# names the NER took for a body -------------------------------------------------------------------


def test_a_name_that_becomes_president_is_a_person_though_the_ner_says_otherwise(rules):
    rows = extract_rows(rules, "Rights groups in Zimbabwe blame state agents for the abduction of dozens of critics "
                               "since Tendai Chikwanha became president in 2017.\n", DATE)
    assert held(rows, "Tendai Chikwanha") == {("president", "Zimbabwe")}


def test_a_body_that_is_a_member_of_something_stays_a_body(rules):
    rows = extract_rows(rules, "The Lusaka Rights Coalition is a member of the regional network, the Zambia Daily said.\n", DATE)
    assert find(rows, "position", person="Lusaka Rights Coalition") == []


def test_a_plural_rank_read_into_a_bodys_name_leaves_the_persons_name_and_gives_the_rank(rules):
    rows = extract_rows(rules, "The Treasury designated Police Colonels Juan Perez Soto and Mario Diaz Lopez for their roles "
                               "in the crackdown in Nicaragua.\n", DATE)
    assert held(rows, "Juan Perez Soto") == held(rows, "Mario Diaz Lopez") == {("Police Colonel", "Police")}


def test_a_body_then_headed_by_a_person_set_off_by_commas_is_headed_by_that_person(rules):
    rows = extract_rows(rules, "Detainees were taken by the agencies, including the Naval Security Directorate, then headed by "
                               "Major General Omar Talib, and held in Aleppo.\n", DATE)
    assert held(rows, "Omar Talib") == {("head", "Naval Security Directorate")}


def test_a_body_appointed_by_one_person_and_chaired_by_another_is_chaired_by_the_second(rules):
    rows = extract_rows(rules, "A commission of inquiry appointed by President Tendai Chikwanha and chaired by former Kenyan "
                               "President Samuel Otieno reported in 2019.\n", DATE)
    assert ("chair", "commission of inquiry") in held(rows, "Samuel Otieno")
    assert "commission of inquiry" not in orgs(rows, "Tendai Chikwanha")


# titles set off before a name --------------------------------------------------------------------


def test_a_title_after_of_set_off_before_a_name_is_that_names_not_the_first_persons(rules):
    rows = extract_rows(rules, "Leyla Tursunova, daughter of the late President of Kazakhstan, Bakyt Tursunov, was designated "
                               "by the Treasury.\n", DATE)
    assert held(rows, "Bakyt Tursunov") == {("President", "Kazakhstan")}
    assert find(rows, "position", person="Leyla Tursunova") == []


def test_a_persons_name_the_ner_ran_into_a_bodys_name_is_split_off(rules):
    rows = extract_rows(rules, "The sanctions hit the members of the European Parliament Hanna Keller and Paul Roth, "
                               "the German researcher Adrian Vogt, and others.\n", DATE)
    assert held(rows, "Hanna Keller") == held(rows, "Paul Roth") == {("member", "European Parliament")}


def test_a_given_name_that_is_a_department_word_opens_a_persons_name(rules):
    rows = extract_rows(rules, "Justice Banda, the deputy information minister, said on Twitter that the story was invented "
                               "in Zambia.\n", DATE)
    assert held(rows, "Justice Banda") == {("deputy information minister", "Zambia")}


# appointments, periods, possessive bodies --------------------------------------------------------


def test_being_appointed_named_or_promoted_to_a_title_gives_the_position(rules):
    for sentence in ("Omar Talib was appointed commander of the 33rd Brigade in 2018.",
                     "Omar Talib was named commander of the 33rd Brigade in 2018.",
                     "Omar Talib was promoted to commander of the 33rd Brigade in 2018."):
        rows = extract_rows(rules, sentence + "\n", DATE)
        assert held(rows, "Omar Talib") == {("commander", "33rd Brigade")}, sentence


def test_a_title_held_between_two_years_has_those_years(rules):
    rows = extract_rows(rules, "Omar Talib was the commander of the 33rd Brigade between 2015 and 2019.\n", DATE)
    (claim,) = find(rows, "position", person="Omar Talib")
    assert (claim.get("start"), claim.get("end")) == ("2015", "2019")


def test_a_countrys_police_chief_is_of_the_police(rules):
    rows = extract_rows(rules, "Samuel Otieno, Kenya's police chief, said the officers would be charged.\n", DATE)
    assert held(rows, "Samuel Otieno") == {("police chief", "police")}


def test_the_groups_deputy_after_a_relative_is_of_the_group_named_before(rules):
    rows = extract_rows(rules, "Mohamed Hamdan Dagalo, the commander of the Rapid Support Forces, and his brother Abdelrahim Hamdan "
                               "Dagalo, the group's deputy commander, were designated.\n", DATE)
    assert held(rows, "Abdelrahim Hamdan Dagalo") == {("deputy commander", "Rapid Support Forces")}


def test_the_groups_title_refers_back_to_the_body_named_in_the_sentence_before(rules):
    rows = extract_rows(rules, "The Rapid Support Forces attacked the town. Abdelrahim Hamdan Dagalo, the group's deputy "
                               "commander, denied it.\n", DATE)
    assert held(rows, "Abdelrahim Hamdan Dagalo") == {("deputy commander", "Rapid Support Forces")}


# counted groups --------------------------------------------------------------------------------


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


def test_a_counted_group_with_coordinated_modifiers_is_one_group(rules):
    rows = extract_rows(rules, "The Treasury blacklisted the Kenya Rapid Unit last month under E.O. 13818, along with six current "
                               "and former commanders, including Samuel Otieno.\n", DATE)
    assert "six current and former commanders" in targets(rows)


def test_a_counted_group_keeps_the_body_named_inside_it(rules):
    rows = extract_rows(rules, "OFAC today also designated four other current and former senior KRU officers pursuant to "
                               "E.O. 13818.\n", DATE)
    assert targets(rows) == {"four other current and former senior KRU officers"}



# acronyms never spelled out in brackets ----------------------------------------------------------


def test_an_acronym_of_the_initials_of_one_named_body_is_that_body(rules):
    rows = extract_rows(rules, "The Treasury blacklisted the Kenya Rapid Unit last month. Samuel Otieno, who led KRU from 2015 "
                               "to 2020, denied wrongdoing.\n", DATE)
    assert orgs(rows, "Samuel Otieno") == {"Kenya Rapid Unit"}


def test_an_acronym_matching_two_bodies_initials_joins_neither(rules):
    rows = extract_rows(rules, "The Kenya Rapid Unit and the Kisumu Reserve Unit were both named. Samuel Otieno, who led KRU "
                               "from 2015 to 2020, denied wrongdoing.\n", DATE)
    assert orgs(rows, "Samuel Otieno") <= {"KRU"}


# a given name that is also an English word ---------------------------------------------------------


def test_a_given_name_tagged_as_an_english_word_after_a_rank_is_part_of_the_name(rules):
    rows = extract_rows(rules, "The Department of State designated:\n"
                               "Brigadier General Than Zaw, former commander of the 44th Light Infantry Division;\n"
                               "Colonel Will Banda, former commander of the 12th Brigade.\n"
                               "Two reporters, Kyaw Min Zaw and Ruth Phiri, were jailed.\n", DATE)
    assert held(rows, "Than Zaw") == {("commander", "44th Light Infantry Division")}
    assert held(rows, "Will Banda") == {("commander", "12th Brigade")}
    assert find(rows, "position", person="Kyaw Min Zaw") == []


def test_a_juntas_spokesman_is_the_spokesman_of_the_junta(rules):
    rows = extract_rows(rules, "Soldiers burned the village of Kan Gyi in Myanmar. The junta's spokesman, Major General Kyaw Thura, "
                               "said the troops had fought rebels.\n", DATE)
    assert held(rows, "Kyaw Thura") == {("spokesman", "junta")}


# more shapes of news and press releases ------------------------------------------------------------


def test_leading_a_capitalised_unit_the_tagger_read_as_a_common_noun_is_leading_that_unit(rules):
    rows = extract_rows(rules, "General Ravi Perera was barred. Perera led the 53rd Division as it pushed north in early 2009.\n", DATE)
    assert held(rows, "Ravi Perera") == {("leader", "53rd Division")}


def test_a_state_title_inside_a_two_word_name_is_that_persons_title(rules):
    rows = extract_rows(rules, "King Hamad dismissed the adviser from his post in Bahrain in October.\n", DATE)
    assert {org for _, org in held(rows, "Hamad") | held(rows, "King Hamad")} == {"Bahrain"}


def test_a_predecessor_holds_the_office_of_the_person_he_preceded(rules):
    rows = extract_rows(rules, "Those sanctioned include Chris Wong, the city's police commissioner; his predecessor, Stephen Ho; "
                               "and others in Hong Kong.\n", DATE)
    assert held(rows, "Stephen Ho") == held(rows, "Chris Wong") != set()


def test_a_title_after_an_alias_in_quotes_is_the_persons(rules):
    rows = extract_rows(rules, "Jimmy Pierre, also known as \"Tiger,\" a former officer of the Haitian National Police (HNP), "
                               "who planned the attack, was designated.\n", DATE)
    assert held(rows, "Jimmy Pierre") == {("officer", "Haitian National Police")}


def test_a_title_after_until_recently_or_formerly_is_the_persons(rules):
    rows = extract_rows(rules, "Saud al-Harbi, until recently a senior adviser at the Royal Court of Saudi Arabia, who took part "
                               "in planning the operation, was designated. Omar Talib, formerly the head of the Naval Security "
                               "Directorate, was designated.\n", DATE)
    assert held(rows, "Saud al-Harbi") == {("senior adviser", "Royal Court")}
    assert held(rows, "Omar Talib") == {("head", "Naval Security Directorate")}


def test_the_end_of_a_long_name_used_after_it_is_the_same_person(rules):
    rows = extract_rows(rules, "The Treasury designated Juan Antonio Soto Soto and Justo Pastor Urbina. Soto Soto commands the "
                               "33rd Brigade.\n", DATE)
    assert held(rows, "Juan Antonio Soto Soto") == {("commander", "33rd Brigade")}


def test_a_longer_name_sharing_the_end_of_a_name_used_before_it_is_another_person(rules):
    rows = extract_rows(rules, "Yahya Jammeh ruled the Gambia for 22 years. His wife, Zineb Yahya Jammeh, was also designated.\n", DATE)
    assert find(rows, "family", person="Yahya Jammeh", relation="spouse", relative="Zineb Yahya Jammeh")


def test_a_title_after_an_age_or_in_his_capacity_as_is_the_persons(rules):
    rows = extract_rows(rules, "Farai Dube, 54, the head of the Central Intelligence Organisation, was designated. Aleksandr Volkov, "
                               "in his capacity as Head of the Main Directorate for Internal Affairs of the Minsk City Executive "
                               "Committee, is responsible for the repression.\n", DATE)
    assert held(rows, "Farai Dube") == {("head", "Central Intelligence Organisation")}
    assert {role for role, _ in held(rows, "Aleksandr Volkov")} == {"Head"}


def test_a_given_name_the_ner_read_as_a_place_joins_the_surname_after_it(rules):
    rows = extract_rows(rules, "Aleksandr Volkov, in his capacity as Head of the Main Directorate for Internal Affairs, is "
                               "responsible for the repression.\n", DATE)
    assert "Aleksandr Volkov" in people(rows) and "Volkov" not in people(rows)


def test_a_generic_word_ending_another_bodys_name_is_not_a_known_body(rules):
    rows = extract_rows(rules, "Pavel Sergeyev, Chief of the Police Department of the Oktyabrsky district of Minsk, was listed.\n", DATE)
    assert "Department of State" not in orgs(rows, "Pavel Sergeyev")
    assert orgs(rows, "Pavel Sergeyev") == {"Police Department"}


def test_a_place_after_for_is_the_remit_of_a_title_the_possessor_body_gives(rules):
    rows = extract_rows(rules, "Amnesty International's regional director for East Africa, Tigist Alemu, condemned the arrests.\n", DATE)
    assert held(rows, "Tigist Alemu") == {("regional director", "Amnesty International")}


def test_a_special_rapporteur_on_a_country_is_of_the_body_before_the_title(rules):
    rows = extract_rows(rules, "The U.N. special rapporteur on Myanmar, Tom Andrews, said the attack was a war crime.\n", DATE)
    assert held(rows, "Tom Andrews") == {("special rapporteur", "United Nations")}


def test_a_commanding_officer_of_a_unit_commands_it(rules):
    rows = extract_rows(rules, "Colonel Kofi Boateng, commanding officer of the 5th Infantry Battalion, denied it.\n", DATE)
    assert held(rows, "Kofi Boateng") == {("commanding officer", "5th Infantry Battalion")}


def test_a_body_word_inside_a_capitalised_title_is_no_body(rules):
    rows = extract_rows(rules, "Deputy Police Commissioner Jane Mwangi of the Kenya Police Service announced the arrests.\n", DATE)
    assert held(rows, "Jane Mwangi") == {("Deputy Police Commissioner", "Kenya Police Service")}


def test_directing_an_attack_or_a_group_is_no_position(rules):
    rows = extract_rows(rules, "Husam Talib directed militia snipers to fire on the protesters in Baghdad.\n", DATE)
    assert find(rows, "position", person="Husam Talib") == []


# Title-Case headlines ---------------------------------------------------------------------------


def test_a_function_word_a_title_case_headline_capitalises_ends_the_name(rules):
    rows = extract_rows(rules, "Public Designation of Former Kenyan Inspector General of Police Samuel Otieno Due to Involvement "
                               "in Gross Violations of Human Rights\n\nThe Department of State is publicly designating Samuel "
                               "Otieno, the former Inspector General of Police of Kenya, due to his involvement in gross "
                               "violations of human rights.\n", DATE)
    assert "Samuel Otieno" in people(rows)
    assert not any(p.endswith(" Due") for p in people(rows))


def test_the_groups_title_refers_back_to_a_named_monitor_not_to_the_authorities(rules):
    rows = extract_rows(rules, "Amnesty International called on the authorities to prosecute the soldiers. Osai Ndlovu, the "
                               "group's country director in Nigeria, said the report should not be shelved.\n", DATE)
    assert held(rows, "Osai Ndlovu") == {("country director", "Amnesty International")}


# hyphenated names, the government's spokesman, a title said again -------------------------------------


def test_a_hyphenated_name_after_a_title_is_one_name(rules):
    rows = extract_rows(rules, "In Burkina Faso, Minister of Communication Jean-Emmanuel Kabore, the government spokesman, "
                               "did not respond. The Treasury designated Governor Babajide Adeyemi-Olu of Nigeria.\n", DATE)
    assert held(rows, "Jean-Emmanuel Kabore") == {("Minister of Communication", "Burkina Faso")}
    assert "Babajide Adeyemi-Olu" in people(rows)


def test_a_government_spokesman_is_the_states_spokesman(rules):
    rows = extract_rows(rules, "Government spokesman Philippe Ndayishimiye said the security forces had restored order in Burundi.\n", DATE)
    assert held(rows, "Philippe Ndayishimiye") == {("Government spokesman", "Burundi")}


def test_a_bare_title_said_again_keeps_the_state_given_with_it_before(rules):
    rows = extract_rows(rules, "Today, Melanie Duval, Minister of Foreign Affairs, announced that Canada is imposing sanctions on "
                               "Haitian elites. Minister Duval said that Haiti's political elites had profited.\n", DATE)
    assert orgs(rows, "Melanie Duval") == {"Canada"}


def test_a_different_title_does_not_take_the_state_of_an_earlier_one(rules):
    rows = extract_rows(rules, "Also listed is Valery Orlov, a former Russian intelligence officer who serves as national "
                               "security adviser to the President of the Central African Republic.\n", DATE)
    assert ("national security adviser", "Russia") not in held(rows, "Valery Orlov")


def test_led_by_a_rank_abbreviation_the_parser_ends_a_sentence_at(rules):
    rows = extract_rows(rules, "Ilaria Rossi, a researcher at Human Rights Watch, said the junta led by Capt. Ibrahim Sawadogo "
                               "was using abductions to silence critics.\n", DATE)
    assert held(rows, "Ibrahim Sawadogo") == {("leader", "junta")}


def test_a_researcher_at_a_body_holds_a_position_there_but_a_nationality_is_no_employer(rules):
    rows = extract_rows(rules, "Ilaria Rossi, senior Sahel researcher at Human Rights Watch, said the junta was using abductions. "
                               "The sanctions also hit the German researcher Adrian Vogt.\n", DATE)
    assert held(rows, "Ilaria Rossi") == {("senior Sahel researcher", "Human Rights Watch")}
    assert find(rows, "position", person="Adrian Vogt") == []


# "on the panel"; long names cut at a preposition -----------------------------------------------------


def test_a_representative_on_the_panel_or_sitting_on_it_is_of_the_panel_named_before(rules):
    rows = extract_rows(rules, "The Kaduna State Judicial Panel of Inquiry handed its findings to the governor. Rinu Okafor, a youth "
                               "representative on the panel, said the findings were true. Ebun Adeyemi, a senior advocate who "
                               "sat on the panel, said the members had examined video.\n", DATE)
    assert held(rows, "Rinu Okafor") == {("youth representative", "Kaduna State Judicial Panel of Inquiry")}
    assert held(rows, "Ebun Adeyemi") == {("member", "Kaduna State Judicial Panel of Inquiry")}


def test_a_long_capitalised_name_goes_on_past_its_prepositions(rules):
    rows = extract_rows(rules, "The Kaduna State Judicial Panel of Inquiry on Restitution for Victims of Police Related Abuses and "
                               "Other Matters, chaired by retired Justice Doris Okeke, handed its findings to the governor.\n", DATE)
    assert orgs(rows, "Doris Okeke") == {"Kaduna State Judicial Panel of Inquiry on Restitution for Victims of Police Related "
                                         "Abuses and Other Matters"}


def test_two_coordinated_ministries_stay_two_bodies(rules):
    rows = extract_rows(rules, "The United Kingdom designated the Ministry of State Security and Ministry of People's Security "
                               "of North Korea, whose officers ran the prison camps.\n", DATE)
    assert not any(" and Ministry" in t for t in targets(rows))


def test_a_group_word_before_a_body_noun_is_part_of_the_bodys_name(rules):
    rows = extract_rows(rules, "Canada also sanctioned Jimmy Barbe, also known as \"Tiger\", the leader of the G7 gang alliance, "
                               "whom the Security Council placed under sanctions.\n", DATE)
    assert held(rows, "Jimmy Barbe") == {("leader", "G7 gang alliance")}
