"""Money in Indian notation, interceptions as seizures, and what goods are worth (#16, fresh16)."""

from tests.ingest.phrases import figures, sent


def test_lakh_and_crore_scale_the_number():
    assert figures("Rs 4.65 lakh and ₹2 crore", "en") == [(465000, "4.65 lakh"), (20000000, "2 crore")]


def test_rupee_signs_are_inr_even_glued_to_the_digits():
    assert sent("The agency also seized Rs4.65 lakh in cash from the suspects.") == [("seized_money", 465000, "INR", None)]
    assert sent("Officers seized ₹12 lakh in cash and Rs. 3 crore in bank deposits.") == [
        ("seized_money", 1200000, "INR", None), ("seized_money", 30000000, "INR", None)]


def test_a_name_before_rs_is_no_money():
    assert [f for f in sent("Officers arrested Mr Rs in Delhi.") if f[0] == "seized_money"] == []


def test_customs_stopping_a_weight_is_a_seizure():
    assert sent("Finnish customs said it stopped about 15 kilos of drugs at the border.") == [("seized_drugs", 15, "kg", "FI")]
    assert sent("Customs stopped the van at the border.") == []


def test_what_goods_are_worth_is_no_money():
    assert sent("Illicit devices worth an estimated USD 500,000 were recovered.") == []
    assert sent("Customs stopped 15 kilos of drugs valued on the street at about €1.1m.") == [("seized_drugs", 15, "kg", None)]
    assert sent("Police seized bitcoins worth an estimated USD 500,000.") == [("seized_money", 500000, "USD", None)]


def test_a_legal_threshold_is_no_haul():
    assert sent("The commercial quantity of LSD is 0.1 gram, and the seizure is 1,800 times that, the NCB said.") == []
