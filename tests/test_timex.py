"""Time expressions resolved against the publication date (rasd.extract.timex)."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from rasd.extract import timex
from rasd.extract.timex import (
    TimeExpr,
    _rows,
    find_times,
    month_names,
    month_number,
    month_range,
    resolve_weekday,
    weekday_number,
)
from rasd.text.normalize import normalize

D = dt.date
SUN = D(2015, 8, 2)  # a Sunday
SAT = D(2018, 4, 7)  # a Saturday
JAN = D(2016, 1, 5)  # a Tuesday, early in the year
MID = D(2015, 8, 20)  # a Thursday, mid-month


def only(text: str, published: dt.date | None, expr: str) -> TimeExpr:
    """The one expression found whose text is ``expr``; fails listing what was found."""
    found = find_times(text, published)
    hits = [x for x in found if text[x.start:x.end] == expr]
    assert len(hits) == 1, [text[x.start:x.end] for x in found]
    return hits[0]


# sentence, published, expression, date, date_to, precision
CASES = [
    # days relative to publication
    ("قتل خمسة مدنيين أمس في قصف على حي الشعار", SUN, "أمس", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("شنت طائرات التحالف البارحة غارات على صعدة", SUN, "البارحة", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("وقالت مصادر طبية إن 12 شخصا قتلوا يوم أمس الجمعة في درعا", SUN, "يوم أمس الجمعة",
     D(2015, 7, 31), D(2015, 7, 31), "day"),
    ("انفجرت سيارة مفخخة مساء أمس قرب السوق الشعبي", SUN, "مساء أمس", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("وأفاد ناشطون بأن الطيران قصف البلدة فجر أمس", SUN, "فجر أمس", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("سقطت قذائف هاون على المدينة الليلة الماضية", SUN, "الليلة الماضية", D(2015, 8, 1), D(2015, 8, 2),
     "range"),
    ("اندلعت اشتباكات عنيفة ليلة أمس في حي جوبر", SUN, "ليلة أمس", D(2015, 8, 1), D(2015, 8, 2), "range"),
    ("وشهدت العاصمة الليلة قبل الماضية انفجارين", SUN, "الليلة قبل الماضية", D(2015, 7, 31), D(2015, 8, 1),
     "range"),
    ("هاجم مسلحون الحاجز أول من أمس وقتلوا جنديين", SUN, "أول من أمس", D(2015, 7, 31), D(2015, 7, 31), "day"),
    ("قتل جنديان في كمين أمس الأول قرب الحدود", SUN, "أمس الأول", D(2015, 7, 31), D(2015, 7, 31), "day"),
    ("وكان المسلحون قد انسحبوا أول أمس من القرية", SUN, "أول أمس", D(2015, 7, 31), D(2015, 7, 31), "day"),
    ("أعلن الجيش اليوم (الأحد) أنه استعاد السيطرة على البلدة", SUN, "اليوم (الأحد)", SUN, SUN, "day"),
    ("قال المرصد صباح اليوم إن الطائرات قصفت ريف إدلب", SUN, "صباح اليوم", SUN, SUN, "day"),
    ("ويعقد مجلس الأمن جلسة طارئة غداً لبحث الهجوم", SUN, "غداً", D(2015, 8, 3), D(2015, 8, 3), "day"),
    ("ومن المقرر أن يصل الوفد بعد غد إلى جنيف", SUN, "بعد غد", D(2015, 8, 4), D(2015, 8, 4), "day"),
    ("وسيلقي الرئيس كلمة متلفزة الليلة", SUN, "الليلة", SUN, SUN, "day"),
    ("وقال المتحدث ظهر اليوم إن القوات تتقدم", SUN, "ظهر اليوم", SUN, SUN, "day"),
    ("ولن ينسى السكان هذا اليوم", SUN, "هذا اليوم", SUN, SUN, "day"),
    ("وقتل أربعة أشخاص في يوم الأمس بقصف مدفعي", SUN, "يوم الأمس", D(2015, 8, 1), D(2015, 8, 1), "day"),
    # weekdays: the last one on or before publication
    ("قصفت المدفعية يوم الجمعة مواقع المسلحين في الريف الشمالي", SUN, "يوم الجمعة", D(2015, 7, 31),
     D(2015, 7, 31), "day"),
    ("وشن الطيران الحربي غارات مساء السبت على دوما", SUN, "مساء السبت", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("وفي فجر الأحد، اقتحمت القوات الحي الشرقي", SUN, "فجر الأحد", SUN, SUN, "day"),
    ("والخميس، قتل ثلاثة جنود بانفجار عبوة ناسفة", SUN, "الخميس", D(2015, 7, 30), D(2015, 7, 30), "day"),
    ("وفي يوم الاثنين الماضي سيطر المسلحون على التلة", SUN, "يوم الاثنين الماضي", D(2015, 7, 27),
     D(2015, 7, 27), "day"),
    ("قتل شرطي برصاص مجهولين الأحد الماضي", SUN, "الأحد الماضي", D(2015, 7, 26), D(2015, 7, 26), "day"),
    ("اعتقلت الشرطة الإثنين أربعة مشتبه بهم", SUN, "الإثنين", D(2015, 7, 27), D(2015, 7, 27), "day"),
    ("وأعلنت الوزارة الثلاثاء حصيلة جديدة", SUN, "الثلاثاء", D(2015, 7, 28), D(2015, 7, 28), "day"),
    ("وكانت الاشتباكات قد بدأت الاربعاء في محيط المطار", SUN, "الاربعاء", D(2015, 7, 29), D(2015, 7, 29),
     "day"),
    ("وسقط صاروخ على مبنى سكني ليلة الجمعة", SUN, "ليلة الجمعة", D(2015, 7, 31), D(2015, 8, 1), "range"),
    ("وقتل شخصان في إطلاق نار ليل الخميس", SUN, "ليل الخميس", D(2015, 7, 30), D(2015, 7, 31), "range"),
    # in a paper of the night's own day, the night that ended that morning
    ("وشنت الطائرات غارات على المدينة ليلة الأحد", SUN, "ليلة الأحد", D(2015, 8, 1), SUN, "range"),
    ("ودارت اشتباكات بعد منتصف ليل أمس عند أطراف الحي", SUN, "بعد منتصف ليل أمس", SUN, SUN, "day"),
    ("وقصف الطيران بعد منتصف ليل الاثنين مواقع في الريف", D(2015, 8, 6), "بعد منتصف ليل الاثنين",
     D(2015, 8, 4), D(2015, 8, 4), "day"),
    ("ونفذ الطيران غارات ليل الخميس - الجمعة على المدينة", SUN, "ليل الخميس - الجمعة", D(2015, 7, 30),
     D(2015, 7, 31), "range"),
    ("قتل 40 شخصا في غارات جوية اليوم السبت", SAT, "اليوم السبت", SAT, SAT, "day"),
    # a crawl date one day late: the weekday wins
    ("قال مسؤولون إن 14 جنديا قتلوا اليوم (الاثنين) بطريق الخطأ", D(2015, 7, 21), "اليوم (الاثنين)",
     D(2015, 7, 20), D(2015, 7, 20), "day"),
    # periods
    ("قتل 30 مدنيا خلال الـ 24 ساعة الماضية في ريف حماة", SUN, "خلال الـ 24 ساعة الماضية", D(2015, 8, 1),
     SUN, "range"),
    ("وثق المرصد خلال ال24 ساعة الماضية مقتل 12 شخصا", SUN, "خلال ال24 ساعة الماضية", D(2015, 8, 1), SUN,
     "range"),
    ("شن الطيران 40 غارة في الساعات الـ24 الماضية", SUN, "الساعات الـ24 الماضية", D(2015, 8, 1), SUN,
     "range"),
    ("قتل ستة أشخاص خلال الساعات الأربع والعشرين الماضية", SUN, "خلال الساعات الأربع والعشرين الماضية",
     D(2015, 8, 1), SUN, "range"),
    ("قتل 20 مسلحا خلال الـ48 ساعة الماضية", SUN, "خلال الـ48 ساعة الماضية", D(2015, 7, 31), SUN, "range"),
    ("ودارت المعارك على مدى الأيام الثلاثة الماضية", SUN, "على مدى الأيام الثلاثة الماضية", D(2015, 7, 30),
     SUN, "range"),
    ("وتستمر الهدنة من 10 إلى 12 أغسطس", MID, "10 إلى 12 أغسطس", D(2015, 8, 10), D(2015, 8, 12), "range"),
    ("وتبدأ الهدنة منتصف ليل الأحد إلى الاثنين", SUN, "منتصف ليل الأحد إلى الاثنين", SUN,
     D(2015, 8, 3), "range"),
    ("نزح آلاف السكان خلال الأيام الثلاثة الماضية", SUN, "خلال الأيام الثلاثة الماضية", D(2015, 7, 30), SUN,
     "range"),
    ("وتصاعدت المعارك خلال اليومين الماضيين", SUN, "خلال اليومين الماضيين", D(2015, 7, 31), SUN, "range"),
    ("واعتقلت السلطات عشرات في الأيام القليلة الماضية", SUN, "الأيام القليلة الماضية", D(2015, 7, 30), SUN,
     "range"),
    ("وقتل الأسبوع الماضي قائد ميداني بارز", SUN, "الأسبوع الماضي", D(2015, 7, 26), D(2015, 8, 1), "week"),
    ("وقال سكان إن القصف بدأ منذ ثلاثة أيام", SUN, "منذ ثلاثة أيام", D(2015, 7, 30), D(2015, 7, 30), "day"),
    ("وسيطر التنظيم على البلدة قبل يومين", SUN, "قبل يومين", D(2015, 7, 31), D(2015, 7, 31), "day"),
    ("وتحاصر القوات المدينة منذ أسبوعين", SUN, "منذ أسبوعين", D(2015, 7, 19), D(2015, 7, 19), "day"),
    ("وارتفعت حصيلة القتلى الشهر الماضي إلى 300", SUN, "الشهر الماضي", D(2015, 7, 1), D(2015, 7, 31),
     "month"),
    ("وقتل هذا الشهر أكثر من مئة مدني", SUN, "هذا الشهر", D(2015, 8, 1), D(2015, 8, 31), "month"),
    ("وتكررت الهجمات هذا الأسبوع في الجنوب", SUN, "هذا الأسبوع", SUN, D(2015, 8, 8), "week"),
    ("وقتل قائد التنظيم الأسبوع الماضي بغارة", SAT, "الأسبوع الماضي", D(2018, 3, 25), D(2018, 3, 31), "week"),
    ("وتتواصل الاشتباكات منذ الأسبوع الجاري", D(2015, 8, 5), "الأسبوع الجاري", SUN, D(2015, 8, 8), "week"),
    ("وشهد العام الماضي تصعيدا كبيرا", SUN, "العام الماضي", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("وتضاعف عدد الهجمات خلال هذا العام", SUN, "هذا العام", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("وعاد الهدوء إلى المدينة في أواخر الشهر الماضي", SUN, "أواخر الشهر الماضي", D(2015, 7, 21),
     D(2015, 7, 31), "range"),
    # explicit dates
    ("وقعت المجزرة في 25 مارس 2015 في ريف إدلب", SUN, "25 مارس 2015", D(2015, 3, 25), D(2015, 3, 25), "day"),
    ("سقطت المدينة في 25 آذار/مارس 2015 بيد المعارضة", SUN, "25 آذار/مارس 2015", D(2015, 3, 25),
     D(2015, 3, 25), "day"),
    ("أطلقت العملية في 26 آذار (مارس) الماضي", SUN, "26 آذار (مارس) الماضي", D(2015, 3, 26), D(2015, 3, 26),
     "day"),
    ("بدأت الحملة الجوية في مارس (آذار) الماضي", SUN, "مارس (آذار) الماضي", D(2015, 3, 1), D(2015, 3, 31),
     "month"),
    ("وقع الانفجار في 3 من الشهر الجاري قرب المصفاة", MID, "3 من الشهر الجاري", D(2015, 8, 3), D(2015, 8, 3),
     "day"),
    ("وكان الهجوم الأول يوم 12 يونيو على نقطة تفتيش", SUN, "يوم 12 يونيو", D(2015, 6, 12), D(2015, 6, 12),
     "day"),
    ("وفي الخامس من أغسطس أعلن الجيش الهدنة", MID, "الخامس من أغسطس", D(2015, 8, 5), D(2015, 8, 5), "day"),
    ("استعادت القوات المطار في الحادي والثلاثين من يوليو", MID, "الحادي والثلاثين من يوليو", D(2015, 7, 31),
     D(2015, 7, 31), "day"),
    ("وفي 12/3/2015 قصف الطيران السوق", SUN, "12/3/2015", D(2015, 3, 12), D(2015, 3, 12), "day"),
    ("بتاريخ 2015-03-12 أصدرت المحكمة حكمها", SUN, "2015-03-12", D(2015, 3, 12), D(2015, 3, 12), "day"),
    ("وسيطر التنظيم على الرمادي في مايو 2015", SUN, "مايو 2015", D(2015, 5, 1), D(2015, 5, 31), "month"),
    ("وقتل قائد اللواء في آذار الماضي", SUN, "آذار الماضي", D(2015, 3, 1), D(2015, 3, 31), "month"),
    ("وتعود الاتفاقية إلى كانون الثاني 2015", SUN, "كانون الثاني 2015", D(2015, 1, 1), D(2015, 1, 31), "month"),
    ("وأعلن الاتفاق في تشرين الأول الماضي", JAN, "تشرين الأول الماضي", D(2015, 10, 1), D(2015, 10, 31),
     "month"),
    ("وفي منتصف يوليو وصلت التعزيزات", SUN, "منتصف يوليو", D(2015, 7, 11), D(2015, 7, 20), "range"),
    ("ودارت المعارك بين 10 و12 يوليو في محيط المدينة", SUN, "10 و12 يوليو", D(2015, 7, 10), D(2015, 7, 12),
     "range"),
    ("وفي يوم الجمعة 31 يوليو 2015 استهدف انتحاري المسجد", SUN, "يوم الجمعة 31 يوليو 2015", D(2015, 7, 31),
     D(2015, 7, 31), "day"),
    ("وبدأ التمرد عام 2014 في الشمال", SUN, "عام 2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("وكانت الحكومة قد سقطت في 2014 بعد حصار طويل", SUN, "2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("وارتفع عدد الضحايا بين عامي 2014 و2015", SUN, "عامي 2014 و2015", D(2014, 1, 1), D(2015, 12, 31),
     "range"),
    # day and month without a year: no later than publication + 1 day
    ("ويعقد الاجتماع في 3 أغسطس في جنيف", SUN, "3 أغسطس", D(2015, 8, 3), D(2015, 8, 3), "day"),
    ("وكان الاتفاق قد وقع في 10 أغسطس", SUN, "10 أغسطس", D(2014, 8, 10), D(2014, 8, 10), "day"),
    ("وتجري الانتخابات في 10 أغسطس المقبل", SUN, "10 أغسطس المقبل", D(2015, 8, 10), D(2015, 8, 10), "day"),
    ("وقتل القائد في 28 ديسمبر بغارة", JAN, "28 ديسمبر", D(2015, 12, 28), D(2015, 12, 28), "day"),
    ("وتصاعد العنف منذ ديسمبر الماضي", JAN, "ديسمبر الماضي", D(2015, 12, 1), D(2015, 12, 31), "month"),
    ("وقتل في الشهر الماضي 200 شخص", JAN, "الشهر الماضي", D(2015, 12, 1), D(2015, 12, 31), "month"),
    ("وتراجعت الهجمات الأسبوع الماضي", JAN, "الأسبوع الماضي", D(2015, 12, 27), D(2016, 1, 2), "week"),
    ("وتصاعدت الغارات في مارس/آذار الماضي", SUN, "مارس/آذار الماضي", D(2015, 3, 1), D(2015, 3, 31), "month"),
    ("وجرت الانتخابات في 7 يونيه 2015", SUN, "7 يونيه 2015", D(2015, 6, 7), D(2015, 6, 7), "day"),
    ("وانسحبت القوات في الأول من يوليه", SUN, "الأول من يوليه", D(2015, 7, 1), D(2015, 7, 1), "day"),
    ("وبدأ الحصار في أيار 2014", SUN, "أيار 2014", D(2014, 5, 1), D(2014, 5, 31), "month"),
    # Hijri
    ("وتبدأ الهدنة يوم الأحد (10 شوال 1436هـ) لمدة خمسة أيام", SUN, "يوم الأحد (10 شوال 1436هـ)",
     D(2015, 7, 26), D(2015, 7, 26), "day"),
    ("وقع الهجوم في 15 رمضان 1436 هـ على المصلين", SUN, "15 رمضان 1436 هـ", D(2015, 7, 2), D(2015, 7, 2), "day"),
    ("وفي العاشر من ذي الحجة 1435هـ احتفل الحجاج", SUN, "العاشر من ذي الحجة 1435هـ", D(2014, 10, 4),
     D(2014, 10, 4), "day"),
    ("وتضاعفت الهجمات في رمضان على نحو لافت", SUN, "رمضان", D(2015, 6, 18), D(2015, 7, 16), "month"),
    ("وأعلنت الحصيلة في 15 رمضان", SUN, "15 رمضان", D(2015, 7, 2), D(2015, 7, 2), "day"),
    ("وتراجعت الهجمات خلال رمضان الماضي", SUN, "رمضان الماضي", D(2015, 6, 18), D(2015, 7, 16), "month"),
    ("ويبدأ الموسم في ذي الحجة المقبل", SUN, "ذي الحجة المقبل", D(2015, 9, 14), D(2015, 10, 13), "month"),
    ("وصدر القرار عام 1436هـ", SUN, "عام 1436هـ", D(2014, 10, 25), D(2015, 10, 13), "year"),
    ("وقعت الأحداث في 15/9/1436هـ", SUN, "15/9/1436هـ", D(2015, 7, 2), D(2015, 7, 2), "day"),
    # Eastern digits and diacritics: offsets point into the untouched original
    ("قتل ٢٥ شخصا في ١٢ يونيو ٢٠١٥ بريف حلب", SUN, "١٢ يونيو ٢٠١٥", D(2015, 6, 12), D(2015, 6, 12), "day"),
    ("قُتِلَ ثَلاثَةُ جُنودٍ أَمْسِ فِي هُجومٍ", SUN, "أَمْسِ", D(2015, 8, 1), D(2015, 8, 1), "day"),
    ("وَتُعْقَدُ الجَلْسَةُ غَدًا فِي نِيويورك", SUN, "غَدًا", D(2015, 8, 3), D(2015, 8, 3), "day"),
    ("خلال الـ٢٤ ساعة الماضية قتل ٩ مدنيين", SUN, "خلال الـ٢٤ ساعة الماضية", D(2015, 8, 1), SUN, "range"),
    ("قصف الطيران يوم الأَحَد مستشفى ميدانيا", SUN, "يوم الأَحَد", SUN, SUN, "day"),
]


@pytest.mark.parametrize(("text", "published", "expr", "date", "date_to", "precision"), CASES)
def test_resolves(text: str, published: dt.date, expr: str, date: dt.date, date_to: dt.date,
                  precision: str) -> None:
    x = only(text, published, expr)
    assert (x.date, x.date_to, x.precision) == (date, date_to, precision)


# Words that look like dates and are not.
NOT_DATES = [
    "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم",
    "وقتل الأحد عشر مسلحا في الاشتباك",
    "وسقط 25 قتيلا و40 جريحا",
    "وقال أحد المسلحين إن الهدنة انهارت",
    "وصوت المجلس على قرار 2015 بالإجماع",
    "وطالب بتطبيق القرار 2216 فورا",
    "ومارس الجيش ضغوطا كبيرة على المسلحين",
    "وفي اليوم التالي انسحب المقاتلون",
    "ونقل مراسل عين اليوم تفاصيل الحادث",
    "وقد غدا الوضع الإنساني أسوأ من أي وقت",
    "وتوصل الطرفان إلى اتفاق يرضي الاثنين معا",
    "وقال الفنان محمد رمضان إنه سيعود",
    "وتقع البلدة على بعد 30 كيلومترا من الحدود",
    "وعاد إلى منزل أبيه بعد الإفراج عنه",
    "ووصل عدد النازحين إلى 2000 شخص",
    "وتمتد الحقول على مساحة 1500 هكتار",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert find_times(text, SUN) == []


@pytest.mark.parametrize(("text", "expr", "kind"), [
    ("ويلتقي الوزيران الجمعة المقبلة في الرياض", "الجمعة المقبلة", "future"),
    ("وتبدأ المفاوضات الأسبوع القادم في جنيف", "الأسبوع القادم", "future"),
    ("وستستمر العملية خلال الأيام المقبلة", "خلال الأيام المقبلة", "future"),
    ("قتل مدنيان أمس", "أمس", "past"),
    ("وينتهي التفويض في يوليو (تموز) الحالي", "يوليو (تموز) الحالي", "present"),
    ("ويعقد المؤتمر غدا (الاثنين) في القاهرة", "غدا (الاثنين)", "future"),
    ("قتل شرطي في 12 يونيو", "12 يونيو", "past"),
])
def test_kind(text: str, expr: str, kind: str) -> None:
    assert only(text, SUN, expr).kind == kind


def test_future_weekday_and_month() -> None:
    x = only("ويلتقي الوزيران الجمعة المقبلة في الرياض", SUN, "الجمعة المقبلة")
    assert x.date == D(2015, 8, 7)
    y = only("وتبدأ المحادثات في سبتمبر المقبل", SUN, "سبتمبر المقبل")
    assert (y.date, y.date_to, y.precision) == (D(2015, 9, 1), D(2015, 9, 30), "month")
    z = only("وتبدأ المفاوضات الأسبوع القادم في جنيف", SUN, "الأسبوع القادم")
    assert (z.date, z.date_to) == (D(2015, 8, 9), D(2015, 8, 15))


def test_weekday_strictly_before_with_madi() -> None:
    # published on a Sunday: "الأحد" is that day, "الأحد الماضي" a week before
    assert only("قتل جندي الأحد", SUN, "الأحد").date == SUN
    assert only("قتل جندي الأحد الماضي", SUN, "الأحد الماضي").date == D(2015, 7, 26)


def test_clitics_stay_outside_the_span() -> None:
    text = "وفي يوم الأحد، وبالأمس، والخميس"
    found = [text[x.start:x.end] for x in find_times(text, SUN)]
    assert found == ["يوم الأحد", "بالأمس", "الخميس"]


def test_relative_flags() -> None:
    assert only("قتل جندي أمس", SUN, "أمس").relative is True
    assert only("في 25 مارس 2015", SUN, "25 مارس 2015").relative is False
    assert only("في 25 مارس", SUN, "25 مارس").relative is True


def test_without_publication_only_absolute_dates_resolve() -> None:
    text = "قتل جندي أمس الجمعة، بعد هجوم مماثل في 25 مارس 2015 وعام 2014"
    found = {text[x.start:x.end]: x for x in find_times(text, None)}
    assert set(found) == {"أمس الجمعة", "25 مارس 2015", "عام 2014"}
    assert found["أمس الجمعة"].date is None and found["أمس الجمعة"].date_to is None
    assert found["أمس الجمعة"].relative is True
    assert found["25 مارس 2015"].date == D(2015, 3, 25)
    assert found["عام 2014"].date_to == D(2014, 12, 31)


def test_several_expressions_in_order_without_overlap() -> None:
    text = ("قال المرصد السوري اليوم (الأحد) إن 12 مدنيا قتلوا أمس السبت في غارات على دوما، "
            "بعد مقتل 30 آخرين خلال الأسبوع الماضي، وإن الحصار مستمر منذ 21 أكتوبر 2013.")
    found = find_times(text, SUN)
    assert [text[x.start:x.end] for x in found] == [
        "اليوم (الأحد)", "أمس السبت", "خلال الأسبوع الماضي", "21 أكتوبر 2013"]
    assert [x.start for x in found] == sorted(x.start for x in found)
    assert found[1].date == D(2015, 8, 1)


def test_normalized_can_be_passed_in() -> None:
    text = "قتل جندي أمس"
    assert find_times(text, SUN, normalized=normalize(text)) == find_times(text, SUN)
    with pytest.raises(ValueError, match="different text"):
        find_times(text, SUN, normalized=normalize("نص آخر"))


def test_bad_input_is_named() -> None:
    with pytest.raises(TypeError, match="text must be str|str object expected; got bytes"):  # mypyc's words
        find_times(b"\xd8\xa3\xd9\x85\xd8\xb3", SUN)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        find_times("أمس", "2015-08-02")  # type: ignore[arg-type]
    assert find_times("\x00\x01\ufffd" * 1000, SUN) == []
    with pytest.raises(ValueError, match="out of range"):
        find_times("أمس", D(1, 1, 1))


def test_datetime_publication_is_taken_as_its_day() -> None:
    x = only("قتل جندي أمس", dt.datetime(2015, 8, 2, 23, 30), "أمس")
    assert x.date == D(2015, 8, 1)


def test_large_text_is_fast() -> None:
    para = ("قال المرصد إن 12 مدنيا قتلوا أمس الجمعة في غارات على دوما، وإن الاشتباكات "
            "تواصلت خلال الـ 24 ساعة الماضية في محيط المدينة بعد هجوم في 25 مارس 2015.\n")
    text = para * 2000  # about 300 KB
    t0 = time.perf_counter()
    found = find_times(text, SUN)
    assert len(found) == 6000
    assert time.perf_counter() - t0 < 20


def test_malformed_table_names_file_and_line(tmp_path) -> None:
    bad = tmp_path / "time_bad.tsv"
    bad.write_text("# form\tweekday\tambiguous\nسبت\t5\t0\nخميس\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"time_bad\.tsv:3"):
        _rows(bad, 3)


@pytest.mark.parametrize(("word", "expected"), [
    ("آذار", ("greg", 3)), ("مارس", ("greg", 3)), ("تشرين الأول", ("greg", 10)), ("يونيه", ("greg", 6)),
    ("أغسطس", ("greg", 8)), ("ذي الحجة", ("hijri", 12)), ("جمادى الآخرة", ("hijri", 6)),
    ("ربيع الثاني", ("hijri", 4)), ("نهر", None),
])
def test_month_number(word: str, expected: tuple[str, int] | None) -> None:
    assert month_number(word) == expected


def test_month_names_and_weekdays() -> None:
    assert {"مارس", "اذار"} <= set(month_names(3))
    assert "رمضان" in month_names(9, "hijri")
    assert weekday_number("يوم الأربعاء") == 2
    assert weekday_number("الجمعة") == 4
    assert weekday_number("مدينة") is None


def test_resolve_weekday_modes() -> None:
    assert resolve_weekday(4, SUN) == D(2015, 7, 31)
    assert resolve_weekday(6, SUN) == SUN
    assert resolve_weekday(6, SUN, "before") == D(2015, 7, 26)
    assert resolve_weekday(6, SUN, "after") == D(2015, 8, 9)
    assert resolve_weekday(0, SUN, "nearest") == D(2015, 8, 3)
    with pytest.raises(ValueError, match="mode"):
        resolve_weekday(0, SUN, "soon")


def test_month_range_both_calendars() -> None:
    assert month_range(2016, 2) == (D(2016, 2, 1), D(2016, 2, 29))
    assert month_range(1436, 9, "hijri") == (D(2015, 6, 18), D(2015, 7, 16))
    assert month_range(1200, 1, "hijri") is None



def test_windows_find_what_a_full_scan_finds() -> None:
    """Patterns run only near their anchor words; that must not lose or cut any match."""
    filler = " وأضاف المصدر أن الوضع الإنساني يتدهور في المناطق المحاصرة منذ مدة طويلة. " * 3
    text = filler.join(sentence for sentence, *_ in CASES) + filler
    n = normalize(text)
    windowed = timex._hits(n, SUN)
    assert len(windowed) >= len(CASES)
    assert windowed == timex._hits(n, SUN, full_scan=True)


def test_alternation_tries_longer_forms_first() -> None:
    """The trie alternation keeps longest-first: a form before the shorter forms it extends."""
    pattern = re.compile(timex._alt(["تشرين", "تشرين الاول", "تشرين اول", "ماي", "مايو"]))
    assert pattern.match("تشرين  الاول").group() == "تشرين  الاول"
    assert pattern.match("تشرين الثاني").group() == "تشرين"
    assert pattern.match("مايو").group() == "مايو"
    assert re.compile(timex._alt(["ماي", "مايو"]) + r"(?!\w)").match("مايو") is not None


def test_windows_at_the_edges_of_the_text() -> None:
    """Windows that end at a modifier or open at هذا/منذ still find matches at the text's edges
    and next to digits or underscores."""
    far = " وأضاف المصدر أن الوضع الإنساني يتدهور في المناطق المحاصرة منذ مدة طويلة " * 2
    for text in ("هذا الشهر" + far + "الأسبوع الماضي", "ومنذ يومين" + far + "الأسبوع الماضي2",
                 "خلال الأيام الماضية_" + far + "لهذا العام", "الشهر الماضي"):
        n = normalize(text)
        assert timex._hits(n, SUN) == timex._hits(n, SUN, full_scan=True), text


def test_opening_families_are_tried_at_word_starts_only() -> None:
    """هذا/هذه and منذ/قبل matches are tried once, at their word's start behind any clitics: the
    same as a scan, for clitics the pattern takes ("ولهذا"), ones it does not ("كهذا", "الهذا"),
    a digit or an underscore before, and one opening word right after another ("منذ قبل يومين")."""
    for text in ("ولهذا الشهر", "فبهذه السنة", "كهذا الشهر", "الهذا العام", "2هذا الشهر", "_هذا الشهر",
                 "منذ قبل يومين", "وقبل ثلاثة أيام", "فمنذ أسبوع", "قبل منذ أسبوعين", "منذ منذ يومين"):
        n = normalize(text)
        assert timex._hits(n, SUN) == timex._hits(n, SUN, full_scan=True), text
    assert [h[:2] for h in timex._hits(normalize("ولهذا الشهر"), SUN)] == [(2, 11)]  # without the clitics
