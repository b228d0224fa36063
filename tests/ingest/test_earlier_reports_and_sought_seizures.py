"""An earlier report's tally and money only sought are not this story's figures (#16, encourt)."""

from tests.ingest.phrases import facts


def test_a_previously_reported_tally_gives_no_figures():
    story = ("Brothers arrested over Telegram sales\n\nOfficers arrested two brothers in Bedok on Monday.\n\n"
             "The paper previously reported that the bureau had arrested 64 traffickers linked to such chats in two years.")
    assert [f[:2] for f in facts(story)] == [("arrests", 2)]


def test_coins_only_requested_are_no_seizure_of_their_worth():
    story = ("Prosecutors seize crypto\n\nProsecutors have seized $9 million in bitcoin and are seeking approval of "
             "the seizure of another 1,200 BTC, valued at $14 million.")
    assert [f[:3] for f in facts(story)] == [("seized_money", 9000000, "USD")]
