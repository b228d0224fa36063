"""Shapes of local court reports and police releases (#16, enlocal batch 2): names listed with a
shared age, what an intercepted parcel held, a haul's worth in other words, a year's running
tally, a then-and-now value, and people's addresses that are no places."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_names_joined_with_a_shared_age_are_counted():
    assert sent("Flatmates Tom Reddle and Amir Khan, both 31, were arrested in Perth.") == [("arrests", 2, "people", "AU")]


def test_what_an_intercepted_parcel_held_is_seized():
    assert sent("Inside were 2.1 kilograms of cocaine and 640 grams of MDA, addressed to a flat in Sydney.") == [
        ("seized_drugs", 2.1, "kg", "AU"), ("seized_drugs", 0.64, "kg", "AU")]
    # (the destination, "bound for Cork", places no figure: where the cargo went, not where it was stopped)
    assert sent("The parcels contained 12 kilograms of cannabis bound for Cork.") == [("seized_drugs", 12, "kg", None)]


def test_peddlers_caught_are_arrests():
    assert sent("The three drug peddlers were caught after raids in Navi Mumbai.") == [("arrests", 3, "people", "IN")]


def test_a_hauls_worth_is_no_money():
    assert sent("Rs 2-crore drugs seizure: police probe dark web link") == []
    assert sent("Counsel told the court the value of the heroin in the envelope was between £40 and £70.") == []
    story = ("Customs confiscated 9,000 bitcoins in 2015 - worth about $2 million at the time and more than "
             "$500 million today - and sold them at auction.")
    assert not any(f[0] == "seized_money" for f in facts(story))


def test_a_years_running_tally_is_no_operation_figure():
    assert facts("The city police seized 1.2 kg of cocaine from 21 cases so far in 2022.") == []


def test_a_person_and_an_address_are_no_places():
    story = ("At Leeds Crown Court, Taylor, of Durham Grove, Armley, admitted possession with intent "
             "after officers found £4,100 in cash.")
    assert extract(story).countries == ["GB"]


def test_origins_listed_with_abbreviations_are_no_participants():
    story = ("Officers in Pune arrested three people. The packages came from the United Kingdom (UK), the "
             "United States (US) and Germany.")
    assert extract(story).countries == ["IN"]


def test_a_charge_of_importing_names_the_haul():
    assert sent("Police arrested a man in Perth for importing four kilograms of cocaine.") == [
        ("arrests", 1, "people", "AU"), ("seized_drugs", 4, "kg", "AU")]
    assert sent("He imported 80kg of cocaine over two years, police in Perth said.") == []
