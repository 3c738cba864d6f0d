"""Round 26 (rulesB): when a statement or denial was made.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def _dates(rows, ctype, role, who):
    return {c.get("date") for c in find(rows, ctype) if name(c[role]) == who}


# -- a date of a clause about the speaker, or of the words said, is not the date of the saying ----------------------------

@pytest.mark.parametrize("text, ctype, role, who", [
    # news: a relative clause about the speaker
    ("General Ivo Danek, who seized power in a coup last December, denied on Tuesday that he had ordered the killings.",
     "denial", "denier", "Ivo Danek"),
    # press release: the date is of the act the words describe
    ("Foreign Minister Petra Orlova said in a statement on Tuesday that the deportation of the refugees on Feb. 27 was unlawful.",
     "statement", "speaker", "Petra Orlova"),
    # NGO report: a clause about when the speaker arrived
    ("Tomas Velkor, who has criticised the government since arriving in 2019, said in a statement on Tuesday that the ban was unjust.",
     "statement", "speaker", "Tomas Velkor"),
])
def test_the_saying_is_dated_by_its_own_clause(rules, text, ctype, role, who):
    rows = extract_rows(rules, text + "\n", "2024-05-08")
    assert _dates(rows, ctype, role, who) == {"2024-05-07"}


@pytest.mark.parametrize("text, ctype, role, who", [
    ("The Varnian army has maintained that the officers were punished by a court martial in 2015.", "denial", "denier", "Varnian army"),
    ("Petra Orlova said in a statement that the refugees deported on Feb. 27 had been tortured.", "statement", "speaker", "Petra Orlova"),
    ("Petra Orlova said in a statement released by her office that the refugees were deported on Feb. 27.", "statement", "speaker", "Petra Orlova"),
    ("Tomas Velkor, who has criticised the government since arriving in 2019, said in a statement that the ban was unjust.",
     "statement", "speaker", "Tomas Velkor"),
])
def test_an_undated_saying_is_not_dated_by_the_words_said(rules, text, ctype, role, who):
    rows = extract_rows(rules, text + "\n", "2024-05-08")
    dates = _dates(rows, ctype, role, who)
    assert dates and not dates & {"2015", "2024-02-27", "2019"}


def test_a_day_of_the_news_week_in_the_words_said_is_the_day_they_were_said(rules):
    """A story dates the saying with the act it tells of:  "The court delivered the verdict on Monday, her lawyer told reporters": said that day."""
    rows = extract_rows(rules, "The Varn District Court delivered the verdict on Monday, her lawyer told reporters outside the court.\n", "2024-05-08")
    assert {c.get("date") for c in find(rows, "statement")} == {"2024-05-06"}


# -- a saying its sentence does not date is the news day's the lede names ------------------------------------------------

@pytest.mark.parametrize("lede, said", [
    # news (wire)
    ("VARN - The Council of the Union on Monday imposed sanctions on four Varnian officials over the detention of protesters.",
     "In a joint statement, Foreign Minister Petra Orlova said the measures answered grave abuses."),
    # press release
    ("The Ministry of Foreign Affairs of Ostmark on Monday designated four Varnian officials responsible for the torture of detainees.",
     "Foreign Minister Petra Orlova said in a statement that the designations answered grave abuses."),
    # NGO report of the day
    ("The Varnian authorities on Monday sentenced three human rights defenders to long prison terms after a closed trial.",
     "Petra Orlova, the director of the Varn Rights Centre, said in a statement that the trial was a sham."),
])
def test_an_undated_saying_is_the_lede_day(rules, lede, said):
    rows = extract_rows(rules, f"Headline of the story\n\n{lede}\n\n{said}\n", "2024-05-07")
    assert _dates(rows, "statement", "speaker", "Petra Orlova") == {"2024-05-06"}


def test_a_lede_without_a_day_of_the_week_leaves_the_text_date(rules):
    text = ("Headline of the story\n\nThe Varnian army said it had killed civilians by mistake in a strike on a village.\n\n"
            "Foreign Minister Petra Orlova said in a statement that the strike had been a grave error.\n")
    rows = extract_rows(rules, text, "2024-05-07")
    assert _dates(rows, "statement", "speaker", "Petra Orlova") == {"2024-05-07"}


def test_an_old_date_in_the_lede_is_no_news_day(rules):
    text = ("Headline of the story\n\nThe Varnian authorities on 3 March 2019 sentenced three human rights defenders to long prison terms.\n\n"
            "Petra Orlova said in a statement that the trial was a sham.\n")
    rows = extract_rows(rules, text, "2024-05-07")
    assert _dates(rows, "statement", "speaker", "Petra Orlova") == {"2024-05-07"}


# -- a reply to a work the sentence before dated is dated by the work -------------------------------------------------------

@pytest.mark.parametrize("before, reply, denier", [
    # NGO report
    ("A report delivered in December 2018 by the jurist Ivo Danek found the allegations credible.",
     "The Varnian authorities rejected the report.", "Varnian authorities"),
    # news
    ("In February 2021, the broadcaster Ostmark Vision aired a documentary alleging that General Tomas Velkor had shielded his brothers.",
     "The Varnian Ministry of Defence dismissed the documentary as false and defamatory.", "Varnian Ministry of Defence"),
    # press release
    ("In a study published in March 2022, the Varn Rights Centre documented the torture of detainees in Kessa prison.",
     "The Varnian Ministry of Justice rejected the study as baseless.", "Varnian Ministry of Justice"),
])
def test_a_reply_to_a_dated_work_is_dated_by_it(rules, before, reply, denier):
    rows = extract_rows(rules, f"{before} {reply}\n", "2024-05-07")
    dates = {c.get("date") for c in find(rows, "denial")}
    assert dates and all(d and d[:4] in ("2018", "2021", "2022") for d in dates)


def test_a_reply_to_an_undated_work_keeps_the_text_date(rules):
    text = "The Varn Rights Centre published a report on torture in Kessa prison. The Varnian authorities rejected the report.\n"
    rows = extract_rows(rules, text, "2024-05-07")
    assert {c.get("date") for c in find(rows, "denial")} == {"2024-05-07"}


def test_a_reply_to_something_else_is_not_dated_by_the_work(rules):
    text = ("A report delivered in December 2018 by the jurist Ivo Danek found the allegations credible. "
            "The Varnian authorities rejected the accusations.\n")
    rows = extract_rows(rules, text, "2024-05-07")
    assert {c.get("date") for c in find(rows, "denial")} <= {"2024-05-07"}
