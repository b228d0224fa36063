"""A weight of «зелья» (slang for drugs) followed by a list of kinds is a mixed haul — a drugs
figure of its own, not a part named after the first drug listed.  Sentences are the project's own."""

from tests.ingest.phrases import facts


def test_a_slang_weight_before_a_list_of_kinds_is_a_drugs_figure() -> None:
    text = ("Полиция изъяла из схрона под Бердском 30 кг наркотиков.\n"
            "У одного из задержанных дома нашли около четырёх килограммов разного зелья: гашиш, кокаин и амфетамин.")
    assert [(m, v) for m, v, _, _ in facts(text)] == [("seized_drugs", 4), ("seized_drugs", 30)]
