"""A release wrapped at a fixed width breaks sentences before names, figures and currency signs too; once its
breaks plainly fall inside sentences, a full-width line ending mid-sentence is joined to the next (#16, DoJ
releases copied into blogs)."""

from tests.ingest.phrases import facts

_WRAPPED = """Results of Operation Quillmoor

WASHINGTON - The Department of Justice and its partners today announced
the results of the nine-month operation, which included 120 arrests in the
United States and abroad. Agents also seized 300 kilograms of drugs and
more than $9.4 million consisting of $6.2 million in virtual currency and
$3.2 million in cash.

Of the 120 arrests, 80 were made in the United States. Authorities in the
United Kingdom arrested 22 suspects, Germany 12, Spain 4 and Brazil
2, the department said in a statement released on Tuesday morning.
"""


def test_a_name_after_a_full_width_break_keeps_its_figures():
    got = facts(_WRAPPED)
    assert ("arrests", 22, "people", "GB") in got
    assert ("arrests", 2, "people", "BR") in got


def test_a_currency_sign_after_a_break_stays_in_the_split():
    got = facts(_WRAPPED)
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 9400000, "USD", None)]
    assert ("seized_money_cash", 3200000, "USD", None) in got


def test_short_lines_of_an_unwrapped_text_stay_lines():
    got = facts("Sweep ends\nPolice arrested 14 people.\nGermany\n9 arrests")
    assert ("arrests", 14, "people", None) in got
