"""Foreign air coalitions by country, and strikes reported place by place."""

from __future__ import annotations

from wire_support import events


def _at(found: list[dict], etype: str) -> dict[str, list[str]]:
    return {e["location"]["name_ar"]: e["perpetrators"] for e in found if e["type"] == etype}


def test_coalition_aircraft_are_the_coalition_that_flies_in_the_country() -> None:
    # "طائرات التحالف" names the US-led coalition in Syria and Iraq, the Saudi-led one in Yemen
    syria = events("دمشق - شنت طائرات التحالف أمس غارات جوية على مواقع لتنظيم داعش في مدينة الرقة "
                   "شمال سوريا، بحسب المرصد السوري.")
    assert _at(syria, "air_drone_strike").get("الرقة") == ["us_coalition"]
    yemen = events("عدن - شنت طائرات التحالف أمس غارات جوية على مواقع للحوثيين في مدينة تعز اليمنية.")
    assert _at(yemen, "air_drone_strike").get("تعز") == ["saudi_coalition"]


def test_air_cover_does_not_make_the_coalition_a_side_of_the_ground_fight() -> None:
    found = events("عدن - سيطرت المقاومة الشعبية أمس على مدينة زنجبار بعد اشتباكات عنيفة مع الحوثيين "
                   "بغطاء جوي من طائرات التحالف العربي.")
    ground = [e for e in found if e["type"] != "air_drone_strike"]
    assert ground, [e["type"] for e in found]
    assert all("saudi_coalition" not in e["perpetrators"] for e in ground)


def test_strikes_told_in_a_country_then_place_by_place_are_one_event_per_place() -> None:
    text = ("أعلن الجيش الأمريكي أن طائرات التحالف الدولي نفذت أمس 12 غارة جوية ضد تنظيم داعش في العراق. "
            "وقال الجيش في بيان إن الغارات استهدفت مواقع التنظيم قرب الموصل وتل عفر، وفي الرمادي والفلوجة.")
    strikes = _at(events(text), "air_drone_strike")
    assert {"الموصل", "تل عفر", "الرمادي", "الفلوجة"} <= set(strikes), strikes
    assert all(p == ["us_coalition"] for p in strikes.values()), strikes


def test_actor_countries_keep_the_home_country_first() -> None:
    from rasd.lexicon import load

    info = load().actor_info["us_coalition"]
    assert info.country == "Iraq"  # whose government it stands beside, as before
    assert info.fights_in("Syria") and info.fights_in("Iraq")
    assert not info.fights_in("Yemen")
