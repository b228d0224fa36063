"""What a laboratory turned out per day, week or month is its output, not a haul (#16, rufed batch:
the headline «Четыре килограмма в сутки: …» was read as 4 kg seized). Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_a_headline_rate_per_day_is_no_haul():
    assert _drugs("Пять килограммов в сутки: под Курском закрыли нарколабораторию\n"
                  "В ходе обыска изъято около 70 килограммов мефедрона.") == [70]


def test_a_daily_output_in_the_body_is_no_haul():
    assert _drugs("Под Орлом ликвидирована нарколаборатория\n"
                  "В цехе ежесуточно выпускали 6 кг синтетики. Изъято 31 кг готового наркотика.") == [31]


def test_capacity_per_week_and_per_month_is_no_haul():
    assert _drugs("Под Тверью закрыли цех\nЛаборатория мощностью до 80 кг в неделю работала в гараже. "
                  "Изъято 12 кг мефедрона.") == [12]
    assert _drugs("Под Рязанью закрыли цех\nПроизводительность цеха составляла около 120 килограммов в месяц. "
                  "Полицейские изъяли 44 килограмма наркотика.") == [44]
