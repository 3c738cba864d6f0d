"""Round 37, eighth batch (rulesB): a head line that names a kind of text and then its issuer.

"Communiqué of the Federal Department of Finance", "Statement by the Kovan Rights Centre", "Declaration by the Ministry
of Foreign Affairs": the text is that body's statement, through the kind the line names (an accented "Communiqué" is
the "communique" of the word lists). Not a line whose first words are no kind of text ("Photos by the Associated
Press", "Sons of the Revolution").
"""

import pytest

from extract.claimhelp import find, name, text_rows


def _statements(rules, text):
    return {(name(c["speaker"]), name(c["medium"]).lower()) for c in find(text_rows(rules, text), "statement")}


KIND_OF_ISSUER = [
    # government press release
    ("Kovania freezes assets of former ministers\n\nCommuniqué of the Federal Department of Finance\n\nLome, 24.02.2011 - "
     "The Federal Council decided at its meeting to block any assets held in Kovania by the former minister Ivan Drach.\n",
     ("Federal Department of Finance", "communiqué")),
    # NGO statement
    ("Rights defenders detained in Lome\n\nStatement by the Kovan Rights Centre\n\nPolice in Lome detained three rights "
     "defenders on Monday, witnesses said.\n", ("Kovan Rights Centre", "statement")),
    # a ministry's declaration (news-like lede)
    ("Sanctions on militia leaders\n\nDeclaration by the Ministry of Foreign Affairs of Kovania\n\nThe ministry condemns "
     "the killings of civilians in Lome.\n", ("Ministry of Foreign Affairs of Kovania", "declaration")),
]


@pytest.mark.parametrize("text, want", KIND_OF_ISSUER)
def test_a_kind_of_text_then_its_issuer_is_the_issuers_statement(rules, text, want):
    got = _statements(rules, text)
    assert want in got, got


@pytest.mark.parametrize("line", ["Photos by the Associated Press", "Sons of the Revolution"])
def test_a_line_that_names_no_kind_of_text_is_no_statement(rules, line):
    text = f"Thousands protest in Lome\n\n{line}\n\nPolice in Lome detained three rights defenders on Monday, witnesses said.\n"
    assert not _statements(rules, text)
