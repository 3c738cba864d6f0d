"""Round 37e (rulesA): deeds a teller reports, with their doers after "by".

"She documented torture, abductions and killings of civilians by federal troops": the parser hangs "by federal troops"
on "documented", but an active verb of reporting has its teller as subject, so the "by" phrase names who did the deeds
its object lists. In the passive ("torture was documented by the UN") the "by" phrase names who reported, not a doer.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

REPORTED_WITH_DOERS = [
    # news
    "Kalev was among the fiercest critics of the war in Varosia, where she documented torture, abductions and killings "
    "of civilians by federal troops and by the security forces of the region's governor.",
    # NGO report
    "Its report covers the war in Varos, where the Centre documented beatings and abductions of activists by the Red "
    "Hawks militia and by police.",
    # press release
    "The Commission visited Kovan Prison No. 2 in May, where it documented torture and beatings of detainees by prison "
    "guards and by soldiers, the release said.",
]


@pytest.mark.parametrize("text", REPORTED_WITH_DOERS)
def test_a_by_phrase_after_the_deeds_a_teller_reports_names_their_doers(rules, text):
    rows = text_rows(rules, text)
    doers = {p for p in perpetrators(rows) if p}
    assert any(w in p for p in doers for w in ("federal troops", "Red Hawks", "prison guards")) and not any(
        w in p for p in doers for w in ("Kalev", "Centre", "Commission")), doers


def test_a_passive_report_by_a_monitor_names_no_doer(rules):
    rows = text_rows(rules, "Torture of detainees in Kovan Prison No. 2 was documented by the Norvian Rights Centre.")
    assert "Norvian Rights Centre" not in perpetrators(rows), perpetrators(rows)


def test_a_by_phrase_of_means_is_no_doer(rules):
    rows = text_rows(rules, "The Norvian Rights Centre documented killings of civilians in Varos by interviewing witnesses.")
    assert not any(p and "witness" in p for p in perpetrators(rows)), perpetrators(rows)

