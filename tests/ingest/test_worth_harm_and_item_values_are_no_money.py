"""What a haul was worth is no money seized (#16, encourt): the harm a seizure prevented, an item's worth in a
bracket after it, and a headline's money before "drugs", a car or "street value"."""

from tests.ingest.phrases import facts


def test_prevented_harm_is_no_money():
    story = ("Customs stops meth\n\n"
             "Customs seized 2.4 kilograms of methamphetamine at the mail centre, and these seizures prevented an "
             "estimated NZ$3.9 million of harm and cost to communities.")
    assert facts(story) == [("seized_drugs", 2.4, "kg", None)]


def test_an_items_worth_in_brackets_is_no_cash():
    story = ("Drugs found in post\n\n"
             "Revenue officers seized drugs at the hub. They include 2.2kg of herbal cannabis, 41g of cocaine (€2,870) "
             "and 150 ecstasy tablets (€1,500).")
    assert facts(story) == [("seized_drugs", 0.041, "kg", None), ("seized_drugs", 2.2, "kg", None)]


def test_a_bracketed_conversion_after_money_is_still_read_as_money():
    story = "Cash found\n\nOfficers seized S$8,200 (US$6,100) in cash at the flat."
    assert [f[:3] for f in facts(story)] == [("seized_money", 8200, "SGD")]


def test_headline_money_before_drugs_or_a_car_is_a_worth():
    story = ("Police raid East London, arrest five, seize £2m drugs, £15,000\n\n"
             "Officers arrested five men and seized more than £15,000 in cash.")
    assert ("seized_money", 2000000, "GBP", "GB") not in facts(story)
    story = "Dark web bust turns up drugs and a $350K Porsche\n\nOfficers seized 12 kilograms of drugs."
    assert [f[0] for f in facts(story)] == ["seized_drugs"]


def test_a_headline_street_value_is_no_money():
    story = "$3.1M street value: police reveal meth seizure\n\nOfficers seized 24 kg of methamphetamine in Hamilton."
    assert [f[0] for f in facts(story)] == ["seized_drugs"]
