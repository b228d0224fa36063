"""A headline's rounded figure that names the country («В Таджикистане изъято около 60 кг героина»)
over the body's precise one that names none («изъято 59,6 кг»): one figure, and the headline says
where it was.  The sentences are the project's own."""

from tests.ingest.phrases import facts


def test_the_headline_rounds_the_body_figure_and_places_it():
    text = ("В Таджикистане изъято около 60 кг героина\n\n"
            "Сотрудники АКН задержали троих жителей Хатлонской области.\n\n"
            "В тайниках и автомобилях фигурантов изъято 59,6 кг героина.")
    assert [f for f in facts(text) if f[0] == "seized_drugs"] == [("seized_drugs", 59.6, "kg", "TJ")]


def test_a_body_figure_far_from_the_headline_is_its_own():
    text = ("В Таджикистане изъято около 60 кг героина\n\n"
            "В тайниках фигурантов изъято 41 кг героина.")
    assert sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs") == [41, 60]
