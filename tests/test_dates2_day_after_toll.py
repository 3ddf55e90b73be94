"""A later telling of an act writes its day right after the act's toll ("في التفجير الذي أوقع
15 قتيلا وعشرات الجرحى الثلاثاء في ..."): that is the act's own day, even as the seventh word after the
trigger, and it replaces the day a report gave the first telling. Sentences written for these
tests in wire style, published on a Saturday (2024-03-09)."""

from wire_support import events


def test_the_day_after_a_toll_in_a_later_telling_dates_the_bombing():
    text = ("أوقفت إذاعة محلية مذيعا عن العمل بعد تعليق ربط فيه الحكومة بالتفجير الانتحاري الذي تبناه "
            "تنظيم داعش في مدينة بنغازي. "
            "وقالت الإذاعة في بيان بثته أمس إنها علقت برنامجه حتى إشعار آخر. "
            "وكان المذيع قد انتقد المسؤولين بعد التفجير الانتحاري الذي أوقع 15 قتيلا وعشرات الجرحى الثلاثاء "
            "في بنغازي.")
    bombs = [e for e in events(text) if e["type"] == "suicide_bomb"]
    assert [(e["date"], e["date_to"], e["date_precision"]) for e in bombs] == [
        ("2024-03-05", "2024-03-05", "day")]
