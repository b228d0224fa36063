"""Market events: launches and shutdowns, with their dates.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract


def test_server_seizure_is_a_shutdown_and_seasons_date():
    """Round 1 (was test_generalise.py)."""
    ex = extract("Рынок Zephyr работал с 2020 года.\nСерверы рынка были изъяты в Германии в октябре 2024 года.\n")
    assert ("shut_down", "2024-10") in [(e.metric, e.date) for e in ex.events]
    ex = extract("Zephyr Market had been online since spring 2021.\n")
    assert [(e.metric, e.date) for e in ex.events] == [("launched", "2021")]


def test_went_offline_is_shut_down():
    """Round 11 (was test_generalise_r11.py)."""
    ex = extract("Agents closed the darknet market Grey Heron.\nGrey Heron went offline on 3 June 2024.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" and e.operation == "Grey Heron" for e in ex.events), ex.events


def test_went_dark_and_blocked_are_shut_down():
    """Round 12 (was test_generalise_r12.py)."""
    from store.ingest.extract import extract

    ex = extract("Agents closed the darknet market Grey Heron.\nGrey Heron went dark on 3 June 2024.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" for e in ex.events), ex.events
    ex = extract("Полиция закрыла даркнет-площадку Grey Heron.\nСайт площадки Grey Heron заблокирован 3 июня 2024 года.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" for e in ex.events), ex.events
