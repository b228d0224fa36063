"""A security service's roundup of several busts: a person held in another episode («В другом
случае …», a different district or town) is one more arrest, not one of those counted before;
a lone person beside a count in the same episode still is one of them."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def _arrests(text: str) -> list[int]:
    return sorted(f.value for f in extract(text).facts if f.metric == "arrests")


ROUNDUP = (
    "СГБ пресекла ввоз наркотиков из соседних стран\n"
    "В Шерабадском районе Сурхандарьинской области задержаны двое местных жителей, пытавшихся провезти 6 кг опия.\n"
    "В другом случае был задержан 51-летний житель Карши, хранивший 2 кг гашиша.\n"
    "В Денауском районе задержан 29-летний водитель грузовика, у которого изъяли 900 г опия.\n"
)


def test_people_held_in_other_episodes_add_to_the_count():
    assert _arrests(ROUNDUP) == [1, 1, 2]


def test_a_person_of_the_same_episode_is_one_of_the_counted():
    text = ("В Бухаре задержаны трое участников группы, изъято 4 кг гашиша.\n"
            "Организатор, 40-летний житель Бухары, был задержан у себя дома.\n")
    assert _arrests(text) == [3]


def test_an_english_roundup_marks_a_separate_case():
    text = ("Police in Almaty detained four couriers and seized 3 kg of mephedrone.\n"
            "In a separate case, a 27-year-old man was detained in Taraz with 400 grams of hashish.\n")
    assert [f for f in facts(text) if f[0] == "arrests"] == [("arrests", 1, "people", "KZ"), ("arrests", 4, "people", "KZ")]
