"""News-style abuse rules of round 5: who acted when the text names a state's forces by a bare noun,
in a passive ("arrested by police") or after the state's possessive ("Myanmar's military killed ...")."""

from extract.claimhelp import extract_rows, find, perpetrators


def run(rules, text, date="2022-05-18"):
    return extract_rows(rules, text + "\n", date)


def test_bare_police_as_the_agent_of_a_passive_is_the_perpetrator(rules):
    rows = run(rules, "Two student leaders were arrested by police at a roadblock on Wednesday.")
    assert perpetrators(rows, "arbitrary_detention") == {"police"}


def test_bare_troops_under_a_commander_are_not_a_body_of_their_own(rules):
    rows = run(rules, "The general was barred over killings committed by troops under his command.")
    assert "troops" not in perpetrators(rows, "extrajudicial_killing")


def test_a_states_military_that_kills_is_the_military_not_the_state(rules):
    rows = run(rules, "Myanmar's military killed dozens of villagers in an air strike in the Sagaing region on Tuesday.")
    assert perpetrators(rows, "extrajudicial_killing") == {"military"}


def test_a_states_government_stays_the_state(rules):
    rows = run(rules, "Sri Lanka's government detained hundreds of Tamil civilians in camps after the war.")
    assert "government" not in perpetrators(rows, "arbitrary_detention")


# jailing those who speak out ------------------------------------------------------------------------


def test_detaining_protesters_is_also_repression_of_dissent_by_the_same_body(rules):
    rows = run(rules, "Riot police detained hundreds of protesters in the capital on Sunday.")
    assert perpetrators(rows, "arbitrary_detention") == perpetrators(rows, "repression_of_dissent") == {"Riot police"}


def test_detaining_villagers_is_detention_only(rules):
    rows = run(rules, "Riot police detained hundreds of villagers in the capital on Sunday.")
    assert perpetrators(rows, "arbitrary_detention") == {"Riot police"}
    assert not find(rows, "abuse", abuse_type="repression_of_dissent")


# abuses fought, not committed -----------------------------------------------------------------------


def test_a_government_that_works_to_fight_corruption_is_not_charged_with_it(rules):
    rows = run(rules, "This designation reaffirms our commitment to work with President Carlos Medina and his government "
                      "to fight corruption and to strengthen the rule of law in Paraguay.")
    assert not find(rows, "abuse", abuse_type="corruption")


def test_ending_its_repression_still_names_who_represses(rules):
    rows = run(rules, "The ministers called on China to end its repression of Uyghurs in Xinjiang.")
    assert "China" in perpetrators(rows, "repression_of_dissent") | perpetrators(rows, "persecution")


# "killed after police shot him" -----------------------------------------------------------------------


def test_killed_after_police_shot_him_names_the_police(rules):
    rows = run(rules, "Witnesses said a student, Omar Said, was killed on Monday after riot police shot him near the bridge.")
    assert perpetrators(rows, "extrajudicial_killing") == {"riot police"}


def test_detained_after_she_spoke_does_not_make_her_the_perpetrator(rules):
    rows = run(rules, "The activist Lina Haddad was detained in Amman after she posted a video criticising the army.")
    assert "Lina Haddad" not in perpetrators(rows, "arbitrary_detention")
