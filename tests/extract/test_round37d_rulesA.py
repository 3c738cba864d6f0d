"""Round 37d (rulesA): a list of findings keeps the doer its summary told.

An NGO summary names a body as the doer of abuses in general ("The Kestrel Battalion has committed a catalogue of
crimes"), goes on about that body ("The battalion is formally part of ..., Kestrel fighters operate ..."), then lists
its deeds under a lead-in ("Among the findings:"), each item headed by the kind of deed ("- Torture.") and told without
a doer ("Detainees were beaten ..."). The items are that body's deeds, however many paragraphs the account took to
reach them. A list that follows no such account, or an account that has moved on to someone else, keeps no doer.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

FINDINGS_LISTS = [
    # NGO summary
    "Norvia: Armed group has tortured and killed people with impunity, report says\n\nSummary of findings, 3 May 2023\n\n"
    "The Kestrel Battalion (KB), one of the most powerful armed groups in northern Norvia, has committed a catalogue of "
    "crimes under international law since it was formed in 2015, the Norvian Rights Watch said today.\n\n"
    "The battalion is formally part of the Northern Defence Forces, the coalition commanded by Arvo Palk. The report "
    "says that KB fighters operate with the approval of their commanders.\n\nAmong the findings:\n\n"
    "- Unlawful killings. The organisation documented the killing of men held in custody in Varos.\n"
    "- Enforced disappearance. Critics of the coalition were abducted from their homes in Varos and held incommunicado "
    "for months.\n",
    # press release of a rights body
    "Kovania: Commission publishes report on the Red Hawks militia\n\nPress release, 12 June 2022\n\nThe Red Hawks "
    "militia has committed serious human rights violations in the eastern provinces since 2019, the Kovan Human Rights "
    "Commission said in a report released today.\n\nThe Red Hawks militia answers to the regional governor and "
    "controls most checkpoints around Dresk.\n\nAmong its findings:\n\n"
    "- Torture in detention. Detainees were beaten with cables and given electric shocks during interrogation in Dresk.\n"
    "- Arbitrary arrests at checkpoints. Dozens of traders were detained at checkpoints without charge.\n",
]


@pytest.mark.parametrize("text", FINDINGS_LISTS)
def test_the_items_of_a_findings_list_are_the_deeds_of_the_body_its_summary_named(rules, text):
    rows = text_rows(rules, text)
    body = "Kestrel Battalion" if "Kestrel" in text else "Red Hawks"
    kinds = ("extrajudicial_killing", "enforced_disappearance") if "Kestrel" in text else ("torture", "arbitrary_detention")
    for kind in kinds:
        assert any(p and body in p for p in perpetrators(rows, kind)), (kind, perpetrators(rows, kind))


NEWS_REPORT = (
    "Rights group publishes report on Zarnia protests\n\nVELGRAD, March 4 (Wire) - The Special Response Unit of the Zarnian "
    "police has committed grave abuses against protesters since 2021, a rights group said on Tuesday.\n\n"
    "The Special Response Unit reports directly to the interior minister, the group said.\n\nThe group interviewed "
    "more than 60 people for the report.\n\nIts main findings:\n\n"
    "- Ill-treatment. Protesters were beaten with batons in Velgrad police stations.\n"
)


def test_a_news_report_of_findings_keeps_the_unit_as_doer(rules):
    rows = text_rows(rules, NEWS_REPORT)
    # (the unit, or the police it belongs to)
    assert any(p and ("Special Response Unit" in p or "police" in p) for p in perpetrators(rows, "ill_treatment")), perpetrators(rows)


def test_a_section_heading_with_no_lead_in_after_an_account_that_moved_on_keeps_no_doer(rules):
    # the body was named long before, the story moved to other matters, and the section is not its list
    text = (
        "The Kestrel Battalion has committed a catalogue of crimes in northern Norvia, a rights group said.\n\n"
        "Elections are due in Norvia next year.\n\nThe economy shrank by 3 percent last year.\n\n"
        "Parliament debated a new budget in April.\n\n"
        "Torture.\n\nDetainees were beaten in a prison in Varos, a former inmate said.\n"
    )
    rows = text_rows(rules, text)
    assert not any(p and "Kestrel" in p for p in perpetrators(rows)), perpetrators(rows)


def test_a_list_of_demands_is_no_list_of_deeds(rules):
    text = (
        "The Kestrel Battalion has committed a catalogue of crimes in northern Norvia, a rights group said.\n\n"
        "The group calls on the authorities to:\n\n"
        "- end torture in detention;\n- release everyone detained arbitrarily.\n"
    )
    rows = text_rows(rules, text)
    assert not any(p and "Kestrel" in p for p in perpetrators(rows, "torture")), perpetrators(rows)
    assert not any(p and "Kestrel" in p for p in perpetrators(rows, "arbitrary_detention")), perpetrators(rows)


def test_a_denial_in_the_list_tells_no_deed(rules):
    text = FINDINGS_LISTS[0] + "- Denials. The coalition denied that its forces had tortured anyone.\n"
    rows = text_rows(rules, text)
    assert not any(p and "Northern Defence Forces" in p for p in perpetrators(rows, "torture")), perpetrators(rows)
