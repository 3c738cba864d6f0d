"""Rules for the shapes real sanctions notices and news take, each on a short invented text.

Every test states what a reader of the text would record; evidence offsets are checked against the text.
"""

from kg.claimsjson import claim_dicts
from kg.extract.dates import find_dates
from kg.model import Document
from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-02-01"):
    return extract_rows(rules, text, date)


# lists of designated people -----------------------------------------------------------------

NOTICE = (
    "UK sanctions security chiefs\n\n"
    "The UK has today designated three senior officers of Ruritania's security forces under the Global Human Rights sanctions regime.\n\n"
    "The three individuals are:\n\n"
    "1. Olek Varanov, Minister of State Security, who oversaw the crackdown of January 2019\n"
    "2. Tamsin Kivu, Commissioner-General of the Ruritania Republic Police\n"
    "3. Anselem Brodsky, Commander of the Palace Guard, whose troops opened fire in the capital on 1 August 2018\n"
)


def test_numbered_list_under_a_count_heading_is_designated_by_whoever_designated_just_before(rules):
    rows = run(rules, NOTICE)
    for target in ("Olek Varanov", "Tamsin Kivu", "Anselem Brodsky"):
        (c,) = find(rows, "sanction", target=target, legal_basis="Global Human Rights Sanctions Regulations 2020")
        assert name(c["authority"]) == "United Kingdom"
        assert c["date"] == "2021-02-01"  # the notice's date, not the date of the conduct the item describes


def test_the_counted_group_is_no_target_once_its_members_are_listed(rules):
    rows = run(rules, NOTICE)
    assert not find(rows, "sanction", target="three senior officers")


def test_a_name_followed_by_a_title_in_apposition_is_a_person(rules):
    rows = run(rules, NOTICE)
    assert find(rows, "position", person="Anselem Brodsky", org="Palace Guard")
    assert find(rows, "position", person="Tamsin Kivu")


def test_numbered_group_as_perpetrator_stands_for_the_people_designated_before(rules):
    text = ("The EU listed Arvo Pellinen, Bruno Castell, Chen Weiming and Dmitri Osokin on Monday.\n\n"
            "According to the EU, the four officials bear responsibility for the arbitrary detention of Uyghurs.\n")
    rows = run(rules, text, date="2021-03-22")
    for person in ("Arvo Pellinen", "Bruno Castell", "Chen Weiming", "Dmitri Osokin"):
        assert find(rows, "abuse", perpetrator=person, abuse_type="arbitrary_detention"), person
    assert not find(rows, "abuse", perpetrator="four officials")


# counter-sanctions --------------------------------------------------------------------------


def test_counter_sanctions_have_no_basis_in_the_other_states_law_and_skip_the_occasion(rules):
    text = ("China said on Monday it would impose sanctions on Senator Marco Rubio, in retaliation for Washington's move "
            "to sanction Hong Kong leader Carrie Lam.\n\nOn Friday the U.S. Treasury designated Lam under Executive Order 13936.\n")
    rows = run(rules, text, date="2020-08-10")
    (c,) = find(rows, "sanction", target="Marco Rubio")
    assert c.get("legal_basis") is None and name(c["authority"]) == "China"
    assert c["date"] == "2020-08-10"  # "on Monday" in a Monday report is that day
    assert not [r for r in find(rows, "sanction", target="Carrie Lam") if name(r["authority"]) == "China"]
    assert find(rows, "sanction", target="Carrie Lam", legal_basis="E.O. 13936")


# families and bylines ----------------------------------------------------------------------


def test_each_his_in_a_list_of_relatives_is_the_designated_man(rules):
    text = ("The Department of State is designating Yahya Jammeh under Section 7031(c).\n\n"
            "In addition to Jammeh, the Department is designating his wife, Zineb Yahya Jammeh, his daughter, "
            "Mariam Jammeh, and his son, Muhammed Yahya Jammeh.\n")
    rows = run(rules, text, date="2020-01-22")
    assert find(rows, "family", person="Yahya Jammeh", relative="Zineb Yahya Jammeh", relation="spouse")
    assert find(rows, "family", person="Yahya Jammeh", relative="Mariam Jammeh", relation="child")
    assert find(rows, "family", person="Yahya Jammeh", relative="Muhammed Yahya Jammeh", relation="child")
    assert not find(rows, "family", person="Mariam Jammeh")
    # the bare surname, used before any other Jammeh is named, is the same man: one designation, not two
    assert len([r for r in rows if r["type"] == "sanction" and "Jammeh" == name(r["target"])]) == 0


def test_a_byline_is_no_antecedent(rules):
    text = ("US bars general\n\nBy Ruth Chikomba\n\n"
            "HARARE - The United States has barred a senior military officer and his wife from entering the country.\n")
    rows = run(rules, text)
    assert not [r for r in rows if "Chikomba" in str(r.get("person")) or "Chikomba" in str(r.get("target"))]


# dates ---------------------------------------------------------------------------------------


def dates(text, doc_date):
    return [(text[d.start:d.end], d.value) for d in find_dates(text, doc_date)]


def test_days_and_months_without_a_year_take_the_documents_year():
    assert dates("WASHINGTON, Sept 6 (Wire) - The killing in June and the vote on 7 December.", "2023-09-06") == [
        ("Sept 6", "2023-09-06"), ("June", "2023-06"), ("7 December", "2022-12-07")]


def test_a_weekday_is_the_latest_such_day_up_to_the_documents_date():
    assert dates("China said on Monday", "2020-08-10") == [("on Monday", "2020-08-10")]
    assert dates("China said on Friday", "2020-08-10") == [("on Friday", "2020-08-07")]
    assert dates("it said last Monday", "2020-08-10") == [("last Monday", "2020-08-03")]


def test_clock_times_are_not_days():
    assert dates("at 9:30 Sept 6", "2023-09-06") == [("Sept 6", "2023-09-06")]


# names and titles ----------------------------------------------------------------------------


def test_list_lines_the_parser_runs_together_each_start_with_a_name(rules):
    text = ("The following are designated pursuant to E.O. 13818:\n\n"
            "- Oscar Callejas Valcarce, Director of the PNR;\n- Eddy Sierra Arias, Deputy Director of the PNR.\n")
    rows = run(rules, text, date="2021-07-30")
    assert find(rows, "position", person="Oscar Callejas Valcarce", org="PNR", role="Director")
    assert find(rows, "position", person="Eddy Sierra Arias", org="PNR", role="Deputy Director")
    assert find(rows, "sanction", target="Oscar Callejas Valcarce", legal_basis="E.O. 13818")


def test_a_foreign_organisation_name_is_no_person(rules):
    ex = rules.extract(Document(id="t", text="Treasury designated the Policía Nacional Revolucionaria under E.O. 13818 today.\n", date="2021-07-30"))
    rows = list(claim_dicts(ex))
    assert find(rows, "sanction", target="Policía Nacional Revolucionaria", legal_basis="E.O. 13818")
    assert [e.type for e in ex.entities.values() if e.name == "Policía Nacional Revolucionaria"] == ["Organization"]


def test_the_body_named_in_full_is_the_organisation_not_the_country_inside_its_name(rules):
    text = ("The UK designated Godwin Matanga, Commissioner-General of the Zimbabwe Republic Police, and "
            "Xia Baolong, director of the Hong Kong and Macau Affairs Office in Beijing.\n")
    rows = run(rules, text)
    assert find(rows, "position", person="Godwin Matanga", org="Zimbabwe Republic Police")
    assert find(rows, "position", person="Xia Baolong", org="Hong Kong and Macau Affairs Office")


def test_a_ministry_title_keeps_all_its_words(rules):
    rows = run(rules, "The UK designated Owen Ncube, Minister of State Security, under its Global Human Rights sanctions regime. Zimbabwe protested.\n")
    (c,) = find(rows, "position", person="Owen Ncube")
    assert c["role"] == "Minister of State Security"


def test_a_titles_object_is_not_part_of_the_name_after_it(rules):
    ex = rules.extract(Document(id="t", text="Minister for Africa James Duddridge said the sanctions sent a clear message.\n", date="2021-02-01"))
    people = {e.name for e in ex.entities.values() if e.type == "Person"}
    assert "James Duddridge" in people and "Africa James Duddridge" not in people


# who acted and who suffered ---------------------------------------------------------------------


def test_an_armed_group_named_in_apposition_is_an_organisation_and_the_militia_refers_back_to_it(rules):
    text = ("The United States on Wednesday imposed sanctions on the Kaniyat, an armed group that controlled the town of Tarhuna, "
            "and on its leader, Mohammed al-Kani, under the Global Magnitsky program.\n\n"
            "The Treasury said the militia had killed civilians and tortured detainees in Tarhuna.\n")
    ex = rules.extract(Document(id="t", text=text, date="2020-11-26"))
    rows = list(claim_dicts(ex))
    assert [e.type for e in ex.entities.values() if e.name == "Kaniyat"] == ["Organization"]
    assert find(rows, "sanction", target="Kaniyat")
    assert find(rows, "abuse", perpetrator="Kaniyat", abuse_type="torture")


def test_the_person_held_or_killed_is_no_perpetrator(rules):
    text = ("Police detained hundreds of demonstrators in Havana. Among those held is José Daniel Ferrer, "
            "who was arrested in Santiago de Cuba on the first day of the protests.\n\n"
            "Treasury Sanctions Saudi Officials Over the Killing of Journalist Jamal Khashoggi\n")
    rows = run(rules, text, date="2021-07-30")
    assert not find(rows, "abuse", perpetrator="José Daniel Ferrer")
    assert not find(rows, "abuse", perpetrator="Jamal Khashoggi")


def test_who_investigates_a_killing_did_not_commit_it(rules):
    rows = run(rules, "Ghana should open its own criminal investigation into the killing of its nationals.\n")
    assert not find(rows, "abuse", perpetrator="Ghana")


def test_the_accused_is_the_perpetrator(rules):
    rows = run(rules, "The United States imposed sanctions on Abdel Juma, accusing the Rapid Support Forces of killing civilians in West Darfur.\n")
    assert find(rows, "abuse", perpetrator="Rapid Support Forces", abuse_type="extrajudicial_killing")


def test_fighters_named_after_a_body_are_that_body(rules):
    text = "The Rapid Support Forces (RSF) took the city. Witnesses said RSF fighters killed dozens of civilians.\n"
    rows = run(rules, text)
    assert find(rows, "abuse", perpetrator="Rapid Support Forces", abuse_type="extrajudicial_killing")
    assert not find(rows, "abuse", perpetrator="RSF fighters")


# statements and denials ----------------------------------------------------------------------


def test_a_release_header_is_a_statement_of_the_body_on_the_header_lines(rules):
    text = ("Council sanctions nine individuals\n\nCouncil of the EU\nPress release\n7 March 2023\n\n"
            "The Council today listed Neda Mohammad Nadim under the EU Global Human Rights Sanctions Regime.\n")
    rows = run(rules, text, date="2023-03-07")
    (c,) = find(rows, "statement", speaker="Council of the European Union")
    assert name(c["medium"]) == "press release" and c["date"] == "2023-03-07"


def test_the_person_a_subject_names_speaks_not_the_body_in_his_title(rules):
    rows = run(rules, "In a statement, Treasury Under Secretary Brian Nelson said the leaders had to be held to account.\n")
    assert find(rows, "statement", speaker="Brian Nelson", medium="statement")


def test_a_news_briefing_is_a_medium(rules):
    rows = run(rules, "Foreign ministry spokesman Zhao Lijian told a regular news briefing that the sanctions were interference.\n")
    assert find(rows, "statement", speaker="Zhao Lijian")


def test_it_in_a_denial_is_whoever_said_so(rules):
    rows = run(rules, "In a post on X, the Rapid Support Forces said it rejected the sanctions and denied that its forces had targeted civilians.\n")
    assert find(rows, "denial", denier="Rapid Support Forces")


def test_phrases_beyond_the_ontology_labels_name_abuses(rules):
    text = ("The Treasury said Ruritanian troops had driven families from their homes, and that Ruritanian police "
            "curtailed freedom of expression and assembly.\n")
    rows = run(rules, text)
    assert find(rows, "abuse", abuse_type="forced_displacement")
    assert find(rows, "abuse", abuse_type="repression_of_dissent")


def test_a_list_that_goes_on_in_the_next_sentence_keeps_its_basis(rules):
    text = ("Canada is imposing sanctions on 52 foreign nationals under the Justice for Victims of Corrupt Foreign Officials Act. "
            "The regulations list 30 Russian nationals connected to the death of Sergei Magnitsky. "
            "They also list 19 Venezuelan officials responsible for significant acts of corruption.\n")
    rows = run(rules, text, date="2017-11-03")
    basis = "Justice for Victims of Corrupt Foreign Officials Act"
    assert find(rows, "sanction", target="30 Russian nationals", legal_basis=basis)
    assert find(rows, "sanction", target="19 Venezuelan officials", legal_basis=basis)
    assert not find(rows, "sanction", target="Sergei Magnitsky")


def test_a_designated_minister_is_not_the_sanctioning_states(rules):
    text = ("Zimbabwe's security chiefs sanctioned\n\nThe UK has today designated two officials of Zimbabwe under the "
            "Global Human Rights sanctions regime. Zimbabwe denies the abuses.\n\nThe two individuals are:\n\n"
            "1. Olek Varanov, Minister of State Security\n2. Tamsin Kivu, Minister of Social Security\n")
    rows = run(rules, text)
    assert find(rows, "position", person="Olek Varanov", org="Zimbabwe", role="Minister of State Security")
    assert find(rows, "position", person="Tamsin Kivu", org="Zimbabwe", role="Minister of Social Security")
    assert not [r for r in rows if r["type"] == "position" and name(r["org"]) == "United Kingdom"]


def test_a_minister_for_a_portfolio_keeps_it_in_the_title(rules):
    rows = run(rules, "The Council listed Mohammad Khalid Hanafi, the Taliban's Minister for the Propagation of Virtue and Prevention of Vice, on Tuesday.\n")
    (c,) = [r for r in find(rows, "position", person="Mohammad Khalid Hanafi") if name(r["org"]) == "Taliban"]
    assert c["role"] == "Minister for the Propagation of Virtue and Prevention of Vice"


def test_the_president_who_signs_an_order_is_its_states(rules):
    rows = run(rules, "WASHINGTON - President Donald J. Trump today signed Executive Order 13818, and Treasury designated officials of Guatemala.\n")
    assert find(rows, "position", person="Donald J. Trump", org="United States")
    assert not find(rows, "position", person="Donald J. Trump", org="Guatemala")


def test_them_in_an_accusation_is_who_was_just_designated(rules):
    text = ("Those sanctioned include Chris Tang, the city's police commissioner, and John Lee, the secretary for security. "
            "Treasury accused them of implementing policies that curtail freedom of expression and assembly.\n")
    rows = run(rules, text, date="2020-08-10")
    assert find(rows, "abuse", perpetrator="Chris Tang", abuse_type="repression_of_dissent")
    assert find(rows, "abuse", perpetrator="John Lee", abuse_type="repression_of_dissent")


def test_a_report_named_after_its_author_is_that_authors_investigation(rules):
    text = "Between 2011 and 2015, as many as 13,000 people were hanged at Saydnaya prison, a new Amnesty International report reveals.\n"
    rows = run(rules, text, date="2017-02-07")
    (c,) = find(rows, "investigation", investigator="Amnesty International")
    assert c["finding"] == "confirmed"


def test_gang_members_are_actors_not_victims(rules):
    text = "A UN investigation later confirmed that gang members, acting with the support of officials, had carried out killings and rapes.\n"
    rows = run(rules, text)
    assert find(rows, "abuse", perpetrator="gang members", abuse_type="extrajudicial_killing")
    assert find(rows, "abuse", perpetrator="gang members", abuse_type="sexual_violence")


def test_a_counted_group_designated_for_an_abuse_passes_it_to_the_people_listed(rules):
    text = ("OFAC today designated three Haitian nationals for their roles in the massacre in La Saline in November 2018.\n\n"
            "The following individuals are designated pursuant to E.O. 13818:\n\n"
            "Jimmy Cherizier, a former officer of the Haitian National Police.\n\n"
            "Fednel Monchery, then Director General of the Ministry of the Interior.\n\n"
            "Joseph Pierre Richard Duplan, then the government's departmental delegate for the West.\n")
    rows = run(rules, text, date="2020-12-10")
    for person in ("Jimmy Cherizier", "Fednel Monchery", "Joseph Pierre Richard Duplan"):
        assert find(rows, "abuse", perpetrator=person, abuse_type="extrajudicial_killing"), person
    assert not find(rows, "abuse", perpetrator="three Haitian nationals")


def test_a_commanders_forces_accused_of_a_killing_make_him_the_perpetrator_not_the_victim(rules):
    text = ("Juma's forces are accused of abducting and killing the governor of West Darfur, Khamis Abakar, in June, "
            "hours after Abakar accused the RSF of genocide in a television interview.\n")
    rows = run(rules, text, date="2023-09-06")
    assert find(rows, "abuse", perpetrator="Juma", abuse_type="extrajudicial_killing")
    assert not find(rows, "abuse", perpetrator="Khamis Abakar")


def test_who_a_sanction_follows_from_is_no_target(rules):
    text = ("The Biden administration announced sanctions on seven senior Russian officials, including Igor Krasnov, "
            "after U.S. intelligence agencies concluded that officers of the FSB had poisoned Alexei Navalny.\n")
    rows = run(rules, text, date="2021-03-03")
    assert find(rows, "sanction", target="Igor Krasnov")
    assert not find(rows, "sanction", target="Alexei Navalny")
    assert not find(rows, "sanction", target="Biden")


def test_the_citys_official_holds_office_in_the_city_the_story_is_about(rules):
    text = ("Hong Kong police arrested activists. Beijing imposed a security law on Hong Kong.\n\n"
            "Those sanctioned include Chris Tang, the city's police commissioner.\n")
    rows = run(rules, text, date="2020-08-10")
    assert find(rows, "position", person="Chris Tang", org="Hong Kong", role="police commissioner")


def test_a_title_set_off_before_the_name_is_that_persons(rules):
    text = ("China will sanction 11 Americans, including Senator Marco Rubio and the head of Human Rights Watch, Kenneth Roth, "
            "in retaliation.\n")
    rows = run(rules, text, date="2020-08-10")
    assert find(rows, "position", person="Kenneth Roth", org="Human Rights Watch", role="head")
    assert not find(rows, "position", person="Marco Rubio", org="Human Rights Watch")


def test_list_lines_designate_every_name_they_coordinate_or_single_out(rules):
    text = ("LONDON - Britain on Monday announced its first sanctions under the Global Human Rights Sanctions Regulations 2020.\n\n"
            "The first list covers three countries:\n\n"
            "20 Saudi nationals involved in the killing of Jamal Khashoggi, among them the former royal court adviser Saud al-Qahtani and Ahmed al-Asiri;\n\n"
            "Myanmar's Commander-in-Chief, Senior General Min Aung Hlaing, and his deputy, Vice Senior General Soe Win, over violence against the Rohingya;\n\n"
            "North Korea's Ministry of State Security and Ministry of People's Security, which run the prison camps.\n")
    rows = run(rules, text, date="2020-07-06")
    basis = "Global Human Rights Sanctions Regulations 2020"
    for target in ("20 Saudi nationals", "Saud al-Qahtani", "Ahmed al-Asiri", "Min Aung Hlaing", "Soe Win",
                   "Ministry of State Security", "Ministry of People's Security"):
        assert find(rows, "sanction", target=target, legal_basis=basis), target
    assert not find(rows, "sanction", target="Jamal Khashoggi")
    assert not find(rows, "sanction", target="Myanmar")
