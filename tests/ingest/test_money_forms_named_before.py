"""DoJ wire copy (#16, enlocal batch 7): the cash and the coins a later sentence lists, adding up to
a money total an earlier sentence gave, are its parts even when the coins are named before their
amount ("…, and cryptocurrencies valued at approximately $12 million")."""

from tests.ingest.phrases import facts


def test_forms_adding_up_to_an_earlier_total_are_parts():
    story = ("Federal agents arrested 20 darknet vendors across the country, seizing more than $14.5 million in cash and "
             "cryptocurrency. Agents also seized three vehicles, $2.5 million in cash and gold coins, and cryptocurrencies "
             "valued at approximately $12 million.")
    money = [f for f in facts(story) if f[0].startswith("seized_money")]
    assert [f[:3] for f in money if f[0] == "seized_money"] == [("seized_money", 14500000, "USD")]
    assert {f[0] for f in money} == {"seized_money", "seized_money_cash", "seized_money_crypto"}
