"""The geocoder's shortcuts read what the slower reading they replace reads."""

from rasd.geo.geocoder import Geocoder, _lead


def test_lead_letters_before_a_name() -> None:
    assert _lead("") == ""
    assert _lead("في ") == ""
    assert _lead(" و") == "و"
    assert _lead(" وب") == "وب"
    assert _lead("وب") == "وب"  # at the text's start
    assert _lead("ووب") is None  # the name starts inside a word


def test_two_words_before_a_name_with_or_without_the_memo() -> None:
    geo = Geocoder.default()
    text = "وقال مصدر إن طائرات قصفت ريف حلب الشمالي، ثم قصفت مدينة حلب."
    first = [(p.start, p.end, p.location) for p in geo.places(text)]
    second = [(p.start, p.end, p.location) for p in geo.places(text)]  # memos filled
    geo._pair_memo.clear()
    geo._before_memo.clear()
    assert first == second == [(p.start, p.end, p.location) for p in geo.places(text)]
    assert [p.location["precision"] for p in geo.places(text)] == ["region", "town"]
