"""Position rules of round 7: media trades as titles, a person as the possessor of a state title, names the NER
left out of a list, lower-case department titles, annex "Position(s):" lines and sub-national offices.
Every name, outlet and body here is invented."""

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2022-06-14"


# media trades ------------------------------------------------------------------------------------


def test_a_reporter_for_an_outlet_set_off_after_the_name_works_for_it(rules):
    rows = extract_rows(rules, "Sara Okafor, a reporter for the Daily Sentinel, was detained in Abuja.\n", DATE)
    assert held(rows, "Sara Okafor") == {("reporter", "Daily Sentinel")}


def test_an_outlet_before_the_trade_is_the_body_of_the_journalist(rules):
    rows = extract_rows(rules, "Daily Sentinel journalist Sara Okafor was detained in Abuja, Nigeria.\n", DATE)
    assert held(rows, "Sara Okafor") == {("journalist", "Daily Sentinel")}


def test_a_correspondent_for_an_outlet_in_a_city_is_the_outlets_not_the_citys(rules):
    rows = extract_rows(rules, "Lina Haddad, a correspondent for Al Jazeera in Beirut, was expelled from Lebanon.\n", DATE)
    assert orgs(rows, "Lina Haddad") == {"Al Jazeera"}


def test_two_journalists_of_one_outlet_named_after_it_both_work_for_it(rules):
    rows = extract_rows(rules, "Police arrested Reuters journalists Tomas Ruiz and Elena Marquez in Caracas.\n", DATE)
    assert orgs(rows, "Tomas Ruiz") == {"Reuters"}
    assert orgs(rows, "Elena Marquez") == {"Reuters"}


def test_a_nationality_before_a_media_trade_is_no_employer(rules):
    rows = extract_rows(rules, "The Kenyan journalist Amos Wekesa was beaten by police in Nairobi.\n", DATE)
    assert find(rows, "position", person="Amos Wekesa") == []


def test_a_journalist_without_an_outlet_holds_no_position(rules):
    rows = extract_rows(rules, "Amos Wekesa, a journalist, was beaten by police in Nairobi, Kenya.\n", DATE)
    assert find(rows, "position", person="Amos Wekesa") == []


# a person as the possessor of a title --------------------------------------------------------------


def test_a_state_title_owned_by_a_leader_with_no_title_of_his_own_is_of_the_state(rules):
    rows = extract_rows(rules, "Ortega's vice president, Rosario Murillo, also spoke in Nicaragua.\n", DATE)
    assert held(rows, "Rosario Murillo") == {("vice president", "Nicaragua")}


def test_a_minister_owned_by_a_ruler_is_of_the_ruled_state(rules):
    rows = extract_rows(rules, "Lukashenko's interior minister, Pavel Zhuk, ordered the crackdown in Belarus.\n", DATE)
    assert held(rows, "Pavel Zhuk") == {("interior minister", "Belarus")}


def test_a_title_owned_by_a_person_with_no_office_of_his_own_is_no_state_position(rules):
    rows = extract_rows(rules, "Ortega's adviser, Ana Ruiz, spoke in Nicaragua.\n", DATE)
    assert find(rows, "position", person="Ana Ruiz") == []


# department titles in lower case ------------------------------------------------------------------


def test_a_lower_case_secretary_for_a_department_is_an_office_of_the_state(rules):
    rows = extract_rows(rules, "Nadia Rahman, the secretary for justice, defended the law in Bangladesh.\n", DATE)
    assert held(rows, "Nadia Rahman") == {("secretary for justice", "Bangladesh")}


def test_a_lower_case_minister_of_a_department_keeps_the_department_in_the_title(rules):
    rows = extract_rows(rules, "Nadia Rahman, the minister of home affairs, denied that protesters were beaten in Bangladesh.\n", DATE)
    assert held(rows, "Nadia Rahman") == {("minister of home affairs", "Bangladesh")}


def test_a_department_secretary_in_a_text_about_a_territory_is_of_the_territory(rules):
    rows = extract_rows(rules, "The secretary for security, Lam Wai-keung, said the arrests in Hong Kong were lawful.\n", DATE)
    assert held(rows, "Lam Wai-keung") == {("secretary for security", "Hong Kong")}


def test_an_office_listed_beside_one_of_a_citys_government_is_of_that_city(rules):
    rows = extract_rows(rules, "Protests shook Hong Kong again. Those sanctioned include Kwan Ho-yin, the city's police commissioner; "
                               "and Lam Wai-keung, the secretary for security, China said.\n", DATE)
    assert orgs(rows, "Lam Wai-keung") == {"Hong Kong"}


# sub-national offices -----------------------------------------------------------------------------


def test_a_governor_is_of_the_state_the_sentence_names_not_of_the_country(rules):
    rows = extract_rows(rules, "Protesters gathered in Lagos State, Nigeria. Governor Tunde Balogun said police acted lawfully.\n", DATE)
    assert orgs(rows, "Tunde Balogun") == {"Lagos State"}


def test_a_governor_is_of_the_state_government_the_text_named_before(rules):
    rows = extract_rows(rules, "A panel set up by the Rivers state government found that soldiers fired on protesters.\n\n"
                               "It handed its report to Governor Nyesom Amadi on Monday in Nigeria.\n", DATE)
    assert orgs(rows, "Nyesom Amadi") == {"Rivers state government"}


def test_a_president_named_beside_a_governor_stays_of_the_country(rules):
    rows = extract_rows(rules, "Governor Tunde Balogun of Lagos State met President Musa Garba in Abuja, Nigeria.\n", DATE)
    assert orgs(rows, "Musa Garba") == {"Nigeria"}


# names never run on into the next line; list fields ---------------------------------------------------

ANNEX = ("The Council today added two persons to the list.\n\n"
         "1. Ivan Sergeyevich Petrov\n"
         "Position(s): Commander of the 5th Brigade; Deputy Head of the Border Guard Service\n"
         "Date of birth: 12.4.1970\n\n"
         "2. Olga Markova\n"
         "Function: Head of the Investigative Committee\n"
         "Date of birth: 3.9.1965\n")


def test_a_name_on_a_list_line_ends_at_the_line_end(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    people = {name(c["person"]) for c in find(rows, "position")}
    assert people == {"Ivan Sergeyevich Petrov", "Olga Markova"}


def test_each_title_of_a_position_field_is_held_by_the_person_the_entry_names(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert held(rows, "Ivan Sergeyevich Petrov") == {("Commander", "5th Brigade"), ("Deputy Head", "Border Guard Service")}


def test_a_function_field_is_a_title_field_too(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert held(rows, "Olga Markova") == {("Head", "Investigative Committee")}


def test_a_position_field_after_a_name_field_gives_a_state_title_its_state(rules):
    rows = extract_rows(rules, "Name: Tamas Kertesz\nPosition: Deputy Minister of Interior of Hungary\n"
                               "Reasons for listing: responsible for the crackdown.\n", DATE)
    assert orgs(rows, "Tamas Kertesz") == {"Hungary"}


def test_a_byline_name_does_not_swallow_the_dateline_below_it(rules):
    rows = extract_rows(rules, "By Chidinma Okafor\n\nLAGOS, Nov 16 - A judicial panel found that soldiers killed protesters. "
                               "Okafor is a reporter for the Lagos Ledger.\n", DATE)
    assert orgs(rows, "Chidinma Okafor") == {"Lagos Ledger"}


# names the NER missed or mistyped ------------------------------------------------------------------


def test_a_name_the_ner_missed_beside_a_name_it_took_is_a_person(rules):
    rows = extract_rows(rules, "Wa Lone and Kyaw Soe Oo, the two Reuters journalists who exposed the massacre, spent 500 days in prison.\n", DATE)
    assert orgs(rows, "Wa Lone") == {"Reuters"}
    assert orgs(rows, "Kyaw Soe Oo") == {"Reuters"}


def test_a_name_coordinated_with_a_person_is_no_organisation(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Police detained Maria Gonzalez and Tupac Yupanqui Quispe in Lima, Peru.\n", date=DATE))
    assert {e.name: e.type for e in ex.entities.values()}.get("Tupac Yupanqui Quispe") == "Person"


def test_a_name_taken_up_by_who_is_a_persons_and_heads_the_body_of_the_clause(rules):
    rows = extract_rows(rules, "Kemal Arslan, who headed the Gendarmerie Command from 2015 to 2019, was designated.\n", DATE)
    assert [(c["role"], name(c["org"]), c.get("start"), c.get("end")) for c in find(rows, "position", person="Kemal Arslan")] \
        == [("head", "Gendarmerie Command", "2015", "2019")]


def test_an_organisation_taken_up_by_who_stays_an_organisation(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Amnesty International, who documented the case, said Ana Ruiz was held.\n", date=DATE))
    assert {e.name: e.type for e in ex.entities.values()}.get("Amnesty International") == "Organization"


# a title the NER or a pattern ran on into the name after it -------------------------------------------


def test_the_holder_named_after_a_un_office_with_a_remit_is_a_person_of_that_office(rules):
    rows = extract_rows(rules, "UN High Commissioner for Human Rights Volker Brandt condemned the killings in Sudan.\n", DATE)
    # (round 32: the holder of a UN office serves the United Nations, as the corpus's gold has it)
    assert orgs(rows, "Volker Brandt") == {"United Nations"}


def test_a_remit_that_is_a_country_ends_before_the_holders_name(rules):
    rows = extract_rows(rules, "UN Special Envoy for Syria Geir Halvorsen said the talks failed.\n", DATE)
    assert [name(c["person"]) for c in find(rows, "position")] == ["Geir Halvorsen"]


def test_a_holder_the_ner_read_into_a_bodys_title_is_the_person_holding_it(rules):
    rows = extract_rows(rules, "European Union Special Representative for Human Rights Eamon Doherty visited Ethiopia.\n", DATE)
    assert held(rows, "Eamon Doherty") == {("Special Representative", "European Union")}


def test_an_office_named_without_a_holder_is_no_person(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="The UN High Commissioner for Human Rights said the killings in Sudan were war crimes.\n", date=DATE))
    assert [e.name for e in ex.entities.values() if e.type == "Person"] == []


# titles whose body is told around them ------------------------------------------------------------


def test_his_deputy_is_deputy_of_the_body_the_possessor_heads(rules):
    rows = extract_rows(rules, "Guatemala's army chief, General Rafael Ortiz, and his deputy, General Mario Soto, were sanctioned.\n", DATE)
    assert orgs(rows, "Mario Soto") == orgs(rows, "Rafael Ortiz") != set()


def test_a_title_given_by_being_posted_as_it_is_held(rules):
    rows = extract_rows(rules, "Colonel Tendai Moyo led the operation. He was later posted as Zambia's ambassador to Kenya.\n", DATE)
    assert held(rows, "Tendai Moyo") == {("ambassador", "Zambia")}


def test_an_ambassador_is_of_the_state_that_sends_him_not_of_the_host(rules):
    rows = extract_rows(rules, "Nkosi Dlamini, Eswatini's ambassador to Brazil, was recalled.\n", DATE)
    assert orgs(rows, "Nkosi Dlamini") == {"Eswatini"}


def test_a_local_councillor_in_a_town_holds_a_seat_of_that_town(rules):
    rows = extract_rows(rules, "Gunmen killed Rahim Uddin, a local councillor in Cox's Bazar, in 2019.\n", DATE)
    assert [c["role"] for c in find(rows, "position", person="Rahim Uddin")] == ["local councillor"]


def test_a_commander_and_his_army_named_after_him_are_his_body(rules):
    rows = extract_rows(rules, "The militia fought for the rebel commander Idris Kamara and his Northern Liberation Army in 2017.\n", DATE)
    assert orgs(rows, "Idris Kamara") == {"Northern Liberation Army"}


def test_leading_unnamed_troops_is_no_position(rules):
    rows = extract_rows(rules, "Colonel Tendai Moyo led the troops into the village in Zambia.\n", DATE)
    assert find(rows, "position", person="Tendai Moyo", org="troops") == []


# one name spelled two ways; titles told by "as" and "under his command" ----------------------------------


def test_two_transliterations_of_a_given_name_with_one_surname_are_one_person(rules):
    rows = extract_rows(rules, "Aleksandr Volkov, head of the Omsk regional police, was designated. Alexander Volkov denied the charges.\n", DATE)
    assert {name(c["denier"]) for c in find(rows, "denial")} == {"Aleksandr Volkov"}


def test_two_given_names_that_only_share_consonants_stay_two_people(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Mahmoud Haddad and Mohammed Haddad were arrested in Amman, Jordan.\n", date=DATE))
    assert {e.name for e in ex.entities.values() if e.type == "Person"} == {"Mahmoud Haddad", "Mohammed Haddad"}


def test_a_gendered_ending_keeps_siblings_apart(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Maria Lopez and her brother Mario Lopez were detained in Quito, Ecuador.\n", date=DATE))
    assert {"Maria Lopez", "Mario Lopez"} <= {e.name for e in ex.entities.values() if e.type == "Person"}


def test_a_clause_opened_by_as_and_a_title_gives_the_title_to_its_subject(rules):
    rows = extract_rows(rules, "Viktor Sokolov oversaw the camps in Russia. As deputy director of the Federal Penitentiary Service, "
                               "Sokolov approved the transfers.\n", DATE)
    assert held(rows, "Viktor Sokolov") == {("deputy director", "Federal Penitentiary Service")}


def test_a_unit_under_his_command_is_commanded_by_the_man_his_refers_to(rules):
    rows = extract_rows(rules, "Kale Moruti ran the police in Uganda. Rights groups said the Flying Squad Unit under his command "
                               "tortured detainees.\n", DATE)
    assert ("commander", "Flying Squad Unit") in held(rows, "Kale Moruti")


def test_a_unit_under_the_command_of_a_ranked_officer_is_his(rules):
    rows = extract_rows(rules, "Witnesses said the 33rd Brigade, under the command of Colonel Aung Min, burned the village in Myanmar.\n", DATE)
    assert held(rows, "Aung Min") == {("commander", "33rd Brigade")}


def test_bare_police_under_his_command_is_no_named_unit(rules):
    rows = extract_rows(rules, "Daniel Ruiz won the vote in Nicaragua. Police under his command shot protesters.\n", DATE)
    assert find(rows, "position", person="Daniel Ruiz", role="commander") == []


# annex entries: names, labels, brackets ----------------------------------------------------------------

ANNEX_SPACED = ("1. Tomas Keller Varga\n\n"
                "Position(s): Brigadier; commander of the Coastal Guard (CG).\n"
                "Reasons for listing: units of the CG fired on marchers.\n\n"
                "2. Peter Brandt Moreau (alias \"the Hammer\")\n\n"
                "Position(s): Vice-President of the Supreme Court.\n"
                "Reasons for listing: she ordered the arrests.\n")


def test_a_position_field_a_blank_line_below_the_entry_name_is_that_entrys(rules):
    rows = extract_rows(rules, ANNEX_SPACED, DATE)
    assert orgs(rows, "Tomas Keller Varga") == {"Coastal Guard"}


def test_an_entry_name_on_its_own_line_is_a_person_and_keeps_its_title_with_a_hyphen(rules):
    rows = extract_rows(rules, ANNEX_SPACED, DATE)
    assert held(rows, "Peter Brandt Moreau") == {("Vice-President", "Supreme Court")}


def test_a_field_label_is_no_organisation(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text=ANNEX_SPACED, date=DATE))
    assert not [e.name for e in ex.entities.values() if e.name.startswith("Position")]


def test_a_bracketed_acronym_after_a_city_does_not_rename_the_city(rules):
    from kg.model import Document

    text = "Position(s): Provincial police commissioner for Dakar (PNS).\nThe PNS denied it.\n"
    ex = rules.extract(Document(id="t", text=text, date=DATE))
    assert all("PNS" not in e.aliases for e in ex.entities.values() if e.name == "Dakar")


def test_a_country_keeps_its_own_acronym(rules):
    from kg.model import Document

    text = "North Korea (DPRK) denied the report. The DPRK said the camps did not exist.\n"
    ex = rules.extract(Document(id="t", text=text, date=DATE))
    assert "DPRK" in next(e.aliases for e in ex.entities.values() if e.type == "Country")


def test_a_department_opening_a_longer_name_is_not_a_known_department(rules):
    rows = extract_rows(rules, "- Paul Mbeki, Head of the Department of Internal Affairs of the State Intelligence Agency\n", DATE)
    assert "Department of State" not in orgs(rows, "Paul Mbeki")


def test_and_former_opens_a_second_title_in_an_apposition(rules):
    rows = extract_rows(rules, "- Carlos Alberto Reyes Soto, Director of the Port Authority and former Minister of Health of Nicaragua\n", DATE)
    assert ("Director", "Port Authority") in held(rows, "Carlos Alberto Reyes Soto")
    assert "Nicaragua" in orgs(rows, "Carlos Alberto Reyes Soto")


def test_a_presidential_adviser_on_a_topic_is_a_title_of_the_state_not_a_body(rules):
    rows = extract_rows(rules, "- Sonia Castro Gonzalez, Presidential Advisor on Health, Nicaragua\n", DATE)
    assert orgs(rows, "Sonia Castro Gonzalez") == {"Nicaragua"}


# bodies told by where they sit, by a bracket, or opening a sentence -------------------------------------------


def test_a_city_before_based_is_where_the_group_sits_and_the_group_is_the_body(rules):
    rows = extract_rows(rules, "Civic Watch said the raids were unlawful. \"This must stop,\" said Lena Ortiz, Asia director at "
                               "the London-based group.\n", DATE)
    assert orgs(rows, "Lena Ortiz") == {"Civic Watch"}


def test_a_bracketed_acronym_closing_a_position_field_names_the_body(rules):
    text = ("The Congolese National Police (PNC) broke up the march.\n\n"
            "4. Jean Mukendi\n\nPosition(s): Provincial police commissioner for Kinshasa (PNC).\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Jean Mukendi") == {"Congolese National Police"}


def test_a_body_named_first_in_a_sentence_before_said_is_a_body(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Civic Rights Watch said the violence called for an inquiry in Guinea.\n", date=DATE))
    assert {e.name: e.type for e in ex.entities.values()}.get("Civic Rights Watch") == "Organization"


def test_a_person_named_first_in_a_sentence_before_a_speech_verb_is_a_person(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Halima Yusuf told reporters she was beaten in Kano, Nigeria.\n", date=DATE))
    assert {e.name: e.type for e in ex.entities.values()}.get("Halima Yusuf") == "Person"


def test_a_rank_before_a_surname_given_in_full_before_is_that_person(rules):
    rows = extract_rows(rules, "- Francisco Javier Díaz Madriz, Director General of the National Police of Nicaragua\n\n"
                               "In April 2018, police under General Díaz killed protesters in Managua, Nicaragua.\n", DATE)
    assert "General Díaz" not in {name(c["perpetrator"]) for c in find(rows, "abuse")}
    assert "Francisco Javier Díaz Madriz" in {name(c["perpetrator"]) for c in find(rows, "abuse")}


# bodies named after "of" that the NER did not take -----------------------------------------------------------


def test_a_firm_named_with_a_place_is_the_firm_and_a_bracketed_acronym_does_not_end_the_titles(rules):
    rows = extract_rows(rules, "- José Luis Pérez Soto, Vice-President of ALBA de Nicaragua (ALBANISA) and President of Petronic\n", DATE)
    assert held(rows, "José Luis Pérez Soto") == {("Vice-President", "ALBA de Nicaragua"), ("President", "Petronic")}


def test_a_bullet_is_no_part_of_a_name(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="- José Luis Pérez Soto, Director of the Port Authority\n", date=DATE))
    assert "José Luis Pérez Soto" in {e.name for e in ex.entities.values() if e.type == "Person"}


def test_a_republic_after_president_of_is_the_state_not_a_firm(rules):
    rows = extract_rows(rules, "- Ivan Horvat, President of the Republic of Croatia\n", DATE)
    assert orgs(rows, "Ivan Horvat") == {"Croatia"}


# deputies, bodies set off before a noun, ministers of the state that speaks ---------------------------------------


def test_his_deputy_set_off_after_a_name_is_deputy_of_the_person_named_before(rules):
    rows = extract_rows(rules, "Colonel Ahmed Saleh, the commander of the 4th Armored Division, and Major Hani Qasim, his deputy, "
                               "were sanctioned by Canada.\n", DATE)
    assert orgs(rows, "Hani Qasim") == orgs(rows, "Ahmed Saleh") != set()


def test_a_units_word_is_no_persons_name_before_and_a_rank(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Colonel Ahmed Saleh, the commander of the 4th Armored Division, and Major Hani Qasim "
                                              "were sanctioned by Canada.\n", date=DATE))
    assert not [e.name for e in ex.entities.values() if e.type == "Person" and "Division" in e.name]


def test_a_noun_headed_by_x_set_off_after_a_body_and_its_acronym_is_that_body(rules):
    rows = extract_rows(rules, "The Directorate of State Security (DSS), the intelligence agency headed by Paul Ekane, ran the site "
                               "in Cameroon.\n", DATE)
    assert held(rows, "Paul Ekane") == {("head", "Directorate of State Security")}


def test_a_minister_coordinated_with_what_a_country_said_is_that_countrys(rules):
    rows = extract_rows(rules, "Spain said on Monday it was suspending its aid to Guinea, and Foreign Minister Jose Alvarez "
                               "called for the junta to step down.\n", DATE)
    assert orgs(rows, "Jose Alvarez") == {"Spain"}


def test_its_members_are_a_and_b_members_of_the_commission_just_described(rules):
    rows = extract_rows(rules, "A UN Commission of Inquiry on Eritrea was set up in 2014. It asked the International Criminal Court to act.\n\n"
                               "The commission is chaired by Anna Berg, a retired judge. Its other members are Ravi Menon, a former "
                               "attorney general of India, and Lucia Ferri, a campaigner.\n", DATE)
    assert orgs(rows, "Lucia Ferri") == {"UN Commission of Inquiry on Eritrea"}
    assert "UN Commission of Inquiry on Eritrea" in orgs(rows, "Ravi Menon")


def test_the_members_of_a_named_council_are_the_people_after_are(rules):
    rows = extract_rows(rules, "The members of the Electoral Council are Juan Perez and Rosa Diaz, officials said in Haiti.\n", DATE)
    assert held(rows, "Rosa Diaz") == {("member", "Electoral Council")}


def test_the_one_a_service_is_headed_by_is_a_person_though_the_ner_read_a_body(rules):
    rows = extract_rows(rules, "Detainees were held at a site of the General Directorate of External Research (DGRE), the "
                               "intelligence service headed by Léopold Maxime Eko Eko, in Yaoundé.\n", DATE)
    assert held(rows, "Léopold Maxime Eko Eko") == {("head", "General Directorate of External Research")}


def test_a_coalition_led_by_a_state_is_no_person(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="The bombing was carried out by a coalition headed by Saudi Arabia in Yemen.\n", date=DATE))
    assert {e.name for e in ex.entities.values() if e.type == "Person"} == set()


def test_the_countrys_title_before_the_country_is_named_is_of_the_country_the_text_is_about(rules):
    rows = extract_rows(rules, "The country's top prosecutor, Elena Marchenko, opened a case in Ukraine.\n", DATE)
    assert held(rows, "Elena Marchenko") == {("top prosecutor", "Ukraine")}
