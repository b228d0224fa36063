"""A country word that only names a member of a coalition, the announcer, a venue or a person is
not where the figures happened (#16)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_a_country_coordinated_with_a_supranational_body_owns_no_total():
    assert sent("U.S. and EU law enforcement seized more than $41 million and 67 firearms.") == [
        ("seized_money", 41000000, "USD", None), ("seized_firearms", 67, "items", None)]
    assert sent("Authorities from Europe, Asia and the United States have seized over €96 million in cash.") == [
        ("seized_money", 96000000, "EUR", None)]


def test_a_list_of_nationalities_before_one_agency_noun_is_a_coalition():
    got = sent("The sweep by Canadian, Irish, Portuguese and European police also netted 73 firearms.")
    assert got == [("seized_firearms", 73, "items", None)]


def test_a_headline_pairing_a_country_with_europol_gives_a_worldwide_total():
    assert sent("US, Europol arrest 233 dark web vendors") == [("arrests", 233, "people", None)]


def test_a_single_country_still_owns_its_figures():
    assert sent("Spanish police arrested 12 suspects and seized 4 kg of heroin.") == [
        ("arrests", 12, "people", "ES"), ("seized_drugs", 4, "kg", "ES")]


def test_a_frame_across_the_globe_or_continents_is_worldwide():
    got = sent("Led by the FBI and the Dutch National Police, raids across the globe resulted in 131 arrests.")
    assert got == [("arrests", 131, "people", None)]


def test_a_city_dateline_without_a_date_is_no_place():
    text = "Europol swoop\nThe Hague - A crackdown has led to 77 arrests and the seizure of 19 firearms, Europol said."
    assert facts(text) == [("arrests", 77, "people", None), ("seized_firearms", 19, "items", None)]
    text = "Sting\nMadrid, Jun 4 (efe-epa).- Police have detained 31 people."
    assert facts(text) == [("arrests", 31, "people", None)]


def test_a_meeting_place_or_an_agency_seat_is_no_participant():
    text = ("Police in 12 countries closed the market Quarrel.\n"
            "Officers from Spain and Italy flew into The Hague to coordinate the arrests of 40 people.\n"
            "The agency, which is based in The Hague, said 12 firearms were seized.")
    ex = extract(text)
    assert "NL" not in ex.countries and {"ES", "IT"} <= set(ex.countries)


def test_a_titled_persons_surname_is_no_country():
    ex = extract("Police arrested 40 people in Spain, Deputy Attorney General Lisa Monaco said.")
    assert ex.countries == ["ES"]


def test_one_agency_noun_makes_a_whole_list_of_nationalities_participants():
    ex = extract("Dutch investigators worked with US, Australian, British, Danish, Swiss, Ukrainian and Moldovan "
                 "authorities on the case.")
    assert set(ex.countries) == {"NL", "US", "AU", "GB", "DK", "CH", "UA", "MD"}


def test_a_citizen_and_a_us_state_are_no_places():
    ex = extract("A 33-year-old U.S. citizen was arrested in Zurich. Northern District of Georgia: 5 defendants arrested.")
    assert "GE" not in ex.countries and "US" not in ex.countries


def test_the_server_location_places_no_seizure():
    got = sent("The market's infrastructure in Finland was taken offline, and authorities seized assets worth €4.1 million.")
    assert got == [("seized_money", 4100000, "EUR", None)]
    got = sent("Investigators seized assets worth EUR 3.3 million and took the site's servers offline in Latvia.")
    assert got == [("seized_money", 3300000, "EUR", None)]


def test_the_announcer_before_a_colon_places_no_figure():
    assert sent("Минюст США: в ходе операции задержаны 210 человек", "ru") == [("arrests", 210, "people", None)]
    assert sent("Spanish police: 14 arrested in Valencia") == [("arrests", 14, "people", "ES")]


def test_a_country_and_abroad_is_no_one_place():
    assert sent("The probe has led to 61 arrests in Canada and abroad.") == [("arrests", 61, "people", None)]


def test_agencies_listed_as_those_from_countries_are_participants():
    ex = extract("Police seized 40 kg of drugs. Agencies taking part in the operation included those from Bulgaria, "
                 "the Czech Republic, Finland and Latvia.")
    assert {"BG", "CZ", "FI", "LV"} <= set(ex.countries)
    assert "CO" not in extract("Police said 12 kg of cocaine had come from Colombia.").countries


def test_a_capitals_city_and_country_dateline_is_no_place():
    text = "Botnets dismantled\nNAIROBI, Kenya – Authorities from Europe dismantled 300 servers and arrested 4 people."
    ex = extract(text)
    assert "KE" not in ex.countries and [(f.value, f.country) for f in ex.facts] == [(4, None)]


def test_a_site_operating_out_of_a_country_makes_it_no_participant():
    assert extract("German police seized the servers of a site that operates out of Russia.").countries == ["DE"]


def test_the_announcing_ministry_is_not_where_the_figures_happened():
    got = sent("The U.S. Department of Justice announced the results of an operation that resulted in 288 arrests, "
               "117 firearms and $53.4 million in cash and virtual currencies.")
    assert got == [("arrests", 288, "people", None), ("seized_firearms", 117, "items", None),
                   ("seized_money", 53400000, "USD", None)]


def test_in_the_country_points_back_to_the_country_before():
    text = ("Police in nine countries arrested 288 people.\nOf the 288 arrests, 153 were made in the U.S. "
            "More than 200,000 pills and 104 illegal guns were also seized in the country.")
    assert ("seized_firearms", 104, "items", "US") in facts(text)


def test_a_ministry_and_international_partners_are_a_coalition():
    got = sent("The U.S. Department of Justice, its JCODE team and international partners arrested 288 people and "
               "seized 117 firearms.")
    assert got == [("arrests", 288, "people", None), ("seized_firearms", 117, "items", None)]


def test_a_country_and_a_region_are_no_one_place():
    got = sent("The operation has led to over 170 arrests across the US and Europe, along with the seizure of over $6.5 million in cash.")
    assert got == [("arrests", 170, "people", None), ("seized_money", 6500000, "USD", None)]


def test_a_lower_case_title_before_a_surname():
    assert "MC" not in extract("Police arrested 65 people in the US, deputy US attorney-general Lisa Monaco said.").countries


def test_an_agency_based_in_a_city_is_no_scene():
    got = sent("The EU's law enforcement agency based in The Hague said that 850 kilograms of drugs were seized.")
    assert got == [("seized_drugs", 850, "kg", None)]


def test_who_is_cited_first_is_not_where_the_figure_happened():
    from tests.ingest.phrases import sent
    assert sent("According to the US Justice Department, 37 people were arrested.") == [("arrests", 37, "people", None)]


def test_the_whole_after_a_partitive_arrest_is_not_arrested():
    from tests.ingest.phrases import sent
    assert sent("Authorities in the US arrested 21 of the 37 suspects.") == [("arrests", 21, "people", "US")]
    assert sent("One of the 12 people arrested was a German national.") == [("arrests", 12, "people", None)]
