"""News-style rules of round 4: which body "the group" and "its" mean when another body was named in between,
capitals standing for their governments, and names the statistical model cuts short."""

from extract.claimhelp import extract_rows, find, name, orgs, perpetrators


def run(rules, text, date="2021-03-05"):
    return extract_rows(rules, text + "\n", date)


# "the group" / "its" ------------------------------------------------------------------------------


def test_its_title_after_the_group_is_of_the_group_not_the_body_named_last(rules):
    rows = run(rules, "The Council listed the Falcon Group, a private security company. "
                      "The listings include Ivan Sorokin, a former officer of the Federal Security Service, who runs the group, "
                      "and Pavel Lebedev, its executive director, who oversaw the group's work abroad.")
    assert orgs(rows, "Pavel Lebedev") == {"Falcon Group"}


def test_its_title_with_no_descriptor_in_between_is_of_the_body_named_last(rules):
    rows = run(rules, "The rights panel met the Tamar Media Company on Monday. "
                      "Nadia Haddad, its executive director, told the panel about threats to staff.")
    assert orgs(rows, "Nadia Haddad") == {"Tamar Media Company"}


def test_the_group_as_perpetrator_is_the_group_the_noun_names(rules):
    rows = run(rules, "The Falcon Group trained fighters with help from the Federal Security Service. "
                      "Witnesses said the group executed prisoners in 2019.")
    perps = {name(c["perpetrator"]) for c in find(rows, "abuse")}
    assert "Falcon Group" in perps and "Federal Security Service" not in perps


# capitals for governments -------------------------------------------------------------------------


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


def test_coordinated_capitals_that_deny_are_each_their_government(rules):
    rows = run(rules, "Witnesses said foreign troops shelled the town in November. "
                      "Both Kigali and Kinshasa have denied that their soldiers crossed the border.")
    assert deniers(rows) == {"Rwanda", "Democratic Republic of the Congo"}


def test_a_capital_that_denies_is_its_state(rules):
    rows = run(rules, "Tehran has rejected the accusations as politically motivated.")
    assert deniers(rows) == {"Iran"}


def test_a_city_that_is_no_capital_stays_a_place(rules):
    rows = run(rules, "Officials in Mosul denied the reports of mass arrests.")
    assert "Iraq" not in deniers(rows)


# names the NER cuts short -------------------------------------------------------------------------


def test_a_name_the_ner_cuts_short_runs_to_the_head_of_its_words(rules):
    rows = run(rules, "Investigators accuse Major Magdi Hassan Abdelal Fathi of torturing the student.")
    assert perpetrators(rows) == {"Magdi Hassan Abdelal Fathi"}


def test_a_name_does_not_run_into_the_next_name_or_the_body_after_it(rules):
    rows = run(rules, "Investigators accuse Magdi Hassan and Adel Fathi of the State Security Service of torturing the student.")
    assert {"Magdi Hassan", "Adel Fathi"} <= perpetrators(rows)
    assert not any("Security" in p and "Fathi" in p for p in perpetrators(rows))
