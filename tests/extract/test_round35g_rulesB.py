"""Round 35 second batch (rulesB): a bare state title ("President X", "Prime Minister Y") is not given a country the
sentence shows as the official's counterpart.

A fallback gave such a title the country nearest in the sentence, or else the country the text is about. That is
wrong for a foreign official: the president who only signed the order a designation is made under is not the
designated wife's husband ("the wife of President X, pursuant to E.O. ..., which President Y signed"); a country
an official threatens, visits or is flown to ("flown to neighbouring Kenya"), or a measure is taken "with respect
to", is the other side; and a prime minister who "spoke to Kenyan President Y" is not Kenya's when Kenya is the
story's country. With no country of his own said, the title is left without one rather than given the wrong one.
"""

from extract.claimhelp import orgs, text_rows

SIGNED = ("Treasury Targets Officials\n\nWASHINGTON - The Department of the Treasury's Office of Foreign Assets Control "
          "today designated Mara Velisca de Ruvar, the Vice President of Nicaragua and the wife of President Tomas Ruvar, "
          "pursuant to Executive Order 13818, which President Carl Denner signed in 2017.")


def test_only_the_signer_is_of_the_state_whose_order_was_signed(rules):
    rows = text_rows(rules, SIGNED)
    assert "United States" not in orgs(rows, "Tomas Ruvar"), orgs(rows, "Tomas Ruvar")
    assert orgs(rows, "Carl Denner") == {"United States"}, orgs(rows, "Carl Denner")


def test_the_president_who_signs_still_serves_the_signing_state(rules):
    text = "Executive order signed\n\nPresident Carl Denner today signed Executive Order 13818, the White House said."
    assert orgs(text_rows(rules, text), "Carl Denner") == {"United States"}


def test_a_prime_minister_who_spoke_to_another_states_president_is_not_of_it(rules):
    text = ("Journalist shot dead by Kenyan police\n\nNAIROBI - Kenyan police shot dead a journalist at a roadblock near "
            "Nairobi on Sunday. Kenya's police watchdog opened an inquiry. Prime Minister Arto Venn, who is not related "
            "to the journalist, said on Twitter that he had spoken to Kenyan President Kal Ostra and asked for a fair "
            "investigation.")
    rows = text_rows(rules, text)
    assert "Kenya" not in orgs(rows, "Arto Venn"), orgs(rows, "Arto Venn")
    assert orgs(rows, "Kal Ostra") == {"Kenya"}, orgs(rows, "Kal Ostra")


def test_a_country_someone_is_flown_to_is_not_the_presidents(rules):
    text = ("Tanzania: attack on opposition lawmaker must be investigated\n\nAmnesty International said on Friday that "
            "Tanzania must investigate the shooting of opposition lawmaker Juma Kileo. Kileo, one of Tanzania's most "
            "outspoken politicians and a fierce critic of President Baraka Mbele, was flown to neighbouring Kenya for "
            "treatment after gunmen sprayed his car with bullets.")
    rows = text_rows(rules, text)
    assert "Kenya" not in orgs(rows, "Baraka Mbele"), orgs(rows, "Baraka Mbele")
    assert orgs(rows, "Baraka Mbele") == {"Tanzania"}, orgs(rows, "Baraka Mbele")


def test_a_country_threatened_or_dealt_with_is_the_other_side(rules):
    text = ("Treasury sanctions Zimbabwean businessman\n\nThe United States today sanctioned a Zimbabwean businessman "
            "for corruption in Zimbabwe. Earlier, in March, President Rolf Dann had extended the national emergency with "
            "respect to Zimbabwe for another year.")
    assert "Zimbabwe" not in orgs(text_rows(rules, text), "Rolf Dann")
    text = ("Turkey detains pastor\n\nA court in Turkey kept a pastor in jail on Tuesday. Dann then threatened Turkey "
            "with \"large sanctions\", and Vice President Lena Morrow said Ankara should free the pastor.")
    assert "Turkey" not in orgs(text_rows(rules, text), "Lena Morrow")


def test_a_country_left_or_entered_still_ties_its_own_officials(rules):
    text = ("Bolivia: report on killings of protesters\n\nThe panel found that troops killed 22 protesters in Bolivia in "
            "2019. Former Defence Minister Tomas Herrada, who left Bolivia last year, has said the troops acted in "
            "self-defence.")
    assert orgs(text_rows(rules, text), "Tomas Herrada") == {"Bolivia"}
