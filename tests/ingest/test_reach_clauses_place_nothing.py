"""Where the drugs went or whom they harmed neither places a figure nor takes part (#16).

"pills that killed people in the United States", "vendors who sold to buyers across the US",
"cocaine bound for Australia", «покупателям в США»: the country is the market's reach, so the
worldwide total stays unplaced and the country is no participant — unless it is the only country
a local story names at all, where its police are the ones acting."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_whom_the_drugs_harmed_does_not_place_the_haul():
    text = ("Europol said investigators seized 730 kilograms of drugs, including fentanyl pills that killed people "
            "in the United States, and 64 firearms. Police from Poland and Sweden took part.")
    assert facts(text) == [("seized_drugs", 730, "kg", None), ("seized_firearms", 64, "items", None)]
    assert sorted(extract(text).countries) == ["PL", "SE"]


def test_where_vendors_sold_does_not_place_their_arrest():
    text = "Officers arrested 38 vendors who sold drugs to buyers across the US and Canada. Police in Austria and Italy took part."
    assert facts(text) == [("arrests", 38, "people", None)]
    assert sorted(extract(text).countries) == ["AT", "IT"]


def test_a_cargo_s_destination_does_not_place_the_seizure():
    text = "Spanish and Portuguese officers seized 410 kilograms of cocaine bound for Australia and arrested nine people."
    got = extract(text)
    assert "AU" not in got.countries
    assert all(f.country != "AU" for f in got.facts)


def test_russian_buyers_abroad_are_no_participant():
    text = ("Европол: задержаны 57 человек\n"
            "Площадка продавала наркотики покупателям в США и Канаде. В операции участвовали Германия и Австрия.")
    assert sorted(extract(text).countries) == ["AT", "DE"]


def test_a_local_story_naming_its_country_only_as_the_market_keeps_it():
    text = "Dealers jailed\nThe gang sold cocaine to customers across Britain. Officers arrested six people."
    assert extract(text).countries == ["GB"]


def test_every_country_of_a_reach_list_is_left_out_even_past_a_region():
    text = ("The vendors shipped drugs to customers in the United States, Europe and Australia. "
            "In total, police arrested 251 people and seized $47 million.")
    got = extract(text)
    assert got.countries == []
    assert facts(text) == [("arrests", 251, "people", None), ("seized_money", 47000000, "USD", None)]
    assert extract("Полицейские изъяли 640 кг наркотиков, предназначавшихся для продажи в Европе и США.").countries == []


def test_buyers_as_the_arrested_keep_their_place():
    assert facts("Two couriers and three buyers were also detained in Bristol.") == [("arrests", 5, "people", "GB")]


def test_source_countries_of_the_drugs_take_no_part():
    text = "The bureau arrested 19 members of the ring, some with links to source countries like the United States and Poland."
    assert extract(text).countries == []


def test_where_police_only_tried_to_seize_takes_no_part():
    text = "Police from France and Spain arrested 40 people. Agents also tried to seize a server in Moldova, but it had been wiped."
    assert sorted(extract(text).countries) == ["ES", "FR"]
