"""Named drugs release copy lists: methadone, codeine, «метилэфедрон» name one substance each, so «5 кг
метадона, а также 0,8 кг опия» are two hauls, not a total and its part; reagents «из которых можно было бы
изготовить 100 кг» give a potential output, no haul.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_methadone_is_a_named_drug_not_a_total() -> None:
    text = "У курьеров изъяли свыше 6 кг героина, более 4 кг метадона, а также 0,7 кг опия."
    assert values(text, "seized_drugs") == [0.7, 4, 6]


def test_a_potential_output_of_reagents_is_no_haul() -> None:
    text = "В гараже нашли около трёх килограммов реагентов, из которых можно было бы изготовить порядка 90 кг мефедрона."
    assert values(text, "seized_drugs") == []
