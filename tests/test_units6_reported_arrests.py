"""Arrests with no day of their own: a speaker's report that one was done ("تم/جرى اعتقال")
is news of the report's day; narrative or habitual arrests stay out."""

from wire_support import types


def test_arrest_reported_as_done_by_a_speaker_is_an_event():
    text = "وقال متحدث باسم الشرطة إنه تم اعتقال ثلاثة مسلحين في مدينة الموصل بعد الاشتباكات."
    assert "arrests" in set(types(text))


def test_arrest_reported_with_jara_is_an_event():
    text = "وأفاد مكتب المحافظ أنه جرى توقيف أحد المهاجمين في مدينة البصرة."
    assert "arrests" in set(types(text))


def test_habitual_arrest_told_by_a_speaker_stays_out():
    text = "وقال متحدث باسم الشرطة إنه نادرا ما يتم اعتقال المسلحين في مدينة الموصل."
    assert "arrests" not in set(types(text))


def test_undated_arrest_told_by_no_one_stays_out():
    text = "وكان قد تم اعتقال ثلاثة مسلحين في مدينة الموصل."
    assert "arrests" not in set(types(text))
