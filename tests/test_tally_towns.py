"""A daily report of strikes in several countries that names the towns hit is no tally."""

from rasd.extract.pipeline import extract


def test_strikes_in_two_countries_near_named_towns_are_events() -> None:
    text = ("أعلن الجيش في بيان أمس أن طائرات التحالف نفذت يوم الخميس 15 غارة في العراق وخمس غارات في "
            "سوريا، بينها ست غارات قرب مدينة الموصل وثلاث قرب تكريت واثنتان قرب كوباني على الحدود مع تركيا.")
    result = extract(text, published="2015-08-08")
    places = {e.location.name_ar for e in result.events if e.type == "air_drone_strike"}
    assert "الموصل" in places


def test_a_toll_over_three_countries_stays_a_tally() -> None:
    text = "قتل 300 شخص في غارات في العراق وسوريا واليمن خلال الأسبوع الماضي."
    result = extract(text, published="2015-08-08")
    assert not result.events
