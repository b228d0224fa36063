"""Round 11: rules found on blind articles, each checked on invented text."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_rate_a_few_words_before_per_period_is_no_seizure():
    assert sent("Следователи нашли цех, способный выпускать до 40 кг синтетики в месяц.", "ru") == []
    assert sent("Detectives found a lab able to turn out 12 kg of fentanyl per week.") == []
    assert facts("Детективы обнаружили склад и 40 кг синтетики в месяц.") == []


def test_haul_followed_by_day_of_something_is_still_seized():
    got = sent("Полицейские изъяли 7 кг героина в день обысков.", "ru")
    assert [(f[0], f[1], f[2]) for f in got] == [("seized_drugs", 7, "kg")]
    assert [f[:3] for f in sent("Officers seized 9 kg of cocaine a day after the raids.")] == [("seized_drugs", 9, "kg")]


def test_went_offline_is_shut_down():
    ex = extract("Agents closed the darknet market Grey Heron.\nGrey Heron went offline on 3 June 2024.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" and e.operation == "Grey Heron" for e in ex.events), ex.events
