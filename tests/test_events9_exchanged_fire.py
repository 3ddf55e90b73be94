"""Fire that two sides exchange ("يتبادل الطرفان إطلاق النار"، "تبادلت الجماعة ... إطلاق نيران
المدفعية مع القوات") is a clash of its own, even where aircraft strike in the same clause: the
strikes no longer swallow it."""

from wire_support import events


def _clashes(text: str) -> list[tuple[str, str]]:
    return [(e["location"]["name_ar"], e["date"]) for e in events(text) if e["type"] == "armed_clash"]


def test_sides_exchanging_fire_where_helicopters_struck():
    text = ("القاهرة - وقال مصدر أمني إن الجيش قصف أمس بطائرات مروحية سيارتين للمسلحين قرب مدينة "
            "العريش حيث يتبادل الجانبان إطلاق النار منذ الصباح.")
    assert ("العريش", "2024-03-08") in _clashes(text), events(text)


def test_artillery_fire_exchanged_while_jets_bombed():
    text = ("عدن - وتبادل الحوثيون إطلاق نيران المدفعية أمس مع قوات المقاومة في مدينة تعز فيما "
            "قصفت طائرات التحالف مواقع الجماعة.")
    found = [e for e in events(text)]
    assert ("تعز", "2024-03-08") in _clashes(text), found
    assert "air_drone_strike" in [e["type"] for e in found], found


def test_strikes_alone_make_no_clash():
    text = ("القاهرة - وقال مصدر أمني إن الجيش قصف أمس بطائرات مروحية سيارتين للمسلحين قرب مدينة "
            "العريش.")
    assert not _clashes(text), events(text)
