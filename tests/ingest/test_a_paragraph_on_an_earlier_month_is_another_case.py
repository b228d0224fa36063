"""A paragraph opening on a month before the story's own case («В июле таможенники нашли …» in a story about an
October seizure, with no «Напомним» or «Ранее») is another, earlier case: its figures are not this article's.
A roundup walking forward through the months keeps every case.  Own articles."""

from tests.ingest.phrases import values

_RU = """Таможенники Приморья задержали партию кокаина

В октябре сотрудники Славянской таможни изъяли 240 кг кокаина в контейнере с кофе. Возбуждено уголовное дело.

В июле таможенники нашли 800 кг кокаина в грузе бананов в порту Ольги."""

_EN = """Customs seize cocaine in coffee shipment

In November, officers at the port of Tarrow found 150 kg of cocaine hidden in sacks of coffee.

In August, the same team found 610 kg of cocaine in a banana container."""

_FORWARD = """Итоги месяцев

В январе полицейские задержали 5 закладчиков.

В марте задержаны ещё 7 сбытчиков."""


def test_an_earlier_month_paragraph_adds_no_haul():
    assert values(_RU, "seized_drugs") == [240]
    assert values(_EN, "seized_drugs") == [150]


def test_later_months_of_a_roundup_keep_their_figures():
    assert values(_FORWARD, "arrests") == [5, 7]
