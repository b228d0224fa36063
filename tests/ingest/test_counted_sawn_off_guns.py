"""«обрез» (a sawn-off gun) and «пулемёт» counted with a number are firearms, as «ружьё» is:
regional releases list «два обреза» or «три пулемёта» among the haul.  Sentences are the project's own."""

from tests.ingest.phrases import sent


def test_counted_sawn_off_guns_are_firearms() -> None:
    assert sent("При обыске изъяли два обреза и 3 кг гашиша.", "ru") == [
        ("seized_firearms", 2, "items", None), ("seized_drugs", 3, "kg", None)]


def test_counted_machine_guns_are_firearms() -> None:
    assert sent("В схроне нашли три пулемёта.", "ru") == [("seized_firearms", 3, "items", None)]
