"""A day and month written without a year ("went offline on 14 October") dates the event in the
publication's year, not on the publication date itself."""

from store.ingest.extract import extract


def _shut_down(text: str, published: str) -> list[str | None]:
    return [e.date for e in extract(text, published=published).events if e.metric == "shut_down"]


def test_day_before_month_takes_the_publication_year() -> None:
    text = ("Officers in Austria detained six suspects linked to the Brackenfold market. "
            "The Brackenfold marketplace was shut down on 14 October.")
    assert _shut_down(text, "2025-10-20") == ["2025-10-14"]


def test_month_before_day_takes_the_publication_year() -> None:
    assert _shut_down("The Brackenfold market was taken offline on October 14.", "2025-10-20") == ["2025-10-14"]


def test_a_month_still_to_come_is_last_year() -> None:
    assert _shut_down("The Brackenfold market was shut down on 30 December.", "2026-01-05") == ["2025-12-30"]


def test_russian_day_and_month() -> None:
    assert _shut_down("Площадку Brackenfold закрыли 14 октября.", "2025-10-20") == ["2025-10-14"]
