"""Interviews: an answer takes its question's cue and country.

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import facts


def test_answer_takes_the_cue_of_the_question_above():
    """Round 3 (was test_generalise_r3.py)."""
    text = ("Интервью о деле магазина «Сорока».\n— Что изъяли при обысках?\n"
            "— Около 40 килограммов гашиша и 3,2 млн рублей. Плюс три пистолета.\n— Как долго шло следствие?\n— 14 месяцев.\n")
    assert facts(text) == [("seized_drugs", 40, "kg", None), ("seized_firearms", 3, "items", None),
                           ("seized_money", 3200000, "RUB", None)]
    # without the question there is no seizure
    assert facts("Около 40 килограммов гашиша и 3,2 млн рублей.") == []


def test_an_answer_is_about_the_country_its_question_names():
    """Round 12 (was test_generalise_r12.py)."""
    text = ("Interview: the Dusk takedown.\n"
            "Portugal ran its own raids. What did your officers find?\n"
            "We arrested 8 suspects and seized 4 kg of heroin. Across all countries we seized 40 kg.")
    assert facts(text) == [("arrests", 8, "people", "PT"), ("seized_drugs", 4, "kg", "PT"), ("seized_drugs", 40, "kg", None)]
