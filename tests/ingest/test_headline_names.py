"""Words of a title-case headline are not an operation's or market's name (#16)."""

from store.ingest.extract import extract


def test_a_name_only_in_a_title_case_headline_is_no_name():
    text = ("Global Operation Leads to Arrest of 190 Dark Web Vendors and Buyers\n"
            "Police arrested 190 people as part of Operation Brantail, Europol said.")
    ex = extract(text)
    assert ex.operations == ["Brantail"] and ex.main == "Brantail"
    assert {f.operation for f in ex.facts} == {"Brantail"}


def test_a_headline_name_the_body_uses_again_stays():
    text = "Police Shut Down Ferrule In Global Sting\nA darknet forum called Ferrule was shut down; 44 people were arrested."
    assert "Ferrule" in extract(text).markets


def test_called_named_known_as_introduce_names():
    ex = extract("An operation named Tidewrack closed the Gloam market. Police arrested 12 people.")
    assert ex.operations == ["Tidewrack"] and ex.facts[0].operation == "Tidewrack"
    ex = extract("Police closed a marketplace known as Brightwater. The market had operated since 2021.")
    assert ex.markets == ["Brightwater"] and [(e.metric, e.date) for e in ex.events] == [("launched", "2021")]
    assert "Ромашка" in extract("Закрыта площадка под названием «Ромашка».").markets
