"""A site that keeps its feed's hard wrapping cuts sentences across lines: the figures after a
wrap keep the verb of their sentence, short list lines stay lines, and quotes keep the text as
written.  Own sentences."""

from store.ingest.extract import extract
from store.ingest.hard_wraps import unwrap


def _facts(text: str) -> list[tuple[str, float]]:
    return sorted((f.metric, f.value) for f in extract(text).facts)


def test_a_figure_after_a_wrap_keeps_its_verb():
    text = ("Сотрудники УФСБ ликвидировали нарколабораторию\n"
            "На складе у двух задержанных жителей Рязани изъяли более 4 млн рублей, а также\n"
            "около 35 килограммов мефедрона и лабораторное оборудование, сообщает\n"
            "пресс-служба ведомства.\n")
    assert _facts(text) == [("arrests", 2.0), ("seized_drugs", 35.0), ("seized_money", 4_000_000.0)]


def test_a_lower_case_line_goes_on_the_sentence_before():
    text = ("Полиция закрыла подпольный цех\n"
            "В ходе обыска в гараже оперативники обнаружили охотничье ружьё, переделанное под\n"
            "боевые патроны, и пистолет Макарова.\n")
    assert ("seized_firearms", 2.0) in _facts(text)


def test_short_list_lines_stay_lines():
    text = "Изъяты:\nгероин — 5 кг\nкокаин — 3 кг\n"
    assert unwrap(text) == text


def test_quotes_keep_the_line_breaks_as_written():
    text = ("Заголовок новости о задержании\n"
            "Оперативники задержали в подъезде дома двух закладчиков, у которых\n"
            "нашли 120 граммов гашиша.\n")
    assert len(unwrap(text)) == len(text)
    quotes = [f.quote for f in extract(text).facts]
    assert any("\n" in q for q in quotes)
