"""A heading "… found:" over unbulleted items ending in semicolons lends them its seizure verb, however long an
item runs; a sales word in quotation marks ("revenue", «выручка») names the cash found, not a sales figure."""

from store.ingest.extract import extract


def _facts(text: str) -> list[tuple[str, float, str]]:
    return [(f.metric, f.value, f.unit) for f in extract(text).facts]


def test_long_semicolon_items_under_a_found_heading_are_seized() -> None:
    text = ("Drug labs shut down in three regions\n"
            "During more than 40 searches in the suspects' homes and garages, investigators found:\n"
            "about 60 kg of psychotropic substances, in particular amphetamine, methadone and mephedrone, and precursors;\n"
            "laboratory glassware and packing equipment;\n"
            "\"revenue\" of over UAH 900,000 in cash\n"
            "The suspects face up to 12 years in prison.\n")
    facts = _facts(text)
    assert ("seized_drugs", 60, "kg") in facts
    assert ("seized_money", 900000, "UAH") in facts


def test_revenue_unquoted_stays_a_sales_figure() -> None:
    text = ("Lab shut down\n"
            "Police seized 5 kg of amphetamine. The group's revenue of UAH 900,000 a month went to the organiser.\n")
    assert [m for m, _, _ in _facts(text) if m == "seized_money"] == []


def test_quoted_takings_in_russian_are_seized_cash() -> None:
    text = ("В Одессе закрыли нарколабораторию\n"
            "При обысках у фигурантов изъяты 4 кг амфетамина и «выручка» в размере 250 тыс. гривен.\n")
    assert ("seized_money", 250000, "UAH") in _facts(text)
