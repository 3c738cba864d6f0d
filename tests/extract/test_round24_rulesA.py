"""Round 24 (rulesA): abuse doers on new text.

On new text most false abuse claims named as doer someone the sentence tells as the one the deed befell: the person
a court sentenced, when a clause of the same sentence told of a crackdown ("sentenced X to seven years, the latest of
the activists swept up in a crackdown"), and the people who "remain in custody". Once named a doer, the sufferer was
then carried as the doer of every later deed of the story.

Short invented texts (people and bodies are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- "sentenced X ..., the latest ... swept up in a crackdown": the crackdown is not what X is sentenced for ----------

@pytest.mark.parametrize("text", [
    # news report
    "A Varnish court on Thursday sentenced Olek Demsa, the director of a law firm that took on sensitive cases, to "
    "seven years in prison for subversion of state power, the latest in a series of trials of lawyers and activists "
    "swept up in a crackdown that began more than a year ago.",
    # press release
    "The court convicted Mira Talvo of incitement, the latest of dozens of journalists caught up in a crackdown on "
    "the independent press.",
    # NGO report
    "Judges sentenced Pavel Orsk to ten years on charges of extremism, while hundreds of activists remain targets of "
    "a crackdown that has lasted two years.",
])
def test_a_sentenced_person_is_not_the_doer_of_a_crackdown_told_beside(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-03-10")
    doers = perpetrators(rows)
    assert not {"Olek Demsa", "Mira Talvo", "Pavel Orsk"} & set(doers), doers


def test_charged_with_the_deed_itself_still_names_the_doer(rules):
    """The accusation covers a deed in its own phrase: "convicted X of torturing detainees" is X's torture."""
    rows = extract_rows(rules, "A military court convicted Colonel Arvo Dendt of torturing detainees at the Karsk "
                               "barracks in 2019.\n", "2022-03-10")
    assert "Arvo Dendt" in perpetrators(rows, "torture"), perpetrators(rows)


# -- "X and Y remain in custody": the held are no doers ---------------------------------------------------------------

@pytest.mark.parametrize("text, held", [
    # news report
    ("Tomas Veld, another prominent rights lawyer detained in July last year, and Ana Krell, a lawyer at the Dorne "
     "law firm, remain in custody without trial, and their families say they have had no news of them.",
     {"Tomas Veld", "Ana Krell", "Dorne"}),
    # press release
    ("Journalists Ivo Marsk and Lena Paul remain in detention, the union said.", {"Ivo Marsk", "Lena Paul"}),
    # NGO report
    ("The blogger Sami Orten, together with the poet Dalia Renn, has remained in custody since June without charge.",
     {"Sami Orten", "Dalia Renn"}),
])
def test_those_who_remain_in_custody_hold_no_one(rules, text, held):
    rows = extract_rows(rules, text + "\n", "2022-03-10")
    doers = perpetrators(rows)
    assert not held & set(doers), doers


def test_who_holds_them_in_custody_is_still_the_doer(rules):
    """ "Police have held X in custody": the verb's subject holds, its object is held."""
    rows = extract_rows(rules, "The Varnish police have kept Tomas Veld in custody without trial since July.\n", "2022-03-10")
    assert "Tomas Veld" not in perpetrators(rows), perpetrators(rows)


# -- "designated nine individuals who act for X, whose office oversees a system of repression": X's, not theirs -------

@pytest.mark.parametrize("text, designated", [
    # press release
    ("WASHINGTON - The Treasury today designated nine individuals who act for or on behalf of Ostland's Supreme Leader, "
     "Ivar Kalm, whose unelected office oversees a system of repression at home.\n\n"
     "The following individuals were designated today:\n\n- Pavo Kalm, the Supreme Leader's son.\n\n"
     "- Olev Saar, the head of the judiciary.", {"Pavo Kalm", "Olev Saar"}),
    # news report
    ("The European Union on Monday imposed sanctions on nine officials who serve Ostland's president, Arno Lepp, whose "
     "government has overseen the torture of detainees since 2019. Among them are Tarmo Ruut and Ene Vask.",
     {"nine officials", "Tarmo Ruut", "Ene Vask"}),
    # NGO-style listing
    ("Canada today sanctioned six individuals who work for the interior minister, Aivo Roos, whose police have "
     "arbitrarily detained hundreds of protesters since March, including Kalle Mets and Mari Tamm.",
     {"six individuals", "Kalle Mets", "Mari Tamm"}),
    ("Britain today designated Kalle Mets and Mari Tamm, who act on behalf of Ostland's leader, Aivo Roos, whose "
     "security service has tortured hundreds of critics.", {"Kalle Mets", "Mari Tamm"}),
])
def test_a_deed_told_of_someone_else_is_not_the_designated_ones(rules, text, designated):
    rows = extract_rows(rules, text + "\n", "2022-03-10")
    doers = perpetrators(rows)
    assert not designated & set(doers), doers


def test_a_deed_told_in_a_clause_on_the_designated_body_stays_its_own(rules):
    """ "the Brigade, a unit known as the Berets, which was deployed to put down the protests": the clause is on the
    designated body itself (through its apposition), so the deed is still its own."""
    rows = extract_rows(rules, "Treasury today designated the Varn Special Brigade, a police unit known as the Grey "
                               "Berets, which tortured detained protesters in July.\n", "2022-03-10")
    assert "Varn Special Brigade" in perpetrators(rows), perpetrators(rows)


# -- a claim told again in a later sentence that jails critics is repression there too --------------------------------

@pytest.mark.parametrize("text", [
    # news report
    ("Police in Varn held thousands of political prisoners in 2019. In March the police also jailed dozens of "
     "journalists and activists without charge."),
    # NGO report
    ("The National Guard held thousands of political prisoners in 2019. In March the National Guard also arrested "
     "dozens of journalists and opposition activists in the capital."),
    # press release
    ("The Varn police have held hundreds of political prisoners since 2018. This year the police also detained "
     "opposition activists and journalists without charge."),
])
def test_jailing_critics_later_in_a_claim_is_repression(rules, text):
    """The detention claim's victim is the first sentence's (no critic); the later sentence of the same claim jails critics."""
    rows = extract_rows(rules, text + "\n", "2022-03-10")
    assert perpetrators(rows, "repression_of_dissent"), perpetrators(rows)


# -- "X, whose daughter is married to Y": Y is X's relative by marriage, the daughter no one named --------------------

def kin(rows):
    return {(name(c["person"]), c["relation"], name(c["relative"])) for c in find(rows, "family")}


@pytest.mark.parametrize("text, person, in_law", [
    # press release (a list line with no full stop, run on into the next entry)
    ("The following individuals were designated today:\n\n- Arvo Lind, a former speaker of parliament, whose daughter is "
     "married to Tiit Saar\n- Tiit Saar, the Supreme Leader's second son", "Arvo Lind", "Tiit Saar"),
    # news report: married to one of Y's sons
    ("The EU also listed Marek Pold, Director-General of the National Police since 2018, whose daughter is married to "
     "one of President Juhan Kask's sons.", "Marek Pold", "Juhan Kask"),
    # NGO report: the verb
    ("Rein Tamm, a businessman whose son married Liis Orav in 2015, controls the state fuel importer.", "Rein Tamm", "Liis Orav"),
])
def test_married_to_gives_the_in_law_not_an_unnamed_child(rules, text, person, in_law):
    got = kin(extract_rows(rules, text + "\n", "2022-03-10"))
    assert (person, "relative", in_law) in got, got
    assert not any(p == person and r == "child" for p, r, _ in got), got


def test_a_daughter_named_stays_the_child(rules):
    """ "whose daughter, Mari Lind, is married to Y": the daughter is named, and she is the relative the text gives."""
    got = kin(extract_rows(rules, "Arvo Lind, whose daughter, Mari Lind, is married to Tiit Saar, was designated today.\n", "2022-03-10"))
    assert ("Arvo Lind", "child", "Mari Lind") in got, got


# -- "Lai's son Sebastien, who campaigned for his father's release": the father is Lai, no one new -------------------

@pytest.mark.parametrize("text, father, child", [
    # news report
    ("Tarn's son Sebastien Tarn, who lives in London and has campaigned for his father's release, told reporters the "
     "family feared for his health.", "Oskar Tarn", "Sebastien Tarn"),
    # NGO report
    ("Oskar Tarn has been held since 2020. His daughter, Lia Tarn, who has campaigned for her father's release, said "
     "he had lost weight.", "Oskar Tarn", "Lia Tarn"),
    # press release
    ("Oskar Tarn's son, Mikk Tarn, who manages his father's companies, was also designated today.", "Oskar Tarn", "Mikk Tarn"),
])
def test_his_father_after_the_named_son_adds_no_unnamed_father(rules, text, father, child):
    lead = "Oskar Tarn, the owner of the Daily Star, was sentenced to 20 years in prison on Monday. "
    got = kin(extract_rows(rules, lead + text + "\n", "2022-03-10"))
    assert (father, "child", child) in got, got
    assert not any(rel == "parent" and p == father for p, rel, _ in got), got


# -- "Russia's persecution of Ukrainian citizens": the state that owns the deed did it --------------------------------

@pytest.mark.parametrize("text, doer", [
    # press release
    ("The Foreign Ministry said the verdict was another example of Ostland's persecution of Varnish citizens in the "
     "occupied region.", "Ostland"),
    # news report
    ("Critics say the sentence is part of the Ostland Security Service's crackdown on independent journalists.",
     "Ostland Security Service"),
    # NGO report
    ("The group said the verdict showed Ostland's repression of peaceful protesters had intensified since 2019.", "Ostland"),
])
def test_a_state_owning_the_deed_did_it(rules, text, doer):
    rows = extract_rows(rules, "Border guards detained the Varnish journalist Ivo Kask in March. " + text + "\n", "2022-03-10")
    assert doer in perpetrators(rows), perpetrators(rows)  # (not the guards, the last doer the story told)


def test_a_body_owning_the_deed_is_now_a_precise_doer(rules):
    """Round 24 moved this reading from the recall layer (tests/extract/test_recall_abuses.py) to the precise rules."""
    rows = extract_rows(rules, "Witnesses described the Dorav Brigade's killings of farmers near the river.\n", "2022-01-10")
    assert any(c["confidence"] > 0.4 for c in find(rows, "abuse", abuse_type="extrajudicial_killing")
               if name(c["perpetrator"]) == "Dorav Brigade"), rows


def test_a_person_owning_the_deed_may_be_its_sufferer(rules):
    rows = extract_rows(rules, "Police in Ostland detained protesters on Monday. Rights groups condemned Ivo Kask's "
                               "arrest, the latest in the campaign.\n", "2022-03-10")
    assert "Ivo Kask" not in perpetrators(rows), perpetrators(rows)


# -- "Iran's judiciary has continued to carry out executions": the judiciary, not the last doer told -----------------

@pytest.mark.parametrize("text", [
    # press release
    "Ostland's judiciary has also continued to carry out executions of people who were children at the time of their "
    "alleged crimes.",
    # news report
    "Since then the judiciary has sentenced dozens of protesters to death and executed four of them.",
    # NGO report
    "Rights groups say Ostland's judiciary has jailed hundreds of peaceful activists on vague security charges.",
])
def test_the_judiciary_is_a_doer_of_its_own(rules, text):
    lead = "Colonel Arvo Dendt ordered the torture of detainees at the Karsk barracks in 2019. "
    doers = perpetrators(extract_rows(rules, lead + text + "\n", "2022-03-10"))
    assert "judiciary" in {d.lower() for d in doers}, doers


def test_a_judiciary_told_of_is_no_doer(rules):
    rows = extract_rows(rules, "The minister said the judiciary is independent of the government.\n", "2022-03-10")
    assert not perpetrators(rows), perpetrators(rows)


# -- "X, the Supreme Leader's second son, who has represented his father": the father is the one whose son he is -----

LEADER = ("WASHINGTON - Today the Treasury designated nine individuals who act for or on behalf of Ostland's Supreme "
          "Leader, Arvo Ruut.\n\nThe following individuals were designated today:\n\n")


@pytest.mark.parametrize("entry", [
    # press release list entry
    "- Tarmo Ruut, the Supreme Leader's second son, who has represented his father in an official capacity.",
    "- Tarmo Ruut, the eldest son of the Supreme Leader, who has managed his father's office since 2010.",
    # news-style sentence: the clause on "his son" tells of "his father"
    "- Tarmo Ruut.\n\nThe role that the Supreme Leader has delegated to his son, who Treasury said has advanced his "
    "father's ambitions, is the reason for the designation.",
])
def test_his_father_of_a_son_set_off_as_such_adds_no_unnamed_father(rules, entry):
    got = kin(extract_rows(rules, LEADER + entry + "\n", "2022-03-10"))
    assert not any(rel == "parent" for _, rel, _ in got), got


def test_his_father_of_someone_not_called_a_son_is_still_told(rules):
    got = kin(extract_rows(rules, LEADER + "- Tarmo Ruut, a senior adviser, who has represented his father in an "
                                           "official capacity.\n", "2022-03-10"))
    assert ("Tarmo Ruut", "parent", "his father") in got, got


# -- "charged ten officers, among them the former commander of Battalion 9, Colonel X, over the abduction": X ---------

@pytest.mark.parametrize("text", [
    # news report
    "In 1995, prosecutors charged ten serving and retired officers, among them the former commander of Battalion 3-9, "
    "Colonel Arvo Dendt, over the abduction and torture of six students in 1982.",
    # press release
    "The court convicted four soldiers and the former head of the unit, Major Arvo Dendt, of torturing six students.",
    # NGO report
    "Prosecutors accused the police chief, Arvo Dendt, and two of his deputies of ordering the torture of detained students.",
])
def test_an_accused_named_after_a_title_is_the_person(rules, text):
    doers = perpetrators(extract_rows(rules, text + "\n", "2022-03-10"), "torture")
    assert "Arvo Dendt" in doers, doers
    assert not {"former commander", "former head", "police chief"} & set(doers), doers


def test_a_title_named_by_no_person_keeps_its_body(rules):
    """Only a person's name set off after the title stands for it; a unit named after it stays the accused body."""
    rows = extract_rows(rules, "Residents accused the ministry's special unit, the Varn Guard, of torturing detained "
                               "students.\n", "2022-03-10")
    doers = perpetrators(rows, "torture")
    assert doers and all("unit" in d or "Guard" in d for d in doers), doers
