"""A weight an expert test reports («Экспертиза показала, что это 11 кг марихуаны») is what was found:
regional releases tell the stop first («обнаружили свёртки с неизвестным веществом») and the weight only
with the test result.  A capacity the test reports is still no haul.  Sentences are the project's own."""

from tests.ingest.phrases import facts


def test_a_weight_an_expert_test_reports_is_a_seizure() -> None:
    text = ("На трассе под Тамбовом остановили грузовик, в кузове нашли мешки с неизвестным веществом.\n"
            "Экспертиза установила, что это 26 кг марихуаны.")
    assert [(m, v) for m, v, _, _ in facts(text)] == [("seized_drugs", 26)]


def test_a_capacity_the_test_reports_is_no_seizure() -> None:
    assert facts("Экспертиза показала, что оборудование позволяло выпускать до 40 кг мефедрона в месяц.") == []
