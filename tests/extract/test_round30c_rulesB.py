"""Round 30c (rulesB): a post told by a verb ("who heads X", "X, chaired by Y", "presided over by judge Z", "who
directs X"). Every person and body here is invented; each convention is tried in three wordings (press release, news
report, NGO report), and each has sentences where it must not fire (a plan, a hope, a denial, a deed)."""

import pytest

from extract.claimhelp import find, name, text_rows


def posts(rules, text, person):
    return {(c.get("role"), name(c["org"])) for c in find(text_rows(rules, text), "position", person=person)}


@pytest.mark.parametrize("text,person,role,org", [
    # press release: the passive on a court
    ("Branch 12 of the Ostburg Revolutionary Court, presided over by Pavel Lind, sentenced the two activists to death.",
     "Pavel Lind", "presiding judge", "Branch 12 of the Ostburg Revolutionary Court"),
    # news report: the active verb, said of a court
    ("Judge Marta Kell presided over the Ostburg District Court when it sentenced the activists, lawyers said.",
     "Marta Kell", "presiding judge", "Ostburg District Court"),
    # NGO report: a commission is chaired, not judged
    ("The Ostland Truth Commission, chaired by Pavel Lind, published its findings on Monday, Amnesty International said.",
     "Pavel Lind", "chair", "Ostland Truth Commission"),
    # the verb "direct": the body directed, set off by a clause
    ("Pavel Lind, who directs the Ostland Institute for Democracy, was arrested on Monday.",
     "Pavel Lind", "director", "Ostland Institute for Democracy"),
    ("The Ostland Security Service, directed by General Pavel Lind, detained the journalists, the Treasury said.",
     "Pavel Lind", "director", "Ostland Security Service"),
])
def test_a_verb_tells_the_post_and_the_kind_of_body_its_title(rules, text, person, role, org):
    assert (role, org) in posts(rules, text, person)


@pytest.mark.parametrize("text", [
    "Pavel Lind is expected to head the Ostland Election Commission next year.",
    "Pavel Lind denied heading the Ostland Security Service, his lawyer said.",
    "Pavel Lind will lead the Ostland People's Party into the election, the Treasury noted.",
    "Pavel Lind did not chair the Ostland Truth Commission, Human Rights Watch found.",
    "The Ostland Security Service, to be led by Pavel Lind, will open next year.",
])
def test_a_planned_or_denied_post_is_not_held(rules, text):
    assert not {o for _, o in posts(rules, text, "Pavel Lind")} & {
        "Ostland Election Commission", "Ostland Security Service", "Ostland People's Party", "Ostland Truth Commission"}


def test_directing_a_bodys_deeds_is_no_post(rules):
    text = "Pavel Lind, a deputy mayor of Ostburg, has directed the activities of the Ostland Youth Front and of armed groups."
    assert "Ostland Youth Front" not in {o for _, o in posts(rules, text, "Pavel Lind")}


@pytest.mark.parametrize("text", [
    # NGO report
    "The court charged ten soldiers, among them Colonels Pavel Lind and Tomás Ruiz Castell, who successively commanded the 15th Mobile Brigade.",
    # news report
    "Pavel Lind and Tomás Ruiz Castell, who led the 15th Mobile Brigade in turn, were charged with murder on Monday.",
    # press release
    "The Treasury designated Pavel Lind and Tomás Ruiz Castell, who commanded the 15th Mobile Brigade during the killings.",
])
def test_names_joined_before_the_clause_each_held_the_post(rules, text):
    for person in ("Pavel Lind", "Tomás Ruiz Castell"):
        assert "15th Mobile Brigade" in {o for _, o in posts(rules, text, person)}


@pytest.mark.parametrize("text", [
    # each name has its own clause: the first did not command the second's unit
    "The court charged General Ivo Sarn, who commanded the 30th Brigade, and Colonels Pavel Lind and Tomás Ruiz Castell, who "
    "successively commanded the 15th Mobile Brigade.",
    # a singular verb is said of the last name alone
    "The Treasury designated Ivo Sarn and Pavel Lind, who heads the 15th Mobile Brigade.",
])
def test_a_name_outside_the_clause_does_not_take_its_post(rules, text):
    assert "15th Mobile Brigade" not in {o for _, o in posts(rules, text, "Ivo Sarn")}


# "official" says whom a person serves, not the post -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # press release headline
    "Public Designation of Former Angolan Official Pavel Lind Due to Involvement in Significant Corruption",
    # news report
    "The Treasury on Monday designated former Angolan official Pavel Lind, who fled the country in 2019.",
    # NGO report
    "Pavel Lind, a senior Angolan official, ordered the arrests, Human Rights Watch said.",
])
def test_an_official_of_a_state_alone_holds_no_post(rules, text):
    assert not posts(rules, text, "Pavel Lind")


@pytest.mark.parametrize("text", [
    "Pavel Lind, a senior CNRP official who lives abroad, wrote on Twitter that the verdict was political.",
    "Angolan Minister of Finance Pavel Lind was designated on Monday.",
])
def test_an_official_of_a_body_or_a_state_post_is_kept(rules, text):
    assert posts(rules, text, "Pavel Lind")
