"""Wordings of a haul in Russian-language domestic releases found on real copy: a store raided
(«накрыли склад с 48 кг»), what the one held carried («при себе у закладчика был 31 грамм»), a
shipment held («было задержано почти 4 кг»), a weight in two units joined by «и», a range of
weights (no haul), a black-market value (no money), a period of many operations (a tally).
The sentences are the project's own, written in those releases' style."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_a_store_raided_with_its_weight():
    assert _drugs("В Ревде полицейские накрыли склад с 36 кг синтетики.") == [36]


def test_what_the_one_held_carried():
    assert _drugs("Курьера задержали у подъезда. Всего при себе у него было 27 граммов мефедрона.") == [0.027]


def test_a_shipment_held_at_a_post():
    assert _drugs("Днем ранее на посту «Кордай» было задержано почти 6 кг гашиша.") == [6]


def test_a_weight_in_two_units_joined_by_and():
    assert _drugs("Изъята партия кокаина весом 2 тонны и 140 килограммов.") == [2140]
    assert _drugs("Изъято 5 кг героина и 3 кг гашиша.") == [3, 5]


def test_a_range_of_weights_is_no_haul():
    assert _drugs("При задержанных нашли свёртки весом от 300 граммов до 2 килограммов.") == []


def test_held_with_a_weight_in_words():
    assert _drugs("Курьера задержали в Алматы со ста килограммами героина.") == [100]


def test_a_black_market_value_is_no_money():
    text = "У задержанного изъято 120 граммов героина. Стоимость на «черном рынке» изъятого оценивается в 900 тыс. тенге."
    assert [m for m, *_ in facts(text)] == ["seized_drugs"]


def test_many_operations_since_a_month_are_a_tally():
    text = ("КНБ подвел итоги\n\n"
            "С ноября КНБ провёл 8 операций, ликвидированы два канала поставок.\n"
            "Из незаконного оборота изъято 410 кг наркотиков. Под стражу взяты 9 человек.\n\n"
            "Ранее КНБ задержал курьера.")
    assert extract(text).facts == []


def test_a_month_or_since_late_august_is_a_tally():
    text = ("ГКНБ подвел итоги месяца\n\n"
            "За последний месяц в Кыргызстане изъято более 40 кг наркотиков.\n\n"
            "С конца сентября в Нарынской области проведено 4 задержания и изъято 9 кг гашиша.\n\n"
            "В Бишкеке задержан гражданин с 3 кг героина.")
    assert facts(text) == [("arrests", 1, "people", "KG"), ("seized_drugs", 3, "kg", "KG")]


def test_a_summary_opened_by_its_source_belongs_to_the_tally():
    text = ("Итоги\n\n"
            "С начала года изъято более 30 кг наркотиков.\n"
            "По данным милиции, в ходе проведения спецмероприятий конфисковано 31 кг. Из них 12 кг гашиша.\n"
            "Так, в Оше у курьера изъяли 2 кг гашиша.")
    assert facts(text) == [("seized_drugs", 2, "kg", "KG")]


def test_held_wholesaler_and_seven_after_an_infinitive():
    got = facts("В Гомеле удалось задержать поставщика и пятерых сбытчиков.")
    assert got == [("arrests", 6, "people", "BY")]


def test_precursors_and_what_they_could_make_are_no_haul():
    text = "Изъято свыше 5 кг мефедрона. Кроме того, найдено около ста пятидесяти килограммов реактивов и прекурсоров для производства еще около 40 кг мефедрона."
    assert _drugs(text) == [5]


def test_a_shipment_stopped_is_seized():
    assert _drugs("На дороге под Самарой сотрудники полиции пресекли перевозку почти четырех килограммов наркотиков.") == [4]
