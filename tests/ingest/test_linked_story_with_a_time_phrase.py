"""A link to another news item may carry a time phrase after «Ранее» («Ранее в марте стало известно …»,
«Ранее на этой неделе сообщалось …»): its figures are that item's. «Ранее в этом году полиция задержала …»
reports this story's own earlier action and stays. Own sentences."""

from tests.ingest.phrases import facts


def test_a_linked_item_with_a_month_gives_no_figures():
    assert facts("Ранее в марте стало известно об изъятии в Испании 4 тонн гашиша.") == []


def test_a_linked_item_this_week_gives_no_figures():
    assert facts("Ранее на этой неделе сообщалось о задержании в Литве 6 курьеров.") == []


def test_an_earlier_action_of_the_story_is_kept():
    assert [v for m, v, _, _ in facts("Ранее в этом году полиция Чехии задержала ещё пятерых курьеров.") if m == "arrests"] == [5]
