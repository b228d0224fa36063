"""The weight of the batch or lorry the drugs were found in («в партии весом 9 тонн, заявленной как мука», "in a
consignment weighing 18 tonnes") is the cover cargo, no drugs figure; a batch of the drugs themselves stays one.
Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m.startswith("seized_") and m != "seized_money"]


def test_a_weighed_batch_declared_as_other_goods_is_no_haul():
    assert _drugs("Таможенники обнаружили 35 кг героина в партии весом 9 тонн, заявленной как мука.") == [35]
    assert _drugs("Customs found 120 kg of cocaine inside a consignment weighing 18 tonnes declared as flour.") == [120]


def test_a_lorry_and_a_shipment_of_other_goods_are_no_haul():
    assert _drugs("Изъяли 12 кг гашиша в фуре весом 20 тонн.") == [12]
    assert _drugs("Police found 40 kg of cocaine in a shipment of 20 tonnes of bananas.") == [40]


def test_a_batch_of_the_drugs_themselves_is_the_haul():
    assert _drugs("Таможенники изъяли партию весом 50 кг кокаина.") == [50]
