"""The day of an act, not of the report that tells it, when a sentence gives both: a lead's
report time passes to the act's own day for what the article goes on to tell, and a time right
after a reporting verb that follows the act dates the report; on sentences written for these
tests in wire style (published on a Saturday, so "أمس الجمعة" is 2024-03-08)."""

from wire_support import events as _events


def test_lead_act_day_dates_the_strikes_told_after_it():
    text = ("قال الجيش الأميركي أمس الجمعة إن طائرات التحالف نفذت يوم الأربعاء 12 غارة جوية على مواقع "
            "لتنظيم داعش في العراق. "
            "وقال الجيش في بيان إن أربع غارات استهدفت مواقع للتنظيم قرب مدينة الموصل.")
    strikes = [e for e in _events(text) if e["type"] == "air_drone_strike"]
    assert strikes and {e["date"] for e in strikes} == {"2024-03-06"}


def test_lead_with_only_the_report_time_keeps_it():
    text = ("قال الجيش الأميركي أمس الجمعة إن طائرات التحالف نفذت 12 غارة جوية على مواقع لتنظيم داعش "
            "في العراق. "
            "وقال الجيش في بيان إن أربع غارات استهدفت مواقع للتنظيم قرب مدينة الموصل.")
    strikes = [e for e in _events(text) if e["type"] == "air_drone_strike"]
    assert strikes and {e["date"] for e in strikes} == {"2024-03-08"}


def test_report_time_after_a_trailing_reporting_verb_does_not_date_the_act():
    text = ("قتل يوم الأربعاء 15 عنصرا من قوات النظام في ريف حماة الشمالي، بعد هجوم فاشل على مواقع "
            "الفصائل، حسبما أفاد المرصد السوري لحقوق الإنسان أمس.")
    found = _events(text)
    assert found and {e["date"] for e in found} == {"2024-03-06"}
