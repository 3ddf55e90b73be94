"""A later telling that writes the act's day right after its trigger re-dates an event that
took the day of the report."""

from rasd.extract.pipeline import extract


def test_day_written_after_a_later_telling_is_the_acts() -> None:
    text = ("قتل 20 مقاتلا من المعارضة على الأقل خلال هجوم فاشل على مطار عسكري في مدينة حماة، "
            "حسبما أفاد المرصد السوري لحقوق الإنسان أمس. وقال المرصد إن الفصائل شنت هجومها "
            "مساء أول من أمس.")
    result = extract(text, published="2015-08-02")
    days = {str(e.date) for e in result.events if e.type == "armed_clash"}
    assert "2015-07-31" in days


def test_day_of_a_later_deed_before_the_trigger_is_not_the_acts() -> None:
    text = ("انفجرت سيارة ملغومة أمس في سوق شعبي في مدينة كركوك ما أدى إلى مقتل 12 شخصا. "
            "وتفقد السكان صباح اليوم الأربعاء موقع التفجير.")
    result = extract(text, published="2015-07-22")
    days = {str(e.date) for e in result.events}
    assert days == {"2015-07-21"}
