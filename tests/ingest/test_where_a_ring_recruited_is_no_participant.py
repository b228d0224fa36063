"""Where a ring recruited its people («вербовщики искали на территории Молдовы новых участников»,
"the gang recruited couriers in Romania") is where its members came from, not where police acted:
that country is no participant.  Own sentences."""

from store.ingest.extract import extract


def _countries(text: str) -> list[str]:
    return sorted(extract(text).countries)


def test_russian_recruiters_abroad_name_no_participant():
    text = ("Полиция закрыла цех по выпуску мефедрона\n"
            "Оперативники задержали в Твери 9 человек и изъяли 80 кг мефедрона.\n"
            "По данным МВД, вербовщики подыскивали на территории Молдовы новых химиков, которые затем приезжали в Тверь.")
    assert _countries(text) == ["RU"]


def test_a_ring_that_recruited_abroad_names_no_participant():
    text = "Police in Leeds arrested five men.\nThe gang recruited couriers in Romania and Albania, detectives said."
    assert _countries(text) == ["GB"]


def test_police_acting_abroad_still_take_part():
    text = "Полиция Рязани задержала 5 человек.\nЕщё двоих задержали в Молдове местные полицейские."
    assert "MD" in _countries(text)
