"""Round 35 (rulesA): the one a video or a witness is shown doing a deed, and a unit named by an ordinal.

"A video shows X, a commander of the brigade, shooting dead ten men": English puts the doer of a deed seen or filmed
as the object of the verb of seeing, and the deed as a participle after it; the subject of "shows" or "saw" (the video,
the witness) did nothing. "Shooting dead" is the running form of "shot dead".

"The 99th Division and the men it was led by are reported to have killed civilians", after a list of designated
commanders: "The 99th" ranks, it does not count, so the sentence is about the unit, not about "the four" listed.
"""

import pytest

from extract.claimhelp import find, name, perpetrators, text_rows

SEEN = [
    # wire news
    ("Video shows commander executing prisoners\n\nOSTGRAD, Jan 26 (Wire) - A video that circulated on social media on "
     "Wednesday shows Tarek Bannu, a commander of the Varn brigade, shooting dead ten blindfolded men outside a mosque in "
     "Ostgrad.", "extrajudicial_killing", "Tarek Bannu"),
    # NGO report
    ("Ostland: footage of beatings\n\nSummary of findings\n\nFootage verified by the organization shows Mirko Dalen, the "
     "deputy head of the prison, beating detainees with a metal rod in the yard of the Kessel prison.",
     "ill_treatment", "Mirko Dalen"),
    # press release
    ("Treasury Sanctions Varn Commander\n\nWASHINGTON - Today, the Department of the Treasury designated Ilia Sorn. "
     "Video evidence published in 2023 showed Petar Voss, a Varn brigade officer, torturing a captured man with "
     "electric shocks.", "torture", "Petar Voss"),
]


@pytest.mark.parametrize("text,code,doer", SEEN)
def test_the_one_a_video_shows_doing_the_deed_did_it(rules, text, code, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, code), find(rows, "abuse")


@pytest.mark.parametrize("text,code,doer", SEEN)
def test_the_video_or_the_witness_did_nothing(rules, text, code, doer):
    rows = text_rows(rules, text)
    assert not {"video", "Video", "footage", "Footage", "organization"} & perpetrators(rows), find(rows, "abuse")


NOT_SEEN_DOING = [
    # the ones shown suffered it: a passive participle
    ("Ostland protests\n\nA video shared on Monday shows protesters being beaten in a square in Ostgrad.", "protesters"),
    # the one shown is where, not who: no participle of a deed after him
    ("Ostland protests\n\nA video shows Mira Holt, a student, at a rally in Ostgrad hours before her arrest.", "Mira Holt"),
]


@pytest.mark.parametrize("text,sufferer", NOT_SEEN_DOING)
def test_one_shown_suffering_or_standing_is_no_doer(rules, text, sufferer):
    rows = text_rows(rules, text)
    assert sufferer not in perpetrators(rows), find(rows, "abuse")


RANKED = [
    "Treasury Sanctions Ostland Commanders\n\nWASHINGTON - Today, the Department of the Treasury designated four "
    "commanders of the Ostland army:\n\n- Ivo Brenn, commander of the Western Command;\n- Tomas Kell, commander of the "
    "Border Guard;\n- Lev Dorn, a former commander of the 5th Brigade;\n- Alan Varga, deputy chief of staff.\n\n"
    "The 99th Light Infantry Division and the men it was led by are reported to have burned villages and killed "
    "civilians in the north in 2016.",
]


@pytest.mark.parametrize("text", RANKED)
def test_a_unit_named_by_an_ordinal_is_not_the_list_before(rules, text):
    rows = text_rows(rules, text)
    killers = perpetrators(rows, "extrajudicial_killing")
    assert not {"Ivo Brenn", "Tomas Kell", "Alan Varga"} & killers, find(rows, "abuse")


COUNTED = [
    "Treasury Sanctions Ostland Commanders\n\nWASHINGTON - Today, the Department of the Treasury designated four "
    "commanders of the Ostland army:\n\n- Ivo Brenn, commander of the Western Command;\n- Tomas Kell, commander of the "
    "Border Guard;\n- Lev Dorn, a former commander of the 5th Brigade;\n- Alan Varga, deputy chief of staff.\n\n"
    "The four are responsible for the killing of civilians in the north in 2016.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_a_count_after_a_list_still_means_each_listed(rules, text):
    rows = text_rows(rules, text)
    killers = perpetrators(rows, "extrajudicial_killing")
    assert {"Ivo Brenn", "Tomas Kell", "Alan Varga"} <= killers, find(rows, "abuse")
