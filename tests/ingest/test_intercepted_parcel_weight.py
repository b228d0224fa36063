""""The parcel, delivered under police watch, weighed 640 grams": an intercepted parcel's weight is
what was seized, though no seizure verb is written (#16, r2en)."""

from tests.ingest.phrases import sent


def test_a_parcels_weight_is_a_seizure():
    assert sent("The parcel, delivered under police watch, weighed 640 grams.") == [("seized_drugs", 0.64, "kg", None)]
    assert sent("The packages of MDMA weighed 2.5kg in total.") == [("seized_drugs", 2.5, "kg", None)]


def test_other_weights_are_no_seizure():
    assert sent("The courier weighed 80 kilograms.") == []
