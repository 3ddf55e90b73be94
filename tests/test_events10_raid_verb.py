"""The verb of "غارة" ("أغار/أغارت/أغاروا ... على") tells a raid: an air strike where aircraft
are its subject, a ground attack where gunmen are; "لاغار" (Logar) is no raid."""

from wire_support import events

from rasd.extract.events import _trigger_reading


def _typed(text: str) -> list[tuple[str, str, str]]:
    return [(e["type"], e["location"]["name_ar"], e["date"]) for e in events(text)]


def test_aircraft_raided_a_district():
    text = ("عدن - أغار طيران التحالف أمس ثلاث مرات على مواقع للمتمردين في مديرية حريب "
            "جنوبي محافظة مأرب.")
    assert ("air_drone_strike", "حريب", "2024-03-08") in _typed(text), events(text)


def test_warplanes_raided_in_the_feminine():
    text = "بغداد - وأغارت طائرات حربية صباح أمس على تجمعات للمسلحين قرب مدينة بيجي."
    assert ("air_drone_strike", "بيجي", "2024-03-08") in _typed(text), events(text)


def test_gunmen_raided_a_village_on_foot():
    text = "كابول - أغار مسلحون أمس على قرية في ولاية غزني وأحرقوا عددا من المنازل."
    found = _typed(text)
    assert found and all(t != "air_drone_strike" for t, _, _ in found), found


def test_logar_is_no_raid_verb():
    # "ولاية لاغار" (Logar) holds the letters of "ل" + "أغار": the verb never takes the lam
    assert _trigger_reading("لاغار", "أغار")[1]
    assert not _trigger_reading("واغار", "أغار")[1]
