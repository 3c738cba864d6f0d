"""Round-2 rules for news reports, each on a short invented text (names are made up)."""

from extract.claimhelp import extract_rows, name


def run(rules, text, date="2022-10-06"):
    return extract_rows(rules, text, date)


def of_type(rows, ctype):
    return [r for r in rows if r["type"] == ctype]


# sanctions and inquiries nobody has taken ----------------------------------------------------


def test_sanctions_that_rights_groups_urge_are_not_sanctions(rules):
    text = ("Rights groups urged the European Union to impose sanctions on General Arman Velko, "
            "the commander of the Northern Brigade.\n")
    assert of_type(run(rules, text), "sanction") == []


def test_sanctions_a_government_should_impose_are_not_sanctions(rules):
    text = "Concerned governments should impose targeted sanctions on Dario Menck, the province's police chief.\n"
    assert of_type(run(rules, text), "sanction") == []


def test_sanctions_a_state_said_it_would_impose_are_announced(rules):
    text = "Freedonia said on Monday it would impose sanctions on Dario Menck, a Sylvanian senator.\n"
    targets = [name(r["target"]) for r in of_type(run(rules, text), "sanction")]
    assert "Dario Menck" in targets


def test_an_inquiry_someone_calls_for_has_not_been_held(rules):
    text = ("Lena Ortiz, the U.N. special rapporteur on Sylvania, called for an independent investigation "
            "into the killings.\n")
    assert of_type(run(rules, text), "investigation") == []


# people introduced by a title ----------------------------------------------------------------


def test_a_name_the_model_misses_is_a_person_when_a_title_follows_after_a_comma(rules):
    text = "The Treasury said it had blacklisted Than Varo, the head of the Sylvanian Border Guard.\n"
    rows = run(rules, text)
    (pos,) = [r for r in of_type(rows, "position") if name(r["person"]) == "Than Varo"]
    assert name(pos["org"]) == "Sylvanian Border Guard" and pos["role"] == "head"
    assert "Than Varo" in [name(r["target"]) for r in of_type(rows, "sanction")]


def test_home_minister_is_a_title_of_the_state_not_an_organisation_called_home(rules):
    text = "Kenya's government protested on Tuesday, with Home Minister Oren Daskal telling reporters it was unfair.\n"
    (pos,) = [r for r in of_type(run(rules, text), "position") if name(r["person"]) == "Oren Daskal"]
    assert pos["role"] == "Home Minister" and name(pos["org"]) == "Kenya"


def test_an_executive_order_named_by_its_country_is_its_legal_basis(rules):
    text = "The Treasury on Monday sanctioned Peter Lang under an executive order on Burma.\n"
    (s,) = [r for r in of_type(run(rules, text), "sanction") if name(r["target"]) == "Peter Lang"]
    assert name(s["legal_basis"]) == "E.O. 14014" and s["measure"] == "asset_freeze"


# abuses in news reports ------------------------------------------------------------------------


def test_bare_police_as_the_subject_is_the_perpetrator(rules):
    rows = run(rules, "Police killed more than 300 people during the unrest in Kenya in 2018.\n")
    (a,) = of_type(rows, "abuse")
    assert name(a["perpetrator"]) == "Police" and a["abuse_type"] == "extrajudicial_killing" and a["date"] == "2018"


def test_rights_groups_who_report_an_abuse_are_not_its_victims(rules):
    rows = run(rules, "Rights groups say Iranian forces killed dozens of worshippers in Zahedan.\n")
    (a,) = of_type(rows, "abuse")
    assert name(a["perpetrator"]) == "Iranian forces"
    assert name(a.get("victim")) != "Rights groups"


def test_the_reporter_in_the_byline_is_never_a_perpetrator(rules):
    text = ("US sanctions police chief over deadly protest crackdown\n\nBy Hanna Velde\n\n"
            "The United States on Monday imposed sanctions on a police chief over the crackdown.\n")
    assert all(name(a["perpetrator"]) != "Hanna Velde" for a in of_type(run(rules, text), "abuse"))


def test_a_numbered_unit_keeps_its_number_and_acts_when_it_takes_part(rules):
    rows = run(rules, "The 77th Light Infantry Division took part in the killing of Rohingya villagers in 2017.\n")
    (a,) = of_type(rows, "abuse")
    assert name(a["perpetrator"]) == "77th Light Infantry Division" and a["date"] == "2017"


def test_officers_found_guilty_of_a_murder_committed_it_and_the_court_confirms_it(rules):
    rows = run(rules, "A court on Thursday found three police officers guilty of murdering a student in Caloocan.\n")
    (a,) = of_type(rows, "abuse")
    assert name(a["perpetrator"]) == "three police officers" and a["abuse_type"] == "extrajudicial_killing"
    assert a["status"] == "confirmed"


def test_abuse_status_follows_the_words_of_the_text(rules):
    said = of_type(run(rules, "Rights groups say Iranian forces tortured detainees in Zahedan.\n"), "abuse")
    denied = of_type(run(rules, "The army denied that troops had killed civilians in Mandalay.\n"), "abuse")
    assert [a["status"] for a in said] == ["alleged"]
    assert [a["status"] for a in denied] == ["denied"]


def test_news_words_for_torture_and_sexual_violence(rules):
    rows = run(rules, "Interrogators subjected the activist to waterboarding and sexual harassment in Jeddah in 2018.\n")
    assert {a["abuse_type"] for a in of_type(rows, "abuse")} == {"torture", "sexual_violence"}


# denials ----------------------------------------------------------------------------------------


def test_a_relative_clause_does_not_name_who_denied(rules):
    rows = run(rules, "The officers, who belonged to the Caloocan police, denied the charges throughout the trial.\n")
    assert [name(d["denier"]) for d in of_type(rows, "denial")] == ["officers"]


def test_dismissing_a_person_from_a_post_is_no_denial(rules):
    rows = run(rules, "King Salman dismissed Saud al-Qahtani from his post in October.\n", date="2018-11-15")
    assert of_type(rows, "denial") == []


def test_those_who_deny_are_nobody_in_particular(rules):
    text = "The Treasury said the United States would keep holding to account those who deny people their rights.\n"
    assert of_type(run(rules, text), "denial") == []


# positions --------------------------------------------------------------------------------------


def test_a_state_title_is_not_of_the_country_that_sanctions_or_of_another_persons_title(rules):
    text = ("Kenya's government protested against U.S. sanctions on Tuesday, with Interior Minister Oren Daskal "
            "telling reporters that U.S. Ambassador Earl Miller had been summoned.\n")
    (pos,) = [r for r in of_type(run(rules, text), "position") if name(r["person"]) == "Oren Daskal"]
    assert name(pos["org"]) == "Kenya"


def test_a_title_set_off_before_a_name_after_a_verb_is_that_persons(rules):
    text = ("The state news agency quoted the provincial governor, Hossein Modarres Khiabani, as saying that "
            "separatists had attacked a police station in Iran.\n")
    (pos,) = [r for r in of_type(run(rules, text), "position") if name(r["person"]) == "Hossein Modarres Khiabani"]
    assert pos["role"] == "provincial governor" and name(pos["org"]) == "Iran"


def test_a_place_inside_the_by_phrase_is_where_not_who(rules):
    text = "Crowds protested the alleged rape of a girl by a police commander in the port city of Chabahar.\n"
    assert all(name(a["perpetrator"]) != "Chabahar" for a in of_type(run(rules, text), "abuse"))


def test_the_department_word_of_a_title_is_no_perpetrator(rules):
    text = ("Kenya's government protested on Tuesday, with Home Minister Oren Daskal telling reporters "
            "that the police had never killed anyone.\n")
    assert all(name(a["perpetrator"]) != "Home" for a in of_type(run(rules, text), "abuse"))


def test_an_arabic_surname_without_its_article_is_the_same_person(rules):
    text = "The Treasury sanctioned Saud al-Qahtani in 2018. Qahtani was accused of torturing an activist in Jeddah.\n"
    (a,) = of_type(run(rules, text, date="2020-12-29"), "abuse")
    assert name(a["perpetrator"]) == "Saud al-Qahtani" and a["abuse_type"] == "torture"
