"""«на территории Душанбе» is a place position like «в Душанбе»: the city places the figure, and a
suspect's residence elsewhere («житель Афганистана») no longer becomes the figure's country alone.
Own sentences."""

from tests.ingest.phrases import facts


def test_on_the_territory_of_a_city_places_the_haul():
    assert facts("Наркополицейские на территории Душанбе изъяли 6 кг опия.") == [("seized_drugs", 6, "kg", "TJ")]


def test_a_residence_elsewhere_is_not_the_scene_alone():
    text = "На территории Душанбе милиция задержала 40-летнего жителя Ирана, у которого нашли 3 кг героина."
    assert all(c != "IR" for _, _, _, c in facts(text))
