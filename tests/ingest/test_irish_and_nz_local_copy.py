"""Irish and New Zealand local copy (#16, enlocal batch 3): Revenue is the Irish customs service,
not a company's revenue; money seized named after a laundering charge; a headline's money before
a drug's name is its worth; where the buyers live is no participant; "NZ" is New Zealand."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_revenue_officers_seize_and_revenue_of_a_market_does_not():
    assert sent("Revenue officers seized 22kg of herbal cannabis at Dublin Port.") == [("seized_drugs", 22, "kg", "IE")]
    assert extract("Revenue's Customs Service seized 22kg of herbal cannabis.").countries == ["IE"]
    assert sent("The shop's revenue of $3 million was seized by agents.") == []


def test_money_seized_after_a_laundering_charge_is_seized():
    assert sent("He admitted a money-laundering charge related to €64,000 in cash allegedly seized at his home in Cork.") == [
        ("seized_money", 64000, "EUR", "IE")]


def test_money_before_a_drugs_name_in_a_headline_is_its_worth():
    assert sent("€340,000 Cannabis seized in Co Mayo") == []
    assert sent("Man jailed after £1.2m cocaine stashed in van") == []


def test_the_buyers_countries_and_nz():
    assert extract("The market drew a loyal base of chiefly UK and US buyers, police in NZ said.").countries == ["NZ"]
    assert facts("Customs in NZ intercepted 16 grams of cannabis.") == [("seized_drugs", 0.016, "kg", "NZ")]
