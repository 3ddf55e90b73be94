"""Conduits are not parties: a TV channel, a radio or the press passing on a report accuses no
one, and a web page's link line, which repeats the headline in short, makes no claim of its own."""

import pytest
from wire_support import claim_keys


@pytest.mark.parametrize("text", [
    "وذكرت قناة العربية أن ثلاثة مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين على حي سكني في مدينة تعز.",
    "ونقلت قناة الجزيرة أن مسلحي حركة الشباب هاجموا قاعدة عسكرية في بلدة جنالي جنوب الصومال أمس.",
    "وأفادت قناة محلية بأن مسلحي الحوثيين قصفوا أحياء سكنية في مدينة تعز أمس.",
])
def test_a_channel_passing_on_a_report_accuses_no_one(text):
    assert not any(source.startswith("other:قناة") for source, _, _ in claim_keys(text))


def test_a_link_line_repeating_the_headline_makes_no_claim():
    text = ("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي هجوما على دورية للجيش في ولاية باتنة أسفر عن "
            "مقتل ستة جنود أمس.\nرابط الخبر بصحيفة الوئام: تنظيم القاعدة يتبنى الهجوم على دورية للجيش في باتنة")
    keys = claim_keys(text)
    assert ("other:تنظيم القاعدة في بلاد المغرب الإسلامي", "asserts", "armed_clash") in keys
    assert not any(source == "al_qaeda" for source, _, _ in keys)
