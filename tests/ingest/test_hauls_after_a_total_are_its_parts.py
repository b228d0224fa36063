"""A drugs total stated first and then the hauls it was made of, one by one, that add up to it exactly
(«Изъято свыше 9 кг … в тайниках около 3 кг … в квартире ещё 6 кг») are the total's parts, not more
drugs; hauls that do not add up to it stay figures of their own. Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_two_hauls_adding_up_to_the_lead_total_are_not_more_drugs():
    text = ("В Омске задержали двух закладчиков. Изъято свыше 9 килограммов «синтетики».\n"
            "«В тайниках нашли наркотики массой около 3 килограммов», – сообщили в полиции.\n"
            "В квартире у задержанных обнаружено ещё 6 килограммов наркотиков.")
    assert _drugs(text) == [9]


def test_three_hauls_adding_up_are_parts_too():
    text = ("Всего изъято 12 кг наркотиков.\n"
            "В гараже нашли 5 кг наркотиков. В машине обнаружили 4 кг наркотиков. На даче изъяли 3 кг наркотиков.")
    assert _drugs(text) == [12]


def test_hauls_that_do_not_add_up_stay_facts():
    text = ("Изъято свыше 9 килограммов наркотиков.\n"
            "Позже в другом районе нашли ещё 2 килограмма наркотиков и 4 килограмма наркотиков в гараже.")
    assert _drugs(text) == [2, 4, 9]


def test_a_headline_total_one_drug_restates_holds_no_other_drug():
    text = ("В Оше изъято 9 кг синтетики\n"
            "В Оше у курьера изъято 9 кг мефедрона и 1,5 кг гашиша.")
    assert sorted(facts(text)) == [("seized_drugs", 1.5, "kg", "KG"), ("seized_drugs", 9, "kg", "KG")]
