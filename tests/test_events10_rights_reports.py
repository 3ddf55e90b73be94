"""A rights group's report of a side's conduct ("قالت منظمة العفو الدولية إن القوات قصفت أحياء
سكنية عشوائيا") tells no one act unless it dates one: the act it dates stays an event."""

from wire_support import events


def _typed(text: str) -> list[tuple[str, str, str]]:
    return [(e["type"], e["location"]["name_ar"], e["date"]) for e in events(text)]


def test_shelling_in_general_in_a_rights_report():
    text = ("بيروت - قالت منظمة العفو الدولية أمس إن قوات النظام قصفت الأحياء السكنية في مدينة "
            "حمص بالصواريخ والبراميل المتفجرة دون تمييز بين المدنيين والمقاتلين.")
    assert not _typed(text), _typed(text)


def test_the_act_the_report_dates_stays():
    text = ("بيروت - قالت منظمة هيومن رايتس ووتش أمس إن المسلحين قصفوا أحياء سكنية في مدينة "
            "حلب عشوائيا. وأضافت المنظمة أن قذائف الهاون قتلت 12 مدنيا في حي الشعار في 2 مارس.")
    found = _typed(text)
    assert ("shelling_artillery_missile_attack", "الشعار", "2024-03-02") in found, found
    assert not any(place == "حلب" for _, place, _ in found), found
