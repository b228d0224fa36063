"""An earlier run of the operation ("The previous edition, in 2022, led to 900 arrests") and a year's record
("In 2022 customs seized a record 80 tonnes") are no figures of this one; shares of a money total of which
only one names its form ("$30 million sat in bank accounts and $9 million in cryptocurrency") are its parts;
"money launderers" and "money mules" are people."""

from store.ingest.extract import extract

HEAD = "Global sweep against fraud rings\n"
CORE = {"arrests", "seized_money", "seized_drugs", "seized_firearms"}


def _core(body: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.metric, f.value, f.country) for f in extract(HEAD + body).facts if f.metric in CORE]


def test_an_earlier_edition_gives_no_figure() -> None:
    got = _core("Police in 19 countries arrested 1,450 people. The previous edition of the operation, in 2022, "
                "led to 900 arrests.")
    assert got == [("arrests", 1450, None)]


def test_a_years_record_gives_no_figure() -> None:
    got = _core("Dutch police seized 2,300 kg of cocaine at the port. In 2022 customs seized a record 80 tonnes of "
                "cocaine there.")
    assert got == [("seized_drugs", 2300, "NL")]


def test_money_shares_adding_up_to_the_total_are_parts() -> None:
    got = _core("Officers seized $39 million in cash and virtual assets. Of the money seized, $30 million sat in bank "
                "accounts and $9 million in cryptocurrency.")
    assert got == [("seized_money", 39000000, None)]


def test_money_launderers_and_mules_are_people() -> None:
    assert _core("Police detained three money launderers and arrested 14 money mules.") == [("arrests", 3, None), ("arrests", 14, None)]
