"""A round hedged weight («более 10 кг») stated in the body after a precise one (11 kg) is another
haul, not the precise one restated: regional copy tells a stop and then a later search that found
as much again.  A round lead before the precise figure still restates it.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_a_later_round_weight_in_the_body_is_another_haul() -> None:
    text = ("Полиция перекрыла канал поставки гашиша в Тверь.\n"
            "В апреле на трассе М-10 у курьера изъяли 11 кг гашиша.\n"
            "Позже в гараже организатора нашли более 10 кг гашиша.")
    assert values(text, "seized_drugs") == [10, 11]


def test_a_round_lead_before_the_precise_weight_restates_it() -> None:
    text = ("Полиция перекрыла канал поставки гашиша в Тверь.\n"
            "Всего изъято более 20 кг наркотиков.\n"
            "По данным следствия, из оборота выведено 21,4 кг гашиша.")
    assert values(text, "seized_drugs") == [21.4]
