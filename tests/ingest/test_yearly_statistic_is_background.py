"""A year's seizures in a region or a record compared with another year («рекордный объём кокаина —
300 тонн — был изъят в странах ЕС в 2022 году», «…, что на 4% больше, чем годом ранее») are a
background statistic, not the reported operation's haul (#16, rufed batch). Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_a_record_year_attributed_to_an_agency_is_background():
    text = ("Европол ликвидировал картель\nВ ходе операции изъято 12 тонн кокаина.\n"
            "По данным европейского агентства, рекордный объём кокаина — 300 тонн — был изъят в странах ЕС в 2022 году.")
    assert _drugs(text) == [12000]


def test_a_year_compared_with_the_one_before_is_background():
    text = ("Европол ликвидировал картель\nВ ходе операции изъято 4 тонны героина.\n"
            "В 2021 году в регионе изъяли более 180 тонн героина, что на 4% больше, чем годом ранее.")
    assert _drugs(text) == [4000]


def test_an_operation_in_a_named_year_keeps_its_haul():
    assert _drugs("Полиция закрыла площадку\nВ 2024 году в ходе операции изъято 12 тонн кокаина.") == [12000]
