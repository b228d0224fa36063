"""«оборот» (turnover) marks a money figure as no seizure, but «незаконный оборот наркотиков» is the
drug trade itself — in agency names («Управление по борьбе с незаконным оборотом наркотиков») and
charges («по подозрению в незаконном обороте наркотиков») — and leaves the haul a seizure. Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_an_agency_named_after_the_drug_trade_still_seizes():
    assert _drugs("Сотрудники Управления по борьбе с незаконным оборотом наркотиков изъяли 14 кг гашиша.") == [14]
    assert _drugs("Управлением по контролю за оборотом наркотиков изъято свыше 6 кг героина.") == [6]


def test_a_suspect_of_drug_trafficking_still_has_a_haul():
    text = "По подозрению в незаконном обороте наркотиков задержан мужчина, у него изъяли 2 кг мефедрона."
    assert _drugs(text) == [2]


def test_a_shops_turnover_is_still_no_seizure():
    assert _drugs("Оборот магазина составил 300 кг наркотиков в год.") == []
