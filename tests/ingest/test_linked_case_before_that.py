"""A paragraph opening on «До этого …» that tells a case of its own is a linked story, as «Ранее …» is.

Regional aggregator copy closes a court or lab story with «До этого в <другом регионе> задержали …»:
its people and hauls are that other item's.  A «До этого» that points back at this case («его
сообщников», «этого магазина») goes on telling it.  Sentences are the project's own."""

from tests.ingest.phrases import facts


def test_a_before_that_paragraph_about_another_region_gives_no_figures() -> None:
    text = ("Суд в Майкопе приговорил двух химиков подпольной лаборатории к 14 годам колонии.\n"
            "При обыске у них изъяли 3 кг мефедрона.\n"
            "До этого в Хабаровском крае задержали местного жителя, который хранил в сарае 40 кг марихуаны.")
    got = [(m, v) for m, v, _, _ in facts(text)]
    assert got == [("seized_drugs", 3)]


def test_a_before_that_paragraph_pointing_back_stays_this_case() -> None:
    text = ("В Омске задержаны двое операторов наркошопа.\n"
            "До этого полицейские задержали троих курьеров этого магазина с 2 кг гашиша.")
    got = sorted((m, v) for m, v, _, _ in facts(text))
    assert ("seized_drugs", 2) in got
    assert ("arrests", 3) in got
