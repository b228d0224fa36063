"""A bare «Изъято …» right after a period's tally («Всего за минувшие сутки по стране …») states the
period's haul, no figure of the case the article reports.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_a_bare_seized_sentence_after_a_daily_tally_is_the_tally() -> None:
    text = ("В Туле задержаны трое сбытчиков с 2,4 кг гашиша.\n"
            "Всего за минувшие сутки на территории России зарегистрировано 35 фактов изъятия наркотиков.\n"
            "Изъято около 20 кг марихуаны и свыше 4 кг героина.")
    assert values(text, "seized_drugs") == [2.4]
