"""What is a seizure: seizure verbs, and sales, turnover and rates that are not.

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import facts, placed, sent


def test_more_seizure_verbs():
    """Round 1 (was test_generalise.py)."""
    assert placed("Searches turned up €50,000 in cash and 3 kg of heroin.") == \
        [("seized_money", 50000, None), ("seized_drugs", 3, None)]


def test_turnover_after_the_figure_is_no_seizure():
    """Round 3 (was test_generalise_r3.py)."""
    assert sent("Police seized the servers of a site that handled $40 million in transactions.") == []
    assert sent("Officers seized a platform with $12m of annual sales.") == []


def test_rate_a_few_words_before_per_period_is_no_seizure():
    """Round 11 (was test_generalise_r11.py)."""
    assert sent("Следователи нашли цех, способный выпускать до 40 кг синтетики в месяц.", "ru") == []
    assert sent("Detectives found a lab able to turn out 12 kg of fentanyl per week.") == []
    assert facts("Детективы обнаружили склад и 40 кг синтетики в месяц.") == []


def test_haul_followed_by_day_of_something_is_still_seized():
    """Round 11 (was test_generalise_r11.py)."""
    got = sent("Полицейские изъяли 7 кг героина в день обысков.", "ru")
    assert [(f[0], f[1], f[2]) for f in got] == [("seized_drugs", 7, "kg")]
    assert [f[:3] for f in sent("Officers seized 9 kg of cocaine a day after the raids.")] == [("seized_drugs", 9, "kg")]


def test_guns_taken_off_the_street_are_seized():
    """Round 12 (was test_generalise_r12.py)."""
    assert sent("Officers took 14 firearms off the street.") == [("seized_firearms", 14, "items", None)]
