"""Acts framed as no act done: a habit told before the verb, a decision, an order, a next step or a
priority, a negated report, and bombs cleared rather than set off."""

from wire_support import types


def test_habit_before_the_verb_tells_no_strike():
    text = ("نيروبي - قال مسؤولون أمس إن نفوذ الحركة قد تراجع. وعادة ما تشن القوات الأمريكية "
            "غارات بطائرات بلا طيار على مواقع الحركة في جنوب الصومال.")
    assert "air_drone_strike" not in types(text)


def test_repeated_attacks_are_a_habit():
    text = ("بيروت - قال مصدر أمس إن الحزب عاجز عن حماية عناصره بعد تكرار تعرضهم لهجمات "
            "في منطقة القلمون.")
    assert types(text) == []


def test_a_decision_to_protest_is_no_protest_yet():
    text = ("بغداد - تقرر تنظيم جولة جديدة من الاحتجاجات في ساحة التحرير وسط بغداد يوم الجمعة "
            "المقبل.")
    assert "peaceful_protest" not in types(text)


def test_an_order_to_arrest_is_no_arrest_yet():
    text = ("القاهرة - أصدر النائب العام أمس تعليماته بإلقاء القبض على عشرة متهمين في محافظة "
            "الجيزة.")
    assert "arrests" not in types(text)


def test_a_priority_is_no_regain():
    text = ("عدن - قال قائد عسكري أمس إن استعادة السيطرة على مدينة تعز على رأس أولويات القوات "
            "الحكومية.")
    assert types(text) == []


def test_heading_to_clear_is_no_regain_yet():
    text = "عدن - قال متحدث باسم المقاومة أمس إن المقاومة ستتجه إلى تطهير مدينة زنجبار من المسلحين."
    assert types(text) == []


def test_no_reports_of_clashes_is_no_clash():
    text = ("اللاذقية - تجمع مئات المحتجين أمس أمام مبنى المحافظة. ولم ترد أي تقارير عن وقوع "
            "اشتباكات بين المحتجين والشرطة في اللاذقية.")
    assert "armed_clash" not in types(text)


def test_a_protest_note_is_no_protest():
    text = "الخرطوم - سلمت وزارة الخارجية أمس سفير جنوب السودان مذكرة احتجاج في الخرطوم."
    assert "peaceful_protest" not in types(text)


def test_bombs_cleared_in_number_are_disrupted_weapons():
    text = ("الرمادي - قال مصدر عسكري أمس إن القوات العراقية تمكنت من إزالة أكثر من 300 عبوة "
            "ناسفة في منطقة الملعب بالرمادي.")
    assert types(text) == ["disrupted_weapons_use"]


def test_about_to_fall_is_no_regain_yet():
    text = ("عدن - قال مصدر عسكري أمس إن قاعدة العند باتت على وشك السقوط في يد المقاومة الشعبية "
            "بعد حصار دام أسابيع.")
    assert not [t for t in types(text) if t.endswith("territory")]


def test_no_claim_of_responsibility_still_tells_the_blast():
    text = ("بغداد - قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في حي الكرادة وسط بغداد. ولم تعلن أي "
            "جهة مسؤوليتها عن التفجير.")
    assert "remote_explosive_landmine_ied" in types(text)
