"""An air strike no doer is named for, reported by the military of the country it hit ("خلية
الإعلام الحربي العراقية"), is that military's own strike, not the foreign air force Iraq's
unattributed strikes are coded to."""

from wire_support import one


def test_iraqi_war_media_cell_tells_its_own_strike():
    text = ("بغداد - أعلنت خلية الإعلام الحربي العراقية أمس مقتل 15 من عناصر تنظيم داعش بضربة جوية "
            "استهدفت مقرا لهم جنوبي مدينة الرمادي.")
    ev = one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["iraq_forces"], ev


def test_joint_operations_command_tells_its_own_strike():
    text = ("بغداد - قالت قيادة العمليات المشتركة في بيان أمس إن غارة جوية دمرت مخزنا للعتاد تابعا "
            "لتنظيم داعش في قضاء الشرقاط وقتلت ثمانية من عناصره.")
    ev = one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["iraq_forces"], ev


def test_a_strike_told_by_local_sources_keeps_the_usual_air_force():
    text = ("بغداد - قالت مصادر محلية أمس إن غارة جوية استهدفت مقرا لتنظيم داعش جنوبي مدينة الرمادي "
            "وقتلت عشرة من عناصره.")
    ev = one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["us_coalition"], ev
