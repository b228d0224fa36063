"""A page excerpt that opens on the story's first paragraph has no headline: a person held in its
first sentence is not restated by a later «также был задержан …» — that is a second person; under a
real headline the body's first person is still the headline's. Own sentences."""

from tests.ingest.phrases import values


def test_a_second_person_after_a_lead_sentence():
    text = ("Сотрудники полиции задержали жителя Твери по подозрению в сбыте наркотиков, сообщает пресс-служба ведомства. "
            "В гараже у него изъяли 2 кг мефедрона. В рамках проверки также был задержан житель Клина, перевозивший товар.")
    assert values(text, "arrests") == [1, 1]


def test_a_headline_and_the_body_name_one_person():
    text = ("В Твери задержан сбытчик мефедрона\n"
            "Сотрудники полиции задержали жителя Твери по подозрению в сбыте наркотиков. В гараже у него изъяли 2 кг мефедрона.")
    assert values(text, "arrests") == [1]
