"""A text without metadata still dates itself: the date its head states is the reference for "today"."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import dateline
from tests.extract.claimhelp import extract_rows, find


def test_a_press_statement_date_line_is_the_publication_date():
    text = "Designation of a Former Minister\n\nPress Statement\nJane Q. Roe, Secretary of State\nMarch 3, 2021\n\nToday I am designating..."
    assert dateline(text) == "2021-03-03"


def test_a_published_line_and_a_wire_dateline_count():
    assert dateline("UK sanctions generals\n\nFrom: Foreign Office\nPublished 1 February 2021\n\nThe UK today...") == "2021-02-01"
    lede = "MINSK, August 27, 2020 - The rights centre said on Thursday that hundreds of detainees had been beaten in custody."
    assert dateline("Detainees beaten\n\n" + lede) == "2020-08-27"


def test_a_date_the_story_is_about_is_not_the_publication_date():
    # In the headline, or further down the lede, or in a later paragraph: those are the events' dates.
    assert dateline("Killings of 12 March 2021 go unpunished\n\nNo one has been charged.") is None
    lede = "WASHINGTON - Treasury today designated three men for their roles in the attack that began on November 13, 2018, in the capital."
    assert dateline("Treasury sanctions three\n\n" + lede) is None
    later = "Sanctions over a death in custody\n\nWASHINGTON - Treasury today acted.\n\nOn June 21, 2019, he was detained."
    assert dateline(later) is None


def test_a_month_and_day_without_a_year_dates_nothing():
    assert dateline("Protesters detained\n\nDHAKA, Jan 11 (Wire) - Police detained dozens on Monday.") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_full_iso_date_or_none(text):
    value = dateline(text)
    assert value is None or (len(value) == 10 and value[4] == "-" and value[7] == "-")


def test_today_in_a_release_without_metadata_resolves_to_its_date_line(rules):
    text = (
        "Treasury Sanctions Police Chief of Exampleland\n\nMay 4, 2022\n\n"
        "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated "
        "Colonel Adam Quill, the chief of the Exampleland National Police, pursuant to Executive Order 13818.\n"
    )
    rows = extract_rows(rules, text, date=None)
    (claim,) = find(rows, "sanction", target="Adam Quill")
    assert claim["date"] == "2022-05-04"
