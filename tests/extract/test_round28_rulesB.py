"""Round 28 (rulesB): UN list entries written whole, and the state an official is a counterpart of.

Short invented texts (people, bodies and places are made up; real states where the rule is about a real state's
name), each shape in the wordings of a press release, a news report and an NGO report, with a sentence where the rule
must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import find, name, orgs, text_rows as _rows


# -- a UN committee's list entry with its name written whole after the reference ------------------------------------------

_UN_HEAD = ("On 8 May 2024, the Security Council Committee established pursuant to resolution 2799 (2023) concerning "
            "Varnia approved the addition of the entries specified below to its Sanctions List of individuals subject to "
            "the assets freeze and travel ban imposed by resolution 2799 (2023).\n\nA. Individuals\n\n")


@pytest.mark.parametrize("entries, names", [
    # the committee's own release: reference, name, alias and title each on a line
    ("VRi.002 Name: Petar Lozan\nAlias: \"Boss\"\nTitle: Leader of the Red Hill gang\nNarrative summary: Petar Lozan "
     "leads the Red Hill gang.\n\nVRi.003 Name: Ivo Marek\nTitle: Leader of the Blue Port gang\nNarrative summary: Ivo "
     "Marek heads the Blue Port gang, which has kidnapped dozens of people.", ["Petar Lozan", "Ivo Marek"]),
    # a news site reprinting the list, one entry a paragraph without the alias line
    ("VRi.004 Name: Dragan Sokol\nNarrative summary: Sokol runs the port's smuggling trade.\n\nVRi.005 Name: Mila "
     "Horvat\nNarrative summary: Horvat finances the gang's arms purchases.", ["Dragan Sokol", "Mila Horvat"]),
    # an NGO's annex quoting a single entry
    ("VRi.006 Name: Luka Brenner\nTitle: Commander of the Eastern Brigade\nNarrative summary: Brenner's men abducted "
     "aid workers in 2023.", ["Luka Brenner"]),
])
def test_each_entry_of_a_un_list_is_a_designation(rules, entries, names):
    rows = _rows(rules, _UN_HEAD + entries)
    for who in names:
        got = find(rows, "sanction", target=who)
        assert got, who
        assert name(got[0]["legal_basis"]) == "resolution 2799 (2023)"


def test_a_name_label_without_a_un_reference_is_no_entry(rules):
    rows = _rows(rules, "Our researchers met the families in Varnia.\n\nName: Petar Lozan\nAge: 34\nHe was detained in "
                        "May and has not been seen since.")
    assert not find(rows, "sanction")


# -- a state that engages "with" an official is the official's counterpart ------------------------------------------------

@pytest.mark.parametrize("text, who, state", [
    # press statement by the other state's minister
    ("The conflict in Chad has gone on for a year. Despite repeated engagement by France, including my own talks with "
     "Prime Minister Tomas Varga, the crisis has worsened.", "Tomas Varga", "Chad"),
    # news report
    ("Fighting spread across Ethiopia this week. Years of engagement by the United States with Prime Minister Anton "
     "Meles have not stopped the abuses, the report found.", "Anton Meles", "Ethiopia"),
    # NGO report: the state's talks with the official
    ("Abuses in Chad continue, our researchers found. France's repeated talks with President Tomas Varga ended "
     "without any commitment on detainees.", "Tomas Varga", "Chad"),
])
def test_a_state_engaging_with_an_official_is_not_his_state(rules, text, who, state):
    assert orgs(_rows(rules, text), who) == {state}


def test_a_state_owning_the_title_keeps_it(rules):
    rows = _rows(rules, "Abuses in Chad continue. France's President Tomas Varga met rebel leaders in Paris.")
    assert orgs(rows, "Tomas Varga") == {"France"}


# -- a body set up is not a finding: "the Committee established pursuant to resolution X" -----------------------------------

@pytest.mark.parametrize("text", [
    # the committee's release
    "On 3 May 2024, the Security Council Committee established pursuant to resolution 2799 (2023) added Petar Lozan to "
    "its sanctions list.",
    # news report: the regime "established" by the Council
    "Petar Lozan was designated in the annex to resolution 2799 itself when the Council established the sanctions regime "
    "in October 2023.",
    # NGO report: a panel "established by" a council, telling no finding of its own
    "The panel of experts, established by the Security Council in 2022, met in Geneva on Tuesday to plan its work on "
    "Varnia.",
])
def test_a_body_established_finds_nothing(rules, text):
    assert not [r for r in _rows(rules, text) if r["type"] == "investigation" and r.get("finding") == "confirmed"]


def test_a_commission_that_established_a_fact_still_finds_it(rules):
    rows = _rows(rules, "The Varnian Commission of Inquiry established that soldiers of the 4th Brigade had shot 40 "
                        "villagers in Kessum.")
    got = find(rows, "investigation", investigator="Varnian Commission of Inquiry")
    assert got and got[0].get("finding") == "confirmed"


# -- a monitor's field work told as done is what its inquiry found ------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    # NGO report
    ("Human Rights Watch interviewed 45 former detainees held by the Varnian army in Kessum.", "Human Rights Watch"),
    # news report: a coalition of monitors counts the killings
    ("The Kessum Human Rights Coalition documented 219 killings by police in 2021, it said on Monday.",
     "Kessum Human Rights Coalition"),
    # press release quoting the monitor: what it "had documented"
    ("Amnesty International said it had documented the use of lethal weapons by Varnian police against protesters in "
     "Kessum.", "Amnesty International"),
])
def test_field_work_done_is_a_confirmed_finding(rules, text, body):
    got = find(_rows(rules, text), "investigation", investigator=body)
    assert got and got[0].get("finding") == "confirmed"


def test_field_work_planned_is_no_finding(rules):
    got = find(_rows(rules, "Human Rights Watch will interview former detainees held by the Varnian army in Kessum."),
               "investigation", investigator="Human Rights Watch")
    assert all(r.get("finding") != "confirmed" for r in got)


@pytest.mark.parametrize("text, body", [
    ("The Varnian Human Rights Commission and the UN human rights office have begun a joint investigation into the "
     "abuses reported in Kessum.", "Varnian Human Rights Commission"),
    ("Varnia's National Human Rights Commission began an investigation into the killings in Kessum on Monday.",
     "National Human Rights Commission"),
    ("The Kessum Bar Association has started an inquiry into the deaths of 12 detainees, its chairman said.",
     "Kessum Bar Association"),
])
def test_an_inquiry_begun_is_ongoing(rules, text, body):
    got = [r for r in _rows(rules, text) if r["type"] == "investigation"]
    assert got and all(r.get("finding") == "ongoing" for r in got), got


# -- a counted designation named in the next sentence by the group's own noun ------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # press release
    ("Washington - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated three "
     "senior officials of Varnia's Independent Electoral Commission (IEC) pursuant to Executive Order (E.O.) 13413. The "
     "officials are IEC President Tomas Varga, IEC Vice President Ivo Marek and his son, Luka Marek, who served as an "
     "adviser to the IEC President.", ["Tomas Varga", "Ivo Marek", "Luka Marek"]),
    # news report
    ("The Treasury Department on Tuesday designated two Varnian officials under Executive Order 13818 over the killing "
     "of protesters. The officials are Tomas Varga, who reports to President Anton Meles, and Ivo Marek.",
     ["Tomas Varga", "Ivo Marek"]),
    # NGO report
    ("The Treasury today sanctioned three police officers under Executive Order 13818, a step we have long urged. These "
     "officers are Tomas Varga, Ivo Marek and Luka Brenner, whom we named in our 2023 report.",
     ["Tomas Varga", "Ivo Marek", "Luka Brenner"]),
])
def test_the_group_noun_taken_up_names_the_designated(rules, text, names):
    rows = _rows(rules, text)
    assert {name(r["target"]) for r in find(rows, "sanction")} >= set(names)
    assert not find(rows, "sanction", target="Anton Meles")


def test_a_different_noun_names_no_one_designated(rules):
    rows = _rows(rules, "The Treasury today sanctioned three police officers under Executive Order 13818. The victims "
                        "are Petar Lozan and Mila Horvat, both students.")
    assert not find(rows, "sanction", target="Petar Lozan")


# -- "the body, which X founded in 2011": X founded the body the clause is on, and held it from then -------------------------

@pytest.mark.parametrize("text, body, start", [
    # news report
    ("The charges stem from the work of the Varnian Anti-Corruption Foundation (VAF), which Tomas Varga founded in 2011 "
     "and whose videos were watched by millions.", "Varnian Anti-Corruption Foundation", "2011"),
    # NGO report
    ("Authorities closed the Kessum Legal Centre, which Mila Horvat founded in 1996 to defend detainees.",
     "Kessum Legal Centre", "1996"),
    # press release
    ("The Department condemns the decision of Varnian officials to close the Press Institute, which Tomas Varga founded "
     "in 2004.",
     "Press Institute", "2004"),
])
def test_the_body_a_relative_clause_says_he_founded(rules, text, body, start):
    rows = _rows(rules, text)
    got = [r for r in find(rows, "position", org=body) if r["role"] == "founder"]
    assert got and got[0].get("start") == start


def test_a_body_founded_before_its_director_took_over_gives_him_no_start(rules):
    rows = _rows(rules, "Tomas Varga, the director of the Kessum Legal Centre, which was founded in 1990, was arrested.")
    got = find(rows, "position", person="Tomas Varga")
    assert got and all(r.get("start") is None for r in got)


# -- a prosecution's case with no outcome told is still open -------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    # news report
    ("Varnian prosecutors charged Tomas Varga in early 2020 with leading an organized criminal group and coercion.",
     "Varnian prosecutors"),
    # press release
    ("The Office of the Prosecutor General of Varnia has charged Tomas Varga with the torture of detainees in Kessum.",
     "Office of the Prosecutor General"),
    # NGO report
    ("In 1995, Kessum prosecutors charged ten serving and retired officers over the abduction and torture of six "
     "students.", "Kessum prosecutors"),
])
def test_a_prosecution_charging_is_ongoing(rules, text, body):
    got = find(_rows(rules, text), "investigation", investigator=body)
    assert got and got[0].get("finding") == "ongoing"


def test_a_court_that_convicts_has_confirmed(rules):
    got = [r for r in _rows(rules, "The Kessum court convicted Tomas Varga of murder on Tuesday.") if r["type"] == "investigation"]
    assert got and all(r.get("finding") == "confirmed" for r in got)


# -- a title held inside the name its office goes by keeps its rank word ------------------------------------------------------

@pytest.mark.parametrize("text, who, role", [
    # news report: the title before the name
    ("U.N. High Commissioner for Human Rights Anna Lindqvist said on Friday she regretted the decision.",
     "Anna Lindqvist", "High Commissioner"),
    # NGO report: the title set off after the name
    ("Anna Lindqvist, the UN High Commissioner for Human Rights, said the findings were alarming.",
     "Anna Lindqvist", "High Commissioner"),
    # press release: the office set off before the name
    ("According to the United Nations High Commissioner for Human Rights, Anna Lindqvist, more than 100 people were "
     "killed in the unrest.", "Anna Lindqvist", "High Commissioner"),
])
def test_the_rank_word_inside_the_office_name_is_the_title(rules, text, who, role):
    got = find(_rows(rules, text), "position", person=who)
    assert got and {r["role"] for r in got} == {role}


def test_a_title_outside_the_body_name_is_unchanged(rules):
    got = find(_rows(rules, "Amnesty International's Secretary General Agnes Lindqvist said the verdict was unjust."),
               "position", person="Agnes Lindqvist")
    assert got and got[0]["role"] == "Secretary General"


# -- earlier designations told one after another, the act's noun elided: each takes the date in its own stretch ------------

@pytest.mark.parametrize("text", [
    # press release
    "Today's action builds on earlier designations under E.O. 13851, including those of Ana Varga in November 2018, of "
    "her son Tomas Varga in December 2019, and of the Varnian National Police in March 2020.",
    # news report
    "The Treasury today designated Luka Brenner under E.O. 13851. The action follows the designation of Ana Varga in "
    "November 2018 and of her son Tomas Varga in December 2019.",
    # NGO report
    "Washington has used E.O. 13851 before: it announced the designations of Ana Varga in November 2018, of her son "
    "Tomas Varga in December 2019 and of two police chiefs in 2020.",
])
def test_each_elided_designation_takes_its_own_date(rules, text):
    got = find(_rows(rules, text), "sanction", target="Tomas Varga")
    assert got and got[0]["date"] == "2019-12"


def test_a_single_designation_with_a_date_of_another_act_keeps_its_own(rules):
    got = find(_rows(rules, "The Treasury designated Tomas Varga in December 2019 under E.O. 13851, months after the "
                            "killings of protesters in May 2018."), "sanction", target="Tomas Varga")
    assert got and got[0]["date"] == "2019-12"


@pytest.mark.parametrize("text, date", [
    # news report
    ("Tomas Varga, who was designated under E.O. 13818 when the Treasury targeted his network in October 2022, denied "
     "the charges on Monday.", "2022-10"),
    # NGO report
    ("Tomas Varga, who was sanctioned under the Global Magnitsky Act when Washington acted on the Kessum killings in "
     "March 2021, remains in command.", "2021-03"),
    # press release
    ("Tomas Varga, who was designated pursuant to E.O. 13818 as the Department acted against the Kessum police in June "
     "2020, is today also barred from entering the United States.", "2020-06"),
])
def test_a_designation_dated_in_its_when_clause(rules, text, date):
    got = [r for r in find(_rows(rules, text), "sanction", target="Tomas Varga") if r["date"] == date]
    assert got


# -- the words of a title: a rank before the name is the person's, "Chief of General Staff" is one office, a place is a remit --

@pytest.mark.parametrize("text, who, role", [
    # news report
    ("Eight soldiers died in the fighting, army spokesman Colonel Petar Lozan told reporters.", "Petar Lozan", "army spokesman"),
    # press release
    ("National police chief General Tomas Varga on Thursday named six suspects in the Kessum killings.", "Tomas Varga", "chief"),
    # NGO report
    ("\"No one died of tear gas,\" national police spokesman Inspector General Tomas Varga told a news conference.",
     "Tomas Varga", "spokesman"),
])
def test_a_rank_between_title_and_name_is_not_the_title(rules, text, who, role):
    got = find(_rows(rules, text), "position", person=who)
    assert got and {r["role"] for r in got} == {role}


def test_a_rank_title_keeps_its_two_words(rules):
    got = find(_rows(rules, "Brigadier General Tomas Varga, commander of the 4th Brigade, denied it."), "position",
               person="Tomas Varga")
    assert {r["role"] for r in got} == {"commander"}


@pytest.mark.parametrize("text, who, role", [
    # press release list
    ("Those designated today are Tomas Varga, the Deputy Chief of General Staff of the Varnian People's "
     "Army; and Ivo Kral, a former officer.", "Tomas Varga", "Deputy Chief of General Staff"),
    # news report
    ("Tomas Varga, the former Chief of General Staff of the Varnian People's Army, was arrested on Monday.",
     "Tomas Varga", "Chief of General Staff"),
    # NGO report
    ("Ivo Kral, Chief of Defence Staff of the Varnian People's Army, refused to meet our researchers.",
     "Ivo Kral", "Chief of Defence Staff"),
])
def test_chief_of_general_staff_is_one_office(rules, text, who, role):
    got = find(_rows(rules, text), "position", person=who)
    assert got and got[0]["role"] == role and name(got[0]["org"]) == "Varnian People's Army"


@pytest.mark.parametrize("text, who, org", [
    ("Sarah Lindqvist, China director at Amnesty International, said the verdict was ruthless.", "Sarah Lindqvist",
     "Amnesty International"),
    ("\"This is a travesty,\" said Anna Lindqvist, Russia director at Human Rights Watch.", "Anna Lindqvist",
     "Human Rights Watch"),
    ("Mila Horvat, Kenya director of the International Commission of Jurists, called the ruling a setback.",
     "Mila Horvat", "International Commission of Jurists"),
])
def test_a_place_opening_the_title_is_its_remit(rules, text, who, org):
    got = find(_rows(rules, text), "position", person=who)
    assert got and name(got[0]["org"]) == org and got[0]["role"].split()[-1] == "director" and len(got[0]["role"].split()) == 2


def test_a_state_owning_a_title_is_still_its_body(rules):
    got = find(_rows(rules, "Kenya's ambassador to Tanzania, John Mwangi, was recalled."), "position", person="John Mwangi")
    assert got and got[0]["role"] == "ambassador" and name(got[0]["org"]) == "Kenya"


# -- "The Prime Minister, X, said": the name set off after the title is the release's speaker -----------------------------------

_BELARUS = ("Belarus executed a British-Belarusian national on Saturday. Belarus has carried out dozens of executions "
            "since 2020, and courts in Belarus have jailed thousands of protesters.")


@pytest.mark.parametrize("text, who, state", [
    # the UK's release
    ("Press release\n\nThe UK has today sanctioned the Prosecutor-General of Belarus, Tomas Varga, under the Global Human "
     "Rights Sanctions Regulations 2020.\n\n" + _BELARUS + "\n\nThe Prime Minister, John Carter, said he was appalled by "
     "the execution.", "John Carter", "United Kingdom"),
    # Canada's release
    ("Canada today imposed sanctions on the Prosecutor-General of Belarus, Tomas Varga, under the Special Economic "
     "Measures Act.\n\n" + _BELARUS + "\n\nThe Prime Minister, Jane Carter, said the execution was an outrage.",
     "Jane Carter", "Canada"),
    # the UK's release, the foreign secretary
    ("Press release\n\nThe UK has today sanctioned the Prosecutor-General of Belarus, Tomas Varga.\n\n" + _BELARUS
     + "\n\nThe Foreign Secretary, Jane Carter, said the sanction made clear that the UK would act.", "Jane Carter",
     "United Kingdom"),
])
def test_the_speaker_set_off_after_the_title_speaks_for_the_issuer(rules, text, who, state):
    assert orgs(_rows(rules, text), who) == {state}


def test_a_speaker_set_off_in_a_news_report_is_of_the_story(rules):
    rows = _rows(rules, "MINSK, May 8 - " + _BELARUS + " The Prime Minister, John Carter, said the protesters were traitors.")
    assert orgs(rows, "John Carter") == {"Belarus"}


# -- "Treasury Secretary X": a department's one word before the title names the office as well as the body ------------------

@pytest.mark.parametrize("text", [
    "Treasury Secretary Jane Carter said on Tuesday that the officials had taken part in the killing.",
    "\"We will act,\" said Treasury Secretary Jane Carter.",
    "Jane Carter, the Treasury Secretary, told reporters the measures were overdue.",
])
def test_a_department_word_before_the_title_stays_in_it(rules, text):
    got = find(_rows(rules, text), "position", person="Jane Carter")
    assert got and got[0]["role"] == "Treasury Secretary" and name(got[0]["org"]) == "Department of the Treasury"


def test_a_body_of_several_words_before_the_title_stays_out(rules):
    got = find(_rows(rules, "State Department spokesman Tomas Varga said the visas were revoked."), "position",
               person="Tomas Varga")
    assert got and got[0]["role"] == "spokesman"
