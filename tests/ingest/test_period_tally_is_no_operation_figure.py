"""A running tally of an agency over a period («с начала года изъято …», «всего в текущем году …»,
"so far this year …") sums many cases: it is no figure of the operation the article reports. A tally
stated for a named operation («… в рамках операции …») stays that operation's. Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_a_tally_since_the_start_of_the_year_is_dropped_beside_the_case():
    text = ("В Бишкеке задержан курьер, у которого изъяли 12 кг гашиша.\n"
            "С начала 2019 года милиция изъяла более 900 кг наркотиков.")
    assert _drugs(text) == [12]


def test_a_total_for_the_current_year_is_dropped():
    text = ("Пограничники Казахстана нашли в фуре 40 кг героина.\n"
            "Всего в текущем году в республике изъято около 6 т наркотиков.")
    assert _drugs(text) == [40]


def test_an_english_running_tally_is_dropped():
    text = ("Police in Leeds seized 3 kg of cocaine from a courier.\n"
            "So far this year officers have seized 250 kg of drugs.")
    assert _drugs(text) == [3]


def test_a_tally_of_a_named_operation_is_kept():
    text = "С начала года в рамках операции «Мак-2020» изъято более 7 тонн наркотиков."
    assert _drugs(text) == [7000]


def test_earlier_this_year_is_no_tally():
    text = "Ранее в этом году полиция Польши задержала ещё семерых курьеров магазина."
    assert [v for m, v, _, _ in facts(text) if m == "arrests"] == [7]
