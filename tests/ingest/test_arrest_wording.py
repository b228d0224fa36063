"""What is an arrest: arrest nouns and verbs, charged and held people.

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import placed, sent


def test_dative_and_instrumental_arrest_nouns():
    """Round 1 (was test_generalise.py)."""
    assert placed("Операция привела к 45 арестам.", "ru") == [("arrests", 45, None)]


def test_determiner_number_then_passive_arrest():
    """Round 2 (was test_generalise_r2.py)."""
    assert sent("The four were arrested in March when officers raided a flat.") == [("arrests", 4, "people", None)]
    assert sent("Police said the three have since been arrested.") == [("arrests", 3, "people", None)]


def test_people_were_held_in_a_country():
    """Round 5 (was test_generalise_r5.py)."""
    assert sorted(sent("Eleven were held in Ireland and four in Scotland.")) == [
        ("arrests", 4, "people", "GB"), ("arrests", 11, "people", "IE")]


def test_charged_people_are_arrests():
    """Round 6 (was test_generalise_r6.py)."""
    assert sent("Prosecutors have charged 17 people after a two-year investigation.") == [("arrests", 17, "people", None)]
    assert sent("The agency said 11 of those charged were in Greece.") == [("arrests", 11, "people", "GR")]


def test_arrest_verb_makes_buyers_people_held():
    """Round 10 (was test_generalise_r10.py)."""
    assert sent("In Australia, federal agents arrested two buyers.") == [("arrests", 2, "people", "AU")]
    assert sent("В Германии полицейские задержали трёх покупателей.", "ru") == [("arrests", 3, "people", "DE")]
    # without the verb right before them, buyers are customers counted, not arrests
    assert sent("Police arrested 4 vendors who sold drugs to 5,000 buyers.") == [("arrests", 4, "people", None)]


def test_arrest_warrants_and_court_charges_are_no_arrests():
    """Issue #16: real Endgame copy."""
    assert sent("Authorities issued arrest warrants for 20 suspects linked to the malware.") == []
    assert sent("- 36+ suspects identified, 20 criminally charged") == []
    assert sent("Police have charged 23 people after the raids.") == [("arrests", 23, "people", None)]


def test_the_denominator_of_two_out_of_three_is_no_figure():
    """Issue #16: real Bohemia copy."""
    # the two are the arrests; the three is only the denominator
    assert sent("The operation resulted in the arrest of two out of three administrators.") == [("arrests", 2, "people", None)]


def test_a_joint_investigation_with_a_country_makes_it_a_helper():
    assert sent("Three Dutch people were arrested in a large joint investigation with the United States.") == [
        ("arrests", 3, "people", None)]


def test_suppliers_and_shop_staff_are_people_arrested():
    """#16 real text: "the arrests of two major suppliers", «семь сотрудников интернет-магазина»."""
    assert sent("The probe also led to the arrests of three major suppliers of narcotics in Canada.") == \
        [("arrests", 3, "people", "CA")]
    assert sent("Задержаны с поличным пятеро сотрудников подпольного интернет-магазина.", "ru") == \
        [("arrests", 5, "people", None)]


def test_police_staff_are_no_arrests():
    assert sent("В операции участвовали 250 сотрудников полиции, задержаны 4 человека.", "ru") == \
        [("arrests", 4, "people", None)]



def test_what_some_of_the_detained_did_is_no_new_count():
    """#16 real text: «двое задержанных отвечали за доставку» describes part of the detained."""
    assert sent("Трое задержанных отвечали за фасовку наркотиков.", "ru") == []
    assert sent("Четверо задержанных были гражданами Латвии.", "ru") == [("arrests", 4, "people", None)]


def test_people_identified_or_spoken_to_are_no_arrests_beside_an_arrest_clause():
    assert placed("Officers said they had identified and spoken to more than 70 people; police in Norway arrested one man.") == [
        ("arrests", 1, "NO")]
    assert placed("Police identified and arrested 12 suspects.") == [("arrests", 12, None)]
