"""«Задержаны трое курьеров и организатор»: a count under a plural passive verb, then «и» and one
person named in the singular, is one more arrest (4), as «организатор и двое его помощников» is 3
(#16, rufed batch 3). A count after an active verb, or «и» before another verb, adds no one. Own sentences."""

from tests.ingest.phrases import facts


def _arrests(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "arrests")


def test_a_count_and_one_more_role():
    assert _arrests("МВД накрыло цех\nНа месте задержаны двое лаборантов из Саратова и водитель-экспедитор.") == [3]
    assert _arrests("ФСБ накрыла склад\nЗадержаны пятеро курьеров и организатор.") == [6]


def test_a_second_verb_after_and_adds_no_one():
    assert _arrests("ФСБ накрыла склад\nЗадержаны двое мужчин и изъято 3 кг гашиша.") == [2]
