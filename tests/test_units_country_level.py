"""Where and when an ACLED unit is placed: acts spread over a country, acts in a foreign country
the trigger's clause names, place lists fronted before the act, and the day of the act rather than
of its announcement; on sentences written for these tests in wire style."""

from wire_support import events as _events


def test_raids_across_the_country_are_one_country_level_event():
    text = ("قتل 30 شخصا في تفجير انتحاري استهدف تجمعا في بلدة سوروتش التركية يوم الاثنين الماضي. "
            "واعتقلت الشرطة أمس الجمعة 120 مشتبها بهم في مداهمات جرت في 13 محافظة، "
            "وقال مسؤول إن تركيا ستواصل حملتها على الخلايا النائمة.")
    arrests = [e for e in _events(text) if e["type"] == "arrests"]
    assert [(e["location"]["name_ar"], e["location"]["precision"]) for e in arrests] == [("تركيا", "country")]
    assert arrests[0]["date"] == "2024-03-08"


def test_foreign_country_the_trigger_clause_names_is_the_place():
    text = ("قالت وزارة الدفاع التركية أمس الجمعة إن الجيش رفع حالة التأهب على طول الحدود في تركيا، "
            "وإن مقاتلات تركية شنت غارات جوية على مواقع لتنظيم داعش في سوريا.")
    strikes = [e for e in _events(text) if e["type"] == "air_drone_strike"]
    assert [e["location"]["name_ar"] for e in strikes] == ["سوريا"]


def test_fronted_front_list_gives_each_front_its_event():
    text = "وفي جبهتي صرواح والجدعان، تبادلت المقاومة الشعبية والحوثيون القصف المدفعي أمس الجمعة."
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert {"صرواح", "الجدعان"} <= places


def test_time_of_the_announcement_does_not_date_the_act():
    text = ("أعلن الجيش الأمريكي أمس الجمعة أن غارة جوية نفذتها طائرة بدون طيار يوم 3 مارس "
            "قتلت قياديا في تنظيم القاعدة في ولاية بكتيكا الأفغانية.")
    strikes = [e for e in _events(text) if e["type"] == "air_drone_strike"]
    assert strikes and strikes[0]["date"] == "2024-03-03"
