"""A total stated first and then the hauls it was made of («почти 1,5 тонны … партию 1,1 тонны нашли
в порту, ещё 320 кг — на складе»), or hauls found one by one and then summed («Всего из оборота
выведено 52 кг мефедрона»), give one drugs figure: the hauls are its parts. An approximate total
(«почти», «около», «более») may differ a little from the sum; hauls that do not come near it stay
figures of their own (#16, rufed batch). Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_hauls_after_an_approximate_total_are_its_parts():
    text = ("ФСБ изъяла почти полторы тонны кокаина\n"
            "Всего спецслужба изъяла почти 1,5 тонны кокаина. Партию 1,1 тонны нашли в порту, ещё 320 кг — на складе под Калугой.")
    assert _drugs(text) == [1500]


def test_staged_hauls_then_their_sum_of_one_named_drug():
    text = ("Под Пензой ликвидировали нарколабораторию\n"
            "Сначала у курьера изъяли 2 кг мефедрона. Затем в цехе нашли ещё 50 кг наркотика.\n"
            "Всего из незаконного оборота выведено 52 кг мефедрона.")
    assert _drugs(text) == [52]


def test_taken_out_of_circulation_is_a_seizure():
    assert _drugs("В Самаре пресекли канал\nВсего из незаконного оборота вывели не менее 210 килограммов гашиша.") == [210]


def test_hauls_far_from_an_approximate_total_stay_facts():
    text = ("ФСБ изъяла кокаин\n"
            "Всего изъято около 1,2 тонны кокаина. Позже в другом регионе нашли ещё 300 кг героина и 200 кг гашиша.")
    assert _drugs(text) == [200, 300, 1200]
