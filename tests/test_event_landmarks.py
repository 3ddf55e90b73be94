"""Places that only measure, bound or name something else, and generic anaphors that name
what they hit: where an event is placed and which event a later telling joins.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events as _events


def _places(text: str, etype: str) -> set[str | None]:
    return {e["location"]["name_ar"] for e in _events(text) if e["type"] == etype}


def test_a_distance_landmark_is_not_where_the_blast_was():
    """"على بعد ... من بلدة X (Y)": X and its other name measure where the town of the second
    blast lies; that town is the one named before."""
    text = ("قتل سبعة أشخاص أمس الجمعة في انفجار سيارة مفخخة في مدينة سروج التركية. وأفاد شهود بأن "
            "عبوة ثانية انفجرت بعد نحو ساعة في البلدة التي تقع على بعد نحو 12 كيلومترا من بلدة عين "
            "العرب (كوباني) على الجانب السوري من الحدود.")
    assert _places(text, "remote_explosive_landmine_ied") == {"سروج"}


def test_a_town_a_few_kilometres_from_another_is_the_place():
    text = ("وقع المسلحون أمس الجمعة في كمين نصبه الجيش قرب قرية غارين التي تبعد أربعة كيلومترات فقط "
            "عن بلدة باغا في ولاية بورنو.")
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert "باغا" not in places


def test_metres_from_a_town_is_at_the_town():
    """"على بعد أمتار من مدينة X": that close, X is where the fighting was (a guard on the
    distance rule, which must not drop it)."""
    text = "اندلعت اشتباكات عنيفة أمس الجمعة على بعد أمتار من مدينة الحوطة عاصمة محافظة لحج."
    assert "الحوطة" in _places(text, "armed_clash")


def test_what_a_town_borders_is_no_place_of_the_shelling():
    text = ("قصف الجيش المصري أمس الجمعة مواقع المسلحين في مدينة العريش المتاخمة لإسرائيل "
            "وقطاع غزة.")
    places = _places(text, "shelling_artillery_missile_attack")
    assert "العريش" in places
    assert "قطاع غزة" not in places


def test_a_unit_named_after_a_land_is_no_place():
    """"وحدات حماية شرق كردستان" is an armed group; its fighters struck at Marivan."""
    text = ("أعلنت وحدات حماية شرق كردستان أمس الجمعة أن مقاتليها هاجموا معسكرا للحرس الثوري "
            "في مدينة مريوان.")
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert "شرق كردستان" not in places
    assert "مريوان" in places


def test_a_place_of_an_earlier_battle_after_since_is_not_where_the_shelling_was():
    """The shelling names no place of its own: it stays in the region told before."""
    text = ("تشهد منطقة دونيتسك في شرق أوكرانيا تصعيدا منذ أيام. وقتل جنديان أوكرانيان أمس الجمعة "
            "في قصف مدفعي شنه الانفصاليون على مواقع للجيش، في أعنف قصف منذ معركة السيطرة على بلدة "
            "ديبالتسيف في فبراير.")
    assert _places(text, "shelling_artillery_missile_attack") == {"منطقة دونيتسك"}


def test_the_attack_naming_its_target_joins_the_event_that_hit_it():
    """"الهجوم ضد أكاديمية الشرطة" is the suicide bombing of the academy, not the truck bomb
    told after it: its wounded go to the suicide bombing."""
    text = ("قتل 20 طالبا على الأقل أمس الجمعة في هجوم انتحاري على أكاديمية للشرطة في كابول. "
            "ويأتي هذا الهجوم بعد أقل من يوم على تفجير شاحنة مفخخة في العاصمة الأفغانية ليل الخميس "
            "أسفر عن مقتل 16 شخصا على الأقل وإصابة أكثر من 200. "
            "وتحدث مسؤول أمني، طلب عدم ذكر اسمه، عن 20 قتيلا و30 جريحا في الهجوم ضد أكاديمية الشرطة.")
    by_type = {e["type"]: e for e in _events(text)}
    assert by_type["suicide_bomb"]["injuries"]["low"] == 30
    assert by_type["remote_explosive_landmine_ied"]["injuries"]["low"] == 200
