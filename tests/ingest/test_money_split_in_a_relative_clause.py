"""A money total split in the same sentence by a relative clause («$4,2 млн, из которых $1,1 млн – в
криптовалюте», "€9 million, of which €2 million in cash") gives the part its own kind; it is never a second
money total. Processed transactions («обработала 40 млрд долларов в криптовалютных транзакциях») are
no seizure. Own sentences."""

from tests.ingest.phrases import facts


def test_a_crypto_part_after_iz_kotoryh_is_not_a_second_total():
    got = facts("Полиция изъяла 300 кг наркотиков и $4,2 млн, полученных от продаж, из которых $1,1 млн – в криптовалюте.")
    money = [(m, v) for m, v, u, _ in got if u == "USD"]
    assert money == [("seized_money", 4200000), ("seized_money_crypto", 1100000)]


def test_a_cash_part_after_of_which_is_not_a_second_total():
    got = facts("Officers seized €9 million, of which €2 million in cash, and 40 kg of cocaine.")
    assert sorted((m, v) for m, v, u, _ in got if u == "EUR") == [("seized_money", 9000000), ("seized_money_cash", 2000000)]


def test_the_total_stated_first_in_the_headline_still_takes_the_part():
    text = ("Изъято $8 млн у продавцов даркнета\n\n"
            "Следователи конфисковали $8 млн, из которых $3 млн – в биткоинах.")
    got = facts(text)
    assert sorted((m, v) for m, v, u, _ in got if u == "USD") == [("seized_money", 8000000), ("seized_money_crypto", 3000000)]


def test_processed_transactions_are_no_seizure():
    assert facts("Как утверждает следствие, биржа обработала не менее 40 млрд долларов в криптовалютных транзакциях.") == []
