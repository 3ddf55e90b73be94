"""Statements told with "زعم/ادعى" (claimed, alleged) are statements like any other, and the
short name "الحزب الكردستاني" is the PKK; the passive "يُدعى" (named) is no statement."""

from wire_support import claim_keys as _keys
from wire_support import claims as _claims
from wire_support import events as _events


def test_an_alleged_statement_names_its_speaker():
    text = ("وزعم الجيش التركي أن مسلحي حزب العمال الكردستاني هاجموا مخفرا للدرك في ولاية هكاري "
            "فجر اليوم وقتلوا جنديين.")
    assert any(c["source"] == "turkey_forces" for c in _claims(text))


def test_a_participle_of_claiming_carries_the_speaker_on():
    text = ("نفى الجيش التركي قصف قرى مدنية في شمال العراق، مدعيا أن غاراته استهدفت مواقع "
            "حزب العمال الكردستاني فقط.")
    assert ("turkey_forces", "denies", "air_drone_strike") in _keys(text)


def test_the_short_name_of_the_pkk_speaks_for_it():
    text = ("وقال الجناح المسلح للحزب الكردستاني في بيان إن مقاتليه هاجموا قافلة عسكرية تركية "
            "في ولاية شرناق أمس.")
    assert any(c["source"] == "pkk" for c in _claims(text))


def test_a_man_named_with_yudaa_is_no_speaker():
    text = ("انفجرت سيارة مفخخة قرب مسجد في صنعاء بعد ظهر أمس، وأعلن تنظيم داعش مسؤوليته عن "
            "العملية. وتبنى مسؤول في التنظيم المتطرف يدعى أبو محمد التفجير على موقع تويتر "
            "مشيرا إلى سقوط عدة قتلى.")
    assert [e["perpetrators"] for e in _events(text)] == [["isis"]]
