"""Places told by a distance from a landmark, and lists of districts: the landmark a distance in
kilometres is counted from is not the scene, and each district of a list across commas is a
place of its own; on sentences written for these tests in wire style."""

from wire_support import events as _events


def _at(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["location"]["name_ar"]) for e in _events(text)}


def test_capital_a_distance_is_counted_from_is_not_the_scene():
    found = _at("قتل 11 جنديا ليل الجمعة في كمين نصبته مجموعة مسلحة في ولاية عين الدفلى. "
                "وأعلنت الصحيفة مقتل 11 عسكريا ليل الجمعة في كمين نصبته مجموعة مسلحة على بعد "
                "150 كيلومترا جنوب غرب العاصمة الجزائر.")
    assert ("armed_clash", "ولاية عين الدفلى") in found
    assert ("armed_clash", "الجزائر") not in found


def test_distance_in_km_names_a_landmark():
    found = _at("قتل خمسة جنود أمس في هجوم على ثكنة في ولاية البويرة. وقتل مسلحون خمسة جنود أمس "
                "في هجوم على ثكنة تقع على بعد 120 كلم شرقي العاصمة الجزائر.")
    assert ("attack", "البويرة") in found or ("armed_clash", "البويرة") in found
    assert ("armed_clash", "الجزائر") not in found


def test_side_of_a_city_without_a_distance_stays_the_scene():
    found = _at("قتل الجيش 25 مسلحا في ولاية البويرة. وقتل الجيش 25 مسلحا في اشتباكات جنوب غرب "
                "العاصمة الجزائر أمس.")
    assert ("armed_clash", "الجزائر") in found


def test_districts_listed_across_commas_are_each_a_place():
    found = _at("وشنت طائرات التحالف أمس سلسلة من الغارات الجوية على مواقع الحوثيين في مناطق كتاف "
                "ورحبان بمحافظة صعدة، ومديرية ميدي بمحافظة حجة، ومديرية الحزم بمحافظة الجوف.")
    assert {p for t, p in found if t == "air_drone_strike"} >= {"كتاف", "رحبان", "ميدي", "الحزم"}


def test_provinces_that_locate_the_districts_hit_sum_nothing_up():
    found = _at("وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية ميدي بمحافظة حجة "
                "ومديرية الحزم بمحافظة الجوف ومديرية صرواح بمحافظة مأرب.")
    assert {p for t, p in found if t == "air_drone_strike"} >= {"ميدي", "الحزم"}
