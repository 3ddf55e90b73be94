"""Acts in the plural after "the one in charge of" ("المسؤول عن العمليات الانتحارية") or "oversaw"
("أشرف على هجمات") are the field a person answers for, told to say who he is: no event."""

from wire_support import events, types

_STRIKE = "كابول - قتل قيادي في تنظيم القاعدة أمس في غارة جوية أمريكية على ولاية ننغرهار. "


def test_the_one_in_charge_of_suicide_operations():
    text = _STRIKE + "وقال البيان إن القيادي كان المسؤول عن العمليات الانتحارية للتنظيم في شرق البلاد."
    found = types(text)
    assert "air_drone_strike" in found and "suicide_bomb" not in found, events(text)


def test_who_oversaw_attacks_on_forces():
    text = _STRIKE + "وأضاف البيان أن القيادي أشرف على هجمات ضد القوات الأفغانية في ولاية ننغرهار."
    found = types(text)
    assert "air_drone_strike" in found and "armed_clash" not in found, events(text)


def test_a_bombing_told_in_the_singular_stays():
    text = "كابول - نفذ انتحاري أمس عملية انتحارية في مدينة جلال آباد أسفرت عن مقتل خمسة أشخاص."
    assert "suicide_bomb" in types(text), events(text)
