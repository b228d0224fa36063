"""A bare "$" in a story at home in a dollar country is that country's dollar even when partner agencies
of other countries are named later: "Canadian police … seized $3.1 million … Police in the United States
and Australia assisted" is CAD.  A story whose first country-naming sentence already names several, or
that marks US money anywhere, keeps "$" as USD.  Own sentences."""

from tests.ingest.phrases import facts


def _money(text: str) -> list[tuple]:
    return [(v, u) for m, v, u, _ in facts(text) if m == "seized_money"]


def test_home_dollar_with_partners_named_later():
    text = ("Canadian police have seized $3.1 million in cash from a darknet vendor network. "
            "Police in the United States and Australia assisted the investigation.")
    assert _money(text) == [(3100000, "CAD")]


def test_a_second_home_figure_too():
    text = ("New Zealand Police have seized $1.2 million after a darknet investigation. "
            "Officers in Britain and the United States helped. A further $300,000 was frozen.")
    assert _money(text) == [(300000, "NZD"), (1200000, "NZD")]


def test_several_countries_in_the_first_sentence_keep_usd():
    text = "Police in Australia, the United States and Germany seized $48 million in the operation."
    assert _money(text) == [(48000000, "USD")]


def test_a_figure_placed_abroad_keeps_usd():
    text = ("Canadian police have seized $2 million from the vendors. "
            "In the United States, agents seized another $5 million.")
    assert _money(text) == [(2000000, "CAD"), (5000000, "USD")]


def test_us_money_marked_anywhere_keeps_usd():
    text = "Canadian police have seized $2 million. The FBI said US$1 million more was frozen in Ohio."
    assert (2000000, "USD") in _money(text)

