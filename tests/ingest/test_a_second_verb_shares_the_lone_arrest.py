"""«задержали и обыскали его»: an arrest verb coordinated with a second past verb shares its
object, so the one person after both is one arrest — and a number after both is still the count.
Own sentences."""

from tests.ingest.phrases import facts


def _arrests(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "arrests"]


def test_a_pronoun_after_two_verbs_is_one_arrest():
    assert _arrests("Заметив у гаражей подозрительного прохожего, полицейские задержали и досмотрели его.") == [1]


def test_a_person_noun_after_two_verbs_is_one_arrest():
    assert _arrests("Оперативники задержали и доставили в отдел 19-летнего жителя Тамбова.") == [1]


def test_a_number_after_two_verbs_stays_the_count():
    assert _arrests("Сотрудники наркоконтроля задержали и допросили четверых курьеров.") == [4]
