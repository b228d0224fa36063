"""A list of named drugs with no total is read item by item: two drugs of equal weight are two figures
wherever the drug is named («кокаин массой 3 грамма, гашиш массой 3 грамма», «кокаина — 3 грамма, гашиша —
3 грамма»), and a figure whose unit is gapped after a dash carries the unit of the clause before it
(«в первом тайнике — 250 граммов мефедрона, во втором — еще 400»).  Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_equal_weights_named_before_them_are_two_figures():
    text = "У задержанного изъяли амфетамин массой 11 граммов, кокаин массой 3 грамма, гашиш массой 3 грамма."
    assert _drugs(text) == [0.003, 0.003, 0.011]


def test_equal_weights_in_a_dash_list_are_two_figures():
    assert _drugs("Масса изъятого составила: героина — 9 граммов, кокаина — 2 грамма, гашиша — 2 грамма.") == [0.002, 0.002, 0.009]


def test_the_same_drug_and_weight_restated_is_one_figure():
    assert _drugs("Изъят мефедрон массой 6 граммов. Мефедрон массой 6 граммов направлен на экспертизу.") == [0.006]


def test_a_weight_before_a_drug_in_guillemets():
    assert _drugs("У него изъяли 8 граммов героина и 25 граммов «мефедрона».") == [0.008, 0.025]


def test_a_unit_gapped_after_a_dash_carries_over():
    text = "Оперативники задержали курьера. В первом тайнике нашли 250 граммов мефедрона, во втором — еще 400."
    assert _drugs(text) == [0.25, 0.4]


def test_a_gapped_figure_after_a_holder_and_a_dash():
    assert _drugs("У него обнаружили 2 кг гашиша, а у его сообщника — 900 граммов мефедрона.") == [0.9, 2]


def test_a_dash_before_a_count_of_people_is_no_weight():
    got = facts("Изъято 5 кг гашиша, задержаны — 3.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 5)]
