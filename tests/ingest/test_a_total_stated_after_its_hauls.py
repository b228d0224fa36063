"""Hauls listed place by place and then summed — "11 kg of heroin in Ghent and 6 kg in Liège. In all, more
than 17 kg …", «2 кг гашиша …, еще 4 кг мефедрона. В общей сложности изъято более 6 кг» — are parts of
the total stated after them: the total is the drugs figure, each haul is filed under its drug, never as
more drugs.  Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_english_hauls_then_in_all():
    text = ("Customs officers found 11 kg of heroin in a van in Ghent and 6 kg in a flat in Liège. "
            "In all, more than 17 kg of heroin was seized, prosecutors said.")
    assert _drugs(text) == [17]


def test_russian_hauls_then_v_obshchei_slozhnosti():
    text = ("В Казани у одного из задержанных изъяли 2 кг гашиша, в Набережных Челнах у второго — еще 4 кг мефедрона. "
            "В общей сложности изъято более 6 кг наркотиков.")
    got = facts(text)
    assert [v for m, v, _, _ in got if m == "seized_drugs"] == [6]
    assert {m for m, _, _, _ in got} == {"seized_drugs", "seized_cannabis", "seized_mephedrone"}


def test_hauls_that_do_not_add_up_stay_figures():
    text = "Police seized 5 kg of cocaine in Porto and 2 kg in Braga. In all, 30 kg of drugs were seized this year."
    assert sorted(_drugs(text)) == [2, 5, 30]

