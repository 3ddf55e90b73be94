"""Doers and types that wire phrasing decides: a coalition state's guns are its own army's
shelling, a side announcing its own gain took the ground, a vehicle loaded with explosives is a
car bomb."""

from wire_support import events, one, types


def test_artillery_named_by_a_coalition_state_is_its_army_shelling():
    text = ("جازان - قالت مصادر محلية إن المدفعية السعودية دكت أمس بقصف عنيف مواقع تجمعات "
            "المتمردين في مديرية حرض اليمنية.")
    found = types(text)
    assert "shelling_artillery_missile_attack" in found, found
    assert "air_drone_strike" not in found, found
    ev = one(text, "shelling_artillery_missile_attack")
    assert "saudi_forces" in ev["perpetrators"], ev["perpetrators"]
    assert "saudi_coalition" not in ev["perpetrators"], ev["perpetrators"]


def test_coalition_air_strikes_keep_the_coalition():
    text = ("صعدة - شنت طائرات التحالف العربي أمس غارات جوية على مواقع الحوثيين في مديرية "
            "حرض اليمنية.")
    ev = one(text, "air_drone_strike")
    assert "saudi_coalition" in ev["perpetrators"], ev["perpetrators"]


def test_side_announcing_its_own_control_took_the_ground():
    text = ("عدن - أعلنت المقاومة الشعبية أمس سيطرتها على ثلاثة مواقع للحوثيين في مديرية "
            "صرواح بمحافظة مأرب.")
    ev = one(text, "government_regains_territory")
    assert "yemen_popular_resistance" in ev["perpetrators"], ev["perpetrators"]


def test_vehicle_loaded_with_explosives_is_a_car_bomb():
    text = ("العريش - قتل ثلاثة جنود مصريين أمس بشاحنة محملة بالمتفجرات استهدفت حاجزا للجيش "
            "جنوب مدينة العريش.")
    found = types(text)
    assert "remote_explosive_landmine_ied" in found, found


def test_vehicle_filled_with_explosives_used_against_police_is_a_car_bomb():
    text = ("ديار بكر - أصيب أربعة من رجال الشرطة أمس حين استخدم مسلحون مركبة محملة "
            "بالمتفجرات ضد مركز للشرطة في مدينة ديار بكر.")
    found = types(text)
    assert "remote_explosive_landmine_ied" in found, found


def test_suicide_driver_of_a_loaded_truck_is_a_suicide_bombing():
    text = ("كابول - اقتحم انتحاري بشاحنة محملة بالمتفجرات أمس بوابة مقر للشرطة في مدينة "
            "قندهار جنوب أفغانستان.")
    found = [e["type"] for e in events(text)]
    assert "suicide_bomb" in found, found
    assert "remote_explosive_landmine_ied" not in found, found
