"""Which law a designation is under, when its own sentence does not name one.

A numbered list under "The individuals designated today include:" is under the law of the
designation just told, not under the last law the text happened to name (the act a regime
is "made under"). A designation "under its Ruritania-related authorities" names no law, so
it borrows none from the sentences around it. All names are invented.
"""

from extract.claimhelp import extract_rows, find, name

DATE = "2024-05-02"


def bases(rows, target):
    return {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)}


RELEASE = """Press release
Published 2 May 2024

The UK has today imposed sanctions on 2 individuals, in the first designations under its new Global Ruritania Sanctions Regulations 2024.

The new regime, made under the Sanctions and Anti-Money Laundering Act 2018, allows the UK to act against those who misappropriate state property.

The individuals designated today include:

1. Petra Vask, a businesswoman in Ruritania, for her involvement in serious corruption.

2. Oskar Lind, her business partner, for his role in the same scheme.

Notes to editors

The United States designated Petra Vask under the Global Magnitsky program in 2022.

Daniel Okoro was sanctioned by the United States under its Ruritania-related authorities in July 2021.
"""


def test_a_list_under_a_heading_without_a_law_takes_the_law_of_the_designation_just_told(rules):
    rows = extract_rows(rules, RELEASE, DATE)
    assert "Global Ruritania Sanctions Regulations 2024" in bases(rows, "Petra Vask")
    assert bases(rows, "Oskar Lind") >= {"Global Ruritania Sanctions Regulations 2024"}
    assert "Sanctions and Anti-Money Laundering Act 2018" not in bases(rows, "Petra Vask") | bases(rows, "Oskar Lind")


def test_a_law_the_text_does_not_name_is_no_law_named_elsewhere(rules):
    rows = extract_rows(rules, RELEASE, DATE)
    okoro = find(rows, "sanction", target="Daniel Okoro")
    assert [(c.get("legal_basis"), name(c.get("authority"))) for c in okoro] == [(None, "United States")]


LEAD = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "police chief Ana Vidal pursuant to E.O. 13818.\n\n")


def test_a_designation_dated_before_its_borrowed_law_took_effect_keeps_no_law(rules):
    # E.O. 13818 took effect on 20 December 2017 (kg:inForceFrom in data/gazetteers/statutes.ttl)
    rows = extract_rows(rules, LEAD + "Ivo Marek, the former interior minister, was designated by the Treasury in March 2015.\n", "2025-03-04")
    marek = [r for r in rows if r["type"] == "sanction" and r["target"] == "Ivo Marek"]
    assert marek and all(r.get("legal_basis") is None for r in marek)


def test_a_later_designation_still_borrows_the_law(rules):
    rows = extract_rows(rules, LEAD + "Ivo Marek, the former interior minister, was designated by the Treasury in March 2018.\n", "2025-03-04")
    assert [r.get("legal_basis") for r in rows if r["type"] == "sanction" and r["target"] == "Ivo Marek"] == ["E.O. 13818"]


def test_a_law_the_sentence_names_itself_is_kept_whatever_the_date(rules):
    rows = extract_rows(rules, "In March 2015 the Treasury designated Ivo Marek pursuant to E.O. 13818.\n", "2025-03-04")
    assert [r.get("legal_basis") for r in rows if r["type"] == "sanction" and r["target"] == "Ivo Marek"] == ["E.O. 13818"]
