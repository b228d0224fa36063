"""A lead's weight in words («партию более чем из полтонны кокаина», «почти тонну») that a later
sentence gives precisely (570 кг) is that figure restated, not a second haul — unless the later
figure is of another drug or far from it (#16, rufed batch). Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs")


def test_more_than_half_a_tonne_over_the_precise_haul():
    assert _drugs("Таможня нашла кокаин\nСотрудники ФСБ России задержали партию более чем из полтонны кокаина.\n"
                  "Из оборота изъято 640 килограммов кокаина.") == [640]


def test_another_drug_is_no_restatement():
    assert _drugs("Таможня нашла кокаин\nСотрудники ФСБ России изъяли более полутонны кокаина.\n"
                  "Кроме того, изъято 600 килограммов героина.") == [500, 600]


def test_a_far_figure_is_no_restatement():
    assert _drugs("Таможня нашла кокаин\nСотрудники ФСБ России изъяли почти тонну кокаина.\n"
                  "В другом регионе изъято 300 килограммов кокаина.") == [300, 1000]


def test_a_headline_half_tonne_over_the_placed_body_figure():
    assert _drugs("ФСБ перехватила полтонны гашиша, который везли в Европу\n"
                  "Сотрудники ФСБ России изъяли в Псковской области 536 кг гашиша.") == [536]
