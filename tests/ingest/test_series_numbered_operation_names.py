"""Operations run as a numbered series ("Operation Lionfish 2", "Operation Trident IV") keep the
number in their name, whether written with a space or glued ("Trident2"), and a count right after
a name is not taken for one."""

from store.ingest.extract import extract


def test_a_series_number_belongs_to_the_name():
    text = ("Operation Saltfin2 nets 40 tonnes of drugs\n"
            "More than 40 tonnes of drugs were seized in Operation Saltfin 2, an Interpol-led action.\n"
            "Operation Saltfin 2 included the following countries: Belgium, Canada and Spain.")
    ex = extract(text)
    assert ex.operations == ["Saltfin2"]
    assert ex.countries == ["BE", "CA", "ES"]


def test_a_count_after_the_name_is_not_part_of_it():
    ex = extract("Sweep\nIn Operation Tidewrack 12 people were arrested in Poland.")
    assert ex.operations == ["Tidewrack"]
    assert [(f.metric, f.value) for f in ex.facts] == [("arrests", 12)]
